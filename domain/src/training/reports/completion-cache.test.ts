import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../../database/statement-count.js';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { listenForKpiChanges, type KpiChangeFeed } from '../../kpi/kpi-change-feed.js';
import { buildOrgUnit, buildPerson, type BuiltOrganization, type TestDatabase } from '../../testing/index.js';
import { createAssignment } from '../assignments/assignments.js';
import {
  buildPublishedCourse,
  createTrainingDatabase,
  type BuiltCourse,
  type TrainingDatabase,
} from '../training-fixtures.js';
import { CompletionReportCache, completionReport } from './completion.js';

let db: TestDatabase;
let org: BuiltOrganization;
let manager: Actor;
let course: BuiltCourse;
let financeId: string;
let feed: KpiChangeFeed;
let cache: CompletionReportCache;
/** A connection of its own: another gateway, an import job, a person's session. */
let writer: pg.Client;

beforeAll(async () => {
  let inTx: TrainingDatabase['inTx'];
  ({ db, org, manager, inTx } = await createTrainingDatabase());
  course = await buildPublishedCourse(db.orm, manager, { questions: 4 });
  const em = db.orm.em.fork();
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  financeId = finance.id;
  for (let i = 0; i < 4; i += 1) buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
  await em.flush();
  await inTx((tx) =>
    createAssignment(tx, manager, {
      courseId: course.course.id,
      audience: 'org_units',
      orgUnitIds: [financeId],
      dueOn: '2099-12-31',
      recurrence: 'once',
    }),
  );
  writer = new pg.Client({ connectionString: db.databaseUrl });
  await writer.connect();
  feed = await listenForKpiChanges({ databaseUrl: db.databaseUrl });
  cache = new CompletionReportCache(feed);
});

afterAll(async () => {
  await feed?.close();
  await writer?.end();
  await db?.drop();
});

/** The report as the gateway asks for it, and how many times its figures were counted. */
async function read(actor: Actor = manager, input: { orgUnitId?: string } = {}) {
  const { result, tally } = await countStatements(() =>
    completionReport(db.orm.em.fork(), actor, { courseId: course.course.id, ...input }, new Date(), cache),
  );
  return { report: result, counted: tally.statements.filter((sql) => /distinct on/i.test(sql)).length };
}

describe('completion reports kept until their records change (issue 12, ADR 019)', () => {
  it('answers the same report a second time from memory', async () => {
    const first = await read();
    expect(first.counted).toBe(1);
    expect(first.report.total.assigned).toBe(4);
    const second = await read();
    expect(second.counted).toBe(0);
    expect(second.report).toEqual(first.report);
  });

  it('counts again once an enrolment changes, committed on another connection', async () => {
    const before = await read();
    const { rowCount } = await writer.query(
      'update enrolment set withdrawn_at = now() where id = (select id from enrolment where course_id = $1 and withdrawn_at is null limit 1)',
      [course.course.id],
    );
    expect(rowCount).toBe(1);
    const after = await read();
    expect(after.counted).toBe(1);
    expect(after.report.total.assigned).toBe(before.report.total.assigned - 1);
  });

  it('keeps each unit apart', async () => {
    const root = await read();
    const finance = await read(manager, { orgUnitId: financeId });
    expect(root.report.orgUnitId).toBe(org.root.id);
    expect(finance.report.orgUnitId).toBe(financeId);
    expect(finance.counted).toBe(1);
  });

  it('still refuses a reader without the right while the report is kept', async () => {
    await read();
    expect((await read()).counted).toBe(0);
    const employee: Actor = { ...manager, roles: ['employee'] };
    await expect(read(employee)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
