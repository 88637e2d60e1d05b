import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { DomainError } from '../../kernel/errors.js';
import { concurrently, outcomes } from '../../testing/index.js';
import { CampaignDeclaration } from './campaign.entity.js';
import { createCampaignWorld, standardAnswers, validBin, type CampaignWorld } from './campaign-fixtures.js';
import { closeDeclarationCampaign } from './close-campaign.js';
import { launchDeclarationCampaign } from './launch-campaign.js';
import { remindOverdueDeclarants } from './reminders.js';
import { submitDeclaration, submitSupplierDeclaration } from './submit-declaration.js';

// Each campaign change that checks a rule and then writes, fired N times at once on PostgreSQL:
// the rule holds however the transactions interleave, and the losers get a typed error.

const N = 6;
const T0 = new Date('2026-06-01T04:00:00Z');
const LATE = new Date('2026-06-20T04:00:00Z');
const TITLE = { kk: 'Декларация', ru: 'Декларация' };

let w: CampaignWorld;

beforeAll(async () => {
  w = await createCampaignWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

async function race<T>(run: Parameters<typeof concurrently<T>>[2]) {
  const result = outcomes(await concurrently(w.db.orm, N, run));
  for (const reason of result.rejected) expect(reason).toBeInstanceOf(DomainError);
  return result;
}

describe('submitting at once', () => {
  it('the same person submitting twice at once files exactly one declaration', async () => {
    const { campaign } = await w.em().transactional((em) =>
      launchDeclarationCampaign(
        em,
        w.officer,
        {
          title: TITLE,
          kind: 'ad_hoc',
          group: 'all_employees',
          orgUnitId: w.sales.id,
          deadline: '2026-06-15',
        },
        T0,
      ),
    );
    const erlan = {
      personId: w.staff[3]!.id,
      organizationId: w.org.organization.id,
      roles: ['employee' as const],
    };
    const { fulfilled, rejected } = await race((em, i) =>
      submitDeclaration(
        em,
        erlan,
        campaign.id,
        { answers: standardAnswers(i % 2 ? { outside_jobs: `job ${i}` } : {}) },
        T0,
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(N - 1);
    const declaration = await w
      .em()
      .findOneOrFail(CampaignDeclaration, { campaign: campaign.id, person: erlan.personId });
    expect(
      await w
        .em()
        .count(AuditEvent, { entityId: declaration.id, action: 'declarations.declaration.submitted' }),
    ).toBe(1);
  });

  it('one supplier link used at once files exactly one declaration', async () => {
    const { supplierLinks } = await w.em().transactional((em) =>
      launchDeclarationCampaign(
        em,
        w.officer,
        {
          title: TITLE,
          kind: 'ad_hoc',
          group: 'potential_suppliers',
          suppliers: [{ name: 'ТОО Гамма' }],
          deadline: '2026-06-15',
        },
        T0,
      ),
    );
    const { fulfilled, rejected } = await race((em) =>
      submitSupplierDeclaration(
        em,
        supplierLinks[0]!.token,
        { bin: validBin(), answers: standardAnswers() },
        T0,
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((r) => (r as DomainError).messageKey === 'declarations.campaign.linkUsed')).toBe(
      true,
    );
  });

  it('a closing and submissions at once: every declaration filed was filed before the close', async () => {
    const { campaign } = await w.em().transactional((em) =>
      launchDeclarationCampaign(
        em,
        w.officer,
        {
          title: TITLE,
          kind: 'ad_hoc',
          group: 'all_employees',
          orgUnitId: w.finance.id,
          deadline: '2026-06-15',
        },
        T0,
      ),
    );
    const people = [w.head, ...w.staff.slice(0, 3)];
    const settled = await concurrently<unknown>(w.db.orm, people.length + 1, (em, i) =>
      i === people.length
        ? closeDeclarationCampaign(em, w.officer, campaign.id, T0)
        : submitDeclaration(
            em,
            { personId: people[i]!.id, organizationId: w.org.organization.id, roles: ['employee'] },
            campaign.id,
            { answers: standardAnswers() },
            T0,
          ),
    );
    const { rejected } = outcomes(settled);
    for (const reason of rejected)
      expect((reason as DomainError).messageKey).toBe('declarations.campaign.closed');
    const filed = await w
      .em()
      .count(CampaignDeclaration, { campaign: campaign.id, submittedAt: { $ne: null } });
    expect(filed).toBe(people.length - rejected.length);
  });

  it('"remind now" pressed at once reminds each overdue person once', async () => {
    const { campaign } = await w.em().transactional((em) =>
      launchDeclarationCampaign(
        em,
        w.officer,
        {
          title: TITLE,
          kind: 'ad_hoc',
          group: 'all_employees',
          orgUnitId: w.treasury.id,
          deadline: '2026-06-15',
        },
        T0,
      ),
    );
    const { fulfilled } = await race((em) => remindOverdueDeclarants(em, w.officer, campaign.id, LATE));
    expect(fulfilled.flat()).toHaveLength(2);
    const declarations = await w.em().find(CampaignDeclaration, { campaign: campaign.id });
    expect(declarations.map((d) => d.reminderCount)).toEqual([1, 1]);
  });
});
