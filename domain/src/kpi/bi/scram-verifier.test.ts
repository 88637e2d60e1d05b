import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { scramSha256Verifier } from './scram-verifier.js';

let db: TestDatabase;
const role = `bi_scram_${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.orm.em.fork().execute(`drop role if exists ${role}`);
  await db?.drop();
});

describe('the SCRAM verifier of a BI reader’s password', () => {
  it('is the one PostgreSQL computes itself for the same password and salt', async () => {
    const em = db.orm.em.fork();
    const password = 'Correct horse battery staple 42!';
    await em.execute("set password_encryption = 'scram-sha-256'");
    await em.execute(`create role ${role} login password '${password}'`);
    const [row] = await em.execute<{ rolpassword: string }[]>(
      'select rolpassword from pg_authid where rolname = ?',
      [role],
    );
    const stored = row?.rolpassword ?? '';
    const [, iterations, salt] = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(stored) ?? [];
    expect(scramSha256Verifier(password, Buffer.from(salt ?? '', 'base64'), Number(iterations))).toBe(stored);
  });

  it('is left to the server for a password SASLprep would change', () => {
    expect(scramSha256Verifier('пароль с пробелом\u00a0здесь')).toBeNull();
    expect(scramSha256Verifier('plain ascii password')).toMatch(/^SCRAM-SHA-256\$4096:/);
  });
});
