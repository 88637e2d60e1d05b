import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRows } from '../../database/row-lock.js';
import { formatCalendarDay, kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { Locale } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { addCalendarDays, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { Person } from '../../org/person.entity.js';
import { CultureActivity } from './culture-activity.entity.js';

/** A week before its deadline the owners are reminded once; past it, once a week until it is reported. */
export const REMIND_BEFORE_DAYS = 7;
export const OVERDUE_EVERY_DAYS = 7;

export interface ActivityReminder {
  activityId: string;
  kind: 'due' | 'overdue';
  title: string;
  deadline: CalendarDay;
  recipients: { email: string; fullName: string; locale: Locale }[];
}

/**
 * §35.1: the activities of the approved plans that are due within a week (reminded once) or overdue
 * (reminded weekly), recorded on the activity with an audit event; the caller queues the mails in the
 * same transaction. The rows are locked before they are read again, so two runs at once take turns
 * and the second finds the first one's reminders recorded.
 */
export async function claimCultureActivityReminders(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<ActivityReminder[]> {
  const today = kazakhstanDay(now);
  const soon = addCalendarDays(today, REMIND_BEFORE_DAYS);
  const candidates = await em.execute<{ id: string }[]>(
    `select a.id from culture_activity a join culture_plan p on p.id = a.plan_id
      where a.organization_id = ? and a.status in ('planned', 'in_progress') and a.deadline <= ?
        and p.status <> 'closed' and (p.status in ('approved', 'in_execution') or p.version > 1)`,
    [organizationId, soon],
  );
  if (candidates.length === 0) return [];
  await lockRows(
    em,
    CultureActivity,
    candidates.map((row) => row.id),
  );
  const activities = await em.find(
    CultureActivity,
    { id: { $in: candidates.map((row) => row.id) } },
    { orderBy: { deadline: 'asc', id: 'asc' }, refresh: true },
  );
  // Every owner once, in one query, however many activities are reminded.
  const owners = await em.find(Person, {
    id: { $in: [...new Set(activities.flatMap((a) => a.responsibleIds))] },
    active: true,
  });
  const ownerById = new Map(owners.map((person) => [person.id, person]));
  const reminders: ActivityReminder[] = [];
  for (const activity of activities) {
    const deadline = toDay(activity.deadline);
    const last = activity.remindedOn ? toDay(activity.remindedOn) : null;
    const kind = deadline < today ? 'overdue' : 'due';
    const due =
      kind === 'due'
        ? last === null || last < addCalendarDays(deadline, -REMIND_BEFORE_DAYS)
        : last === null || last <= addCalendarDays(today, -OVERDUE_EVERY_DAYS);
    if (!due || (activity.status !== 'planned' && activity.status !== 'in_progress')) continue;
    const people = activity.responsibleIds.flatMap((id) => ownerById.get(id) ?? []);
    activity.remindedOn = today;
    await recordAudit(em, null, {
      organizationId,
      action: `culture_activity.${kind}_reminder_sent`,
      entityType: 'CultureActivity',
      entityId: activity.id,
      data: { deadline, recipients: people.length },
    });
    reminders.push({
      activityId: activity.id,
      kind,
      title: activity.title,
      deadline,
      recipients: people.map((p) => ({ email: p.email, fullName: p.fullName, locale: p.locale })),
    });
  }
  await em.flush();
  return reminders;
}

type Wording = (r: ActivityReminder, day: string) => [subject: string, line: string];

const WORDING: Record<Locale, Record<ActivityReminder['kind'], Wording>> = {
  kk: {
    due: (r, day) => [
      `Мәдениет жоспарының іс-шарасының мерзімі жақындады: ${r.title}`,
      `Сіз жауапты «${r.title}» іс-шарасын ${day} дейін өткізу керек. Өткізген соң оның есебі мен дәлелдерін Adal-ға енгізіңіз.`,
    ],
    overdue: (r, day) => [
      `Мәдениет жоспарының іс-шарасының мерзімі өтті: ${r.title}`,
      `Сіз жауапты «${r.title}» іс-шарасының мерзімі ${day} өтті, ал есебі әлі жоқ. Оны өткізіңіз немесе себебін көрсетіп тоқтатыңыз.`,
    ],
  },
  ru: {
    due: (r, day) => [
      `Приближается срок мероприятия плана по культуре: ${r.title}`,
      `Мероприятие «${r.title}», за которое вы отвечаете, нужно провести до ${day}. После проведения внесите в Adal отчёт и подтверждения.`,
    ],
    overdue: (r, day) => [
      `Просрочено мероприятие плана по культуре: ${r.title}`,
      `Срок мероприятия «${r.title}», за которое вы отвечаете, истёк ${day}, а отчёта нет. Проведите его или отмените с указанием причины.`,
    ],
  },
  en: {
    due: (r, day) => [
      `A culture plan activity is due soon: ${r.title}`,
      `"${r.title}", which you answer for, is due by ${day}. Once held, record its report and evidence in Adal.`,
    ],
    overdue: (r, day) => [
      `A culture plan activity is overdue: ${r.title}`,
      `"${r.title}", which you answer for, was due on ${day} and has no report. Hold it, or cancel it saying why.`,
    ],
  },
};

/** One mail per responsible person, in their language, with the link to the activity. */
export function cultureActivityReminderMails(reminder: ActivityReminder, appUrl: string): PlainMail[] {
  const link = `${appUrl.replace(/\/+$/, '')}/culture/activities/${reminder.activityId}`;
  return reminder.recipients.map((recipient) => {
    const [subject, line] = WORDING[recipient.locale][reminder.kind](
      reminder,
      formatCalendarDay(reminder.deadline),
    );
    return { to: recipient.email, subject, text: `${recipient.fullName},\n\n${line}\n\n${link}\n` };
  });
}
