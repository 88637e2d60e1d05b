import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import { open } from '../hotline/crypto/keyring.js';
import { AAD } from '../hotline/crypto/sealed-fields.js';
import { Organization } from '../org/organization.entity.js';
import { Person } from '../org/person.entity.js';
import { DEMO_LOGINS } from '../../seeders/demo-logins.js';
import { createDemoDatabase, DEMO_HOTLINE_KEYRING } from './demo-database.js';
import type { TestDatabase } from './test-database.js';

let plain: TestDatabase;
let withHotline: TestDatabase;
let other: TestDatabase;

beforeAll(async () => {
  [plain, withHotline, other] = await Promise.all([
    createDemoDatabase(),
    createDemoDatabase({ hotline: true }),
    createDemoDatabase(),
  ]);
});

afterAll(async () => {
  await Promise.all([plain?.drop(), withHotline?.drop(), other?.drop()]);
});

describe('a demo database', () => {
  it('holds every demo login, its organisations’ audit chains sealed with the key it is opened with', async () => {
    const em = plain.orm.em.fork();
    const emails = (await em.find(Person, { email: { $in: DEMO_LOGINS.map((l) => l.email) } })).map(
      (p) => p.email,
    );
    expect(emails.sort()).toEqual(DEMO_LOGINS.map((l) => l.email).sort());
    const organizations = await em.find(Organization, {});
    expect(organizations.length).toBeGreaterThan(1);
    for (const organization of organizations) {
      expect((await verifyAuditChain(plain.orm.em.fork(), organization.id)).ok).toBe(true);
    }
  });

  it('holds hotline cases only when asked, their texts opened by the demo hotline keys', async () => {
    const count = (db: TestDatabase) =>
      db.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from hotline_report');
    expect(Number((await count(plain))[0]?.n)).toBe(0);
    const reports = await withHotline.orm.em
      .getConnection()
      .execute<{ id: string; content_sealed: Buffer }[]>('select id, content_sealed from hotline_report');
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(() => open(DEMO_HOTLINE_KEYRING, report.content_sealed, AAD.content(report.id))).not.toThrow();
    }
  });

  it('is a database of its own: a change to one clone is not in another', async () => {
    const email = DEMO_LOGINS[0]!.email;
    await plain.orm.em.getConnection().execute(`update person set email = 'changed.' || email`);
    expect(await plain.orm.em.fork().count(Person, { email })).toBe(0);
    expect(await other.orm.em.fork().count(Person, { email })).toBe(1);
  });
});
