import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Position } from '../../org/position.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { riskHeatMap } from './heat-map.js';
import { completeRiskRemapping, recordRiskTrigger, riskRemapping } from './remapping.js';
import { listRisks } from './risk-list.js';
import { setRiskScale } from './risk-scale.js';
import { RiskScore } from './risk.entity.js';
import { upsertRisk } from './risks.js';
import { backdateScores, riskInput } from './risks-fixtures.js';
import { RISK_WORK } from './work-items.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import './kpis.js';

const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officer: Actor;
let auditor: Actor;
let employee: Actor;
let other: Actor;
let cashier: string;
let buyer: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const elsewhere = await buildOrganization(em);
  const people = [0, 1, 2].map(() => buildPerson(em, org.organization, org.root));
  const stranger = buildPerson(em, elsewhere.organization, elsewhere.root);
  cashier = newId();
  buyer = newId();
  em.create(Position, {
    id: cashier,
    organization: org.organization,
    title: 'Cashier',
    titles: { ru: 'Кассир' },
    exposedToCorruptionRisk: true,
  });
  em.create(Position, {
    id: buyer,
    organization: org.organization,
    title: 'Buyer',
    exposedToCorruptionRisk: true,
  });
  await em.flush();
  officer = actorOf(people[0]!, ['employee', 'compliance_officer']);
  auditor = actorOf(people[1]!, ['employee', 'auditor']);
  employee = actorOf(people[2]!, ['employee']);
  other = actorOf(stranger, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

const upsert = (actor: Actor, input: Parameters<typeof upsertRisk>[2], now = NOW) =>
  db.orm.em.fork().transactional((em) => upsertRisk(em, actor, input, now));

describe('the risk register', () => {
  it('numbers new risks per organisation and ranks them by score (§9.2)', async () => {
    const first = await upsert(officer, riskInput({ positionIds: [cashier] }));
    const second = await upsert(
      officer,
      riskInput({ register: 'legal_acts', probability: 5, frequency: 1, impact: 5 }),
    );
    const stranger = await upsert(other, riskInput());
    expect([first.code, second.code, stranger.code]).toEqual(['№ 1', '№ 2', '№ 1']);
    expect(first).toMatchObject({ score: 12, level: 'high', positions: [{ id: cashier, title: 'Cashier' }] });
    // The post is read in each interface language, its title where no translation was given.
    expect(first.positions[0]!.titles).toEqual({ kk: 'Cashier', ru: 'Кассир', en: 'Cashier' });
    expect(second).toMatchObject({ score: 25, level: 'critical' });
    const page = await listRisks(db.orm.em.fork(), auditor, {});
    expect(page.rows.map((r) => r.code)).toEqual(['№ 2', '№ 1']);
    expect(page.total).toBe(2);
  });

  it('refuses scores outside the scale and missing probability or frequency, naming the field', async () => {
    await expect(upsert(officer, riskInput({ impact: 6 }))).rejects.toMatchObject({
      messageKey: 'compliance.risk.scoreOutOfScale',
      details: { field: 'impact', max: 5 },
    });
    await expect(upsert(officer, riskInput({ frequency: null }))).rejects.toMatchObject({
      messageKey: 'compliance.risk.scoreRequired',
      details: { field: 'frequency' },
    });
    await expect(upsert(officer, riskInput({ positionIds: [newId()] }))).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('lets only the keepers write and the readers read', async () => {
    await expect(upsert(auditor, riskInput())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listRisks(db.orm.em.fork(), employee, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps every re-score in the history with its reason, and refuses a stale version', async () => {
    const risk = await upsert(officer, riskInput({ processOrDocument: 'Cash desk' }));
    await expect(
      upsert(officer, {
        ...riskInput({ processOrDocument: 'Cash desk', impact: 5 }),
        id: risk.id,
        version: risk.version,
      }),
    ).rejects.toMatchObject({ messageKey: 'compliance.risk.reasonRequired' });
    const rescored = await upsert(officer, {
      ...riskInput({ processOrDocument: 'Cash desk', impact: 5 }),
      id: risk.id,
      version: risk.version,
      reason: 'Audit of 2026 found cash shortfalls',
    });
    expect(rescored).toMatchObject({ score: 15, version: 2 });
    await expect(
      upsert(officer, { ...riskInput({ processOrDocument: 'Cash desk 2' }), id: risk.id, version: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    const history = await db.orm.em
      .fork()
      .find(RiskScore, { risk: risk.id }, { orderBy: { scoredAt: 'asc' } });
    expect(history.map((h) => [h.impact, h.reason])).toEqual([
      [4, null],
      [5, 'Audit of 2026 found cash shortfalls'],
    ]);
  });

  it('filters by register, level, source, post, procurement and text', async () => {
    await upsert(
      officer,
      riskInput({
        processOrDocument: 'Tender evaluation',
        procurement: true,
        source: 'hotline',
        positionIds: [buyer],
      }),
    );
    const em = db.orm.em.fork();
    const codes = async (filter: Parameters<typeof listRisks>[2]) =>
      (await listRisks(em, auditor, filter)).rows.map((r) => r.processOrDocument);
    expect(await codes({ procurement: true })).toEqual(['Tender evaluation']);
    expect(await codes({ positionId: buyer })).toEqual(['Tender evaluation']);
    expect(await codes({ source: 'hotline' })).toEqual(['Tender evaluation']);
    expect(await codes({ search: 'cash' })).toEqual(['Cash desk']);
    expect(await codes({ register: 'legal_acts', level: 'critical' })).toHaveLength(1);
    expect(await codes({ level: 'low' })).toEqual([]);
    const paged = await listRisks(em, auditor, { limit: 2, offset: 2 });
    expect(paged.rows).toHaveLength(2);
    expect(paged.total).toBe(4);
  });

  it('refuses a smaller scale than the scores and re-bands the levels on a larger one', async () => {
    await expect(db.orm.em.fork().transactional((em) => setRiskScale(em, officer, 4))).rejects.toMatchObject({
      messageKey: 'compliance.risk.scaleBelowScores',
    });
    await db.orm.em.fork().transactional((em) => setRiskScale(em, officer, 10));
    const page = await listRisks(db.orm.em.fork(), auditor, { register: 'legal_acts' });
    expect(page.rows[0]).toMatchObject({ score: 25, level: 'medium' });
    await db.orm.em.fork().transactional((em) => setRiskScale(em, officer, 5));
  });
});

describe('the risk map (§8, Annex 1)', () => {
  it('draws each open risk in its cell as of a day and shows how it moved since another', async () => {
    const risk = await upsert(
      officer,
      riskInput({
        register: 'legal_acts',
        processOrDocument: 'Licensing rules',
        probability: 2,
        frequency: 1,
        impact: 2,
      }),
    );
    await backdateScores(db.orm.em.fork(), risk.id, new Date('2026-09-01T06:00:00Z'));
    await upsert(officer, {
      ...riskInput({
        register: 'legal_acts',
        processOrDocument: 'Licensing rules',
        probability: 4,
        frequency: 1,
        impact: 4,
      }),
      id: risk.id,
      reason: 'New licensing law',
    });
    const em = db.orm.em.fork();
    const september = await riskHeatMap(em, auditor, 'legal_acts', '2026-10-01');
    const cellOf = (map: typeof september, id: string) =>
      map.cells.find((c) => c.risks.some((r) => r.id === id));
    expect(cellOf(september, risk.id)).toMatchObject({ likelihood: 2, impact: 2, level: 'low' });
    const now = await riskHeatMap(em, auditor, 'legal_acts', '2026-12-06', '2026-10-01');
    expect(now.cells).toHaveLength(25);
    expect(cellOf(now, risk.id)).toMatchObject({ likelihood: 4, impact: 4, level: 'high' });
    expect(now.movements.find((m) => m.id === risk.id)).toMatchObject({
      from: { likelihood: 2, impact: 2 },
      to: { likelihood: 4, impact: 4 },
      direction: 'up',
    });
    // Before it was identified the risk is not on the map.
    expect(cellOf(await riskHeatMap(em, auditor, 'legal_acts', '2026-08-01'), risk.id)).toBeUndefined();
  });
});

describe('re-mapping (§9.1)', () => {
  it('opens a task for the keepers on a trigger and closes it when the re-mapping is done', async () => {
    const em = db.orm.em.fork();
    const kinds = async () => (await RISK_WORK.items(db.orm.em.fork(), officer, NOW)).map((i) => i.kind);
    expect(await kinds()).toEqual(['compliance_risk_identification']);
    const trigger = await em.transactional((tx) =>
      recordRiskTrigger(
        tx,
        officer,
        { kind: 'law_change', note: 'New procurement law', occurredOn: '2026-11-20' },
        NOW,
      ),
    );
    expect(await kinds()).toEqual(['compliance_risk_remapping', 'compliance_risk_identification']);
    expect(await RISK_WORK.items(db.orm.em.fork(), auditor, NOW)).toEqual([]);
    const done = await db.orm.em
      .fork()
      .transactional((tx) => completeRiskRemapping(tx, officer, trigger.id, 'Map updated', NOW));
    expect(done).toMatchObject({
      lastIdentifiedOn: '2026-12-06',
      identificationOverdue: false,
      openTriggers: [],
    });
    expect(await kinds()).toEqual([]);
    await expect(
      db.orm.em.fork().transactional((tx) => completeRiskRemapping(tx, officer, trigger.id, null, NOW)),
    ).rejects.toBeInstanceOf(ConflictError);
    const yearLater = new Date('2027-12-06T06:00:00Z');
    expect((await riskRemapping(db.orm.em.fork(), auditor, yearLater)).identificationOverdue).toBe(true);
  });
});

describe('the §5.3 KPI', () => {
  it('gives the share of risks from the internal and external analysis that were mitigated', async () => {
    const before = await computeKpiValues(
      db.orm.em.fork(),
      officer,
      ['compliance.risks_mitigated_share'],
      {},
    );
    const created = await upsert(
      officer,
      riskInput({ source: 'external_analysis', processOrDocument: 'KPI risk' }),
    );
    await upsert(officer, {
      ...riskInput({ source: 'external_analysis', processOrDocument: 'KPI risk' }),
      id: created.id,
      status: 'mitigated',
      reason: 'Controls in place',
    });
    const [after] = await computeKpiValues(
      db.orm.em.fork(),
      officer,
      ['compliance.risks_mitigated_share'],
      {},
    );
    expect(after).toMatchObject({
      numerator: (before[0]?.numerator ?? 0) + 1,
      denominator: (before[0]?.denominator ?? 0) + 1,
    });
  });
});
