import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRows } from '../../database/row-lock.js';
import { formatCalendarDay, kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { Locale } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { addCalendarDays, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { ImprovementItem } from './self-assessment.entity.js';

/** An overdue improvement is reminded the day after its due day, then weekly until it is done. */
export const IMPROVEMENT_OVERDUE_EVERY_DAYS = 7;

export interface ImprovementReminder {
  itemId: string;
  action: string;
  dueOn: CalendarDay;
  recipient: { email: string; fullName: string; locale: Locale } | null;
}

/**
 * §73 step 5: the open improvement-plan items past their due day, reminded weekly, each reminder
 * recorded on the item with an audit event; the caller queues the mails in the same transaction.
 * The rows are locked before they are read again, so two runs at once take turns and the second
 * finds the first one's reminders recorded.
 */
export async function claimImprovementReminders(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<ImprovementReminder[]> {
  const today = kazakhstanDay(now);
  const candidates = await em.execute<{ id: string }[]>(
    `select id from compliance_improvement_item
      where organization_id = ? and status = 'open' and due_on < ?
        and (reminded_on is null or reminded_on <= ?)`,
    [organizationId, today, addCalendarDays(today, -IMPROVEMENT_OVERDUE_EVERY_DAYS)],
  );
  if (candidates.length === 0) return [];
  await lockRows(
    em,
    ImprovementItem,
    candidates.map((row) => row.id),
  );
  const items = await em.find(
    ImprovementItem,
    { id: { $in: candidates.map((row) => row.id) } },
    { populate: ['responsible'], orderBy: { dueOn: 'asc', id: 'asc' }, refresh: true },
  );
  const reminders: ImprovementReminder[] = [];
  for (const item of items) {
    const last = item.remindedOn ? toDay(item.remindedOn) : null;
    const due = last === null || last <= addCalendarDays(today, -IMPROVEMENT_OVERDUE_EVERY_DAYS);
    if (item.status !== 'open' || !due) continue;
    const person = item.responsible;
    item.remindedOn = today;
    await recordAudit(em, null, {
      organizationId,
      action: 'compliance_improvement_item.overdue_reminder_sent',
      entityType: 'ImprovementItem',
      entityId: item.id,
      data: { dueOn: toDay(item.dueOn), recipients: person.active ? 1 : 0 },
    });
    reminders.push({
      itemId: item.id,
      action: item.action,
      dueOn: toDay(item.dueOn),
      recipient: person.active
        ? { email: person.email, fullName: person.fullName, locale: person.locale }
        : null,
    });
  }
  await em.flush();
  return reminders;
}

const WORDING: Record<Locale, (r: ImprovementReminder, day: string) => [subject: string, line: string]> = {
  kk: (r, day) => [
    `Өзін-өзі бағалау бойынша жетілдірудің мерзімі өтті`,
    `Сіз жауапты «${r.action}» жетілдіруінің мерзімі ${day} өтті. Оны орындап, комплаенс-қызметке хабарлаңыз.`,
  ],
  ru: (r, day) => [
    `Просрочено улучшение по итогам самооценки`,
    `Срок улучшения «${r.action}», за которое вы отвечаете, истёк ${day}. Выполните его и сообщите комплаенс-службе.`,
  ],
  en: (r, day) => [
    `A self-assessment improvement is overdue`,
    `"${r.action}", which you answer for, was due on ${day}. Carry it out and tell the compliance service.`,
  ],
};

/** The mail to the responsible person in their language; none when they have left. */
export function improvementReminderMails(reminder: ImprovementReminder): PlainMail[] {
  const recipient = reminder.recipient;
  if (!recipient) return [];
  const [subject, line] = WORDING[recipient.locale](reminder, formatCalendarDay(reminder.dueOn));
  return [{ to: recipient.email, subject, text: `${recipient.fullName},\n\n${line}\n` }];
}
