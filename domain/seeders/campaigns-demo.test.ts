import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../src/testing/demo-database.js';
import type { TestDatabase } from '../src/testing/index.js';
import { DeclarationCampaign } from '../src/declarations/campaigns/campaign.entity.js';
import { declarationCampaignProgress } from '../src/declarations/campaigns/campaign-progress.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createDemoDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('the demo campaigns (§72)', () => {
  it("asks the holding's staff this year, and has a tender commission with two members overdue", async () => {
    const em = db.orm.em.fork();
    const campaigns = await em.find(
      DeclarationCampaign,
      {},
      { orderBy: { launchedAt: 'asc' }, populate: ['launchedBy'] },
    );
    expect(campaigns.map((c) => c.group)).toEqual(['commission_members', 'all_employees']);
    const officer = {
      personId: campaigns[0]!.launchedBy.id,
      organizationId: campaigns[0]!.organization.id,
      roles: ['employee', 'compliance_officer'] as const,
    };
    const commission = await declarationCampaignProgress(
      em,
      { ...officer, roles: [...officer.roles] },
      campaigns[0]!.id,
    );
    expect(commission.totals).toMatchObject({ total: 4, submitted: 2, overdue: 2 });
    const yearly = await declarationCampaignProgress(
      em,
      { ...officer, roles: [...officer.roles] },
      campaigns[1]!.id,
    );
    expect(yearly.totals.pending).toBeGreaterThanOrEqual(50);
  });
});
