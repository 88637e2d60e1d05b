import { recordAudit, writeAuditCheckpoint, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, cutOffAuditChain, grantRoles } from '@adal/domain/testing';
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
let organizationId: string;

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
  organizationId = built.organization.id;
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

  it('tells an auditor that events a checkpoint vouched for were cut off, and which checkpoint says so', async () => {
    const at = new Date('2026-12-03T05:00:00Z');
    for (const entityId of ['2', '3']) {
      await orm.em
        .fork()
        .transactional((tx) =>
          recordAudit(tx, null, { organizationId, action: 'person.updated', entityType: 'Person', entityId }),
        );
    }
    expect(await writeAuditCheckpoint(orm.em.fork(), organizationId, at)).toMatchObject({
      outcome: 'written',
    });
    await cutOffAuditChain(orm.em.fork(), organizationId, 2);
    const { body } = await graphqlRequest<{ auditChainStatus: unknown }>(yoga, {
      query: '{ auditChainStatus { ok checked brokenAtSeq problem checkpoint { seq at } } }',
      token: auditorToken,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.auditChainStatus).toEqual({
      ok: false,
      checked: 1,
      brokenAtSeq: 2,
      problem: 'truncated',
      checkpoint: { seq: 3, at: at.toISOString() },
    });
  });
});
