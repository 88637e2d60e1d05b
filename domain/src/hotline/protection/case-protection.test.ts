import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { assignHotlineCase } from '../cases/case-assignment.js';
import { grantCaseProtection } from './case-protection.js';
import { submitHotlineReport } from '../intake/intake.js';
import { generateHotlineKeyring } from '../crypto/keyring.js';

let db: TestDatabase;
let org: BuiltOrganization;
let head: Actor;
let assignedInvestigator: Actor;
let otherInvestigator: Actor;
let reporter: IPerson;
let openCaseId: string;
let openCaseNumber: string;
let anonymousCaseId: string;

const keyring = generateHotlineKeyring();
// 23:00 on 9 March in Kazakhstan.
const RECEIVED = new Date('2026-03-09T18:00:00Z');
const NOW = new Date('2026-05-20T06:00:00Z');
const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  const headPerson = buildPerson(em, org.organization, org.root, { fullName: 'Compliance Head' });
  const investigatorPerson = buildPerson(em, org.organization, org.root, {
    fullName: 'Assigned Investigator',
  });
  const otherPerson = buildPerson(em, org.organization, org.root, { fullName: 'Other Investigator' });
  reporter = buildPerson(em, org.organization, org.root, { fullName: 'Open Reporter' });
  grantRoles(em, headPerson, ['employee', 'compliance_head']);
  grantRoles(em, investigatorPerson, ['employee', 'hotline_investigator']);
  grantRoles(em, otherPerson, ['employee', 'hotline_investigator']);
  await em.flush();
  head = actorOf(headPerson, ['employee', 'compliance_head']);
  assignedInvestigator = actorOf(investigatorPerson, ['employee', 'hotline_investigator']);
  otherInvestigator = actorOf(otherPerson, ['employee', 'hotline_investigator']);

  const report = {
    category: 'corruption' as const,
    what: 'The procurement head asked a supplier for a kickback on the fuel tender.',
  };
  const open = await inTx((tx) =>
    submitHotlineReport(
      tx,
      keyring,
      org.organization.id,
      { ...report, anonymous: false, name: 'Open Reporter', contact: 'reporter@example.kz' },
      RECEIVED,
    ),
  );
  const anonymous = await inTx((tx) =>
    submitHotlineReport(tx, keyring, org.organization.id, { ...report, anonymous: true }, RECEIVED),
  );
  openCaseId = open.reportId;
  openCaseNumber = open.number;
  anonymousCaseId = anonymous.reportId;
  for (const id of [openCaseId, anonymousCaseId]) {
    await inTx((tx) => assignHotlineCase(tx, head, id, [assignedInvestigator.personId], NOW));
  }
});

afterAll(async () => {
  await db?.drop();
});

describe('protection granted from a hotline case (§40)', () => {
  it('lets the assigned investigator protect the open reporter from the day the report was received', async () => {
    const record = await inTx((em) =>
      grantCaseProtection(
        em,
        assignedInvestigator,
        openCaseId,
        { personId: reporter.id, basis: 'open_reporter' },
        NOW,
      ),
    );
    expect(record).toMatchObject({
      person: { id: reporter.id },
      basis: 'open_reporter',
      reportId: openCaseId,
      reportNumber: openCaseNumber,
      startsOn: '2026-03-09',
      endsOn: '2029-03-09',
      active: true,
    });
  });

  it('refuses the open-reporter basis on an anonymous report', async () => {
    await expect(
      inTx((em) =>
        grantCaseProtection(
          em,
          assignedInvestigator,
          anonymousCaseId,
          { personId: reporter.id, basis: 'open_reporter' },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses an investigator the case is not assigned to', async () => {
    await expect(
      inTx((em) =>
        grantCaseProtection(
          em,
          otherInvestigator,
          anonymousCaseId,
          { personId: reporter.id, basis: 'assisted' },
          NOW,
        ),
      ),
    ).rejects.toThrow('This case is not assigned to you');
  });

  it('lets the compliance head protect a person who assisted, but not name the open reporter without a disclosure', async () => {
    const witness = await inTx(async (em) => {
      const person = buildPerson(em, org.organization, org.root, { fullName: 'Witness' });
      await em.flush();
      return person;
    });
    const record = await inTx((em) =>
      grantCaseProtection(em, head, anonymousCaseId, { personId: witness.id, basis: 'assisted' }, NOW),
    );
    expect(record).toMatchObject({ basis: 'assisted', startsOn: '2026-03-09' });
    await expect(
      inTx((em) =>
        grantCaseProtection(em, head, openCaseId, { personId: witness.id, basis: 'open_reporter' }, NOW),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
