import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../audit/record-audit.js';
import { asSuperuser } from '../audit/audit-tampering.js';
import { AUDIT_WORK } from '../audit/work-items.js';
import type { Actor } from '../kernel/actor.js';
import { ORG_WORK } from '../org/work-items.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type BuiltOrganization,
  type TestDatabase,
} from '../testing/index.js';
import type { WorkItem } from './work-item.js';
import { myWork, registerWorkProvider } from './work-registry.js';

let db: TestDatabase;
let org: BuiltOrganization;
let auditor: Actor;
let employee: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  auditor = actorOf(buildPerson(em, org.organization, org.root), ['employee', 'auditor']);
  employee = actorOf(buildPerson(em, org.organization, org.root), ['employee']);
  await em.flush();
});

afterAll(async () => {
  await db?.drop();
});

function sample(kind: string, fields: Partial<WorkItem>): WorkItem {
  return {
    id: `sample:${kind}`,
    plugin: 'sample',
    kind,
    subject: null,
    urgency: 'waiting',
    dueAt: null,
    dueOn: null,
    path: null,
    count: null,
    ...fields,
  };
}

describe('my work', () => {
  it('tells the organisation administrator how many active people have no position', async () => {
    const items = await ORG_WORK.items(db.orm.em.fork(), org.admin);
    // Built without positions: the administrator and the two others.
    expect(items.map((i) => [i.plugin, i.kind, i.count, i.urgency])).toEqual([
      ['admin', 'people_without_position', 3, 'waiting'],
    ]);
    expect(await ORG_WORK.items(db.orm.em.fork(), employee)).toEqual([]);
  });

  it('raises a broken audit trail to the auditor, and nothing while it verifies', async () => {
    await db.orm.em.fork().transactional(async (em) => {
      for (let i = 0; i < 3; i += 1) {
        await recordAudit(em, org.admin, {
          organizationId: org.admin.organizationId,
          action: 'org.sample',
          entityType: 'Person',
          entityId: org.admin.personId,
          data: { index: i },
        });
      }
    });
    expect(await AUDIT_WORK.items(db.orm.em.fork(), auditor)).toEqual([]);
    await asSuperuser(db.orm.em.fork(), async (tx) => {
      await tx.execute(
        `update audit_event set data = '{"index": 99}'::jsonb where organization_id = ? and seq = 2`,
        [org.admin.organizationId],
      );
    });
    expect(
      (await AUDIT_WORK.items(db.orm.em.fork(), auditor)).map((i) => [i.kind, i.urgency, i.count]),
    ).toEqual([['chain_broken', 'overdue', null]]);
    expect(await AUDIT_WORK.items(db.orm.em.fork(), employee)).toEqual([]);
    expect(await AUDIT_WORK.items(db.orm.em.fork(), org.admin)).toEqual([]);
  });

  it('sorts every provider’s items most urgent first: overdue, due soon, waiting, upcoming, then by deadline', async () => {
    registerWorkProvider({
      context: 'sample',
      items: async (_em, actor) =>
        actor.personId === employee.personId
          ? [
              sample('later', { urgency: 'upcoming', dueOn: '2030-03-19' }),
              sample('waiting', { urgency: 'waiting' }),
              sample('soon_day', { urgency: 'due_soon', dueOn: '2030-03-14' }),
              sample('soon_hour', { urgency: 'due_soon', dueAt: new Date('2030-03-13T10:00:00Z') }),
              sample('late', { urgency: 'overdue', dueOn: '2030-03-01' }),
            ]
          : [],
    });
    const now = new Date('2030-03-12T06:00:00Z');
    const items = await myWork(db.orm.em.fork(), employee, now);
    expect(items.map((i) => [i.kind, i.workingDaysLeft])).toEqual([
      ['late', -7],
      ['soon_hour', 1],
      ['soon_day', 2],
      ['waiting', null],
      ['later', 5],
    ]);
  });
});
