import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { formatCalendarDay, kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { Locale } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { loadHolidays, termEnd } from '../../kernel/public-holidays.js';
import { addMonths, addWorkingDays, type CalendarDay } from '../../kernel/working-days.js';
import { iinProblem } from '../../org/iin.js';
import { isUuid } from '../../org/org-queries.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import { dayOf, notAfterToday } from '../financial/declarants.js';
import { HR_OFFICERS } from '../financial/financial-roles.js';
import { checkProof, storeProof, type ProofUpload } from '../financial/proof-files.js';
import { onAccessList, readsForeignAccountCheck, requireAccessListMember } from './access.js';
import {
  ForeignAccountFinding,
  ForeignAccountNotice,
  type FindingRecipient,
  type IForeignAccountFinding,
} from './finding.entity.js';
import { TaxAuthorityRequest, type ITaxAuthorityRequest } from './tax-request.entity.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { activeRoleHolders } from '../../org/role-holders.js';

/** §30.5: the first head, HR and the employee are notified within 2 working days of the finding. */
export const FINDING_NOTICE_WORKING_DAYS = 2;
/** §30.5: the employee proves the account closed within 6 months of the finding. */
export const CLOSURE_MONTHS = 6;

const MAX_BANK = 300;
const MAX_COUNTRY = 100;
const MAX_REFERENCE = 200;

export interface FindingInput {
  iin: string;
  bank: string;
  country: string;
}

export interface TaxAnswerInput {
  requestId: string;
  receivedOn: string;
  reference?: string | null;
  /** The accounts the answer revealed; none when it found nothing. */
  findings: readonly FindingInput[];
}

function text(value: string | undefined, field: string, max: number): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0) throw ValidationError.because('foreignAccount.required', { field });
  if (trimmed.length > max) throw ValidationError.because('foreignAccount.tooLong', { field, max });
  return trimmed;
}

const MAIL: Record<
  FindingRecipient,
  Record<Locale, (name: string, due: string) => { subject: string; text: string }>
> = {
  employee: {
    kk: (_, due) => ({
      subject: 'Шетелдік банктегі шот анықталды',
      text: `Салық органының жауабы бойынша сізде шетелдік банкте шот бар. Шоттың жабылғанын растайтын құжаттарды ${due} дейін ұсыныңыз.`,
    }),
    ru: (_, due) => ({
      subject: 'Выявлен счёт в иностранном банке',
      text: `По ответу налогового органа у вас есть счёт в иностранном банке. Представьте документы, подтверждающие его закрытие, до ${due}.`,
    }),
    en: (_, due) => ({
      subject: 'An account in a foreign bank was found',
      text: `The tax authority's answer shows you hold an account in a foreign bank. Submit the documents proving it closed by ${due}.`,
    }),
  },
  first_head: {
    kk: (name, due) => ({
      subject: 'Қызметкердің шетелдік банктегі шоты анықталды',
      text: `${name}: шетелдік банктегі шот анықталды. Жабылуын растайтын құжаттар мерзімі: ${due}.`,
    }),
    ru: (name, due) => ({
      subject: 'У работника выявлен счёт в иностранном банке',
      text: `${name}: выявлен счёт в иностранном банке. Срок представления документов о закрытии: ${due}.`,
    }),
    en: (name, due) => ({
      subject: "An employee's account in a foreign bank was found",
      text: `${name}: an account in a foreign bank was found. Proof of closure is due by ${due}.`,
    }),
  },
  hr: {
    kk: (name, due) => ({
      subject: 'Қызметкердің шетелдік банктегі шоты анықталды',
      text: `${name}: шетелдік банктегі шот анықталды. Жабылуын растайтын құжаттар мерзімі: ${due}.`,
    }),
    ru: (name, due) => ({
      subject: 'У работника выявлен счёт в иностранном банке',
      text: `${name}: выявлен счёт в иностранном банке. Срок представления документов о закрытии: ${due}.`,
    }),
    en: (name, due) => ({
      subject: "An employee's account in a foreign bank was found",
      text: `${name}: an account in a foreign bank was found. Proof of closure is due by ${due}.`,
    }),
  },
};

export interface RecordedAnswer {
  request: ITaxAuthorityRequest;
  findings: IForeignAccountFinding[];
  mails: PlainMail[];
}

/**
 * §30.4–§30.5: the tax authority's answer, recorded by a person the §30.1 order names. Each
 * account found notifies the first head, HR and the employee at once (three notices, by mail and
 * in My work), with the 6-month deadline to prove the account closed. Every IIN is checked before
 * anything is written.
 */
export async function recordTaxAuthorityAnswer(
  em: EntityManager,
  actor: Actor,
  input: TaxAnswerInput,
  now: Date = new Date(),
): Promise<RecordedAnswer> {
  await requireAccessListMember(em, actor, "record the tax authority's answer");
  const receivedOn = dayOf(input.receivedOn, 'receivedOn');
  notAfterToday(receivedOn, now, 'receivedOn');
  const reference = input.reference?.trim() || null;
  if (reference && reference.length > MAX_REFERENCE)
    throw ValidationError.because('foreignAccount.tooLong', { field: 'reference', max: MAX_REFERENCE });
  const entries = input.findings.map((finding, i) => {
    const problem = iinProblem(finding.iin?.trim() ?? '');
    if (problem)
      throw ValidationError.because('foreignAccount.iinInvalid', {
        field: `findings.${i}.iin`,
        detail: problem,
      });
    return {
      iin: finding.iin.trim(),
      bank: text(finding.bank, `findings.${i}.bank`, MAX_BANK),
      country: text(finding.country, `findings.${i}.country`, MAX_COUNTRY),
    };
  });
  // One finding per person and bank: the same line given twice would be counted twice.
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    const key = `${entry.iin}/${entry.bank.toLocaleLowerCase('ru')}`;
    if (seen.has(key))
      throw ValidationError.because('foreignAccount.duplicateFinding', { field: `findings.${i}.bank` });
    seen.add(key);
  }
  const request = isUuid(input.requestId)
    ? await lockedFresh(em, TaxAuthorityRequest, { id: input.requestId, organization: actor.organizationId })
    : null;
  if (!request) throw NotFoundError.forId('TaxAuthorityRequest', input.requestId);
  if (request.answerReceivedOn !== null)
    throw ConflictError.because('foreignAccount.taxRequest.answerRecorded', { year: request.year });
  const people = entries.length
    ? await em.find(Person, { organization: actor.organizationId, iin: { $in: entries.map((e) => e.iin) } })
    : [];
  const personOf = entries.map((entry, i) => {
    const person = people.find((p) => p.iin === entry.iin);
    if (!person)
      throw ValidationError.because('foreignAccount.iinNotEmployee', { field: `findings.${i}.iin` });
    return person;
  });
  request.answerReceivedOn = receivedOn;
  request.answerReference = reference;
  request.answerRecordedBy = em.getReference(Person, actor.personId);
  const year = Number(receivedOn.slice(0, 4));
  const calendar = await loadHolidays(em, actor.organizationId, year, year + 1);
  const notifyBy = addWorkingDays(
    receivedOn,
    FINDING_NOTICE_WORKING_DAYS,
    calendar.holidays,
    calendar.workedWeekendDays,
  );
  const closureDueOn = await termEnd(em, actor.organizationId, addMonths(receivedOn, CLOSURE_MONTHS));
  const [firstHeads, hr] = await Promise.all([
    activeRoleHolders(em, actor.organizationId, ['first_head']),
    activeRoleHolders(em, actor.organizationId, HR_OFFICERS),
  ]);
  const findings: IForeignAccountFinding[] = [];
  const mails: PlainMail[] = [];
  for (const [i, entry] of entries.entries()) {
    const person = personOf[i]!;
    const finding = em.create(ForeignAccountFinding, {
      id: newId(),
      organization: actor.organizationId,
      request,
      person,
      bank: entry.bank,
      country: entry.country,
      foundOn: receivedOn,
      notifyBy,
      notifiedAt: now,
      closureDueOn,
      recordedBy: em.getReference(Person, actor.personId),
    });
    findings.push(finding);
    const recipients: [FindingRecipient, IPerson][] = [
      ...firstHeads.map((p): [FindingRecipient, IPerson] => ['first_head', p]),
      ...hr.map((p): [FindingRecipient, IPerson] => ['hr', p]),
      ['employee', person],
    ];
    for (const [recipient, to] of recipients) {
      em.create(ForeignAccountNotice, {
        id: newId(),
        organization: actor.organizationId,
        finding,
        recipient,
        person: to,
        sentAt: now,
      });
      mails.push({
        to: to.email,
        ...MAIL[recipient][(to.locale ?? 'kk') as Locale](person.fullName, formatCalendarDay(closureDueOn)),
      });
    }
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.tax_answer_recorded',
    entityType: 'TaxAuthorityRequest',
    entityId: request.id,
    data: { receivedOn, reference, findingIds: findings.map((f) => f.id), notifyBy, closureDueOn },
  });
  return { request, findings, mails };
}

/**
 * §30.5: the proof that the account is closed, from the employee or from HR or the access list;
 * the finding is settled. After the 6 months the first head takes the measures of §30.6.
 */
export async function recordForeignAccountClosure(
  em: EntityManager,
  actor: Actor,
  input: { findingId: string; closedOn: string; file: ProofUpload },
  now: Date = new Date(),
): Promise<IForeignAccountFinding> {
  const closedOn = dayOf(input.closedOn, 'closedOn');
  notAfterToday(closedOn, now, 'closedOn');
  const contentType = checkProof(input.file);
  const finding = isUuid(input.findingId)
    ? await lockedFresh(em, ForeignAccountFinding, {
        id: input.findingId,
        organization: actor.organizationId,
      })
    : null;
  if (!finding) throw NotFoundError.forId('ForeignAccountFinding', input.findingId);
  await em.populate(finding, ['person', 'request']);
  const own = finding.person.id === actor.personId;
  if (!own && !hasAnyRole(actor, HR_OFFICERS) && !(await onAccessList(em, actor)))
    throw NotFoundError.forId('ForeignAccountFinding', input.findingId);
  if (finding.closedOn !== null) throw ConflictError.because('foreignAccount.alreadyClosed');
  const file = storeProof(em, actor, finding.person.id, input.file, contentType);
  finding.closureProof = file;
  finding.closedOn = closedOn;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.foreign_account_closure_recorded',
    entityType: 'ForeignAccountFinding',
    entityId: finding.id,
    data: {
      personId: finding.person.id,
      closedOn,
      fileId: file.id,
      late: kazakhstanDay(now) > finding.closureDueOn,
    },
  });
  return finding;
}

export type FindingStatus = 'open' | 'overdue' | 'closed' | 'closed_late';

export function findingStatus(
  finding: Pick<IForeignAccountFinding, 'closedOn' | 'closureDueOn'>,
  today: CalendarDay,
): FindingStatus {
  const closedOn = finding.closedOn ?? null;
  if (closedOn !== null) return closedOn > finding.closureDueOn ? 'closed_late' : 'closed';
  return finding.closureDueOn < today ? 'overdue' : 'open';
}

/** The findings of the year's check, with their notices, for those who read the check; the employee reads their own. */
export async function foreignAccountFindings(
  em: EntityManager,
  actor: Actor,
  input: { year?: number | null; ownOnly?: boolean },
): Promise<IForeignAccountFinding[]> {
  const reader = !input.ownOnly && (await readsForeignAccountCheck(em, actor));
  const where = reader
    ? { organization: actor.organizationId }
    : { organization: actor.organizationId, person: actor.personId };
  const findings = await em.find(ForeignAccountFinding, where, {
    populate: ['person', 'request'],
    orderBy: { foundOn: 'desc', id: 'asc' },
  });
  return input.year ? findings.filter((f) => f.request.year === input.year) : findings;
}

/** The three notices of a finding, to whom and when. */
export async function findingNotices(em: EntityManager, actor: Actor, findingId: string) {
  if (!(await readsForeignAccountCheck(em, actor)))
    throw ForbiddenError.because('foreignAccount.notOnAccessList', {
      doing: 'read the notices of a finding',
    });
  if (!isUuid(findingId)) throw NotFoundError.forId('ForeignAccountFinding', findingId);
  return em.find(
    ForeignAccountNotice,
    { organization: actor.organizationId, finding: findingId },
    { populate: ['person'], orderBy: { recipient: 'asc', id: 'asc' } },
  );
}
