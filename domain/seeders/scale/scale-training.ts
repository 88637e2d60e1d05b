import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { LocalizedText } from '../../src/kernel/locale.js';
import { startOfKazakhstanDay } from '../../src/kernel/kazakhstan-time.js';
import { loadActor } from '../../src/org/login.js';
import type { CourseTopic } from '../../src/training/authoring/course.entity.js';
import type { AudienceKind, Recurrence } from '../../src/training/assignments/assignment.entity.js';
import { Question, type IQuestion } from '../../src/training/bank/question.entity.js';
import { answerDraw, attemptQuestion, DRAWN_PER_TEST, publishDemoCourse } from '../training-demo.js';
import { DEMO_COURSES } from '../training-demo-courses.js';
import { bulkInsert } from './bulk-insert.js';
import type { ScaleAuditLog } from './scale-audit.js';
import type { ScaleOrg, ScalePerson } from './scale-org.js';
import type { ScaleRandom } from './scale-random.js';

const DAY_MS = 86_400_000;
const PASS_MARK = 60;
/** Attempts newer than this keep the whole question snapshot; older ones keep ids and kinds (see docs/performance.md). */
const FULL_SNAPSHOT_DAYS = 14;

/** The holding's ten courses, one per topic, on the demo courses' lessons and question banks. */
const COURSES: readonly { topic: CourseTopic; source: number; title: LocalizedText }[] = [
  {
    topic: 'general',
    source: 0,
    title: {
      kk: 'Сыбайлас жемқорлыққа қарсы стандарт',
      ru: 'Антикоррупционный стандарт',
      en: 'The anti-corruption standard',
    },
  },
  {
    topic: 'conflict_of_interest',
    source: 1,
    title: {
      kk: 'Мүдделер қақтығысы: үлгілік жағдайлар',
      ru: 'Конфликт интересов: типовые случаи',
      en: 'Conflicts of interest: typical cases',
    },
  },
  {
    topic: 'procurement',
    source: 2,
    title: { kk: 'Сатып алудағы адалдық', ru: 'Честность в закупках', en: 'Integrity in procurement' },
  },
  {
    topic: 'induction',
    source: 3,
    title: {
      kk: 'Жаңа қызметкерге арналған кіріспе',
      ru: 'Вводный курс для новых работников',
      en: 'Induction for new staff',
    },
  },
  {
    topic: 'gifts',
    source: 1,
    title: { kk: 'Сыйлықтар мен қонақжайлылық', ru: 'Подарки и гостеприимство', en: 'Gifts and hospitality' },
  },
  {
    topic: 'code_of_ethics',
    source: 0,
    title: { kk: 'Әдеп кодексі', ru: 'Кодекс этики', en: 'Code of ethics' },
  },
  {
    topic: 'middle_managers',
    source: 0,
    title: {
      kk: 'Басшылар үшін адалдық',
      ru: 'Добросовестность для руководителей',
      en: 'Integrity for managers',
    },
  },
  {
    topic: 'hotline',
    source: 3,
    title: {
      kk: 'Сенім желісі және хабарлаушыны қорғау',
      ru: 'Линия доверия и защита заявителя',
      en: 'The hotline and reporter protection',
    },
  },
  {
    topic: 'hr',
    source: 2,
    title: { kk: 'Кадр жұмысындағы тәуекелдер', ru: 'Риски в кадровой работе', en: 'Risks in HR work' },
  },
  {
    topic: 'sponsorship_charity',
    source: 1,
    title: {
      kk: 'Демеушілік және қайырымдылық',
      ru: 'Спонсорство и благотворительность',
      en: 'Sponsorship and charity',
    },
  },
];

interface BuiltCourse {
  topic: CourseTopic;
  courseId: string;
  testId: string;
  versionId: string;
  bank: IQuestion[];
  snapshots: Map<string, unknown>;
}

/** Who an assignment enrols, and the cycles of the past year it ran (the current one last). */
interface PlannedAssignment {
  topic: CourseTopic;
  audience: AudienceKind;
  recurrence: Recurrence;
  cycles: { windowStart: string | null; dueOn: string }[];
  takes: (person: ScalePerson) => boolean;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  return isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())));
}

export interface ScaleTrainingCounts {
  assignments: number;
  enrolments: number;
  attempts: number;
  answers: number;
  certificates: number;
}

/**
 * The holding's training over the past year (§5.3, §19, §52.3, §68): ten published courses built
 * through the suite's own use cases, assignments to the whole holding, to the posts exposed to
 * risk, to procurement staff, managers and new hires, their enrolments cycle by cycle, and the
 * attempts people made (answers, scores, certificates), inserted set-based.
 */
export async function seedScaleTraining(
  em: EntityManager,
  pool: Pool,
  random: ScaleRandom,
  org: ScaleOrg,
  audit: ScaleAuditLog,
  today: Date,
): Promise<ScaleTrainingCounts> {
  const trainerId = org.logins.get('training_admin')!;
  const built: BuiltCourse[] = await em.transactional(async (tx) => {
    const trainer = await loadActor(tx, trainerId, org.organizationId);
    if (!trainer) throw new Error('the scale holding has no training administrator');
    const courses: BuiltCourse[] = [];
    for (const plan of COURSES) {
      const source = DEMO_COURSES[plan.source]!;
      const { test, version, courseId, poolId } = await publishDemoCourse(
        tx,
        trainer,
        { ...source, topic: plan.topic, title: plan.title },
        today,
      );
      // In a fixed order (ids are new on every run), so that the seed decides every draw.
      const bank = (await tx.find(Question, { pool: poolId })).sort((a, b) =>
        JSON.stringify(a.text).localeCompare(JSON.stringify(b.text)),
      );
      courses.push({
        topic: plan.topic,
        courseId,
        testId: test.id,
        versionId: version.id,
        bank,
        snapshots: new Map(bank.map((q) => [q.id, attemptQuestion(q)])),
      });
    }
    return courses;
  });
  const byTopic = new Map(built.map((c) => [c.topic, c]));

  const todayDay = isoDay(today);
  const year = today.getUTCFullYear();
  const h1 = { windowStart: `${year}-01-01`, dueOn: `${year}-06-30` };
  const h2 = { windowStart: `${year}-07-01`, dueOn: `${year}-12-31` };
  const calendarYear = { windowStart: `${year}-01-01`, dueOn: `${year}-12-31` };
  const threeMonthsAgo = isoDay(new Date(today.getTime() - 92 * DAY_MS));
  const plans: PlannedAssignment[] = [
    // §68: everyone yearly; §19: the conflict-of-interest cases every half-year.
    {
      topic: 'general',
      audience: 'whole_org',
      recurrence: 'yearly',
      cycles: [calendarYear],
      takes: () => true,
    },
    {
      topic: 'conflict_of_interest',
      audience: 'whole_org',
      recurrence: 'half_yearly',
      cycles: [h1, h2],
      takes: () => true,
    },
    {
      topic: 'code_of_ethics',
      audience: 'whole_org',
      recurrence: 'once',
      cycles: [{ windowStart: null, dueOn: `${year}-03-31` }],
      takes: () => true,
    },
    {
      topic: 'hotline',
      audience: 'whole_org',
      recurrence: 'once',
      cycles: [{ windowStart: null, dueOn: `${year}-09-30` }],
      takes: () => true,
    },
    {
      topic: 'gifts',
      audience: 'risk_exposed_positions',
      recurrence: 'yearly',
      cycles: [calendarYear],
      takes: (p) => p.position.risk,
    },
    // §52.3: procurement staff every half-year.
    {
      topic: 'procurement',
      audience: 'procurement_staff',
      recurrence: 'half_yearly',
      cycles: [h1, h2],
      takes: (p) => p.position.procurement,
    },
    {
      topic: 'middle_managers',
      audience: 'managers',
      recurrence: 'yearly',
      cycles: [calendarYear],
      takes: (p) => p.position.manager,
    },
  ];
  const createdBy = trainerId;
  const assignmentRows: unknown[][] = [];
  const enrolmentRows: unknown[][] = [];
  const attemptRows: unknown[][] = [];
  const answerRows: unknown[][] = [];
  const certificateRows: unknown[][] = [];
  const attemptNumber = new Map<string, number>();
  const counts: ScaleTrainingCounts = {
    assignments: 0,
    enrolments: 0,
    attempts: 0,
    answers: 0,
    certificates: 0,
  };
  // Each assignment's rows are written before the next one's are made, so that memory holds one
  // assignment's attempts and answers at a time, not the year's millions.
  const flush = async () => {
    await bulkInsert(
      pool,
      'assignment',
      [
        ['id', 'uuid'],
        ['organization_id', 'uuid'],
        ['course_id', 'uuid'],
        ['audience', 'text'],
        ['org_unit_ids', 'jsonb'],
        ['role', 'text'],
        ['new_hire_months', 'int'],
        ['due_on', 'date'],
        ['recurrence', 'text'],
        ['active', 'boolean'],
        ['created_by_id', 'uuid'],
        ['created_at', 'timestamptz'],
      ],
      assignmentRows,
    );
    await bulkInsert(
      pool,
      'enrolment',
      [
        ['id', 'uuid'],
        ['organization_id', 'uuid'],
        ['assignment_id', 'uuid'],
        ['person_id', 'uuid'],
        ['course_id', 'uuid'],
        ['window_start', 'timestamptz'],
        ['due_on', 'date'],
        ['enrolled_at', 'timestamptz'],
        ['extended_from', 'date'],
        ['withdrawn_at', 'timestamptz'],
      ],
      enrolmentRows,
    );
    await bulkInsert(
      pool,
      'attempt',
      [
        ['id', 'uuid'],
        ['organization_id', 'uuid'],
        ['person_id', 'uuid'],
        ['test_id', 'uuid'],
        ['course_version_id', 'uuid'],
        ['number', 'int'],
        ['status', 'text'],
        ['questions', 'jsonb'],
        ['started_at', 'timestamptz'],
        ['deadline', 'timestamptz'],
        ['submitted_at', 'timestamptz'],
        ['score_percent', 'numeric'],
        ['passed', 'boolean'],
        ['pass_mark', 'int'],
        ['wrong_question_ids', 'jsonb'],
      ],
      attemptRows,
    );
    await bulkInsert(
      pool,
      'attempt_answer',
      [
        ['id', 'uuid'],
        ['organization_id', 'uuid'],
        ['attempt_id', 'uuid'],
        ['question_id', 'uuid'],
        ['answer', 'jsonb'],
        ['saved_at', 'timestamptz'],
      ],
      answerRows,
    );
    await bulkInsert(
      pool,
      'certificate',
      [
        ['id', 'uuid'],
        ['organization_id', 'uuid'],
        ['attempt_id', 'uuid'],
        ['person_id', 'uuid'],
        ['course_id', 'uuid'],
        ['verification_code', 'text'],
        ['score_percent', 'numeric'],
        ['issued_at', 'timestamptz'],
        ['valid_until', 'date'],
      ],
      certificateRows,
    );
    counts.assignments += assignmentRows.length;
    counts.enrolments += enrolmentRows.length;
    counts.attempts += attemptRows.length;
    counts.answers += answerRows.length;
    counts.certificates += certificateRows.length;
    for (const rows of [assignmentRows, enrolmentRows, attemptRows, answerRows, certificateRows])
      rows.length = 0;
  };

  const attemptsFor = (course: BuiltCourse, person: ScalePerson, from: Date, until: Date, chance: number) => {
    if (until <= from || !random.chance(chance)) return;
    const key = `${person.id}:${course.testId}`;
    let at = random.between(from, until);
    for (let n = 0; n < 3 && at < until; n += 1) {
      const number = (attemptNumber.get(key) ?? 0) + 1;
      attemptNumber.set(key, number);
      const id = random.uuid();
      const open = n === 0 && today.getTime() - at.getTime() < DAY_MS && random.chance(0.3);
      const draw = answerDraw(random, course.bank, DRAWN_PER_TEST);
      const passed = draw.score >= PASS_MARK;
      const startedAt = new Date(at.getTime() - random.int(6, 25) * 60_000);
      const full = today.getTime() - at.getTime() < FULL_SNAPSHOT_DAYS * DAY_MS;
      attemptRows.push([
        id,
        org.organizationId,
        person.id,
        course.testId,
        course.versionId,
        number,
        open ? 'open' : 'submitted',
        draw.drawn.map((q) => (full ? course.snapshots.get(q.id) : { questionId: q.id, kind: q.kind })),
        startedAt,
        open ? new Date(startedAt.getTime() + 20 * 60_000) : null,
        open ? null : at,
        open ? null : draw.score,
        open ? null : passed,
        PASS_MARK,
        open ? null : draw.wrongQuestionIds,
      ]);
      audit.add(startedAt, person.id, 'training.attempt_started', 'Attempt', id, {
        testId: course.testId,
        courseVersion: 1,
        number,
      });
      for (const [questionId, answer] of Object.entries(draw.answers)) {
        answerRows.push([random.uuid(), org.organizationId, id, questionId, answer, startedAt]);
      }
      if (open) return;
      audit.add(at, person.id, 'training.attempt_submitted', 'Attempt', id, {
        scorePercent: draw.score,
        passed,
        passMark: PASS_MARK,
      });
      if (passed) {
        certificateRows.push([
          random.uuid(),
          org.organizationId,
          id,
          person.id,
          course.courseId,
          `SC${id.replaceAll('-', '').slice(0, 16).toUpperCase()}`,
          draw.score,
          at,
          null,
        ]);
        return;
      }
      at = new Date(at.getTime() + random.int(1, 10) * DAY_MS);
    }
  };

  for (const plan of plans) {
    const course = byTopic.get(plan.topic)!;
    const assignmentId = random.uuid();
    const created = startOfKazakhstanDay(plan.cycles[0]!.windowStart ?? `${year}-01-01`);
    const current = plan.cycles[plan.cycles.length - 1]!;
    assignmentRows.push([
      assignmentId,
      org.organizationId,
      course.courseId,
      plan.audience,
      [],
      null,
      null,
      plan.cycles[0]!.dueOn,
      plan.recurrence,
      true,
      createdBy,
      created,
    ]);
    audit.add(created, createdBy, 'training.assignment_created', 'Assignment', assignmentId, {
      courseId: course.courseId,
      audience: plan.audience,
      recurrence: plan.recurrence,
    });
    for (const person of org.people) {
      if (!plan.takes(person)) continue;
      for (const cycle of plan.cycles) {
        // Hired after the cycle ended: never in it; left before it began: not either.
        if (person.hiredOn > cycle.dueOn) continue;
        if (person.leftOn && cycle.windowStart && person.leftOn < cycle.windowStart) continue;
        const windowStart = cycle.windowStart ? startOfKazakhstanDay(cycle.windowStart) : null;
        const enrolledAt = windowStart ?? created;
        enrolmentRows.push([
          random.uuid(),
          org.organizationId,
          assignmentId,
          person.id,
          course.courseId,
          windowStart,
          cycle.dueOn,
          enrolledAt,
          null,
          null,
        ]);
        const from = new Date(Math.max(enrolledAt.getTime(), startOfKazakhstanDay(person.hiredOn).getTime()));
        const end = person.leftOn ?? (cycle === current ? todayDay : cycle.dueOn);
        const until = new Date(Math.min(today.getTime(), startOfKazakhstanDay(end).getTime() + DAY_MS - 1));
        // Past cycles were mostly done; in the current one about two in three have tried by now.
        attemptsFor(course, person, from, until, cycle === current && cycle.dueOn >= todayDay ? 0.55 : 0.75);
      }
    }
    await flush();
  }
  // §68: the induction within three calendar months of hiring, for those hired in the last three months.
  const induction = byTopic.get('induction')!;
  const inductionId = random.uuid();
  const inductionCreated = new Date(today.getTime() - 365 * DAY_MS);
  assignmentRows.push([
    inductionId,
    org.organizationId,
    induction.courseId,
    'new_hires',
    [],
    null,
    3,
    `${year}-12-31`,
    'once',
    true,
    createdBy,
    inductionCreated,
  ]);
  audit.add(inductionCreated, createdBy, 'training.assignment_created', 'Assignment', inductionId, {
    courseId: induction.courseId,
    audience: 'new_hires',
    recurrence: 'once',
  });
  for (const person of org.people) {
    if (person.hiredOn < threeMonthsAgo || !person.active) continue;
    const windowStart = startOfKazakhstanDay(person.hiredOn);
    enrolmentRows.push([
      random.uuid(),
      org.organizationId,
      inductionId,
      person.id,
      induction.courseId,
      windowStart,
      addMonths(person.hiredOn, 3),
      windowStart,
      null,
      null,
    ]);
    attemptsFor(induction, person, windowStart, today, 0.7);
  }
  await flush();
  // The bulk load skips the triggers that keep each enrolment's standing (enrolment-status.ts):
  // it is computed here for all of them at once, as one aggregate over the attempts.
  await pool.query(
    `update enrolment e
        set standing_attempts = s.attempts, standing_best_score = s.best_score, standing_passed = s.passed,
            standing_submitted = s.submitted, standing_open_until = s.open_until
       from (select e2.id, count(a.id)::int as attempts, max(a.score_percent) as best_score,
                    coalesce(bool_or(a.passed), false) as passed, coalesce(bool_or(a.status <> 'open'), false) as submitted,
                    max(coalesce(a.deadline, 'infinity'::timestamptz)) filter (where a.status = 'open') as open_until
               from enrolment e2
               join course_test t on t.course_id = e2.course_id
               join attempt a on a.test_id = t.id and a.person_id = e2.person_id
                             and (e2.window_start is null or a.started_at >= e2.window_start)
              where e2.organization_id = $1
              group by e2.id) s
      where e.id = s.id`,
    [org.organizationId],
  );
  // So are each person's latest attempts the training KPIs read (Migration20261221090000_training_recency).
  await pool.query('select training_recency_fill($1)', [org.organizationId]);
  return counts;
}
