import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import { getOrgUnit } from '../../org/org-queries.js';
import {
  Declarant,
  type DeclarantCategory,
  type IDeclarant,
  type PublicationCategory,
} from './declarant.entity.js';
import { DeclarationDeadline, type DeclarationForm } from './declaration-deadline.entity.js';
import { checkYear, formDue } from './filing.js';
import { FilingProof } from './filing-proof.entity.js';
import { FinancialNotice, type IFinancialNotice } from './financial-notice.entity.js';
import { FINANCIAL_READERS } from './financial-roles.js';
import { obligedDuring } from './obliged-during.js';

/**
 * Where a declarant's filing stands for the year: `filed` (proof in by the deadline or while none is
 * set), `filed_late`, `pending` (deadline ahead or unset), `overdue`, `not_due` (no form that year).
 */
export const FILING_STATUSES = ['filed', 'filed_late', 'pending', 'overdue', 'not_due'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** A notice's standing: sent (by its term or not), or waiting (before or past its term). */
export type NoticeStanding = 'sent' | 'sent_late' | 'pending' | 'overdue';

export interface DeclarantStatus {
  personId: string;
  fullName: string;
  orgUnitId: string;
  category: DeclarantCategory;
  publicationCategory: PublicationCategory | null;
  obligedFrom: CalendarDay;
  obligedUntil: CalendarDay | null;
  form: DeclarationForm | null;
  deadline: CalendarDay | null;
  filedOn: CalendarDay | null;
  proofId: string | null;
  filing: FilingStatus;
  /** §24.1(b): the notice of the duty to the employee; spouses' notices counted apart. */
  dutyNotice: NoticeStanding | null;
  spouseNoticesPending: number;
  /** §24.3: the reminder before this year's deadline. */
  reminder: NoticeStanding | null;
  reminderDueOn: CalendarDay | null;
  trustManagementDueOn: CalendarDay;
  trustManagementSettledOn: CalendarDay | null;
}

export function noticeStanding(
  notice: Pick<IFinancialNotice, 'sentAt' | 'signedOn' | 'dueOn'>,
  today: CalendarDay,
): NoticeStanding {
  const dueOn = notice.dueOn ?? null;
  const sentDay = notice.sentAt ? kazakhstanDay(notice.sentAt) : notice.signedOn;
  if (sentDay) return dueOn !== null && sentDay > dueOn ? 'sent_late' : 'sent';
  return dueOn !== null && dueOn < today ? 'overdue' : 'pending';
}

export function filingStatus(
  form: DeclarationForm | null,
  deadline: CalendarDay | null,
  filedOn: CalendarDay | null,
  today: CalendarDay,
): FilingStatus {
  if (form === null) return 'not_due';
  if (filedOn !== null) return deadline !== null && filedOn > deadline ? 'filed_late' : 'filed';
  return deadline !== null && deadline < today ? 'overdue' : 'pending';
}

/**
 * `financialDeclarationStatus(year, orgUnitId)`: who must declare in the unit's subtree for the
 * year, with the form, its deadline, the proof and the notices — never a declaration's content.
 */
export async function financialDeclarationStatus(
  em: EntityManager,
  actor: Actor,
  input: { year: number; orgUnitId: string },
  now: Date = new Date(),
): Promise<DeclarantStatus[]> {
  requireAnyRole(actor, FINANCIAL_READERS, 'read who must declare and where their filings stand');
  checkYear(input.year);
  const unit = await getOrgUnit(em, actor, input.orgUnitId);
  const declarants = await em.find(
    Declarant,
    {
      organization: actor.organizationId,
      ...obligedDuring(input.year),
      person: { orgUnit: { path: { $like: `${unit.path}%` } } },
    },
    { populate: ['person'], orderBy: { person: { fullName: 'asc' }, id: 'asc' } },
  );
  return statusRows(em, actor.organizationId, declarants, input.year, kazakhstanDay(now));
}

function groupByPerson<T extends { person: { id: string } }>(rows: readonly T[]): Map<string, T[]> {
  const byPerson = new Map<string, T[]>();
  for (const row of rows) {
    const list = byPerson.get(row.person.id);
    if (list) list.push(row);
    else byPerson.set(row.person.id, [row]);
  }
  return byPerson;
}

export async function statusRows(
  em: EntityManager,
  organizationId: string,
  declarants: readonly IDeclarant[],
  year: number,
  today: CalendarDay,
): Promise<DeclarantStatus[]> {
  const personIds = declarants.map((declarant) => declarant.person.id);
  const [deadlines, proofs, notices] = personIds.length
    ? await Promise.all([
        em.find(DeclarationDeadline, { organization: organizationId, year }),
        em.find(FilingProof, { organization: organizationId, year, person: { $in: personIds } }),
        em.find(FinancialNotice, {
          organization: organizationId,
          person: { $in: personIds },
          $or: [{ kind: 'duty_and_liability' }, { kind: 'deadline_reminder', year }],
        }),
      ])
    : [[], [], []];
  // Grouped by person once: a unit of thousands of declarants is not searched once per declarant.
  const proofsOf = groupByPerson(proofs);
  const noticesOf = groupByPerson(notices);
  return declarants.map((declarant) => {
    const person = declarant.person;
    const form = formDue(declarant, year);
    const deadline = deadlines.find((d) => d.form === form)?.dueOn ?? null;
    const proof = proofsOf.get(person.id)?.find((p) => p.form === form) ?? null;
    const own = noticesOf.get(person.id) ?? [];
    const duty = own.find((n) => n.kind === 'duty_and_liability' && n.recipient === 'employee');
    const reminder = own.find((n) => n.kind === 'deadline_reminder' && n.form === form);
    return {
      personId: person.id,
      fullName: person.fullName,
      orgUnitId: person.orgUnit.id,
      category: declarant.category,
      publicationCategory: declarant.publicationCategory ?? null,
      obligedFrom: declarant.obligedFrom,
      obligedUntil: declarant.obligedUntil ?? null,
      form,
      deadline,
      filedOn: proof?.filedOn ?? null,
      proofId: proof?.file.id ?? null,
      filing: filingStatus(form, deadline, proof?.filedOn ?? null, today),
      dutyNotice: duty ? noticeStanding(duty, today) : null,
      spouseNoticesPending: own.filter(
        (n) => n.kind === 'duty_and_liability' && n.recipient === 'spouse' && !n.sentAt && !n.signedOn,
      ).length,
      reminder: reminder ? noticeStanding(reminder, today) : null,
      reminderDueOn: reminder?.dueOn ?? null,
      trustManagementDueOn: declarant.trustManagementDueOn,
      trustManagementSettledOn: declarant.trustManagementSettledOn ?? null,
    };
  });
}

/** The signed-in person's own standing, for "My declarations"; null when they are not obliged to declare. */
export async function myFinancialDeclaration(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<{ status: DeclarantStatus; notices: IFinancialNotice[] } | null> {
  const today = kazakhstanDay(now);
  const declarant = await em.findOne(
    Declarant,
    { organization: actor.organizationId, person: actor.personId },
    { populate: ['person'] },
  );
  if (!declarant) return null;
  const [status] = await statusRows(em, actor.organizationId, [declarant], Number(today.slice(0, 4)), today);
  const notices = await em.find(
    FinancialNotice,
    { organization: actor.organizationId, person: actor.personId, recipient: 'employee' },
    { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['ruleChange'] },
  );
  return { status: status!, notices };
}

/** Whether the actor may read the registers (HR or the first head). */
export function readsFinancialRegisters(actor: Actor): boolean {
  return hasAnyRole(actor, FINANCIAL_READERS);
}

/** A notice's standing as of now, in Kazakhstan's calendar. */
export function noticeStandingNow(
  notice: Pick<IFinancialNotice, 'sentAt' | 'signedOn' | 'dueOn'>,
  now: Date = new Date(),
): NoticeStanding {
  return noticeStanding(notice, kazakhstanDay(now));
}

/** The current year in Kazakhstan. */
export function declarationYearNow(now: Date = new Date()): number {
  return Number(kazakhstanDay(now).slice(0, 4));
}

/** Today in Kazakhstan (YYYY-MM-DD), for a standing read now. */
export function todayInKazakhstan(now: Date = new Date()): string {
  return kazakhstanDay(now);
}
