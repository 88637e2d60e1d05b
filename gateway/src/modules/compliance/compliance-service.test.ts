import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// The standard and the compliance service as a client calls them (§2, §60.1): typed errors naming
// their field and message key, which change nothing; the first head writes nothing here.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let firstHead: string;

const ADOPT =
  'mutation($i: StandardAdoptionInput!) { recordAntiCorruptionStandard(input: $i) { current { actNumber } history { id } } }';
const PUBLISH =
  'mutation($i: StandardPublicationInput!) { recordStandardPublication(input: $i) { current { publishedOn } warnings } }';
const APPOINT =
  'mutation($i: ComplianceServiceAppointmentInput!) { recordComplianceServiceAppointment(input: $i) { appointedBy warnings { code paragraph } } }';

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  firstHead = await devLoginToken(gateway.yoga, org.firstHead.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('the standard through GraphQL', () => {
  it('refuses a publication dated before the adoption, naming the field, and records a valid one', async () => {
    const adopted = await staff<{ recordAntiCorruptionStandard: { current: { actNumber: string } } }>(
      gateway.yoga,
      head,
      ADOPT,
      {
        i: {
          actNumber: '12-н',
          adoptedOn: '2025-02-10',
          approvedBy: 'first_head',
          approverName: 'А. Серіков',
        },
      },
    );
    expect(adopted.data?.recordAntiCorruptionStandard.current.actNumber).toBe('12-н');
    const early = await staff(gateway.yoga, head, PUBLISH, {
      i: { publishedWhere: 'website', publishedUrl: 'https://a.kz/s', publishedOn: '2025-02-01' },
    });
    expect(early.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'publishedOn',
      messageKey: 'compliance.standard.publishedBeforeAdoption',
    });
    const published = await staff<{
      recordStandardPublication: { current: { publishedOn: string }; warnings: string[] };
    }>(gateway.yoga, head, PUBLISH, {
      i: { publishedWhere: 'website', publishedUrl: 'https://a.kz/s', publishedOn: '2025-02-12' },
    });
    expect(published.data?.recordStandardPublication).toEqual({
      current: { publishedOn: '2025-02-12' },
      warnings: [],
    });
  });

  it('lets the first head read it but not record it', async () => {
    const refused = await staff(gateway.yoga, firstHead, ADOPT, {
      i: { actNumber: '13-н', adoptedOn: '2025-03-10', approvedBy: 'first_head', approverName: 'А. Серіков' },
    });
    expect(refused.error?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the compliance service through GraphQL', () => {
  it('§60.1: refuses the first head as the appointing body unless the organisation has no independent body', async () => {
    const input = { appointedBy: 'first_head', appointedOn: '2025-03-01', members: [] };
    const refused = await staff(gateway.yoga, head, APPOINT, { i: input });
    expect(refused.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'appointedBy',
      messageKey: 'compliance.service.firstHeadOnlyWithoutBody',
    });
    const { data } = await staff<{ recordComplianceServiceAppointment: { appointedBy: string } }>(
      gateway.yoga,
      head,
      APPOINT,
      { i: { ...input, noIndependentBody: true } },
    );
    expect(data?.recordComplianceServiceAppointment.appointedBy).toBe('first_head');
  });
});
