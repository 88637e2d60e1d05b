import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { RoleCode } from '../../kernel/roles.js';
import { iinCheckDigit } from '../../org/iin.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  grantRoles,
  type BuiltOrganization,
} from '../../testing/factories.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { HR_OFFICERS } from './financial-roles.js';

// Small factories for the financial-declaration tests: one organisation with an HR officer and a
// first head, and people with valid IINs.

export interface FinancialWorld {
  db: TestDatabase;
  org: BuiltOrganization;
  hr: Actor;
  firstHead: Actor;
  inTx<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  person(
    roles?: readonly RoleCode[],
    overrides?: { iin?: string | null },
  ): Promise<{ person: IPerson; actor: Actor }>;
}

let serial = 0;

/** A valid IIN of someone born on 15 May 1985: the serial varies, the check digit is computed. */
export function validIin(): string {
  for (;;) {
    serial += 1;
    const first11 = `850515${3}${String(serial).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** A proof's first bytes: what the type is judged by. */
export const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);

export async function createFinancialWorld(): Promise<FinancialWorld> {
  const db = await createTestDatabase();
  const setup = db.orm.em.fork();
  const org = await buildOrganization(setup);
  // §30.3 lists every employee's IIN: the administrator has one too.
  org.adminPerson.iin = validIin();
  await setup.flush();
  async function person(
    roles: readonly RoleCode[] = ['employee'],
    overrides: { iin?: string | null } = {},
  ): Promise<{ person: IPerson; actor: Actor }> {
    const fork = db.orm.em.fork();
    const built = buildPerson(fork, org.organization, org.root, {
      iin: overrides.iin === undefined ? validIin() : overrides.iin,
    });
    grantRoles(fork, built, roles);
    await fork.flush();
    return { person: built, actor: actorOf(built, roles) };
  }
  const hr = (await person(['employee', ...HR_OFFICERS])).actor;
  const firstHead = (await person(['employee', 'first_head'])).actor;
  return {
    db,
    org,
    hr,
    firstHead,
    inTx: (work) => db.orm.em.fork().transactional(work),
    person,
  };
}
