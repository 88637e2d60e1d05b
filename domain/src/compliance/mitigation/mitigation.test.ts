import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import { Risk, RiskScore, type IRisk } from '../risks/risk.entity.js';
import { MITIGATION_WORK } from './work-items.js';
import './kpis.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { buildRisk } from './mitigation-fixtures.js';
import { addMitigationMeasure, reportMitigationMeasure, updateMitigationMeasure } from './measures.js';
import { MitigationMeasure, MitigationPlan } from './mitigation.entity.js';
import {
  approveMitigationPlan,
  createMitigationPlan,
  mitigationPlan,
  publishMitigationPlan,
} from './plans.js';

const NOW = new Date('2026-06-15T06:00:00Z');
let db: TestDatabase;
let officer: Actor;
let head: Actor;
let auditor: Actor;
let stateOfficer: Actor;
let stateHead: Actor;
let risks: IRisk[];
let stateRisk: IRisk;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em, { kind: 'quasi_public' });
  const state = await buildOrganization(em, { kind: 'state_body' });
  const [o, h, a] = [0, 1, 2].map(() => buildPerson(em, org.organization, org.root));
  const [so, sh] = [0, 1].map(() => buildPerson(em, state.organization, state.root));
  risks = [1, 2, 3].map((n) => buildRisk(em, org.organization, o!, n));
  stateRisk = buildRisk(em, state.organization, so!, 1);
  await em.flush();
  officer = actorOf(o!, ['employee', 'compliance_officer']);
  head = actorOf(h!, ['employee', 'first_head']);
  auditor = actorOf(a!, ['employee', 'auditor']);
  stateOfficer = actorOf(so!, ['employee', 'compliance_officer']);
  stateHead = actorOf(sh!, ['employee', 'first_head']);
});

afterAll(async () => {
  await db?.drop();
});

const tx = <T>(run: (em: typeof db.orm.em) => Promise<T>) => db.orm.em.fork().transactional(run);

const measureOf = (actor: Actor, riskId: string, deadline = '2026-09-30') => ({
  riskId,
  measure: 'Two signatures on every procurement order',
  executorId: actor.personId,
  deadline,
  completionForm: 'Order of the first head',
  linkedKpi: 'Share of orders with two signatures',
});

describe('the mitigation plan (§9.3)', () => {
  let planId: string;

  it('is made once a year by the keepers, and read by the readers with its measures grouped by risk', async () => {
    const plan = await tx((em) => createMitigationPlan(em, officer, 2026, NOW));
    planId = plan.id;
    await expect(tx((em) => createMitigationPlan(em, officer, 2026, NOW))).rejects.toThrow(ConflictError);
    await expect(tx((em) => createMitigationPlan(em, officer, 2030, NOW))).rejects.toThrow(ValidationError);
    await tx((em) => addMitigationMeasure(em, officer, planId, measureOf(officer, risks[1]!.id), NOW));
    await tx((em) =>
      addMitigationMeasure(em, officer, planId, measureOf(officer, risks[0]!.id, '2026-06-01'), NOW),
    );
    const view = await mitigationPlan(db.orm.em.fork(), auditor, 2026, NOW);
    expect(view?.measures.map((m) => [m.risk.number, m.overdue])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(view?.actions).toEqual([]);
  });

  it('refuses a measure for another organisation’s executor, or a done report without evidence', async () => {
    await expect(
      tx((em) => addMitigationMeasure(em, officer, planId, measureOf(stateOfficer, risks[2]!.id), NOW)),
    ).rejects.toThrow(ValidationError);
    const [measure] = (await mitigationPlan(db.orm.em.fork(), officer, 2026, NOW))!.measures;
    await expect(
      tx((em) => reportMitigationMeasure(em, officer, { id: measure!.id, status: 'done' }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.measure.evidenceRequired' });
    await expect(
      tx((em) =>
        reportMitigationMeasure(
          em,
          officer,
          { id: measure!.id, status: 'done', evidenceLink: 'http://x.kz' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ messageKey: 'compliance.measure.evidenceLink' });
  });

  it('is approved only by the first head, who is recorded with the day; the approved plan is frozen', async () => {
    await expect(tx((em) => approveMitigationPlan(em, officer, planId, NOW))).rejects.toThrow(ForbiddenError);
    expect((await db.orm.em.fork().findOneOrFail(MitigationPlan, planId)).status).toBe('draft');
    const approved = await tx((em) => approveMitigationPlan(em, head, planId, NOW));
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy?.id).toBe(head.personId);
    expect(approved.approvedAt).toEqual(NOW);
    await expect(tx((em) => approveMitigationPlan(em, head, planId, NOW))).rejects.toThrow(ConflictError);
    await expect(
      tx((em) => addMitigationMeasure(em, officer, planId, measureOf(officer, risks[2]!.id), NOW)),
    ).rejects.toThrow(ConflictError);
    const [measure] = approved.measures;
    await expect(
      tx((em) => updateMitigationMeasure(em, officer, { id: measure!.id, measure: 'Other' }, NOW)),
    ).rejects.toThrow(ConflictError);
  });

  it('when every measure of a risk is done, the risk waits for re-scoring until it is scored again', async () => {
    const view = (await mitigationPlan(db.orm.em.fork(), officer, 2026, NOW))!;
    const first = view.measures.find((m) => m.risk.number === 1)!;
    const done = await tx((em) =>
      reportMitigationMeasure(
        em,
        officer,
        { id: first.id, status: 'done', evidenceLink: 'https://example.kz/order-12', doneOn: '2026-06-10' },
        NOW,
      ),
    );
    expect(done.doneOn).toBe('2026-06-10');
    const items = await MITIGATION_WORK.items(db.orm.em.fork(), officer, NOW);
    expect(items.map((i) => [i.kind, i.subject?.en])).toEqual([['compliance_risk_rescore', '№ 1']]);
    // The KPI counts as of the real today (after both deadlines): the one done was late (1 June), the other is not done.
    const [onTime] = await computeKpiValues(
      db.orm.em.fork(),
      officer,
      ['compliance.measures_on_time'],
      {},
      NOW,
    );
    expect(onTime).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
    // Re-scored from 16 (4×4) to 8: the risk reduction is 50 %.
    await tx(async (em) => {
      const risk = await em.findOneOrFail(Risk, risks[0]!.id);
      Object.assign(risk, { probability: 2, frequency: 2, impact: 4, score: 8, level: 'medium' });
      em.create(RiskScore, {
        id: newId(),
        organization: officer.organizationId,
        risk: risks[0]!.id,
        probability: 2,
        frequency: 2,
        impact: 4,
        score: 8,
        level: 'medium',
        status: 'open',
        // After the measures were added (their creation is stamped with the real clock).
        scoredAt: new Date(),
        scoredBy: officer.personId,
      });
    });
    expect(await MITIGATION_WORK.items(db.orm.em.fork(), officer, NOW)).toEqual([]);
    const [reduction] = await computeKpiValues(
      db.orm.em.fork(),
      officer,
      ['compliance.risk_reduction'],
      {},
      NOW,
    );
    expect(reduction).toMatchObject({ value: 50, denominator: 1 });
  });

  it('is published by a quasi-public organisation without approval only naming who controls it', async () => {
    const draft = await tx((em) => createMitigationPlan(em, officer, 2027, NOW));
    await expect(tx((em) => publishMitigationPlan(em, officer, draft.id, null, NOW))).rejects.toMatchObject({
      messageKey: 'compliance.mitigation.controllerRequired',
    });
    const published = await tx((em) => publishMitigationPlan(em, officer, draft.id, 'The board', NOW));
    expect([published.publishedAt, published.controlledBy, published.status]).toEqual([
      NOW,
      'The board',
      'draft',
    ]);
  });

  it('in a state body, is published only after the first head approved it', async () => {
    const plan = await tx((em) => createMitigationPlan(em, stateOfficer, 2026, NOW));
    await tx((em) =>
      addMitigationMeasure(em, stateOfficer, plan.id, measureOf(stateOfficer, stateRisk.id), NOW),
    );
    await expect(
      tx((em) => publishMitigationPlan(em, stateOfficer, plan.id, 'The first head', NOW)),
    ).rejects.toMatchObject({ messageKey: 'compliance.mitigation.approvalRequired' });
    expect((await db.orm.em.fork().findOneOrFail(MitigationPlan, plan.id)).publishedAt).toBeNull();
    await tx((em) => approveMitigationPlan(em, stateHead, plan.id, NOW));
    const published = await tx((em) => publishMitigationPlan(em, stateOfficer, plan.id, null, NOW));
    expect(published.publishedAt).toEqual(NOW);
    expect(await db.orm.em.fork().count(MitigationMeasure, { plan: plan.id })).toBe(1);
  });
});
