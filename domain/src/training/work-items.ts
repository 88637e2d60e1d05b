import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../kernel/actor.js';
import type { LocalizedText } from '../kernel/locale.js';
import { kazakhstanDay } from '../kernel/kazakhstan-time.js';
import { addCalendarDays } from '../kernel/working-days.js';
import { type WorkItem, type WorkUrgency, dayUrgency } from '../work/work-item.js';
import { registerWorkProvider } from '../work/work-registry.js';
import { bindNamed, ENROLMENT_ATTEMPTS_SQL, ENROLMENT_STATUS_SQL } from './assignments/enrolment-status.js';
import { myAssignments } from './assignments/my-assignments.js';
import { DUE_SOON_DAYS } from './assignments/reminders.js';
import { COMPLETION_READERS, TRAINING_MANAGERS } from './training-roles.js';

const PLUGIN = 'training';

/** A course is "due soon" for its learner from the first reminder on (a week ahead). */
const DUE_SOON_WINDOW_DAYS = Math.max(...DUE_SOON_DAYS);

/** For those who run training, an assignment ends soon within a month: time to remind its learners. */
const ENDING_SOON_DAYS = 30;

function courseUrgency(dueOn: string, today: string): WorkUrgency {
  return dayUrgency(dueOn, today, DUE_SOON_WINDOW_DAYS);
}

/** The person's own courses not yet passed, as My training lists them. */
async function ownCourses(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  const today = kazakhstanDay(now);
  return (await myAssignments(em, actor, now))
    .filter((mine) => mine.status !== 'passed')
    .map((mine) => {
      const urgency = courseUrgency(mine.dueOn, today);
      return {
        id: `${PLUGIN}:course:${mine.enrolmentId}`,
        plugin: PLUGIN,
        kind: urgency === 'overdue' ? 'course_overdue' : 'course_due',
        subject: mine.courseTitle,
        urgency,
        dueAt: null,
        dueOn: mine.dueOn,
        path: `/training/courses/${mine.enrolmentId}`,
        count: null,
      };
    });
}

interface LearnersRow {
  course_id: string;
  title: LocalizedText;
  overdue: string | number;
  pending: string | number;
  first_overdue: string | Date | null;
  next_due: string | Date | null;
}

function day(value: string | Date | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/**
 * Per course, the learners of the organisation past their due date and those not yet passed
 * whose date is still ahead, in their current cycle (as the completion report counts them).
 */
const LEARNERS_SQL = `with standing as (
    select distinct on (e.person_id, e.course_id) e.course_id, e.due_on, ${ENROLMENT_STATUS_SQL} as status
      from enrolment e
      join person p on p.id = e.person_id
      ${ENROLMENT_ATTEMPTS_SQL}
     where e.organization_id = cast(:organization as uuid) and p.active and e.withdrawn_at is null
     order by e.person_id, e.course_id, e.due_on desc
  )
  select s.course_id, c.title,
         count(*) filter (where s.status = 'overdue') as overdue,
         count(*) filter (where s.status not in ('overdue', 'passed')) as pending,
         min(s.due_on) filter (where s.status = 'overdue') as first_overdue,
         min(s.due_on) filter (where s.status not in ('overdue', 'passed')) as next_due
    from standing s join course c on c.id = s.course_id
   group by s.course_id, c.title
   order by s.course_id`;

/**
 * §68: for those who follow completion, the courses with learners overdue; for those who run
 * training, also the courses with learners yet to pass, due soon when the nearest date is within
 * a month.
 */
async function learnersToFollow(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, COMPLETION_READERS)) return [];
  const manager = hasAnyRole(actor, TRAINING_MANAGERS);
  const { sql, params } = bindNamed(LEARNERS_SQL, { now, organization: actor.organizationId });
  const endingSoon = addCalendarDays(kazakhstanDay(now), ENDING_SOON_DAYS);
  const rows = await em.execute<LearnersRow[]>(sql, params);
  return rows.flatMap((row): WorkItem[] => {
    const items: WorkItem[] = [];
    const overdue = Number(row.overdue);
    const pending = Number(row.pending);
    const nextDue = day(row.next_due);
    if (overdue > 0) {
      items.push({
        id: `${PLUGIN}:learners_overdue:${row.course_id}`,
        plugin: PLUGIN,
        kind: 'learners_overdue',
        subject: row.title,
        urgency: 'overdue',
        dueAt: null,
        dueOn: day(row.first_overdue),
        path: '/training/completion',
        count: overdue,
      });
    }
    if (manager && pending > 0) {
      items.push({
        id: `${PLUGIN}:learners_pending:${row.course_id}`,
        plugin: PLUGIN,
        kind: 'learners_pending',
        subject: row.title,
        urgency: nextDue !== null && nextDue <= endingSoon ? 'due_soon' : 'upcoming',
        dueAt: null,
        dueOn: nextDue,
        path: '/training/completion',
        count: pending,
      });
    }
    return items;
  });
}

export const TRAINING_WORK = {
  context: PLUGIN,
  async items(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
    // One after the other: both read through the same entity manager.
    const own = await ownCourses(em, actor, now);
    return [...own, ...(await learnersToFollow(em, actor, now))];
  },
};

registerWorkProvider(TRAINING_WORK);
