import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { formatCalendarDay, kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { Locale } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { lockRows } from '../../database/row-lock.js';
import { Person } from '../../org/person.entity.js';
import {
  ConflictOfInterestCase,
  type ConflictStep,
  type IConflictOfInterestCase,
  type OverdueNotice,
} from './conflict-of-interest-case.entity.js';
import { CONFLICT_CONCLUDERS } from './conflict-roles.js';
import { roleHolderIds, stepOwnerIds, type RoleHolderIds } from './conflict-steps.js';
import { openStep } from './conflict-view.js';

/**
 * A reminder goes to the step's owners on its due day; an escalation, the day after, to those
 * above them: the forwarding manager's own manager and the responsible unit (§15.2), the
 * responsible unit for the later steps (it answers for the procedure, §5). Each once per step.
 */
export interface ConflictNotice {
  conflictId: string;
  number: string;
  step: ConflictStep;
  kind: OverdueNotice['kind'];
  dueOn: string;
  recipients: { email: string; fullName: string; locale: Locale }[];
}

type Recipient = ConflictNotice['recipients'][number];

/** The active people of `ids`, read at once for every notice of a run. */
async function recipientsById(em: EntityManager, ids: readonly string[]): Promise<Map<string, Recipient>> {
  if (ids.length === 0) return new Map();
  const rows = await em.find(Person, { id: { $in: [...new Set(ids)] }, active: true });
  return new Map(rows.map((p) => [p.id, { email: p.email, fullName: p.fullName, locale: p.locale }]));
}

async function escalationIds(
  em: EntityManager,
  conflict: IConflictOfInterestCase,
  step: ConflictStep,
  holderIds: RoleHolderIds,
): Promise<string[]> {
  const officers = await holderIds(CONFLICT_CONCLUDERS);
  const parties = new Set([conflict.notifier.id, conflict.relatedEmployee?.id]);
  const above: string[] = [];
  if (step === 'forward' && conflict.forwardOwner) {
    const owner = await em.findOne(Person, { id: conflict.forwardOwner.id });
    if (owner?.manager) above.push(owner.manager.id);
  }
  return [...above, ...officers].filter((id) => !parties.has(id));
}

/**
 * The reminders and escalations due now in an organisation, recorded on their cases (so a later
 * run does not send them again) with an audit event each; the caller queues their mails in the
 * same transaction.
 */
export async function claimConflictNotices(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<ConflictNotice[]> {
  const today = kazakhstanDay(now);
  // The open cases are locked, then read, so that two runs at once (the morning job and one
  // started by hand) take turns and the second finds the first one's notices recorded.
  const openIds = await em.execute<{ id: string }[]>(
    `select id from conflict_of_interest_case where organization_id = ? and status <> 'settled'`,
    [organizationId],
  );
  await lockRows(
    em,
    ConflictOfInterestCase,
    openIds.map((row) => row.id),
  );
  const open = await em.find(
    ConflictOfInterestCase,
    { id: { $in: openIds.map((row) => row.id) }, status: { $ne: 'settled' } },
    { orderBy: { number: 'asc' }, refresh: true },
  );
  // Who holds a role is read once per run, the recipients at once after the loop.
  const holderIds = roleHolderIds(em, organizationId);
  const claimed: (Omit<ConflictNotice, 'recipients'> & { recipientIds: string[] })[] = [];
  for (const conflict of open) {
    const { step, dueOn } = openStep(conflict);
    if (!step || !dueOn || today < dueOn) continue;
    const kind: OverdueNotice['kind'] = today > dueOn ? 'escalation' : 'reminder';
    const sent = conflict.overdueNotices ?? [];
    if (sent.some((notice) => notice.step === step && notice.kind === kind)) continue;
    const ids =
      kind === 'reminder'
        ? await stepOwnerIds(em, conflict, step, holderIds)
        : await escalationIds(em, conflict, step, holderIds);
    conflict.overdueNotices = [...sent, { step, kind, sentOn: today }];
    await recordAudit(em, null, {
      organizationId,
      action: `conflict_of_interest.${kind}_sent`,
      entityType: 'ConflictOfInterestCase',
      entityId: conflict.id,
      data: { step, dueOn, recipients: ids.length },
    });
    claimed.push({ conflictId: conflict.id, number: conflict.number, step, kind, dueOn, recipientIds: ids });
  }
  await em.flush();
  const people = await recipientsById(
    em,
    claimed.flatMap((notice) => notice.recipientIds),
  );
  const byName = (a: Recipient, b: Recipient) => a.fullName.localeCompare(b.fullName);
  return claimed.map(({ recipientIds, ...notice }) => ({
    ...notice,
    recipients: [...new Set(recipientIds)].flatMap((id) => people.get(id) ?? []).sort(byName),
  }));
}

const STEP_WORDS: Record<Locale, Record<ConflictStep, string>> = {
  kk: {
    forward: 'жолдау',
    conclude: 'қорытынды беру',
    decide: 'шешім қабылдау',
    transfer: 'лауазымға ауыстыру',
  },
  ru: { forward: 'направление', conclude: 'заключение', decide: 'решение', transfer: 'перевод на должность' },
  en: { forward: 'forwarding', conclude: 'the conclusion', decide: 'the decision', transfer: 'the transfer' },
};

// Only the number, the step, its due day and a link: the matter and the people stay in Adal.
const WORDING: Record<
  Locale,
  Record<OverdueNotice['kind'], (n: string, step: string, due: string) => [string, string]>
> = {
  kk: {
    reminder: (n, step, due) => [
      `Мүдделер қақтығысы ${n}: ${step} мерзімі бүгін`,
      `${n} хабарламасы бойынша ${step} мерзімі — ${due}.`,
    ],
    escalation: (n, step, due) => [
      `Мүдделер қақтығысы ${n}: ${step} мерзімі өтті`,
      `${n} хабарламасы бойынша ${step} мерзімі ${due} өтіп кетті.`,
    ],
  },
  ru: {
    reminder: (n, step, due) => [
      `Конфликт интересов ${n}: срок (${step}) — сегодня`,
      `По уведомлению ${n} срок (${step}) — ${due}.`,
    ],
    escalation: (n, step, due) => [
      `Конфликт интересов ${n}: срок (${step}) пропущен`,
      `По уведомлению ${n} срок (${step}) истёк ${due}.`,
    ],
  },
  en: {
    reminder: (n, step, due) => [
      `Conflict of interest ${n}: ${step} is due today`,
      `For notification ${n}, ${step} is due on ${due}.`,
    ],
    escalation: (n, step, due) => [
      `Conflict of interest ${n}: ${step} is overdue`,
      `For notification ${n}, ${step} was due on ${due} and has not been done.`,
    ],
  },
};

/** The notice's e-mails, one per recipient in their language, linking to the case under `appUrl`. */
export function conflictNoticeMails(notice: ConflictNotice, appUrl: string): PlainMail[] {
  const link = `${appUrl.replace(/\/+$/, '')}/declarations/conflicts/${notice.conflictId}`;
  return notice.recipients.map((recipient) => {
    const [subject, line] = WORDING[recipient.locale][notice.kind](
      notice.number,
      STEP_WORDS[recipient.locale][notice.step],
      formatCalendarDay(notice.dueOn),
    );
    return { to: recipient.email, subject, text: `${recipient.fullName},\n\n${line}\n\n${link}\n` };
  });
}
