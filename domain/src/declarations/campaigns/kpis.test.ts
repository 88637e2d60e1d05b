import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import { createCampaignWorld, standardAnswers, type CampaignWorld } from './campaign-fixtures.js';
import { launchDeclarationCampaign } from './launch-campaign.js';
import { submitDeclaration } from './submit-declaration.js';
import { CAMPAIGN_ON_TIME_KPI } from './kpis.js';

const T0 = new Date('2026-06-01T04:00:00Z');
const LATE = new Date('2026-06-20T04:00:00Z');

let w: CampaignWorld;

beforeAll(async () => {
  w = await createCampaignWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

describe('campaign submission on time (§72.1, §74)', () => {
  it('counts the declarations due in the period submitted by their due date, by unit', async () => {
    const { campaign } = await w
      .em()
      .transactional((em) =>
        launchDeclarationCampaign(
          em,
          w.officer,
          { title: { kk: 'Д', ru: 'Д' }, kind: 'yearly', group: 'all_employees', deadline: '2026-06-15' },
          T0,
        ),
      );
    // Of seven asked (the admin, the officer, the head and four staff): two on time, one late.
    const [aigerim, bolat, dana] = w.staff;
    for (const [person, at] of [
      [aigerim!, T0],
      [w.head, T0],
      [bolat!, LATE],
    ] as const) {
      await w
        .em()
        .transactional((em) =>
          submitDeclaration(
            em,
            { personId: person.id, organizationId: w.org.organization.id, roles: ['employee'] },
            campaign.id,
            { answers: standardAnswers() },
            at,
          ),
        );
    }
    void dana;
    const period = {
      periodFrom: new Date('2026-06-01T00:00:00Z'),
      periodTo: new Date('2026-06-30T00:00:00Z'),
    };
    const [whole] = await computeKpiValues(w.em(), w.officer, [CAMPAIGN_ON_TIME_KPI.code], period);
    expect(whole).toMatchObject({ numerator: 2, denominator: 7, value: 28.6 });
    // Finance's subtree holds 4 declarants: a group under 5 is withheld when split by unit.
    const [finance] = await computeKpiValues(w.em(), w.officer, [CAMPAIGN_ON_TIME_KPI.code], {
      ...period,
      orgUnitId: w.finance.id,
    });
    expect(finance).toMatchObject({ suppressed: true, value: null });
    await expect(
      computeKpiValues(w.em(), { ...w.officer, roles: ['employee'] }, [CAMPAIGN_ON_TIME_KPI.code], period),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
