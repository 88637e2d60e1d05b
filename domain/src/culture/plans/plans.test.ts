import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { assignToEveryone } from '../../training/training-fixtures.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  buildPublishedCourse,
  createTestDatabase,
  takeTest,
  type TestDatabase,
} from '../../testing/index.js';
import {
  addCultureActivity,
  removeCultureActivity,
  updateCultureActivity,
  type ActivityInput,
} from './activities.js';
import {
  addCultureEvidence,
  cultureActivity,
  cultureEvidenceFile,
  reportCultureActivity,
} from './activity-report.js';
import {
  amendCulturePlan,
  approveCulturePlan,
  closeCulturePlan,
  createCulturePlan,
  culturePlan,
  culturePlanVersion,
  returnCulturePlan,
  submitCulturePlan,
  updateCulturePlan,
} from './plans.js';

let db: TestDatabase;
let officer: Actor;
let firstHead: Actor;
let employee: Actor;
let responsible: Actor;
let trainer: Actor;
const NOW = new Date('2026-12-06T06:00:00Z');
const IN_2027 = new Date('2027-03-20T06:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0b3c9f10000000049454e44ae426082',
  'hex',
);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const people = Array.from({ length: 5 }, () => buildPerson(em, org.organization, org.root));
  await em.flush();
  officer = actorOf(people[0]!, ['employee', 'compliance_officer']);
  firstHead = actorOf(people[1]!, ['employee', 'first_head']);
  employee = actorOf(people[2]!, ['employee']);
  responsible = actorOf(people[3]!, ['employee', 'hr_officer']);
  trainer = actorOf(people[4]!, ['employee', 'training_admin']);
});

afterAll(async () => {
  await db?.drop();
});

function input(extra: Partial<ActivityInput> = {}): ActivityInput {
  return {
    kind: 'educational',
    topics: ['conflict_of_interest_cases'],
    title: 'Seminar on typical conflict-of-interest cases',
    audience: 'whole_org',
    deadline: '2027-04-15',
    responsibleIds: [responsible.personId],
    checkForm: 'questionnaire',
    ...extra,
  };
}

describe('the culture plan from draft to closing (§35.1)', () => {
  it('is drafted, submitted, returned, approved by the first head, amended as a new version and closed', async () => {
    const plan = await inTx((em) => createCulturePlan(em, officer, 2027, null, NOW));
    expect(plan).toMatchObject({ year: 2027, status: 'draft', version: 1, actions: ['edit', 'submit'] });
    expect(plan.warnings).toHaveLength(13);
    const first = await inTx((em) => addCultureActivity(em, officer, plan.id, input(), NOW));
    expect(first.responsible).toEqual([{ id: responsible.personId, fullName: expect.any(String) }]);
    await inTx((em) =>
      updateCulturePlan(
        em,
        officer,
        plan.id,
        { targetPassed: 120, riskBasis: 'Internal analysis of 2026' },
        NOW,
      ),
    );

    // Warnings clear as activities are added: §19 H1 and §35.2 H1 are now held.
    const drafted = (await culturePlan(db.orm.em.fork(), officer, 2027, NOW))!;
    const codes = drafted.warnings.map((w) => `${w.paragraph} ${w.period.code}`);
    expect(codes).not.toContain('§19 H1');
    expect(codes).not.toContain('§35.2 H1');
    expect(codes).toContain('§19 H2');

    await expect(inTx((em) => approveCulturePlan(em, firstHead, plan.id, NOW))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await inTx((em) => submitCulturePlan(em, officer, plan.id, NOW));
    // §35.1: only the first head approves.
    await expect(inTx((em) => approveCulturePlan(em, officer, plan.id, NOW))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(inTx((em) => addCultureActivity(em, officer, plan.id, input(), NOW))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await inTx((em) => returnCulturePlan(em, firstHead, plan.id, 'Add the procurement training', NOW));
    await inTx((em) =>
      addCultureActivity(
        em,
        officer,
        plan.id,
        input({ topics: ['procurement_training'], title: 'Procurement risks', deadline: '2027-05-20' }),
        NOW,
      ),
    );
    await inTx((em) => submitCulturePlan(em, officer, plan.id, NOW));
    const approved = await inTx((em) => approveCulturePlan(em, firstHead, plan.id, NOW));
    // Approved before its year begins; carried out from the first report on.
    expect(approved).toMatchObject({ status: 'approved', version: 1, returnNote: null });
    expect(approved.versions).toEqual([
      {
        number: 1,
        reason: null,
        approvedBy: { id: firstHead.personId, fullName: expect.any(String) },
        approvedAt: NOW,
      },
    ]);

    // Editing an approved version is refused and changes nothing.
    await expect(
      inTx((em) => updateCultureActivity(em, officer, first.id, input({ title: 'Changed' }), NOW)),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await cultureActivity(db.orm.em.fork(), officer, first.id, NOW)).title).toBe(input().title);

    // An amendment is the next version with its reason; version 1 stays readable as approved.
    await expect(inTx((em) => amendCulturePlan(em, officer, plan.id, '  ', IN_2027))).rejects.toBeInstanceOf(
      ValidationError,
    );
    const amending = await inTx((em) =>
      amendCulturePlan(em, officer, plan.id, 'New procurement law', IN_2027),
    );
    expect(amending).toMatchObject({ status: 'draft', version: 2, amendmentReason: 'New procurement law' });
    await inTx((em) =>
      updateCultureActivity(em, officer, first.id, input({ title: 'Typical cases, updated' }), IN_2027),
    );
    const v1 = await culturePlanVersion(db.orm.em.fork(), officer, plan.id, 1);
    expect(v1.activities.map((a) => a.title)).toEqual([input().title, 'Procurement risks']);
    await inTx((em) => submitCulturePlan(em, officer, plan.id, IN_2027));
    const v2 = await inTx((em) => approveCulturePlan(em, firstHead, plan.id, IN_2027));
    expect(v2).toMatchObject({ status: 'in_execution', version: 2 });
    expect(v2.versions.map((v) => [v.number, v.reason])).toEqual([
      [1, null],
      [2, 'New procurement law'],
    ]);
    expect((await culturePlanVersion(db.orm.em.fork(), officer, plan.id, 1)).activities[0]!.title).toBe(
      input().title,
    );

    await expect(inTx((em) => closeCulturePlan(em, officer, plan.id, '', IN_2027))).rejects.toBeInstanceOf(
      ValidationError,
    );
    const closed = await inTx((em) =>
      closeCulturePlan(em, officer, plan.id, 'Held 2 of 2 activities.', IN_2027),
    );
    expect(closed).toMatchObject({ status: 'closed', closingReport: 'Held 2 of 2 activities.', actions: [] });
    const actions = await db.orm.em
      .fork()
      .find(AuditEvent, { entityId: plan.id }, { orderBy: { at: 'asc' } });
    expect(actions.map((e) => e.action)).toEqual([
      'culture_plan.created',
      'culture_plan.updated',
      'culture_plan.submitted',
      'culture_plan.returned',
      'culture_plan.submitted',
      'culture_plan.approved',
      'culture_plan.amended',
      'culture_plan.submitted',
      'culture_plan.approved',
      'culture_plan.closed',
    ]);
  });

  it('one plan a year; a copy of last year brings its activities into the new year without their execution', async () => {
    await expect(inTx((em) => createCulturePlan(em, officer, 2027, null, NOW))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(inTx((em) => createCulturePlan(em, officer, 2030, null, NOW))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(inTx((em) => createCulturePlan(em, employee, 2026, null, NOW))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const last = (await culturePlan(db.orm.em.fork(), officer, 2027, NOW))!;
    const copy = await inTx((em) => createCulturePlan(em, officer, 2026, last.id, NOW));
    expect(copy).toMatchObject({ status: 'draft', copiedFromYear: 2027, targetPassed: 120 });
    expect(copy.activities.map((a) => [a.title, a.deadline, a.status])).toEqual([
      ['Typical cases, updated', '2026-04-15', 'planned'],
      ['Procurement risks', '2026-05-20', 'planned'],
    ]);
  });
});

describe('activities: bad input changes nothing', () => {
  it('refuses a deadline outside the year, no responsible person, a test without a course, "none" without a reason', async () => {
    const plan = (await culturePlan(db.orm.em.fork(), officer, 2026, NOW))!;
    const refusals: [Partial<ActivityInput>, string][] = [
      [{ deadline: '2027-01-01' }, 'culture.activity.deadlineOutsideYear'],
      [{ responsibleIds: [] }, 'culture.activity.responsible'],
      [{ checkForm: 'test' }, 'culture.activity.courseRequired'],
      [{ checkForm: 'none' }, 'culture.activity.checkNoneReasonRequired'],
      [{ audience: 'org_units', orgUnitIds: [] }, 'culture.activity.orgUnits'],
      [{ kind: 'festive' }, 'culture.activity.choice'],
    ];
    for (const [change, key] of refusals) {
      await expect(
        inTx((em) =>
          addCultureActivity(em, officer, plan.id, input({ deadline: '2026-06-01', ...change }), NOW),
        ),
      ).rejects.toMatchObject({ messageKey: key });
    }
    expect((await culturePlan(db.orm.em.fork(), officer, 2026, NOW))!.activities).toHaveLength(2);
  });
});

describe('carrying out an activity (§35.1–§35.3, §35.5)', () => {
  it("is reported by its responsible person with evidence; a test activity's results come from its course", async () => {
    const { course, test } = await buildPublishedCourse(db.orm, trainer, { questions: 5 });
    await assignToEveryone(db.orm, trainer, course.id);
    const plan = (await culturePlan(db.orm.em.fork(), officer, 2026, NOW))!;
    const testActivity = await inTx((em) =>
      addCultureActivity(
        em,
        officer,
        plan.id,
        input({ deadline: '2026-12-20', checkForm: 'test', courseId: course.id }),
        NOW,
      ),
    );
    expect(testActivity.results).toEqual({ participants: 0, passed: 0 });
    // Not reportable while a draft.
    await expect(
      inTx((em) =>
        reportCultureActivity(
          em,
          responsible,
          testActivity.id,
          { status: 'done', heldOn: '2026-12-05' },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await inTx((em) => submitCulturePlan(em, officer, plan.id, NOW));
    await inTx((em) => approveCulturePlan(em, firstHead, plan.id, NOW));

    await takeTest(db.orm, employee, test.id, 4, NOW); // 80 %
    await takeTest(db.orm, officer, test.id, 2, NOW); // 40 %
    expect((await cultureActivity(db.orm.em.fork(), officer, testActivity.id, NOW)).results).toEqual({
      participants: 2,
      passed: 1,
    });

    // Someone neither responsible nor compliance staff may not report it, nor even read it.
    await expect(
      inTx((em) =>
        reportCultureActivity(em, employee, testActivity.id, { status: 'done', heldOn: '2026-12-05' }, NOW),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cultureActivity(db.orm.em.fork(), employee, testActivity.id, NOW)).rejects.toBeInstanceOf(
      NotFoundError,
    );

    await expect(
      inTx((em) =>
        reportCultureActivity(
          em,
          responsible,
          testActivity.id,
          { status: 'done', heldOn: '2026-12-25' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'culture.activity.heldOn' });
    const done = await inTx((em) =>
      reportCultureActivity(
        em,
        responsible,
        testActivity.id,
        {
          status: 'done',
          heldOn: '2026-12-05',
          note: 'Held in the assembly hall',
          incentives: [{ kind: 'non_financial', description: 'Letters of thanks', people: 3 }],
        },
        NOW,
      ),
    );
    expect(done).toMatchObject({
      status: 'done',
      heldOn: '2026-12-05',
      overdue: false,
      reportedBy: { id: responsible.personId },
    });

    await expect(
      inTx((em) =>
        addCultureEvidence(
          em,
          responsible,
          testActivity.id,
          { kind: 'photo', title: 'Photo', file: { fileName: 'a.pdf', data: Buffer.from('%PDF-1.4 x') } },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'culture.evidence.photoType' });
    await expect(
      inTx((em) =>
        addCultureEvidence(
          em,
          responsible,
          testActivity.id,
          { kind: 'link', title: 'Recording', url: 'http://example.com' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'culture.evidence.url' });
    const withPhoto = await inTx((em) =>
      addCultureEvidence(
        em,
        responsible,
        testActivity.id,
        { kind: 'photo', title: 'Hall', file: { fileName: 'hall.png', data: PNG } },
        NOW,
      ),
    );
    expect(withPhoto.evidence).toEqual([
      expect.objectContaining({
        kind: 'photo',
        title: 'Hall',
        contentType: 'image/png',
        sizeBytes: PNG.length,
      }),
    ]);
    const file = await cultureEvidenceFile(db.orm.em.fork(), officer, withPhoto.evidence[0]!.id);
    expect(Buffer.compare(file.data, PNG)).toBe(0);
    await expect(
      cultureEvidenceFile(db.orm.em.fork(), employee, withPhoto.evidence[0]!.id),
    ).rejects.toBeInstanceOf(NotFoundError);

    // A reported activity is kept: it is cancelled, not removed (after an amendment reopens the draft).
    await inTx((em) => amendCulturePlan(em, officer, plan.id, 'Reschedule', NOW));
    await expect(inTx((em) => removeCultureActivity(em, officer, testActivity.id))).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});
