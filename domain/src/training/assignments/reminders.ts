import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale, LocalizedText } from '../../kernel/locale.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay } from '../../kernel/working-days.js';
import { bindNamed, ENROLMENT_ATTEMPTS_SQL, ENROLMENT_STATUS_SQL } from './enrolment-status.js';
import { lockRows } from '../../database/row-lock.js';
import { Enrolment } from './assignment.entity.js';
import { TrainingReminder, type ITrainingReminder, type ReminderKind } from './reminder.entity.js';

/** What a reminder e-mail says: the due date is near, or past. */
export type ReminderWording = Exclude<ReminderKind, 'manual'>;

/** Days before the due date at which a person not yet passed is reminded; the last one applies near the date. */
export const DUE_SOON_DAYS = [7, 1] as const;
/** After the due date: a reminder on the first day overdue, then one a week. */
export const OVERDUE_EVERY_DAYS = 7;

/** A reminder that is due now for one enrolment, with what its e-mail needs. */
export interface DueReminder {
  enrolmentId: string;
  organizationId: string;
  personId: string;
  email: string;
  fullName: string;
  locale: Locale;
  courseTitle: LocalizedText;
  dueOn: string;
  kind: ReminderWording;
  step: number;
}

interface Row {
  enrolment_id: string;
  organization_id: string;
  person_id: string;
  email: string;
  full_name: string;
  locale: Locale;
  title: LocalizedText;
  due_on: string | Date;
  kind: ReminderWording;
  step: number | string;
}

/**
 * The reminders to send now in an organisation, computed in one query: per person and course the
 * current cycle (as "My training" shows it), not yet passed, of an active assignment and an
 * active person, whose reminder for the current step has not been sent. A missed run sends only
 * the step that applies now, never a backlog.
 */
export async function dueReminders(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<DueReminder[]> {
  const [soon, last] = DUE_SOON_DAYS;
  const { sql, params } = bindNamed(
    `select * from (
      select cur.*,
             case when cur.days_left < 0 then 'overdue' else 'due_soon' end as kind,
             case when cur.days_left < 0 then (-cur.days_left - 1) / ${OVERDUE_EVERY_DAYS}
                  when cur.days_left <= ${last} then ${last} else ${soon} end as step
        from (
          select distinct on (e.person_id, e.course_id)
                 e.id as enrolment_id, e.organization_id, e.person_id, p.email, p.full_name, p.locale,
                 c.title, e.due_on, ${ENROLMENT_STATUS_SQL} as status,
                 e.due_on - cast(:today as date) as days_left
            from enrolment e
            join assignment a on a.id = e.assignment_id and a.active
            join person p on p.id = e.person_id and p.active
            join course c on c.id = e.course_id
            ${ENROLMENT_ATTEMPTS_SQL}
           where e.organization_id = cast(:organization as uuid) and e.withdrawn_at is null
           order by e.person_id, e.course_id, e.due_on desc
        ) cur
       where cur.status <> 'passed' and cur.days_left <= ${soon}
    ) due
    where not exists (select 1 from training_reminder r
                       where r.enrolment_id = due.enrolment_id and r.kind = due.kind and r.step = due.step)
      -- One mail a day at most: not on a day the person was already reminded (by hand, say).
      and not exists (select 1 from training_reminder r
                       where r.enrolment_id = due.enrolment_id and r.sent_at >= cast(:dayStart as timestamptz))
    order by due.email, due.due_on`,
    {
      now,
      today: kazakhstanDay(now),
      dayStart: startOfKazakhstanDay(kazakhstanDay(now)),
      organization: organizationId,
    },
  );
  const rows = await em.execute<Row[]>(sql, params);
  return rows.map((row) => ({
    enrolmentId: row.enrolment_id,
    organizationId: row.organization_id,
    personId: row.person_id,
    email: row.email,
    fullName: row.full_name,
    locale: row.locale,
    courseTitle: row.title,
    dueOn: toDay(row.due_on),
    kind: row.kind,
    step: Number(row.step),
  }));
}

/**
 * The reminders of `candidates` still to send, with their enrolments locked until the transaction
 * ends: a reminder sent at once by hand and the daily job take turns on an enrolment, and whoever
 * comes second finds the first one's record and leaves the person out, so that nobody gets two
 * mails on one day (Kazakhstan's). Call it before recording and queueing them.
 */
export async function claimReminders<R extends Pick<DueReminder, 'enrolmentId'>>(
  em: EntityManager,
  candidates: readonly R[],
  now: Date,
): Promise<R[]> {
  if (candidates.length === 0) return [];
  await lockRows(
    em,
    Enrolment,
    candidates.map((reminder) => reminder.enrolmentId),
  );
  const reminded = await em.execute<{ enrolment_id: string }[]>(
    `select distinct enrolment_id from training_reminder
      where enrolment_id = any(cast(? as uuid[])) and sent_at >= cast(? as timestamptz)`,
    [
      `{${candidates.map((reminder) => reminder.enrolmentId).join(',')}}`,
      startOfKazakhstanDay(kazakhstanDay(now)),
    ],
  );
  const done = new Set(reminded.map((row) => row.enrolment_id));
  return candidates.filter((reminder) => !done.has(reminder.enrolmentId));
}

/**
 * Records that the reminder was queued. Call it in the transaction that queues the e-mail: if the
 * transaction fails, neither happened; the unique key refuses a second record of the same reminder.
 * The caller flushes.
 */
export function markReminderSent(em: EntityManager, reminder: DueReminder, now: Date): ITrainingReminder {
  return em.create(TrainingReminder, {
    organization: reminder.organizationId,
    enrolment: reminder.enrolmentId,
    kind: reminder.kind,
    step: reminder.step,
    dueOn: reminder.dueOn,
    sentAt: now,
  });
}

/** Reminders recorded by one statement. */
const REMINDERS_PER_INSERT = 5000;

/**
 * `markReminderSent` for many reminders at once, a few statements however many there are: the
 * daily job records the reminders of a whole organisation. Written at once, not at flush.
 */
export async function markRemindersSent(
  em: EntityManager,
  reminders: readonly DueReminder[],
  now: Date,
): Promise<void> {
  for (let start = 0; start < reminders.length; start += REMINDERS_PER_INSERT) {
    const rows = reminders.slice(start, start + REMINDERS_PER_INSERT).map((reminder) => ({
      organization_id: reminder.organizationId,
      enrolment_id: reminder.enrolmentId,
      kind: reminder.kind,
      step: reminder.step,
      due_on: reminder.dueOn,
    }));
    await em.execute(
      `insert into training_reminder (id, organization_id, enrolment_id, kind, step, due_on, sent_at)
       select gen_random_uuid(), r.organization_id, r.enrolment_id, r.kind, r.step, r.due_on, cast(? as timestamptz)
         from jsonb_to_recordset(cast(? as jsonb))
           as r(organization_id uuid, enrolment_id uuid, kind text, step int, due_on date)`,
      [now, JSON.stringify(rows)],
    );
  }
}
