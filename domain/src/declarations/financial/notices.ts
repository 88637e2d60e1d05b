import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow, lockRows } from '../../database/row-lock.js';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { Declarant } from './declarant.entity.js';
import { DeclarationDeadline, type IDeclarationDeadline } from './declaration-deadline.entity.js';
import { dayOf, notAfterToday, requireHr } from './declarants.js';
import { checkForm, checkYear } from './filing.js';
import { FilingProof } from './filing-proof.entity.js';
import { createDeadlineReminder, deadlineConcerns, remindBy } from './deadline-reminders.js';
import { FinancialNotice, type IFinancialNotice } from './financial-notice.entity.js';
import { HR_OFFICERS } from './financial-roles.js';
import { noticeMail } from './notice-mail.js';
import { obligedDuring } from './obliged-during.js';

/** Declarants obliged on some day of `year`. */
async function declarantsIn(em: EntityManager, organizationId: string, year: number) {
  return em.find(
    Declarant,
    {
      organization: organizationId,
      ...obligedDuring(year),
    },
    { orderBy: { id: 'asc' } },
  );
}

/**
 * HR sets the filing deadline of a form for a year (§24.3 note: the text leaves the date to
 * configuration). Each declarant who files that form that year, listed by then and not filed yet,
 * gets a reminder due a month before; moving the deadline moves the reminders not yet sent.
 */
export async function setDeclarationDeadline(
  em: EntityManager,
  actor: Actor,
  input: { form: string; year: number; dueOn: string },
): Promise<IDeclarationDeadline> {
  requireHr(actor, 'set declaration deadlines');
  const form = checkForm(input.form);
  checkYear(input.year);
  const dueOn = dayOf(input.dueOn, 'dueOn');
  if (dueOn.slice(0, 4) !== String(input.year)) {
    throw ValidationError.because('financial.deadline.outsideYear', { field: 'dueOn', year: input.year });
  }
  // The organisation's row serialises its deadlines: one setting of a form's year at a time.
  await lockRow(em, Organization, actor.organizationId);
  let deadline = await em.findOne(DeclarationDeadline, {
    organization: actor.organizationId,
    form,
    year: input.year,
  });
  const before = deadline?.dueOn ?? null;
  if (deadline) {
    deadline.dueOn = dueOn;
    deadline.setBy = em.getReference(Person, actor.personId);
    deadline.setAt = new Date();
  } else {
    deadline = em.create(DeclarationDeadline, {
      id: newId(),
      organization: actor.organizationId,
      form,
      year: input.year,
      dueOn,
      setBy: em.getReference(Person, actor.personId),
    });
  }
  const reminders = await em.find(FinancialNotice, {
    organization: actor.organizationId,
    kind: 'deadline_reminder',
    form,
    year: input.year,
  });
  for (const reminder of reminders) if (reminder.sentAt === null) reminder.dueOn = remindBy(dueOn);
  const reminded = new Set(reminders.map((reminder) => reminder.person.id));
  const proofs = await em.find(
    FilingProof,
    { organization: actor.organizationId, form, year: input.year },
    { fields: ['person'] },
  );
  const filed = new Set(proofs.map((proof) => proof.person.id));
  let created = 0;
  for (const declarant of await declarantsIn(em, actor.organizationId, input.year)) {
    const person = declarant.person.id;
    if (reminded.has(person) || filed.has(person) || !deadlineConcerns(declarant, deadline)) continue;
    createDeadlineReminder(em, declarant, deadline);
    created += 1;
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.deadline_set',
    entityType: 'DeclarationDeadline',
    entityId: deadline.id,
    data: { form, year: input.year, dueOn, before, remindersCreated: created },
  });
  return deadline;
}

export interface SentNotices {
  sent: IFinancialNotice[];
  /** The notices to employees, by mail; a spouse's notice is handed over in writing. */
  mails: PlainMail[];
}

/**
 * HR sends the written notices it chose: each is filed as sent on the person's HR file (§24.2) and
 * mailed to an employee. A notice sent already is left as it was, so a second click mails nobody twice.
 */
export async function sendFinancialNotices(
  em: EntityManager,
  actor: Actor,
  noticeIds: readonly string[],
  now: Date = new Date(),
): Promise<SentNotices> {
  requireHr(actor, 'send declaration notices');
  const ids = [...new Set(noticeIds)].filter(isUuid);
  if (ids.length === 0) throw ValidationError.because('financial.notice.noneChosen', { field: 'noticeIds' });
  await em.flush();
  await lockRows(em, FinancialNotice, ids);
  const notices = await em.find(
    FinancialNotice,
    { id: { $in: ids }, organization: actor.organizationId },
    { populate: ['person', 'ruleChange'], refresh: true, orderBy: { id: 'asc' } },
  );
  if (notices.length !== ids.length)
    throw NotFoundError.forId('FinancialNotice', ids.find((id) => !notices.some((n) => n.id === id)) ?? '');
  const deadlines = await filingDeadlines(em, actor.organizationId, notices);
  const sent: IFinancialNotice[] = [];
  const mails: PlainMail[] = [];
  for (const notice of notices) {
    if (notice.sentAt !== null) continue;
    notice.sentAt = now;
    notice.sentBy = em.getReference(Person, actor.personId);
    sent.push(notice);
    if (notice.recipient === 'employee') {
      mails.push(
        noticeMail(notice.person.email, notice.person.locale, {
          kind: notice.kind,
          form: notice.form ?? null,
          day:
            notice.kind === 'post_service_warning'
              ? (notice.banUntil ?? null)
              : filingDeadlineOf(deadlines, notice),
          ruleTitle: notice.ruleChange?.title ?? null,
        }),
      );
    }
  }
  if (sent.length > 0) {
    await recordAudit(em, actor, {
      organizationId: actor.organizationId,
      action: 'financial.notices_sent',
      entityType: 'FinancialNotice',
      entityId: sent[0]!.id,
      data: {
        noticeIds: sent.map((notice) => notice.id),
        kinds: [...new Set(sent.map((notice) => notice.kind))],
      },
    });
  }
  return { sent, mails };
}

/** The deadlines the reminders among `notices` announce, read at once, by form and year. */
async function filingDeadlines(
  em: EntityManager,
  organizationId: string,
  notices: readonly IFinancialNotice[],
): Promise<ReadonlyMap<string, string>> {
  const years = [
    ...new Set(notices.filter((n) => n.kind === 'deadline_reminder' && n.year).map((n) => n.year!)),
  ];
  if (years.length === 0) return new Map();
  const rows = await em.find(DeclarationDeadline, { organization: organizationId, year: { $in: years } });
  return new Map(rows.map((row) => [`${row.form}/${row.year}`, row.dueOn]));
}

function filingDeadlineOf(deadlines: ReadonlyMap<string, string>, notice: IFinancialNotice): string | null {
  if (notice.kind !== 'deadline_reminder' || !notice.form || !notice.year) return null;
  return deadlines.get(`${notice.form}/${notice.year}`) ?? null;
}

/**
 * The recipient signed the notice (a written acknowledgement; §16's warning is signed on leaving).
 * HR records it, or the employee signs their own; a signed notice counts as sent.
 */
export async function signFinancialNotice(
  em: EntityManager,
  actor: Actor,
  input: { noticeId: string; signedOn: string },
  now: Date = new Date(),
): Promise<IFinancialNotice> {
  const signedOn = dayOf(input.signedOn, 'signedOn');
  notAfterToday(signedOn, now, 'signedOn');
  const notice = isUuid(input.noticeId)
    ? await lockedFresh(em, FinancialNotice, { id: input.noticeId, organization: actor.organizationId })
    : null;
  const ownEmployeeNotice = notice?.person.id === actor.personId && notice.recipient === 'employee';
  if (!notice || (!ownEmployeeNotice && !hasAnyRole(actor, HR_OFFICERS)))
    throw NotFoundError.forId('FinancialNotice', input.noticeId);
  if (notice.signedOn !== null) throw ConflictError.because('financial.notice.alreadySigned');
  notice.signedOn = signedOn;
  if (notice.sentAt === null) {
    notice.sentAt = now;
    notice.sentBy = em.getReference(Person, actor.personId);
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.notice_signed',
    entityType: 'FinancialNotice',
    entityId: notice.id,
    data: { personId: notice.person.id, kind: notice.kind, signedOn },
  });
  return notice;
}

/** §24.2: a person's HR file of declaration notices, oldest first — for HR, or the person's own. */
export async function financialNoticesOf(
  em: EntityManager,
  actor: Actor,
  personId: string,
): Promise<IFinancialNotice[]> {
  if (personId !== actor.personId && !hasAnyRole(actor, HR_OFFICERS)) {
    throw ForbiddenError.because('kernel.roleRequired', {
      roles: HR_OFFICERS.join(', '),
      doing: "read another person's HR file",
    });
  }
  if (!isUuid(personId)) throw NotFoundError.forId('Person', personId);
  return em.find(
    FinancialNotice,
    { organization: actor.organizationId, person: personId },
    { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['person', 'ruleChange'] },
  );
}

/** HR's notices not yet sent, the earliest due first (those without a term last). */
export async function pendingFinancialNotices(em: EntityManager, actor: Actor): Promise<IFinancialNotice[]> {
  requireHr(actor, 'list the notices to send');
  return em.find(
    FinancialNotice,
    { organization: actor.organizationId, sentAt: null, signedOn: null },
    {
      orderBy: { dueOn: 'asc nulls last', createdAt: 'asc', id: 'asc' },
      populate: ['person', 'ruleChange'],
      limit: 500,
    },
  );
}
