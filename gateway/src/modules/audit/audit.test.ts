import { recordAudit, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let auditorToken: string;
let employeeToken: string;
let adminId: string;

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em);
  const auditor = buildPerson(em, built.organization, built.root, { email: 'auditor@audit.test.adal.kz' });
  grantRoles(em, auditor, ['auditor']);
  const employee = buildPerson(em, built.organization, built.root, { email: 'employee@audit.test.adal.kz' });
  await em.flush();
  await em.transactional((tx) =>
    recordAudit(tx, built.admin, {
      organizationId: built.organization.id,
      action: 'person.imported',
      entityType: 'Person',
      entityId: employee.id,
    }),
  );
  adminId = built.adminPerson.id;
  auditorToken = await devLoginToken(yoga, auditor.email);
  employeeToken = await devLoginToken(yoga, employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('audit trail', () => {
  it('shows an auditor the events with their actors and an intact chain', async () => {
    const { body } = await graphqlRequest<{
      auditChainStatus: { ok: boolean; checked: number };
      auditEvents: { action: string; actor: { id: string } | null }[];
    }>(yoga, {
      query:
        '{ auditChainStatus { ok checked brokenAtSeq } auditEvents(limit: 10) { seq action actor { id } } }',
      token: auditorToken,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.auditChainStatus).toMatchObject({ ok: true, checked: 1 });
    expect(body.data?.auditEvents).toEqual([{ seq: 1, action: 'person.imported', actor: { id: adminId } }]);
  });

  it('refuses an employee without an audit role as FORBIDDEN', async () => {
    const { body } = await graphqlRequest(yoga, { query: '{ auditEvents { seq } }', token: employeeToken });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.data).toBeNull();
  });

  it('tells an anonymous caller to sign in (UNAUTHENTICATED)', async () => {
    const { body } = await graphqlRequest(yoga, { query: '{ auditChainStatus { ok } }' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a page size beyond the limit as VALIDATION', async () => {
    const { body } = await graphqlRequest(yoga, {
      query: '{ auditEvents(limit: 1000) { seq } }',
      token: auditorToken,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
