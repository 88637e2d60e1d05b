import { CompliancePublicPage, PublicProposal, newId } from '@adal/domain';
import { buildOrganization, buildPerson, buildRisk } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { MAX_PROPOSAL_BODY_BYTES, PUBLIC_PROPOSAL_LIMIT } from './public-limits.js';

let gateway: TestGateway;
let organizationId: string;

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  const em = gateway.orm.em.fork();
  const { organization, root } = await buildOrganization(em, { name: 'Қала әкімдігі', kind: 'state_body' });
  organizationId = organization.id;
  const officer = buildPerson(em, organization, root);
  const open = buildRisk(em, organization, officer, 1, { score: [5, 5, 5] });
  open.published = true;
  open.scheme = 'Тендерлік ерекшелік бір жеткізушіге жазылады';
  const secret = buildRisk(em, organization, officer, 2, { confidentiality: 'insider' });
  secret.scheme = 'Инсайдерлік ақпарат <script>';
  // Marked published against the rules, straight in the table: the page must still never show it.
  secret.published = true;
  em.create(CompliancePublicPage, {
    id: newId(),
    organization,
    slug: 'akimat',
    enabled: true,
    updatedBy: officer,
  });
  await em.flush();
});

afterAll(async () => {
  await gateway?.drop();
});

const client = (address: string) => ({ 'x-forwarded-for': address });
const page = (path: string, init: RequestInit = {}) => gateway.yoga.fetch(`http://gateway.test${path}`, init);
const post = (address: string, text: string) =>
  page('/transparency/akimat?lang=en', {
    method: 'POST',
    headers: { ...client(address), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ text, contact: '' }).toString(),
  });
const stored = () => gateway.orm.em.fork().count(PublicProposal, { organization: organizationId });

describe('the public transparency page (§9.4–§11)', () => {
  it('shows the published risks without sign-in, in the language asked, under a strict CSP', async () => {
    const response = await page('/transparency/akimat?lang=ru');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Коррупционная картограмма');
    expect(html).toContain('Тендерлік ерекшелік бір жеткізушіге жазылады');
    expect(html).not.toContain('Инсайдерлік');
    expect(html).not.toContain('<script');
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    expect((await page('/transparency/nobody-here')).status).toBe(404);
  });

  it('takes a proposal through the form with its receipt, and stops a flood from one client storing nothing more', async () => {
    const before = await stored();
    const first = await post('203.0.113.7', 'Publish the tender commission minutes on the site');
    expect(first.status).toBe(200);
    expect(await first.text()).toMatch(/Its number: [A-Z2-9]{4}-[A-Z2-9]{4}/);
    for (let i = 1; i < PUBLIC_PROPOSAL_LIMIT.points; i += 1) {
      await post('203.0.113.7', `Proposal number ${i} about procurement`);
    }
    expect(await stored()).toBe(before + PUBLIC_PROPOSAL_LIMIT.points);
    const flood = await post('203.0.113.7', 'One more proposal about procurement');
    expect(flood.status).toBe(429);
    const viaApi = await graphqlRequest(gateway.yoga, {
      query: 'mutation($i: PublicProposalInput!) { submitPublicProposal(input: $i) { receipt } }',
      variables: { i: { organizationSlug: 'akimat', text: 'And another one through the API' } },
      headers: client('203.0.113.7'),
    });
    expect(viaApi.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    expect(await stored()).toBe(before + PUBLIC_PROPOSAL_LIMIT.points);
    // Another client is not held back by the first one's flood.
    expect((await post('203.0.113.8', 'A proposal from a neighbour')).status).toBe(200);
  });

  it('refuses a body the form cannot have sent, over its size or of another type, storing nothing', async () => {
    const before = await stored();
    const huge = await page('/transparency/akimat?lang=en', {
      method: 'POST',
      headers: { ...client('203.0.113.9'), 'content-type': 'application/x-www-form-urlencoded' },
      body: `text=${'a'.repeat(MAX_PROPOSAL_BODY_BYTES)}`,
    });
    expect(huge.status).toBe(413);
    // The page again, saying what a proposal may hold.
    expect(await huge.text()).toMatch(/Write the proposal in 10 to 2000 characters/);
    const json = await page('/transparency/akimat?lang=en', {
      method: 'POST',
      headers: { ...client('203.0.113.9'), 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'A proposal sent as JSON to the page' }),
    });
    expect(json.status).toBe(415);
    expect(await stored()).toBe(before);
  });
});
