import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
});

afterAll(async () => {
  await gateway?.drop();
});

const VALUES = 'query($codes: [String!]!) { kpiValues(codes: $codes) { code title { en ru } note { en } } }';
const CATALOGUE = '{ kpiCatalog { code title { en } note { en } } }';

interface Presented {
  code: string;
  title: { en: string; ru?: string };
  note: { en: string } | null;
}

describe("a KPI's title and note follow the organisation's setting", () => {
  it('names the hours the organisation set, and notes a deadline above the methodology’s 24 hours (§69)', async () => {
    const before = await staff<{ kpiValues: Presented[] }>(gateway.yoga, head, VALUES, {
      codes: ['hotline.acknowledged_in_time'],
    });
    expect(before.data?.kpiValues).toEqual([
      {
        code: 'hotline.acknowledged_in_time',
        title: {
          en: 'Share of hotline reports acknowledged within 24 hours',
          ru: 'Доля обращений на линию доверия, получение которых подтверждено в течение 24 ч',
        },
        note: null,
      },
    ]);

    const saved = await staff(
      gateway.yoga,
      head,
      'mutation { updateHotlineSettings(input: { acknowledgeHours: 72 }) { acknowledgeHours } }',
    );
    expect(saved.error).toBeNull();
    const after = await staff<{ kpiValues: Presented[] }>(gateway.yoga, head, VALUES, {
      codes: ['hotline.acknowledged_in_time', 'hotline.processed_in_time'],
    });
    expect(after.data?.kpiValues.map(({ title, note }) => [title.en, note?.en ?? null])).toEqual([
      [
        'Share of hotline reports acknowledged within 72 hours',
        'The organisation set 72 hours to acknowledge; the methodology asks for first feedback within 24 hours (§69).',
      ],
      ["Share of reports processed within the organisation's own deadline (30 days)", null],
    ]);
    const catalogue = await staff<{ kpiCatalog: Presented[] }>(gateway.yoga, head, CATALOGUE);
    expect(catalogue.data?.kpiCatalog.find((kpi) => kpi.code === 'hotline.acknowledged_in_time')).toEqual({
      code: 'hotline.acknowledged_in_time',
      title: { en: 'Share of hotline reports acknowledged within 72 hours' },
      note: {
        en: 'The organisation set 72 hours to acknowledge; the methodology asks for first feedback within 24 hours (§69).',
      },
    });
  });
});
