import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  outcomes,
  type TestDatabase,
} from '../../testing/index.js';
import './kpis.js';
import { assignToEveryone, buildPublishedCourse, takeTest } from '../training-fixtures.js';
import { recordAttendance } from '../sessions/attendance.js';
import { planSession } from '../sessions/sessions.js';

// The training KPIs read each person's latest closed attempt from `training_recency` and look up
// the attempts only of those whose latest came after the period's end. Each figure here is set
// beside the same count taken straight from the attempts, as the KPIs took it before.

let db: TestDatabase;
let head: Actor;
const people: Record<'early' | 'twice' | 'spring' | 'none', IPerson> = {} as never;

const day = (iso: string) => new Date(`${iso}T06:00:00Z`);
/** A time column as whole seconds since 1970, as `seconds` gives a day's morning: no driver's parsing between. */
const SECONDS = (column: string) => `extract(epoch from ${column})::int as ${column}`;
const seconds = (iso: string) => day(iso).getTime() / 1000;

/** Moves a person's attempts, oldest first, to the given days (each as submitted that morning). */
async function submittedOn(person: IPerson, days: string[]): Promise<void> {
  const rows = await db.orm.em
    .fork()
    .execute<{ id: string }[]>('select id from attempt where person_id = ? order by started_at, id', [
      person.id,
    ]);
  for (const [index, row] of rows.entries()) {
    await db.orm.em
      .fork()
      .execute('update attempt set submitted_at = ? where id = ?', [day(days[index]!), row.id]);
  }
}

/**
 * The people with a closed attempt in the period, or who attended a session held in it (at 60 %
 * or more when asked), straight from the attempts and the attendance.
 */
async function fromAttempts(periodFrom: Date | null, periodTo: Date | null, sixty: boolean): Promise<number> {
  const [row] = await db.orm.em.fork().execute<{ count: string }[]>(
    `select count(distinct person_id) as count from (
       select a.person_id from attempt a
        where a.status <> 'open' and (not ? or a.score_percent >= 60)
          and (cast(? as timestamptz) is null or a.submitted_at >= cast(? as timestamptz))
          and (cast(? as timestamptz) is null or a.submitted_at < cast(? as date) + 1)
       union all
       select sa.person_id from session_attendance sa join training_session s on s.id = sa.session_id
        where sa.status = 'attended' and s.status = 'held' and (not ? or sa.score_percent >= 60)
          and (cast(? as timestamptz) is null or s.held_on >= cast(cast(? as timestamptz) as date))
          and (cast(? as timestamptz) is null or s.held_on <= cast(? as date))) trained`,
    [sixty, periodFrom, periodFrom, periodTo, periodTo, sixty, periodFrom, periodFrom, periodTo, periodTo],
  );
  return Number(row!.count);
}

async function figures(periodFrom: Date | null, periodTo: Date | null): Promise<[number, number]> {
  const values = await computeKpiValues(
    db.orm.em.fork(),
    head,
    ['training.coverage', 'training.passed_count'],
    { ...(periodFrom ? { periodFrom } : {}), ...(periodTo ? { periodTo } : {}) },
  );
  return [values[0]!.numerator ?? -1, values[1]!.numerator ?? -1];
}

const PERIODS: [string | null, string | null][] = [
  [null, null],
  ['2025-01-01', '2025-03-31'],
  ['2025-04-01', '2025-06-30'],
  ['2025-01-01', '2025-06-30'],
  ['2025-06-01', null],
  ['2025-08-01', '2025-12-31'],
  ['2025-09-01', '2025-09-30'],
  [null, '2025-02-15'],
];

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await buildOrganization(db.orm.em.fork());
  head = { ...org.admin, roles: ['employee', 'compliance_head', 'training_admin'] };
  const built = await buildPublishedCourse(db.orm, head, { questions: 10, passMark: 70, maxAttempts: 3 });
  const em = db.orm.em.fork();
  for (const key of ['early', 'twice', 'spring', 'none'] as const) {
    people[key] = buildPerson(em, org.organization, org.root, { hiredAt: '2020-01-01' });
  }
  await em.flush();
  await assignToEveryone(db.orm, head, built.course.id);
  const as = (person: IPerson) => actorOf(person, ['employee']);
  await takeTest(db.orm, as(people.early), built.test.id, 9);
  // Failed at 50 %, then 60 %: covered both times, at 60 % or more the second time only.
  await takeTest(db.orm, as(people.twice), built.test.id, 5);
  await takeTest(db.orm, as(people.twice), built.test.id, 6);
  await takeTest(db.orm, as(people.spring), built.test.id, 8);
  await submittedOn(people.early, ['2025-02-10']);
  await submittedOn(people.twice, ['2025-02-20', '2025-08-20']);
  await submittedOn(people.spring, ['2025-05-05']);
  // A seminar in September: the one who tested in February comes back, the one who never tested
  // comes for the first time (70 %), and the one who tested in August too.
  await db.orm.em.fork().transactional(async (tx) => {
    const seminar = await planSession(tx, head, {
      kind: 'seminar',
      topic: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов' },
      plannedOn: '2025-09-10',
      trainer: 'Ә. Серікова',
      durationMinutes: 90,
      knowledgeCheck: true,
      materials: [],
    });
    await recordAttendance(
      tx,
      head,
      seminar.id,
      [
        { personId: people.early.id, status: 'attended', scorePercent: 40 },
        { personId: people.none.id, status: 'attended', scorePercent: 70 },
        { personId: people.twice.id, status: 'attended', scorePercent: 90 },
      ],
      day('2025-09-11'),
    );
  });
});

afterAll(async () => {
  await db?.drop();
});

describe('the training KPIs over each person’s latest attempt', () => {
  it('count what the attempts of each period hold, a latest attempt after the period’s end included', async () => {
    for (const [from, to] of PERIODS) {
      const periodFrom = from ? day(from) : null;
      const periodTo = to ? day(to) : null;
      const expected = [
        await fromAttempts(periodFrom, periodTo, false),
        await fromAttempts(periodFrom, periodTo, true),
      ];
      expect(await figures(periodFrom, periodTo), `${from} – ${to}`).toEqual(expected);
    }
    // The first quarter counts the one who tried again in August, from the February attempt.
    expect(await figures(day('2025-01-01'), day('2025-03-31'))).toEqual([2, 1]);
    // The second half counts the August attempt and the September seminar, each person once.
    expect(await figures(day('2025-07-01'), day('2025-12-31'))).toEqual([3, 2]);
  });

  it('keep the latest of each kind as the attempts change, and forget an attempt deleted', async () => {
    const kept = () =>
      db.orm.em.fork().execute<{ person_id: string }[]>(
        `select person_id, ${SECONDS('closed_at')}, ${SECONDS('passed60_at')}, ${SECONDS('passed_at')}
           from training_recency order by person_id`,
      );
    const recomputed = () =>
      db.orm.em.fork().execute(
        `select person_id, ${SECONDS('closed_at')}, ${SECONDS('passed60_at')}, ${SECONDS('passed_at')}
           from (select a.person_id, max(a.submitted_at) as closed_at,
                        max(a.submitted_at) filter (where a.score_percent >= 60) as passed60_at,
                        max(a.submitted_at) filter (where a.passed) as passed_at
                   from attempt a where a.status <> 'open' group by a.person_id) latest
          order by person_id`,
      );
    expect(await kept()).toEqual(await recomputed());
    expect((await kept()).find((row) => row.person_id === people.twice.id)).toMatchObject({
      closed_at: seconds('2025-08-20'),
      passed60_at: seconds('2025-08-20'),
      passed_at: null,
    });

    const spring = await db.orm.em
      .fork()
      .execute<{ id: string }[]>('select id from attempt where person_id = ?', [people.spring.id]);
    await db.orm.em.fork().transactional(async (em) => {
      for (const table of ['certificate', 'attempt_answer', 'attempt_flag']) {
        await em.execute(`delete from ${table} where attempt_id = ?`, [spring[0]!.id]);
      }
      await em.execute('delete from attempt where id = ?', [spring[0]!.id]);
    });
    expect((await kept()).map((row) => row.person_id)).not.toContain(people.spring.id);
    expect(await figures(day('2025-04-01'), day('2025-06-30'))).toEqual([0, 0]);
  });

  it('hold the later time when two transactions change one person’s attempts at once', async () => {
    const [first, second] = await db.orm.em
      .fork()
      .execute<{ id: string }[]>('select id from attempt where person_id = ? order by started_at, id', [
        people.twice.id,
      ]);
    // One moves the older attempt past the newer (a recomputation); the other scores the newer higher.
    const settled = await concurrently(db.orm, 2, (em, index) =>
      index === 0
        ? em.execute('update attempt set submitted_at = ? where id = ?', [day('2025-10-01'), first!.id])
        : em.execute('update attempt set score_percent = 90 where id = ?', [second!.id]),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    const [row] = await db.orm.em
      .fork()
      .execute(
        `select ${SECONDS('closed_at')}, ${SECONDS('passed60_at')} from training_recency where person_id = ?`,
        [people.twice.id],
      );
    expect(row).toEqual({ closed_at: seconds('2025-10-01'), passed60_at: seconds('2025-08-20') });
  });
});
