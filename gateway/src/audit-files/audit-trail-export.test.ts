import {
  Person,
  assignHotlineCase,
  recordAudit,
  submitHotlineReport,
  generateHotlineKeyring,
  type Actor,
  type MikroORM,
} from '@adal/domain';
import { asSuperuser, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import type { GatewayYoga } from '../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let org: HotlineOrganization;
let caseId: string;
let admin: { id: string; fullName: string; email: string };
const tokens: Partial<Record<'auditor' | 'admin' | 'employee', string>> = {};

// An organisation whose trail holds an administrator's import, an update of a person whose id
// reads like a spreadsheet formula, and an anonymous hotline report the compliance head assigned.
beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  org = await buildHotlineOrganization(orm, 'Audit Export JSC');
  const em = orm.em.fork();
  const head = await em.findOneOrFail(Person, { id: org.head.id }, { populate: ['organization', 'orgUnit'] });
  const person = (roles: Parameters<typeof grantRoles>[2]) => {
    const built = buildPerson(em, head.organization, head.orgUnit);
    grantRoles(em, built, ['employee', ...roles]);
    return built;
  };
  const auditor = person(['auditor']);
  const adminPerson = person(['org_admin']);
  await em.flush();
  admin = { id: adminPerson.id, fullName: adminPerson.fullName, email: adminPerson.email };
  const adminActor: Actor = { personId: admin.id, organizationId: org.organizationId, roles: ['org_admin'] };
  const headActor: Actor = {
    personId: org.head.id,
    organizationId: org.organizationId,
    roles: ['compliance_head'],
  };
  await orm.em.fork().transactional(async (tx) => {
    await recordAudit(tx, adminActor, {
      organizationId: org.organizationId,
      action: 'person.imported',
      entityType: 'Person',
      entityId: org.employee.id,
    });
  });
  await orm.em.fork().transactional((tx) =>
    recordAudit(tx, adminActor, {
      organizationId: org.organizationId,
      action: 'person.updated',
      entityType: 'Person',
      entityId: '=HYPERLINK("http://evil.example","1")',
      data: { note: '@SUM(A1)' },
    }),
  );
  caseId = (
    await orm.em.fork().transactional((tx) =>
      submitHotlineReport(tx, generateHotlineKeyring(), org.organizationId, {
        category: 'corruption',
        what: 'Сатып алу бөлімінің басшысы жеткізушіден конверт алды.',
        anonymous: true,
      }),
    )
  ).reportId;
  await orm.em.fork().transactional((tx) => assignHotlineCase(tx, headActor, caseId, [org.investigator.id]));
  tokens.auditor = await devLoginToken(yoga, auditor.email);
  tokens.admin = await devLoginToken(yoga, admin.email);
  tokens.employee = await devLoginToken(yoga, org.employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

const get = (path: string, token?: string) =>
  yoga.fetch(`http://gateway.test${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

async function csvLines(response: Response): Promise<string[]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes.subarray(3)).trim().split('\r\n');
}

interface Event {
  action: string;
  atPrecision: string;
  actor: { id: string } | null;
}

const FILTERED = /* GraphQL */ `
  query Filtered($filter: AuditTrailFilter) {
    auditEvents(limit: 50, filter: $filter) {
      action
      atPrecision
      actor {
        id
      }
    }
  }
`;

async function filtered(token: string | undefined, filter: Record<string, string>) {
  const { body } = await graphqlRequest<{ auditEvents: Event[] }>(yoga, {
    query: FILTERED,
    variables: { filter },
    ...(token ? { token } : {}),
  });
  return body;
}

describe('searching the audit trail', () => {
  it('narrows the trail by action, actor and day, the anonymous report’s events still dated to the day', async () => {
    const assigned = (await filtered(tokens.auditor, { action: 'hotline.assigned' })).data?.auditEvents;
    expect(assigned).toEqual([
      { action: 'hotline.assigned', atPrecision: 'day', actor: { id: org.head.id } },
    ]);
    const byAdmin = (await filtered(tokens.auditor, { actor: admin.id })).data?.auditEvents;
    expect(byAdmin?.map((e) => e.action)).toEqual(['person.updated', 'person.imported']);
    expect((await filtered(tokens.auditor, { to: '2000-01-01' })).data?.auditEvents).toEqual([]);
  });

  it('finds nothing of the hotline for the administrator, whichever filter asks', async () => {
    expect((await filtered(tokens.admin, { actor: org.head.id })).data?.auditEvents).toEqual([]);
    expect(
      (await filtered(tokens.admin, { entityType: 'HotlineReport', entityId: caseId })).data?.auditEvents,
    ).toEqual([]);
  });

  it('refuses an instant where a day is asked, naming the field', async () => {
    const body = await filtered(tokens.auditor, { from: '2026-12-03T10:00:00Z' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'from' });
  });

  it('offers the actors and actions of the trail the reader may read', async () => {
    const query = '{ auditTrailFacets { actors { id } actions } }';
    const facets = async (token?: string) =>
      (
        await graphqlRequest<{ auditTrailFacets: { actors: { id: string }[]; actions: string[] } }>(yoga, {
          query,
          ...(token ? { token } : {}),
        })
      ).body.data?.auditTrailFacets;
    const auditor = await facets(tokens.auditor);
    expect(auditor?.actions).toEqual([
      'hotline.assigned',
      'hotline.report_received',
      'person.imported',
      'person.updated',
    ]);
    expect(auditor?.actors.map((a) => a.id).sort()).toEqual([admin.id, org.head.id].sort());
    expect(await facets(tokens.admin)).toEqual({
      actors: [{ id: admin.id }],
      actions: ['person.imported', 'person.updated'],
    });
  });
});

describe('exporting the audit trail as CSV', () => {
  it('streams the filtered trail as the reader sees it, with a byte-order mark and a dated file name', async () => {
    const response = await get(`/admin/audit-trail.csv?actor=${admin.id}&lang=ru`, tokens.auditor);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename=audit-trail-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = await csvLines(response);
    expect(lines[0]).toBe(
      'Время,Исполнитель,Действие,Код действия,Тип объекта,Идентификатор объекта,Данные,Скрытые данные',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(
      new RegExp(
        `^\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2},${admin.fullName} <${admin.email}>,Сотрудник импортирован,person\\.imported,Person,${org.employee.id},,$`,
      ),
    );
  });

  it('writes a cell that a spreadsheet would run as a formula as text', async () => {
    const lines = await csvLines(
      await get('/admin/audit-trail.csv?action=person.updated&lang=en', tokens.auditor),
    );
    expect(lines[1]).toContain(
      `,Person updated,person.updated,Person,"'=HYPERLINK(""http://evil.example"",""1"")",`,
    );
    expect(lines[1]).toContain('"{""note"":""@SUM(A1)""}"');
  });

  it('dates the anonymous report’s events to the day and leaves out what the reader may not see', async () => {
    const auditor = await csvLines(
      await get('/admin/audit-trail.csv?action=hotline.assigned&lang=kk', tokens.auditor),
    );
    expect(auditor).toHaveLength(2);
    expect(auditor[1]).toMatch(
      /^\d{2}\.\d{2}\.\d{4} \(күні ғана\),.*,Кейс тағайындалды,hotline\.assigned,HotlineReport,/,
    );
    expect(auditor[1]).toContain(`""investigatorIds"":[""${org.investigator.id}""]`);
    const adminLines = await csvLines(await get(`/admin/audit-trail.csv?entityId=${caseId}`, tokens.admin));
    expect(adminLines).toHaveLength(1);
  });

  it('requires a token (401), a reader of the trail (403) and a filter that is one (400)', async () => {
    expect((await get('/admin/audit-trail.csv')).status).toBe(401);
    expect((await get('/admin/audit-trail.csv', tokens.employee)).status).toBe(403);
    expect((await get('/admin/audit-trail.csv?from=yesterday', tokens.auditor)).status).toBe(400);
  });
});

describe('a tampered trail', () => {
  it('names the first broken event to a reader who may see it, and to no one else', async () => {
    await asSuperuser(orm.em, async (tx) => {
      await tx.execute(
        `update audit_event set data = '{"investigatorIds": []}' where organization_id = ? and action = 'hotline.assigned'`,
        [org.organizationId],
      );
    });
    const query = '{ auditChainStatus { ok problem brokenEvent { action atPrecision data } } }';
    const status = async (token?: string) =>
      (await graphqlRequest<{ auditChainStatus: unknown }>(yoga, { query, ...(token ? { token } : {}) })).body
        .data?.auditChainStatus;
    expect(await status(tokens.auditor)).toEqual({
      ok: false,
      problem: 'event_altered',
      brokenEvent: { action: 'hotline.assigned', atPrecision: 'day', data: { investigatorIds: [] } },
    });
    expect(await status(tokens.admin)).toEqual({ ok: false, problem: 'event_altered', brokenEvent: null });
  });
});
