import { createTestDatabase } from '@adal/domain/testing';
import type { BenchOptions } from '../report/bench-options.js';
import type { BenchRow } from '../report/bench-row.js';
import { benchAuditChain } from './audit-chain-bench.js';
import { benchEnrolment } from './enrolment-bench.js';
import { benchPeopleImport } from './people-import-bench.js';
import { benchReminders } from './reminders-bench.js';

export interface WritesOptions extends BenchOptions {
  /** How many people the import, the enrolment and the reminders run over. */
  people?: number;
}

export const DEFAULT_PEOPLE = 100_000;
export const SMOKE_PEOPLE = 2_000;

/**
 * Writes at scale, against a throwaway PostgreSQL database: the people import from CSV and XLSX
 * beside COPY, enrolling everyone into an assignment, the training reminder job delivering through
 * an SMTP server, and verifying the audit chain over as many events as people.
 */
export async function runWrites(options: WritesOptions): Promise<BenchRow[]> {
  const people = options.people ?? (options.smoke ? SMOKE_PEOPLE : DEFAULT_PEOPLE);
  const now = new Date();
  const db = await createTestDatabase();
  try {
    const imports = await benchPeopleImport(db.orm, db.databaseUrl, people, options.smoke);
    const enrolment = await benchEnrolment(db.orm, db.databaseUrl, imports.imported, people, now);
    const reminders = await benchReminders(db.orm, db.databaseUrl, people + 1, now);
    const audit = await benchAuditChain(
      db.orm,
      db.databaseUrl,
      imports.imported.organizationId,
      people,
      options.smoke,
    );
    return [...imports.rows, ...enrolment.rows, ...reminders, ...audit];
  } finally {
    await db.drop();
  }
}
