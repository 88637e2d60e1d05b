import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { LocalizedText } from '../../kernel/locale.js';
import type { CourseTopic } from '../authoring/course.entity.js';
import {
  bindNamed,
  ENROLMENT_ATTEMPTS_SQL,
  ENROLMENT_STATUS_SQL,
  type EnrolmentStatus,
} from './enrolment-status.js';

export interface MyAssignment {
  enrolmentId: string;
  assignmentId: string;
  courseId: string;
  courseTitle: LocalizedText;
  topic: CourseTopic;
  testId: string | null;
  dueOn: string;
  status: EnrolmentStatus;
  attempts: number;
  /** The test's attempts per cycle; null when the course has no test. */
  maxAttempts: number | null;
  attemptsLeft: number | null;
  /** Whether startAttempt would open (or resume) an attempt now. */
  canStartAttempt: boolean;
  /** Lessons of the version published now, and the ones the person has done (§35.4). */
  lessonsTotal: number;
  doneLessonIds: string[];
  /** Whether the test opens only once every lesson is done; false when the course has no test. */
  lessonsRequiredBeforeTest: boolean;
  bestScorePercent: number | null;
  certificateCode: string | null;
}

interface Row {
  enrolment_id: string;
  assignment_id: string;
  course_id: string;
  title: LocalizedText;
  topic: CourseTopic;
  test_id: string | null;
  max_attempts: number | null;
  due_on: string | Date;
  status: EnrolmentStatus;
  attempts: string | number | null;
  best_score: string | number | null;
  certificate_code: string | null;
  lessons_required: boolean | null;
  lessons_total: string | number | null;
  done_lesson_ids: string[] | null;
}

/** The acting person's courses: per course the current cycle, its due date and standing, soonest due first. */
export async function myAssignments(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<MyAssignment[]> {
  const { sql, params } = bindNamed(
    `select * from (
      select distinct on (e.course_id) e.id as enrolment_id, e.assignment_id, e.course_id, c.title, c.topic,
             t.id as test_id, coalesce(cast(lessons.test ->> 'maxAttempts' as integer), t.max_attempts) as max_attempts, t.lessons_required_before_test as lessons_required,
             lessons.total as lessons_total, lessons.done_ids as done_lesson_ids, e.due_on, ${ENROLMENT_STATUS_SQL} as status, att.attempts, att.best_score,
             (select cert.verification_code from certificate cert join attempt ca on ca.id = cert.attempt_id
               where cert.person_id = e.person_id and cert.course_id = e.course_id
                 and (e.window_start is null or ca.started_at >= e.window_start)
               order by cert.issued_at desc limit 1) as certificate_code
        from enrolment e
        join course c on c.id = e.course_id
        left join course_test t on t.course_id = c.id
        ${ENROLMENT_ATTEMPTS_SQL}
        -- §35.4: the lessons of the version the person started on in this cycle, unless they
        -- passed in it; else those of the version published now (as versionTakenBy decides).
        left join lateral (
          select coalesce(
                   (select first.course_version_id from attempt first
                     where first.person_id = e.person_id and first.test_id = t.id
                       and (e.window_start is null or first.started_at >= e.window_start)
                       and not exists (select 1 from attempt won
                                        where won.person_id = e.person_id and won.test_id = t.id and won.passed
                                          and (e.window_start is null or won.started_at >= e.window_start))
                     order by first.started_at, first.number limit 1),
                   (select pv.id from course_version pv where pv.course_id = e.course_id and pv.status = 'published')
                 ) as id
        ) pinned on true
        left join lateral (
          select jsonb_array_length(v.lessons) as total, v.test,
                 coalesce((select array_agg(cast(lp.lesson_id as text) order by lp.done_at, lp.lesson_id)
                             from lesson_progress lp
                            where lp.person_id = e.person_id and lp.course_version_id = v.id), '{}') as done_ids
            from course_version v
           where v.id = pinned.id
        ) lessons on true
       where e.person_id = cast(:person as uuid) and e.organization_id = cast(:organization as uuid)
         and e.withdrawn_at is null
       order by e.course_id, e.due_on desc
    ) mine order by due_on, course_id`,
    { now, person: actor.personId, organization: actor.organizationId },
  );
  const rows = await em.execute<Row[]>(sql, params);
  return rows.map((row) => {
    const attempts = Number(row.attempts ?? 0);
    const attemptsLeft = row.max_attempts === null ? null : Math.max(0, row.max_attempts - attempts);
    const lessonsTotal = Number(row.lessons_total ?? 0);
    const doneLessonIds = row.done_lesson_ids ?? [];
    const lessonsRequiredBeforeTest = row.lessons_required === true;
    return {
      enrolmentId: row.enrolment_id,
      assignmentId: row.assignment_id,
      courseId: row.course_id,
      courseTitle: row.title,
      topic: row.topic,
      testId: row.test_id,
      dueOn: typeof row.due_on === 'string' ? row.due_on : row.due_on.toISOString().slice(0, 10),
      status: row.status,
      attempts,
      maxAttempts: row.max_attempts,
      attemptsLeft,
      // As startAttempt decides: an open attempt resumes; a new one needs an attempt left in the cycle.
      // A new one also needs every lesson done when the test asks for it.
      canStartAttempt:
        row.test_id !== null &&
        row.status !== 'passed' &&
        (row.status === 'in_progress' ||
          ((attemptsLeft ?? 0) > 0 && (!lessonsRequiredBeforeTest || doneLessonIds.length >= lessonsTotal))),
      lessonsTotal,
      doneLessonIds,
      lessonsRequiredBeforeTest,
      bestScorePercent: row.best_score === null ? null : Number(row.best_score),
      certificateCode: row.certificate_code,
    };
  });
}

/**
 * One of the actor's assigned courses, by its enrolment (a course page opened by a link or a
 * reload); null when the enrolment is not the actor's current one, which reads as no such course.
 */
export async function myAssignment(
  em: EntityManager,
  actor: Actor,
  enrolmentId: string,
  now: Date = new Date(),
): Promise<MyAssignment | null> {
  return (await myAssignments(em, actor, now)).find((mine) => mine.enrolmentId === enrolmentId) ?? null;
}
