import { publishCultureMaterial, saveCultureMaterial, type EntityManager, type MikroORM } from '@adal/domain';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type TestDatabase,
} from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../mail/mailer.js';
import { queueMaterialReminders } from './culture-jobs.js';

let database: TestDatabase;
let orm: MikroORM;

const PUBLISHED = new Date('2026-03-02T04:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  orm = database.orm;
  const em = orm.em.fork();
  const built = await buildOrganization(em);
  const planner = buildPerson(em, built.organization, built.root, { email: 'planner@test.adal.kz' });
  grantRoles(em, planner, ['employee', 'compliance_officer']);
  await em.flush();
  const actor = actorOf(planner, ['employee', 'compliance_officer']);
  await orm.em.fork().transactional(async (tx: EntityManager) => {
    const draft = await saveCultureMaterial(
      tx,
      actor,
      {
        kind: 'memo',
        subject: 'conflict_of_interest',
        title: { kk: 'Жадынама', ru: 'Памятка' },
        body: { ru: '<p>Текст</p>' },
        audienceAll: true,
        requiresAcknowledgement: true,
      },
      PUBLISHED,
    );
    await publishCultureMaterial(tx, actor, draft.id, PUBLISHED);
  });
});

afterAll(async () => {
  await database?.drop();
});

describe('the culture.material-reminders job', () => {
  it('queues one mail a person past the term, and none again the same day', async () => {
    const mails: OutgoingMail[] = [];
    const enqueue = async (_em: EntityManager, queued: readonly OutgoingMail[]) => {
      mails.push(...queued);
    };
    const morning = new Date('2026-03-13T03:00:00Z');
    expect(
      await queueMaterialReminders(orm, new Date('2026-03-12T03:00:00Z'), 'https://adal.kz', enqueue),
    ).toBe(0);
    expect(await queueMaterialReminders(orm, morning, 'https://adal.kz', enqueue)).toBe(2);
    expect(mails.map((mail) => mail.to).sort()).toEqual([
      expect.stringMatching(/^admin\d+@test\.adal\.kz$/),
      'planner@test.adal.kz',
    ]);
    expect(mails[0]?.text).toContain('https://adal.kz/culture/materials/');
    expect(await queueMaterialReminders(orm, morning, 'https://adal.kz', enqueue)).toBe(0);
  });
});
