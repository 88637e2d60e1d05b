import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import {
  computeKpiValues,
  DEMO_LOGINS,
  findLoginByEmail,
  loadActor,
  localizedName,
  Organization,
  OrgUnit,
  Person,
  Position,
  verifyAuditChain,
} from '../src/index.js';
import { iinProblem } from '../src/org/iin.js';
import { seedDemo } from './seed-demo.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('demo seed', () => {
  it('builds a holding of three organisations with at least 300 people, once', async () => {
    const first = await seedDemo(db.orm);
    expect(first.created).toBe(true);
    expect(first.organizations).toBe(3);
    expect(first.people).toBeGreaterThanOrEqual(300);

    const again = await seedDemo(db.orm);
    expect(again).toEqual({ created: false, organizations: 3, people: first.people });
    const em = db.orm.em.fork();
    expect(await em.count(Person, {})).toBe(first.people);
  });

  it('makes the subsidiaries children of the parent company', async () => {
    const em = db.orm.em.fork();
    const orgs = await em.find(Organization, {}, { orderBy: { bin: 'asc' } });
    const [holding, energy, logistics] = orgs;
    expect(holding?.parent).toBeNull();
    expect(energy?.parent?.id).toBe(holding?.id);
    expect(logistics?.parent?.id).toBe(holding?.id);
  });

  it('names every organisation, unit and post in Kazakh, Russian and English, Kazakh as entered', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    expect(localizedName(holding.names, holding.name)).toEqual({
      kk: '«Адал Холдинг» акционерлік қоғамы',
      ru: 'Акционерное общество «Адал Холдинг»',
      en: 'Adal Holding JSC',
    });
    const compliance = await em.findOneOrFail(OrgUnit, { organization: holding, code: 'CMP' });
    expect(localizedName(compliance.names, compliance.name)).toEqual({
      kk: 'Комплаенс қызметі',
      ru: 'Комплаенс-служба',
      en: 'Compliance Service',
    });
    const units = await em.find(OrgUnit, {});
    const posts = await em.find(Position, {});
    for (const { names } of units) expect(Object.keys(names ?? {}).sort()).toEqual(['en', 'ru']);
    // A post whose Russian title is the Kazakh one (Бухгалтер) keeps only its English title.
    for (const { titles } of posts) expect(titles?.en).toBeTruthy();
  });

  it('lets every demo login in to the parent company with employee and their role', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    for (const login of DEMO_LOGINS) {
      const identity = await findLoginByEmail(em, login.email.toUpperCase());
      expect(identity?.organizationId).toBe(holding.id);
      const actor = await loadActor(em, identity?.personId ?? '', holding.id);
      expect(actor?.roles).toContain('employee');
      expect(actor?.roles).toContain(login.role);
    }
  });

  it('gives people valid IINs, managers, Kazakh or Russian locales and recent hires', async () => {
    const em = db.orm.em.fork();
    const people = await em.find(Person, {});
    expect(people.every((p) => iinProblem(p.iin ?? '') === null)).toBe(true);
    expect(people.filter((p) => !p.manager)).toHaveLength(3);
    const kkOrRu = people.filter((p) => p.locale === 'kk' || p.locale === 'ru').length;
    expect(kkOrRu / people.length).toBeGreaterThan(0.85);
    const ninetyDaysAgo = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
    expect(people.some((p) => (p.hiredAt ?? '') >= ninetyDaysAgo)).toBe(true);
    expect(await em.count(Position, { exposedToCorruptionRisk: true })).toBeGreaterThan(0);
    expect(people.find((p) => p.email.endsWith('@holding.demo.adal.kz'))?.email).toMatch(
      /^[a-z]\.[a-z]+\d*@/,
    );
  });

  it('meets the §5 responsible-staff KPI in the parent company and records the seed on the audit trail', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    const actor = { personId: '', organizationId: holding.id, roles: ['compliance_head'] as const };
    const [value] = await computeKpiValues(em, actor, ['org.responsible_staff'], {});
    expect(value?.value).toBeGreaterThanOrEqual(3);
    expect(value?.met).toBe(true);
    const chain = await verifyAuditChain(em, holding.id);
    expect(chain.ok).toBe(true);
    expect(chain.checked).toBeGreaterThan(1);
  });
});
