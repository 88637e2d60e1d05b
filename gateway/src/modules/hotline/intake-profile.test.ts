import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { freshClient } from '../../testing/hotline-operations.js';
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

interface Profile {
  reportsTo: string;
  acknowledgeHours: number;
  brandColor: string | null;
}

async function publicProfile(): Promise<Profile | undefined> {
  const { body } = await graphqlRequest<{ intakeOrganizations: { id: string; profile: Profile }[] }>(
    gateway.yoga,
    {
      query: '{ intakeOrganizations { id profile { reportsTo acknowledgeHours brandColor } } }',
      headers: freshClient(),
    },
  );
  return body.data?.intakeOrganizations.find((o) => o.id === org.organizationId)?.profile;
}

describe('the intake speaks to each organisation as it is (issue 11 §9)', () => {
  it('tells reporters what the compliance head set: to whom compliance reports, the deadline and the colour', async () => {
    expect(await publicProfile()).toEqual({
      reportsTo: 'board_of_directors',
      acknowledgeHours: 24,
      brandColor: null,
    });
    const saved = await staff(
      gateway.yoga,
      head,
      'mutation { updateHotlineIntakeProfile(input: { reportsTo: state_body_head, brandColor: "#1d4e89" }) { reportsTo } }',
    );
    expect(saved.error).toBeNull();
    expect(await publicProfile()).toEqual({
      reportsTo: 'state_body_head',
      acknowledgeHours: 24,
      brandColor: '#1d4e89',
    });
  });

  it('refuses a colour white text is unreadable on, as VALIDATION with its message key', async () => {
    const refused = await staff(
      gateway.yoga,
      head,
      'mutation { updateHotlineIntakeProfile(input: { brandColor: "#ffff00" }) { reportsTo } }',
    );
    expect(refused.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'hotline.settings.brandColorContrast',
    });
    expect((await publicProfile())?.brandColor).toBe('#1d4e89');
  });
});
