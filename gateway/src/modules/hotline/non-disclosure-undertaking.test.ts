import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { caseIdByNumber, staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { fileReport } from '../../testing/hotline-operations.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// §40.6, §41.3: whoever reads an open reporter's identity has signed the undertaking in force.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let investigator: string;

const IDENTITY = { anonymous: false, name: 'Әлия Нұрова', contact: '+7 701 111 22 33' };
const REVEAL = 'mutation($id: ID!) { revealHotlineReporterIdentity(id: $id) { name } }';
const UNDERTAKING = '{ hotlineNonDisclosureUndertaking { version signedAt text { ru } } }';
const SIGN =
  'mutation($v: String!) { signHotlineNonDisclosureUndertaking(version: $v) { version signedAt } }';

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  investigator = await devLoginToken(gateway.yoga, org.investigator.email);
  // This investigator has not signed yet.
  await gateway.orm.em
    .fork()
    .execute('delete from hotline_non_disclosure_undertaking where person_id = ?', [org.investigator.id]);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('the non-disclosure undertaking through the API', () => {
  it('refuses an unsigned reader with its typed error, takes the signature of the text in force, then reveals', async () => {
    const { number } = await fileReport(gateway.yoga, { organizationId: org.organizationId, ...IDENTITY });
    const id = await caseIdByNumber(gateway.yoga, head, number);
    await staff(
      gateway.yoga,
      head,
      'mutation($id: ID!, $ids: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $ids) { id } }',
      {
        id,
        ids: [org.investigator.id],
      },
    );

    const refused = await staff(gateway.yoga, investigator, REVEAL, { id });
    expect(refused.error?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'hotline.undertaking.required',
      params: { version: 'nda-2026-1' },
    });
    expect(JSON.stringify(refused)).not.toContain('Әлия');

    const shown = await staff<{
      hotlineNonDisclosureUndertaking: { version: string; signedAt: string | null; text: { ru: string } };
    }>(gateway.yoga, investigator, UNDERTAKING);
    expect(shown.data?.hotlineNonDisclosureUndertaking).toMatchObject({
      version: 'nda-2026-1',
      signedAt: null,
    });
    expect(shown.data?.hotlineNonDisclosureUndertaking.text.ru).toContain('обязуюсь не разглашать');

    const outdated = await staff(gateway.yoga, investigator, SIGN, { v: 'nda-2025-1' });
    expect(outdated.error?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'hotline.undertaking.outdated',
    });

    const signed = await staff<{ signHotlineNonDisclosureUndertaking: { signedAt: string | null } }>(
      gateway.yoga,
      investigator,
      SIGN,
      { v: 'nda-2026-1' },
    );
    expect(signed.data?.signHotlineNonDisclosureUndertaking.signedAt).not.toBeNull();
    const read = await staff<{ revealHotlineReporterIdentity: { name: string } }>(
      gateway.yoga,
      investigator,
      REVEAL,
      { id },
    );
    expect(read.data?.revealHotlineReporterIdentity.name).toBe('Әлия Нұрова');
  });
});
