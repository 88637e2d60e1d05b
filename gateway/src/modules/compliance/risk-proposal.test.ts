import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HotlineReport, newId } from '@adal/domain';
import { devLoginToken } from '../../testing/graphql-request.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// §9.1, §11 — the closed loop through GraphQL: a risk proposed from a substantiated hotline case,
// saved with its link, shown with the case number and none of what the reporter wrote.

const SECRET = 'The head of supply took a kickback';
let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let employee: string;
let number = 900;

const PROPOSE =
  'query($id: ID!) { riskProposal(sourceKind: hotline_case, sourceId: $id) { register source sourceKind sourceId sourceReference scheme { kk ru en } processOrDocument { en } positionIds } }';
const UPSERT =
  'mutation($i: RiskInput!) { upsertRisk(input: $i) { id code source sourceKind sourceReference scheme } }';

async function hotlineCase(outcome: 'substantiated' | 'not_substantiated'): Promise<string> {
  const em = gateway.orm.em.fork();
  number += 1;
  const report = em.create(HotlineReport, {
    id: newId(),
    organization: org.organizationId,
    number,
    receiptHash: newId().replace(/-/g, '').padEnd(64, '0'),
    channel: 'phone',
    category: 'corruption',
    anonymous: true,
    contentSealed: Buffer.from(SECRET),
    status: 'closed',
    scope: 'in_scope',
    receivedAt: new Date('2026-02-10T05:00:00Z'),
    acknowledgeBy: new Date('2026-02-11T05:00:00Z'),
    processBy: new Date('2026-03-10T05:00:00Z'),
    reporterLastSeenAt: new Date('2026-02-10T05:00:00Z'),
    outcome,
    closedAt: new Date('2026-03-01T05:00:00Z'),
  });
  await em.flush();
  return report.id;
}

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('proposing a risk through GraphQL', () => {
  it('drafts the risk from a substantiated case and saves it linked to the case, once', async () => {
    const id = await hotlineCase('substantiated');
    const proposed = await staff<{
      riskProposal: {
        register: string;
        source: string;
        sourceKind: string;
        sourceId: string;
        sourceReference: string;
        scheme: { kk: string; ru: string; en: string };
        processOrDocument: { en: string };
      };
    }>(gateway.yoga, head, PROPOSE, { id });
    expect(proposed.error).toBeNull();
    const draft = proposed.data!.riskProposal;
    expect(draft).toMatchObject({
      register: 'activity',
      source: 'hotline',
      sourceKind: 'hotline_case',
      sourceId: id,
      sourceReference: 'HL-2026-0901',
    });
    expect(JSON.stringify(draft)).not.toContain('kickback');
    const input = {
      register: draft.register,
      processOrDocument: draft.processOrDocument.en,
      scheme: draft.scheme.en,
      probability: 3,
      frequency: 3,
      impact: 4,
      source: draft.source,
      sourceKind: draft.sourceKind,
      sourceId: draft.sourceId,
    };
    const saved = await staff<{ upsertRisk: { code: string; sourceReference: string } }>(
      gateway.yoga,
      head,
      UPSERT,
      { i: input },
    );
    expect(saved.error).toBeNull();
    expect(saved.data?.upsertRisk).toMatchObject({
      sourceKind: 'hotline_case',
      sourceReference: 'HL-2026-0901',
    });
    const again = await staff(gateway.yoga, head, UPSERT, { i: input });
    expect(again.error?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'compliance.risk.proposal.alreadyProposed',
    });
    expect(again.error?.message).toContain(saved.data!.upsertRisk.code);
  });

  it('refuses a case not substantiated, and anyone outside the compliance service', async () => {
    const id = await hotlineCase('not_substantiated');
    const refused = await staff(gateway.yoga, head, PROPOSE, { id });
    expect(refused.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'compliance.risk.proposal.caseNotSubstantiated',
    });
    const forbidden = await staff(gateway.yoga, employee, PROPOSE, {
      id: await hotlineCase('substantiated'),
    });
    expect(forbidden.error?.extensions?.code).toBe('FORBIDDEN');
  });
});
