import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import { kpiCatalog } from '../../kpi/kpi-registry.js';
import { Position } from '../../org/position.entity.js';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '../../testing/index.js';
import '../../org/kpis.js';
import './kpis.js';
import { assignToEveryone, buildPublishedCourse, takeTest } from '../training-fixtures.js';

let db: TestDatabase;
let head: Actor;
let financeId: string;
let legalId: string;

const CODES = [
  'training.passed_share',
  'training.passed_count',
  'training.coverage',
  'training.compliance_staff_trained',
  'training.risk_positions_trained',
  'training.restricted_persons_trained',
];

beforeAll(async () => {
  db = await createTestDatabase();
  const org = await buildOrganization(db.orm.em.fork());
  head = { ...org.admin, roles: ['employee', 'compliance_head', 'training_admin'] };
  const built = await buildPublishedCourse(db.orm, head, { questions: 10, passMark: 70 });
  const em = db.orm.em.fork();
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  financeId = finance.id;
  const risky = em.create(Position, {
    organization: org.organization.id,
    title: 'Buyer',
    exposedToCorruptionRisk: true,
  });
  // §74.3: a post whose holders are under the anti-corruption restrictions, held by the officer
  // (who passes) and by one in Finance (who fails).
  const restricted = em.create(Position, {
    organization: org.organization.id,
    title: 'Deputy director',
    underRestrictions: true,
  });
  const officer = buildPerson(em, org.organization, org.root, { hiredAt: '2020-01-01' });
  grantRoles(em, officer, ['compliance_officer']);
  officer.position = restricted;
  const buyer = buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
  buyer.position = risky;
  const otherBuyer = buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
  otherBuyer.position = risky;
  const failing = buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
  failing.position = restricted;
  buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
  buildPerson(em, org.organization, finance, { hiredAt: '2020-01-01' });
  const legal = buildOrgUnit(em, org.organization, org.root, 'Legal');
  legalId = legal.id;
  const lawyer = buildPerson(em, org.organization, legal, { hiredAt: '2020-01-01' });
  buildPerson(em, org.organization, legal, { hiredAt: '2020-01-01' });
  // Left at the end of January 2026: on the staff for 2025's figures, not for today's.
  const leaver = buildPerson(em, org.organization, org.root, { hiredAt: '2020-01-01' });
  leaver.active = false;
  leaver.leftOn = '2026-01-31';
  await em.flush();
  await assignToEveryone(db.orm, head, built.course.id);
  // Headcount 9: the admin, the officer, five in Finance, two in Legal.
  await takeTest(db.orm, actorOf(officer, ['employee']), built.test.id, 9);
  // 60 % fails this test's own 70 % mark but counts for §5.3 (at least 60 %).
  await takeTest(db.orm, actorOf(buyer, ['employee']), built.test.id, 6);
  await takeTest(db.orm, actorOf(failing, ['employee']), built.test.id, 5);
  await takeTest(db.orm, actorOf(lawyer, ['employee']), built.test.id, 8);
});

afterAll(async () => {
  await db?.drop();
});

describe('training KPIs', () => {
  it('are registered with the methodology’s targets', () => {
    const byCode = new Map(kpiCatalog().map((k) => [k.code, k]));
    expect(byCode.get('training.coverage')).toMatchObject({ target: 50, unit: 'percent', paragraph: '§5.3' });
    expect(byCode.get('training.compliance_staff_trained')).toMatchObject({ target: 100, paragraph: '§5.4' });
    expect(byCode.get('training.passed_share')?.paragraph).toBe('§5.3, §35.3');
    expect(byCode.get('training.risk_positions_trained')?.paragraph).toBe('§74.3');
    // §74.3's third measure: persons subject to anti-corruption restrictions trained.
    expect(byCode.get('training.restricted_persons_trained')).toMatchObject({
      paragraph: '§74.3',
      unit: 'percent',
      dimensions: ['org_unit', 'period'],
      smallGroupThreshold: 5,
    });
    expect(byCode.get('training.restricted_persons_trained')?.readers).toEqual(
      byCode.get('training.risk_positions_trained')?.readers,
    );
  });

  it('compute the shares for the whole organisation in SQL', async () => {
    const values = await computeKpiValues(db.orm.em.fork(), head, CODES, {});
    expect(values.map((v) => [v.code, v.value, v.numerator, v.denominator, v.met])).toEqual([
      ['training.passed_share', 33.3, 3, 9, null],
      // §35.3: the target indicator is the number who passed with at least 60 %.
      ['training.passed_count', 3, 3, 9, null],
      ['training.coverage', 44.4, 4, 9, false],
      // The whole organisation's figures show even for a group of one.
      ['training.compliance_staff_trained', 100, 1, 1, true],
      ['training.risk_positions_trained', 0, 0, 2, null],
      // §74.3: of the two holders of the restricted post, the officer passed and the other failed.
      ['training.restricted_persons_trained', 50, 1, 2, null],
    ]);
  });

  it('restrict to an org unit’s subtree and to a period', async () => {
    const finance = await computeKpiValues(db.orm.em.fork(), head, CODES, { orgUnitId: financeId });
    expect(finance.map((v) => [v.value, v.suppressed])).toEqual([
      [20, false],
      [1, false],
      [40, false],
      [null, false],
      // Finance's two buyers in risk-exposed posts are a group of fewer than 5: withheld.
      [null, true],
      // So is Finance's one holder of a restricted post.
      [null, true],
    ]);
    const past = await computeKpiValues(db.orm.em.fork(), head, CODES, {
      periodFrom: new Date('2020-01-01'),
      periodTo: new Date('2020-12-31'),
    });
    expect(past.map((v) => v.numerator)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('withholds every figure of a unit of fewer than 5 people, split by org unit', async () => {
    const legal = await computeKpiValues(db.orm.em.fork(), head, CODES, { orgUnitId: legalId });
    // Legal's two people: withheld; it has no compliance staff and no risk-exposed posts: no figure.
    expect(legal.map((v) => [v.code, v.value, v.numerator, v.denominator, v.suppressed])).toEqual([
      ['training.passed_share', null, null, null, true],
      ['training.passed_count', null, null, null, true],
      ['training.coverage', null, null, null, true],
      ['training.compliance_staff_trained', null, 0, 0, false],
      ['training.risk_positions_trained', null, 0, 0, false],
      ['training.restricted_persons_trained', null, 0, 0, false],
    ]);
  });

  it('counts who was on the staff at the end of a past period, and only who is on it today for now', async () => {
    const codes = ['org.headcount', 'training.coverage'];
    const today = await computeKpiValues(db.orm.em.fork(), head, codes, {});
    expect(today.map((v) => [v.code, v.value, v.denominator])).toEqual([
      ['org.headcount', 9, null],
      ['training.coverage', 44.4, 9],
    ]);
    const lastYear = await computeKpiValues(db.orm.em.fork(), head, codes, {
      periodFrom: new Date('2025-01-01'),
      periodTo: new Date('2025-12-31'),
    });
    expect(lastYear.map((v) => [v.code, v.value, v.denominator])).toEqual([
      ['org.headcount', 10, null],
      ['training.coverage', 0, 10],
    ]);
  });
});
