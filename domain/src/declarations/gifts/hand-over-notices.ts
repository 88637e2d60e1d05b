import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRows } from '../../database/row-lock.js';
import { formatCalendarDay, kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { Locale } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { activeRoleHolders } from '../../org/role-holders.js';
import { GiftDeclaration } from './gift-declaration.entity.js';
import { giftView, handOverPending } from './gift-view.js';
import { GIFT_DECIDERS } from './gifts-roles.js';

/**
 * §17.5: a received gift is handed over within 7 days. On its last day the person is reminded;
 * the day after, if it is still not handed over, the person and the compliance service are told
 * it is overdue. Each once per gift.
 */
export interface GiftHandOverNotice {
  giftId: string;
  kind: 'reminder' | 'escalation';
  dueOn: CalendarDay;
  declarant: string;
  giver: string;
  recipients: { email: string; fullName: string; locale: Locale }[];
}

/**
 * The hand-over notices due now in an organisation, recorded on their gifts (so a later run does
 * not send them again) with an audit event each; the caller queues their mails in the same
 * transaction.
 */
export async function claimGiftHandOverNotices(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<GiftHandOverNotice[]> {
  const today = kazakhstanDay(now);
  // The gifts are locked, then read, so that two runs at once take turns and the second finds
  // the first one's notices recorded.
  const dueIds = await em.execute<{ id: string }[]>(
    `select id from gift_declaration
      where organization_id = ? and event = 'received' and handed_over_on is null
        and action_due_on <= ? and hand_over_escalated_on is null
        and (decision is null or decision in ('hand_over', 'pay_back'))`,
    [organizationId, today],
  );
  if (dueIds.length === 0) return [];
  await lockRows(
    em,
    GiftDeclaration,
    dueIds.map((row) => row.id),
  );
  const gifts = await em.find(
    GiftDeclaration,
    { id: { $in: dueIds.map((row) => row.id) } },
    { populate: ['person'], orderBy: { actionDueOn: 'asc', id: 'asc' }, refresh: true },
  );
  let officers: Awaited<ReturnType<typeof activeRoleHolders>> | null = null;
  const notices: GiftHandOverNotice[] = [];
  for (const gift of gifts) {
    const view = giftView(gift, now);
    if (!handOverPending(view) || view.actionDueOn === null) continue;
    const dueOn = view.actionDueOn;
    const kind = today > dueOn ? 'escalation' : 'reminder';
    if (kind === 'reminder' && gift.handOverRemindedOn) continue;
    if (kind === 'escalation' && gift.handOverEscalatedOn) continue;
    if (kind === 'reminder') gift.handOverRemindedOn = today;
    else gift.handOverEscalatedOn = today;
    officers ??= await activeRoleHolders(em, organizationId, GIFT_DECIDERS);
    const people = kind === 'reminder' ? [gift.person] : [gift.person, ...officers];
    const recipients = [...new Map(people.filter((p) => p.active).map((p) => [p.id, p])).values()].map(
      (p) => ({ email: p.email, fullName: p.fullName, locale: p.locale }),
    );
    await recordAudit(em, null, {
      organizationId,
      action: `gift.hand_over_${kind}_sent`,
      entityType: 'GiftDeclaration',
      entityId: gift.id,
      data: { dueOn: toDay(dueOn), recipients: recipients.length },
    });
    notices.push({
      giftId: gift.id,
      kind,
      dueOn,
      declarant: gift.person.fullName,
      giver: gift.giver,
      recipients,
    });
  }
  await em.flush();
  return notices;
}

type Wording = (notice: GiftHandOverNotice, day: string) => [subject: string, line: string];

const WORDING: Record<Locale, Record<GiftHandOverNotice['kind'], Wording>> = {
  kk: {
    reminder: (n, day) => [
      'Сыйлықты тапсыру мерзімі бүгін аяқталады',
      `${n.giver} берген сыйлықты тапсырудың соңғы күні — ${day}. Тапсырған соң оны Adal-да белгілеңіз.`,
    ],
    escalation: (n, day) => [
      `Сыйлық мерзімінде тапсырылмады: ${n.declarant}`,
      `${n.declarant} ${n.giver} берген сыйлықты ${day} дейін тапсыруы тиіс еді; тапсыру әлі тіркелмеген.`,
    ],
  },
  ru: {
    reminder: (n, day) => [
      'Срок сдачи подарка истекает сегодня',
      `Последний день сдачи подарка от ${n.giver} — ${day}. После сдачи отметьте её в Adal.`,
    ],
    escalation: (n, day) => [
      `Подарок не сдан в срок: ${n.declarant}`,
      `${n.declarant} должен был сдать подарок от ${n.giver} до ${day}; сдача до сих пор не записана.`,
    ],
  },
  en: {
    reminder: (n, day) => [
      'The gift is to be handed over today',
      `Today, ${day}, is the last day to hand over the gift from ${n.giver}. Record the hand-over in Adal once done.`,
    ],
    escalation: (n, day) => [
      `A gift not handed over in time: ${n.declarant}`,
      `${n.declarant} was to hand over the gift from ${n.giver} by ${day}; no hand-over is recorded yet.`,
    ],
  },
};

/** One mail per recipient, in their language, with the link to the gift. */
export function giftHandOverMails(notice: GiftHandOverNotice, appUrl: string): PlainMail[] {
  const link = `${appUrl.replace(/\/+$/, '')}/declarations/gifts/${notice.giftId}`;
  return notice.recipients.map((recipient) => {
    const [subject, line] = WORDING[recipient.locale][notice.kind](notice, formatCalendarDay(notice.dueOn));
    return { to: recipient.email, subject, text: `${recipient.fullName},\n\n${line}\n\n${link}\n` };
  });
}
