import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import type { RoleCode } from '../kernel/roles.js';
import type { IOrgUnit } from '../org/org-unit.entity.js';
import type { IPerson } from '../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  grantRoles,
  type BuiltOrganization,
} from '../testing/factories.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { submitHotlineReport, type HotlineReceipt } from './intake/intake.js';
import { generateHotlineKeyring, type HotlineKeyring } from './crypto/keyring.js';
import type { HotlineReportInput } from './intake/report-input.js';
import { NonDisclosureUndertaking } from './identity/non-disclosure-undertaking.entity.js';
import { UNDERTAKING_VERSION } from './identity/undertaking-text.js';

// Small factories for the hotline tests: one organisation with a compliance head and two
// investigators, a keyring, and reports filed through the intake as a reporter would.

export interface HotlineWorld {
  db: TestDatabase;
  org: BuiltOrganization;
  keyring: HotlineKeyring;
  /** The compliance head. */
  head: Actor;
  investigator: Actor;
  otherInvestigator: Actor;
  /** Runs `work` in a transaction of its own, as one request would. */
  inTx<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  /** A person with these roles who has signed the non-disclosure undertaking, unless `unsigned`. */
  person(
    roles?: readonly RoleCode[],
    overrides?: { manager?: IPerson | null; unit?: IOrgUnit; unsigned?: boolean },
  ): Promise<{ person: IPerson; actor: Actor }>;
  report(input?: Partial<HotlineReportInput>, now?: Date): Promise<HotlineReceipt>;
}

export const SAMPLE_REPORT: HotlineReportInput = {
  category: 'corruption',
  what: 'Сатып алу бөлімінің басшысы жеткізушіден конверт алды, тендер соның пайдасына шешілді.',
  when: 'Наурыз 2026',
  where: 'Бас кеңсе, 4-қабат',
  who: 'Сатып алу бөлімінің басшысы',
  anonymous: true,
};

export async function createHotlineWorld(): Promise<HotlineWorld> {
  const db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const keyring = generateHotlineKeyring('k1');
  async function person(
    roles: readonly RoleCode[] = ['employee'],
    overrides: { manager?: IPerson | null; unit?: IOrgUnit; unsigned?: boolean } = {},
  ): Promise<{ person: IPerson; actor: Actor }> {
    const fork = db.orm.em.fork();
    const built = buildPerson(fork, org.organization, overrides.unit ?? org.root, {
      manager: overrides.manager ?? null,
    });
    grantRoles(fork, built, roles);
    if (!overrides.unsigned) {
      // §40.6, §41.3: staff who may come to read an identity signed the undertaking long ago.
      fork.create(NonDisclosureUndertaking, {
        organization: org.organization,
        person: built,
        version: UNDERTAKING_VERSION,
        signedAt: new Date('2026-01-05T04:00:00Z'),
      });
    }
    await fork.flush();
    return { person: built, actor: actorOf(built, roles) };
  }
  const head = (await person(['employee', 'compliance_head'])).actor;
  const investigator = (await person(['employee', 'hotline_investigator'])).actor;
  const otherInvestigator = (await person(['employee', 'hotline_investigator'])).actor;
  const inTx = <T>(work: (tx: EntityManager) => Promise<T>) => db.orm.em.fork().transactional(work);
  return {
    db,
    org,
    keyring,
    head,
    investigator,
    otherInvestigator,
    inTx,
    person,
    report: (input = {}, now = new Date()) =>
      inTx((tx) =>
        submitHotlineReport(tx, keyring, org.organization.id, { ...SAMPLE_REPORT, ...input }, now),
      ),
  };
}
