import {
  Person,
  assignHotlineCase,
  generateHotlineKeyring,
  linkInvolvedPersons,
  recordAudit,
  writeAuditCheckpoint,
  submitHotlineReport,
  type Actor,
  type MikroORM,
} from '@adal/domain';
import { buildPerson, cutOffAuditChain, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let org: HotlineOrganization;
let caseId: string;
let namedAuditorId: string;
const tokens: Partial<Record<'auditor' | 'admin' | 'employee' | 'investigator' | 'namedAuditor', string>> =
  {};

interface TrailEvent {
  id: string;
  at: string;
  atPrecision: 'instant' | 'day';
  action: string;
  entityId: string;
  actor: { id: string } | null;
  data: Record<string, unknown>;
  withheld: string[];
}

const TRAIL = /* GraphQL */ `
  query Trail($limit: Int!, $after: ID, $oldestFirst: Boolean) {
    auditEvents(limit: $limit, after: $after, oldestFirst: $oldestFirst) {
      id
      at
      atPrecision
      action
      entityId
      actor {
        id
      }
      data
      withheld
    }
  }
`;

// An organisation whose trail holds an administrator's import and an anonymous hotline report
// that names an auditor, assigned to an investigator.
beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  org = await buildHotlineOrganization(orm, 'Audit Trail JSC');
  const em = orm.em.fork();
  const head = await em.findOneOrFail(Person, { id: org.head.id }, { populate: ['organization', 'orgUnit'] });
  const person = (roles: Parameters<typeof grantRoles>[2]) => {
    const built = buildPerson(em, head.organization, head.orgUnit);
    grantRoles(em, built, ['employee', ...roles]);
    return built;
  };
  const auditor = person(['auditor']);
  const admin = person(['org_admin']);
  const namedAuditor = person(['auditor']);
  await em.flush();
  namedAuditorId = namedAuditor.id;
  const headActor: Actor = {
    personId: org.head.id,
    organizationId: org.organizationId,
    roles: ['compliance_head'],
  };
  const adminActor: Actor = { personId: admin.id, organizationId: org.organizationId, roles: ['org_admin'] };
  await orm.em.fork().transactional((tx) =>
    recordAudit(tx, adminActor, {
      organizationId: org.organizationId,
      action: 'person.imported',
      entityType: 'Person',
      entityId: org.employee.id,
    }),
  );
  caseId = (
    await orm.em.fork().transactional((tx) =>
      submitHotlineReport(tx, generateHotlineKeyring(), org.organizationId, {
        category: 'corruption',
        what: 'Сатып алу бөлімінің басшысы жеткізушіден конверт алды, тендер соның пайдасына шешілді.',
        anonymous: true,
      }),
    )
  ).reportId;
  await orm.em.fork().transactional((tx) => linkInvolvedPersons(tx, headActor, caseId, [namedAuditor.id]));
  await orm.em.fork().transactional((tx) => assignHotlineCase(tx, headActor, caseId, [org.investigator.id]));
  tokens.auditor = await devLoginToken(yoga, auditor.email);
  tokens.admin = await devLoginToken(yoga, admin.email);
  tokens.employee = await devLoginToken(yoga, org.employee.email);
  tokens.investigator = await devLoginToken(yoga, org.investigator.email);
  tokens.namedAuditor = await devLoginToken(yoga, namedAuditor.email);
});

afterAll(async () => {
  await gateway?.drop();
});

async function trail(token: string | undefined, limit = 50, after?: string, oldestFirst = false) {
  const { body } = await graphqlRequest<{ auditEvents: TrailEvent[] }>(yoga, {
    query: TRAIL,
    variables: { limit, oldestFirst, ...(after ? { after } : {}) },
    ...(token ? { token } : {}),
  });
  return body;
}

const actionsOf = (events: TrailEvent[] | undefined) => events?.map((e) => e.action).sort();

describe('audit trail', () => {
  it('shows an auditor every event and an intact chain, the hotline’s without names and dated to the day', async () => {
    const { body } = await graphqlRequest<{ auditChainStatus: { ok: boolean; checked: number } }>(yoga, {
      query: '{ auditChainStatus { ok checked brokenAtSeq } }',
      token: tokens.auditor,
    });
    expect(body.data?.auditChainStatus).toMatchObject({ ok: true, checked: 4 });
    const events = (await trail(tokens.auditor)).data?.auditEvents ?? [];
    expect(actionsOf(events)).toEqual([
      'hotline.assigned',
      'hotline.involved_persons_linked',
      'hotline.report_received',
      'person.imported',
    ]);
    expect(events[0]).toMatchObject({ action: 'person.imported', atPrecision: 'instant' });
    const hotline = events.filter((e) => e.entityId === caseId);
    for (const event of hotline) {
      expect(event.atPrecision).toBe('day');
      // The start of a day in Kazakhstan: 19:00 UTC.
      expect(event.at).toMatch(/T19:00:00\.000Z$/);
    }
    expect(hotline.find((e) => e.action === 'hotline.involved_persons_linked')).toMatchObject({
      data: {},
      withheld: ['personIds'],
    });
    expect(JSON.stringify(events)).not.toContain(namedAuditorId);
  });

  it('reads the trail from its start when asked, page by page', async () => {
    const newest = ((await trail(tokens.auditor)).data?.auditEvents ?? []).map((e) => e.id);
    const first = (await trail(tokens.auditor, 2, undefined, true)).data?.auditEvents ?? [];
    const rest = (await trail(tokens.auditor, 50, first.at(-1)?.id, true)).data?.auditEvents ?? [];
    expect([...first, ...rest].map((e) => e.id)).toEqual([...newest].reverse());
  });

  it('shows the administrator no hotline event, and an investigator only the events of their case', async () => {
    expect(actionsOf((await trail(tokens.admin)).data?.auditEvents)).toEqual(['person.imported']);
    const investigator = (await trail(tokens.investigator)).data?.auditEvents ?? [];
    expect(actionsOf(investigator)).toEqual([
      'hotline.assigned',
      'hotline.involved_persons_linked',
      'hotline.report_received',
    ]);
    expect(investigator.find((e) => e.action === 'hotline.involved_persons_linked')?.data).toEqual({
      personIds: [namedAuditorId],
    });
  });

  it('never shows the person a report names that case’s events, though they audit', async () => {
    expect(actionsOf((await trail(tokens.namedAuditor)).data?.auditEvents)).toEqual(['person.imported']);
  });

  it('pages on from the id of the last event seen', async () => {
    const whole = (await trail(tokens.auditor)).data?.auditEvents.map((e) => e.id);
    const first = (await trail(tokens.auditor, 2)).data?.auditEvents ?? [];
    const second = (await trail(tokens.auditor, 2, first.at(-1)?.id)).data?.auditEvents ?? [];
    expect([...first, ...second].map((e) => e.id)).toEqual(whole);
  });

  it('refuses an employee without an audit role as FORBIDDEN', async () => {
    const body = await trail(tokens.employee);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.data).toBeNull();
  });

  it('tells an anonymous caller to sign in (UNAUTHENTICATED)', async () => {
    const { body } = await graphqlRequest(yoga, { query: '{ auditChainStatus { ok } }' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a page size beyond the limit, or an unknown cursor, as VALIDATION', async () => {
    expect((await trail(tokens.auditor, 1000)).errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect((await trail(tokens.auditor, 10, caseId)).errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('tells an auditor that events a checkpoint vouched for were cut off, and which checkpoint says so', async () => {
    const at = new Date('2026-12-03T05:00:00Z');
    for (const entityId of ['2', '3']) {
      await orm.em.fork().transactional((tx) =>
        recordAudit(tx, null, {
          organizationId: org.organizationId,
          action: 'person.updated',
          entityType: 'Person',
          entityId,
        }),
      );
    }
    expect(await writeAuditCheckpoint(orm.em.fork(), org.organizationId, at)).toMatchObject({
      outcome: 'written',
    });
    const [head] = await orm.em
      .fork()
      .execute<{ last_seq: number }[]>('select last_seq from audit_chain_head where organization_id = ?', [
        org.organizationId,
      ]);
    await cutOffAuditChain(orm.em.fork(), org.organizationId, 2);
    const { body } = await graphqlRequest<{ auditChainStatus: unknown }>(yoga, {
      query: '{ auditChainStatus { ok checked brokenAtSeq problem checkpoint { seq at } } }',
      token: tokens.auditor,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.auditChainStatus).toEqual({
      ok: false,
      checked: 1,
      brokenAtSeq: 2,
      problem: 'truncated',
      checkpoint: { seq: head?.last_seq, at: at.toISOString() },
    });
  });
});
