import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { setComplianceServiceSizing } from './compliance-service.js';
import { updateChecklistItem } from './policy-checklist.js';
import './kpis.js';

// §67 and §74: the share of the 9 policies adopted, and the automation of the sized processes.

const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officer: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const person = buildPerson(em, org.organization, org.root);
  await em.flush();
  officer = actorOf(person, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

const kpi = async (code: string) => (await computeKpiValues(db.orm.em.fork(), officer, [code], {}, NOW))[0];

describe("the compliance service's KPIs", () => {
  it('§74: no processes sized gives no value; full counts 1, partial 0.5, none 0', async () => {
    expect(await kpi('compliance.processes_automated')).toMatchObject({ value: null });
    await db.orm.em.fork().transactional((em) =>
      setComplianceServiceSizing(
        em,
        officer,
        {
          rows: [
            { process: 'A', automation: 'full' },
            { process: 'B', automation: 'partial' },
            { process: 'C', automation: 'none' },
            { process: 'D', automation: 'partial' },
          ],
        },
        NOW,
      ),
    );
    expect(await kpi('compliance.processes_automated')).toMatchObject({
      value: 50,
      numerator: 2,
      denominator: 4,
    });
  });

  it('§67: 2 of 9 policies adopted (a draft and an adopted control do not count)', async () => {
    const set = (code: string, status: string) =>
      db.orm.em
        .fork()
        .transactional((em) =>
          updateChecklistItem(
            em,
            officer,
            { code, status, documentName: 'Doc', documentDate: '2025-01-10' },
            NOW,
          ),
        );
    await set('business_ethics_code', 'adopted');
    await set('anti_corruption_policy', 'adopted');
    await set('conflict_of_interest_policy', 'draft');
    await set('procurement_controls', 'adopted');
    expect(await kpi('compliance.policies_adopted')).toMatchObject({
      value: 22.2,
      numerator: 2,
      denominator: 9,
    });
  });
});
