import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open } from '../hotline/crypto/keyring.js';
import { AAD } from '../hotline/crypto/sealed-fields.js';
import { DEMO_LOGINS } from '../../seeders/demo-logins.js';
import { growDemo } from './grown-demo.js';
import { createDemoDatabase, DEMO_HOTLINE_KEYRING } from './demo-database.js';
import type { TestDatabase } from './test-database.js';

let db: TestDatabase;
const keyring = DEMO_HOTLINE_KEYRING;

beforeAll(async () => {
  db = await createDemoDatabase({ hotline: true });
});

afterAll(async () => {
  await db?.drop();
});

const countOf = async (sql: string, params: unknown[]) =>
  Number((await db.orm.em.fork().execute<{ n: string }[]>(sql, params))[0]?.n);

describe('growDemo', () => {
  it("copies an organisation's rows but its logins, each copied case text sealed for its own row", async () => {
    const em = db.orm.em.fork();
    const logins = await em.execute<{ id: string; organization_id: string }[]>(
      'select id, organization_id from person where email in (?)',
      [DEMO_LOGINS.map((l) => l.email)],
    );
    const organizationId = logins[0]!.organization_id;
    const mine = logins.filter((l) => l.organization_id === organizationId).map((l) => l.id);
    const count = (table: string) =>
      countOf(`select count(*) as n from "${table}" where organization_id = ?`, [organizationId]);
    const people = await count('person');
    const reports = await count('hotline_report');
    const events = await count('audit_event');

    await growDemo(em, { organizationId, copies: 2, keepPeople: mine, hotlineKeyring: keyring });

    expect(await count('person')).toBe(people + 2 * (people - mine.length));
    expect(await count('hotline_report')).toBe(3 * reports);
    expect(await count('audit_event')).toBeGreaterThan(3 * events);
    const copied = await em.execute<{ id: string; content_sealed: Buffer }[]>(
      'select id, content_sealed from hotline_report where organization_id = ? and number > 1000',
      [organizationId],
    );
    expect(copied).toHaveLength(2 * reports);
    for (const report of copied) {
      expect(() => open(keyring, report.content_sealed, AAD.content(report.id))).not.toThrow();
    }
  });
});
