import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { lockedFresh } from '../database/row-lock.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { NotFoundError } from '../kernel/errors.js';
import { kazakhstanDay } from '../kernel/kazakhstan-time.js';
import { keepAnActiveOrgAdmin } from './org-admins.js';
import { isUuid } from './org-queries.js';
import { Person, type IPerson } from './person.entity.js';

/** The person of the actor's organisation, locked for change and read afresh; NOT_FOUND for anyone else. */
export async function lockedPerson(em: EntityManager, actor: Actor, personId: string): Promise<IPerson> {
  const person = isUuid(personId)
    ? await lockedFresh(em, Person, { id: personId, organization: actor.organizationId })
    : null;
  if (!person) throw NotFoundError.forId('Person', personId);
  return person;
}

/**
 * Takes a person off the staff: they can no longer sign in, be found by pickers or be enrolled,
 * and everything they did or that names them stays. The last active organisation administrator
 * is refused (CONFLICT). Deactivating someone inactive changes nothing.
 */
export async function deactivatePerson(
  em: EntityManager,
  actor: Actor,
  personId: string,
  now: Date = new Date(),
): Promise<IPerson> {
  requireAnyRole(actor, ['org_admin'], 'deactivate people');
  // The organisation's lock comes first: the last-administrator rule reads across its people.
  await keepAnActiveOrgAdmin(em, actor.organizationId, personId);
  const person = await lockedPerson(em, actor, personId);
  if (!person.active) return person;
  person.active = false;
  person.leftOn = kazakhstanDay(now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'org.person_deactivated',
    entityType: 'Person',
    entityId: person.id,
  });
  return person;
}

/**
 * Brings a deactivated person back onto the staff, with the roles they held, as if they had
 * never left (the usual reason is a deactivation made by mistake).
 */
export async function reactivatePerson(em: EntityManager, actor: Actor, personId: string): Promise<IPerson> {
  requireAnyRole(actor, ['org_admin'], 'reactivate people');
  const person = await lockedPerson(em, actor, personId);
  if (person.active) return person;
  person.active = true;
  person.leftOn = null;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'org.person_reactivated',
    entityType: 'Person',
    entityId: person.id,
  });
  return person;
}
