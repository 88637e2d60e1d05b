import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { Risk } from '../risks/risk.entity.js';
import { ASSESSMENT_ASPECTS } from './aspects.js';
import {
  completeInitialAssessment,
  initialAssessment,
  riskFromAssessmentFinding,
  saveAssessmentAnswer,
  startInitialAssessment,
} from './assessment.js';
import {
  addProgrammeItem,
  complianceProgramme,
  createComplianceProgramme,
  recordProgrammePresentation,
  reportProgrammeItem,
  updateProgrammeItem,
} from './programme.js';
import { PROGRAMME_WORK } from './work-items.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import './kpis.js';

const NOW = new Date('2026-06-15T06:00:00Z');
let db: TestDatabase;
let officer: Actor;
let owner: Actor;
let bystander: Actor;
let auditor: Actor;
let headId: string;
let deputyId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em, { kind: 'quasi_public' });
  const [o, w, b, a, h, d] = [0, 1, 2, 3, 4, 5].map(() => buildPerson(em, org.organization, org.root));
  await em.flush();
  officer = actorOf(o!, ['employee', 'compliance_officer']);
  owner = actorOf(w!, ['employee']);
  bystander = actorOf(b!, ['employee']);
  auditor = actorOf(a!, ['employee', 'auditor']);
  headId = h!.id;
  deputyId = d!.id;
});

afterAll(async () => {
  await db?.drop();
});

const tx = <T>(run: (em: typeof db.orm.em) => Promise<T>) => db.orm.em.fork().transactional(run);

describe('the one-year compliance programme (§66.1)', () => {
  let programmeId: string;
  let itemId: string;

  it('is made once a year by the keepers and read by the readers', async () => {
    const made = await tx((em) => createComplianceProgramme(em, officer, 2026, NOW));
    programmeId = made.id;
    await expect(tx((em) => createComplianceProgramme(em, officer, 2026, NOW))).rejects.toThrow(
      ConflictError,
    );
    await expect(tx((em) => createComplianceProgramme(em, officer, 2030, NOW))).rejects.toThrow(
      ValidationError,
    );
    await expect(tx((em) => createComplianceProgramme(em, auditor, 2027, NOW))).rejects.toThrow(
      ForbiddenError,
    );
    const read = await complianceProgramme(db.orm.em.fork(), auditor, 2026, NOW);
    expect(read).toMatchObject({ year: 2026, items: [], canEdit: false });
    expect(await complianceProgramme(db.orm.em.fork(), auditor, 2027, NOW)).toBeNull();
    await expect(complianceProgramme(db.orm.em.fork(), bystander, 2026, NOW)).rejects.toThrow(ForbiddenError);
  });

  it('takes items by direction, with an owner and a due day within its year', async () => {
    const item = await tx((em) =>
      addProgrammeItem(
        em,
        officer,
        programmeId,
        {
          direction: 'training_communication',
          title: 'Train the procurement staff',
          ownerId: owner.personId,
          dueOn: '2026-06-20',
        },
        NOW,
      ),
    );
    itemId = item.id;
    expect(item).toMatchObject({ direction: 'training_communication', status: 'planned', version: 1 });
    const base = {
      direction: 'leadership',
      title: 'Present to the board',
      ownerId: owner.personId,
      dueOn: '2026-09-01',
    };
    await expect(
      tx((em) => addProgrammeItem(em, officer, programmeId, { ...base, dueOn: '2027-01-10' }, NOW)),
    ).rejects.toThrow(ValidationError);
    await expect(
      tx((em) => addProgrammeItem(em, officer, programmeId, { ...base, direction: 'sports' }, NOW)),
    ).rejects.toThrow(ValidationError);
    await expect(
      tx((em) => addProgrammeItem(em, officer, programmeId, { ...base, title: ' ' }, NOW)),
    ).rejects.toThrow(ValidationError);
  });

  it('refuses an edit made on an older version', async () => {
    const edited = await tx((em) =>
      updateProgrammeItem(em, officer, { id: itemId, version: 1, title: 'Train buyers' }, NOW),
    );
    expect(edited).toMatchObject({ title: 'Train buyers', version: 2 });
    await expect(
      tx((em) => updateProgrammeItem(em, officer, { id: itemId, version: 1, title: 'Lost' }, NOW)),
    ).rejects.toThrow(ConflictError);
  });

  it('is reported on by the owner of an item, not by others; done needs evidence, cancelled a reason', async () => {
    await expect(
      tx((em) => reportProgrammeItem(em, bystander, { id: itemId, status: 'in_progress' }, NOW)),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      tx((em) =>
        reportProgrammeItem(em, owner, { id: itemId, status: 'cancelled', cancelReason: 'No' }, NOW),
      ),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      tx((em) => reportProgrammeItem(em, owner, { id: itemId, status: 'done' }, NOW)),
    ).rejects.toThrow(ValidationError);
    await expect(
      tx((em) =>
        reportProgrammeItem(
          em,
          owner,
          { id: itemId, status: 'in_progress', evidenceLink: 'http://x.kz' },
          NOW,
        ),
      ),
    ).rejects.toThrow(ValidationError);
    const done = await tx((em) =>
      reportProgrammeItem(
        em,
        owner,
        { id: itemId, status: 'done', evidenceLink: 'https://intra.kz/order-12' },
        NOW,
      ),
    );
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-06-15', canReport: true });
    await expect(
      tx((em) => reportProgrammeItem(em, officer, { id: itemId, status: 'cancelled' }, NOW)),
    ).rejects.toThrow(ValidationError);
    const cancelled = await tx((em) =>
      reportProgrammeItem(
        em,
        officer,
        { id: itemId, status: 'cancelled', cancelReason: 'Merged into the annual course' },
        NOW,
      ),
    );
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      doneOn: null,
      cancelReason: 'Merged into the annual course',
    });
  });

  it('shows the owner their items due within 14 days or overdue in My work', async () => {
    const soon = await tx((em) =>
      addProgrammeItem(
        em,
        officer,
        programmeId,
        {
          direction: 'hotline_investigation',
          title: 'Publish the trust line',
          ownerId: owner.personId,
          dueOn: '2026-06-25',
        },
        NOW,
      ),
    );
    await tx((em) =>
      addProgrammeItem(
        em,
        officer,
        programmeId,
        { direction: 'hotline_investigation', title: 'Later', ownerId: owner.personId, dueOn: '2026-08-01' },
        NOW,
      ),
    );
    await tx((em) =>
      addProgrammeItem(
        em,
        officer,
        programmeId,
        { direction: 'leadership', title: 'Late', ownerId: owner.personId, dueOn: '2026-06-01' },
        NOW,
      ),
    );
    const work = await PROGRAMME_WORK.items(db.orm.em.fork(), owner, NOW);
    expect(work.map((w) => [w.subject?.en, w.urgency])).toEqual([
      ['Late', 'overdue'],
      ['Publish the trust line', 'due_soon'],
    ]);
    expect(work[1]!.id).toContain(soon.id);
    expect(await PROGRAMME_WORK.items(db.orm.em.fork(), bystander, NOW)).toEqual([]);
  });

  it('records presentations to management and to all staff with their attendance', async () => {
    const management = await tx((em) =>
      recordProgrammePresentation(
        em,
        officer,
        {
          programmeId,
          audience: 'management',
          presentedOn: '2026-06-10',
          invitedIds: [headId, deputyId],
          presentIds: [headId],
        },
        NOW,
      ),
    );
    expect(management).toMatchObject({ invitedCount: 2, presentCount: 1 });
    const staff = await tx((em) =>
      recordProgrammePresentation(
        em,
        officer,
        {
          programmeId,
          audience: 'all_staff',
          presentedOn: '2026-06-12',
          presentIds: [owner.personId, bystander.personId],
        },
        NOW,
      ),
    );
    expect(staff.invitedCount).toBeGreaterThanOrEqual(6);
    expect(staff.presentCount).toBe(2);
    await expect(
      tx((em) =>
        recordProgrammePresentation(
          em,
          officer,
          {
            programmeId,
            audience: 'management',
            presentedOn: '2026-06-10',
            invitedIds: [headId],
            presentIds: [deputyId],
          },
          NOW,
        ),
      ),
    ).rejects.toThrow(ValidationError);
    await expect(
      tx((em) =>
        recordProgrammePresentation(
          em,
          officer,
          { programmeId, audience: 'all_staff', presentedOn: '2026-07-01', presentIds: [] },
          NOW,
        ),
      ),
    ).rejects.toThrow(ValidationError);
    const read = await complianceProgramme(db.orm.em.fork(), officer, 2026, NOW);
    expect(read).toMatchObject({ presentedToManagement: true, presentedToAllStaff: true, canEdit: true });
    const [attendance, onTime] = await computeKpiValues(
      db.orm.em.fork(),
      officer,
      ['compliance.programme_presentation_attendance', 'compliance.programme_on_time'],
      {},
      NOW,
    );
    // §66: 1 of the 2 invited from management was there.
    expect(attendance).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    // Due before today (the database's clock, past the year's due days) and not cancelled: the three
    // open actions, none done; the cancelled one is left out.
    expect(onTime).toMatchObject({ value: 0, numerator: 0, denominator: 3 });
  });
});

describe('the initial internal assessment (§64)', () => {
  let assessmentId: string;
  const answer = (aspect: number, rating = 'adequate') => ({
    assessmentId,
    aspect,
    rating,
    finding: `Finding on aspect ${aspect}`,
    auditReports:
      aspect === 9 ? [{ title: 'Internal audit 2025', date: '2025-03-01', note: 'Archive, box 4' }] : [],
  });

  it('is begun once a year', async () => {
    const begun = await tx((em) => startInitialAssessment(em, officer, 2027, NOW));
    assessmentId = begun.id;
    expect(begun.missingAspects).toEqual(ASSESSMENT_ASPECTS.map((a) => a.number));
    expect(ASSESSMENT_ASPECTS).toHaveLength(13);
    await expect(tx((em) => startInitialAssessment(em, officer, 2027, NOW))).rejects.toThrow(ConflictError);
  });

  it('takes the auditors’ reports of the last 2 years only (§64.9)', async () => {
    const old = {
      ...answer(9),
      auditReports: [{ title: 'Audit 2023', date: '2024-06-14', link: 'https://a.kz/r' }],
    };
    const error = await tx((em) => saveAssessmentAnswer(em, officer, old, NOW)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).messageKey).toBe('compliance.assessment.reportTooOld');
    const fine = {
      ...answer(9),
      auditReports: [{ title: 'Audit 2024', date: '2024-06-15', link: 'https://a.kz/r' }],
    };
    const saved = await tx((em) => saveAssessmentAnswer(em, officer, fine, NOW));
    expect(saved.answers[0]!.auditReports).toHaveLength(1);
  });

  it('completes only with all 13 aspects answered, naming those missing', async () => {
    for (const n of [1, 2, 3]) await tx((em) => saveAssessmentAnswer(em, officer, answer(n), NOW));
    const error = await tx((em) => completeInitialAssessment(em, officer, assessmentId, NOW)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('4, 5, 6, 7, 8, 10, 11, 12, 13');
  });

  it('drafts a programme item in the matching direction for each aspect found wanting', async () => {
    for (const n of [4, 6, 7, 8, 10, 11, 12, 13])
      await tx((em) => saveAssessmentAnswer(em, officer, answer(n), NOW));
    await tx((em) => saveAssessmentAnswer(em, officer, answer(5, 'missing'), NOW));
    await tx((em) => saveAssessmentAnswer(em, officer, answer(2, 'needs_improvement'), NOW));
    const done = await tx((em) => completeInitialAssessment(em, officer, assessmentId, NOW));
    expect(done.status).toBe('completed');
    const programme = await complianceProgramme(db.orm.em.fork(), officer, 2027, NOW);
    expect(programme!.items.map((i) => [i.fromAspect, i.direction, i.status])).toEqual([
      [5, 'hotline_investigation', 'planned'],
      [2, 'conflicts_of_interest', 'planned'],
    ]);
    await expect(tx((em) => saveAssessmentAnswer(em, officer, answer(1), NOW))).rejects.toThrow(
      ConflictError,
    );
    await expect(tx((em) => completeInitialAssessment(em, officer, assessmentId, NOW))).rejects.toThrow(
      ConflictError,
    );
  });

  it('turns a finding into a risk of the register from the internal analysis', async () => {
    const view = await initialAssessment(db.orm.em.fork(), auditor, 2027);
    const finding = view!.answers.find((a) => a.aspect === 5)!;
    const risk = await tx((em) =>
      riskFromAssessmentFinding(
        em,
        officer,
        {
          answerId: finding.id,
          register: 'activity',
          processOrDocument: 'Reporting',
          probability: 3,
          frequency: 3,
          impact: 4,
        },
        NOW,
      ),
    );
    const stored = await db.orm.em.fork().findOneOrFail(Risk, risk.id);
    expect(stored).toMatchObject({
      source: 'internal_analysis',
      sourceId: finding.id,
      scheme: 'Finding on aspect 5',
    });
    // The register names the answer as people refer to it; a second risk from it is refused.
    expect(risk.sourceReference).toBe('§64.5 · 2027');
    const again = await initialAssessment(db.orm.em.fork(), auditor, 2027);
    expect(again!.answers.find((a) => a.aspect === 5)!.riskNumbers).toEqual([stored.number]);
    await expect(
      tx((em) =>
        riskFromAssessmentFinding(
          em,
          officer,
          {
            answerId: finding.id,
            register: 'activity',
            processOrDocument: 'Reporting again',
            probability: 2,
            frequency: 2,
            impact: 2,
          },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
