import type { EntityManager } from '@mikro-orm/postgresql';
import { Person, type IPerson } from '../../org/person.entity.js';
import { activeRoleHolders } from '../../org/role-holders.js';

/** The longest manager chain walked; a longer one is a loop in the staff list. */
const MAX_CHAIN = 50;

/** The active people holding the first head's role in the organisation. */
export function firstHeads(em: EntityManager, organizationId: string): Promise<IPerson[]> {
  return activeRoleHolders(em, organizationId, ['first_head']);
}

/**
 * §15.1–§15.2: who forwards the notification. The direct manager (`person.manager`); when there is
 * none, or they are no longer on the staff or are a party to the case, the next one up the
 * manager chain; at the top of the chain, the first head. A first head who notifies has nobody
 * above: the deputy they name forwards it, as §15.5 hands the first head's part to a deputy.
 * Null when nobody is left: the notification already reached the responsible unit (§15.1 addresses
 * it to both), which takes it up directly.
 */
export async function forwardOwnerOf(
  em: EntityManager,
  notifier: IPerson,
  parties: ReadonlySet<string>,
  notifierIsFirstHead: boolean,
  deputy: IPerson | null,
): Promise<IPerson | null> {
  if (notifierIsFirstHead) return deputy;
  const managerOf = async (person: IPerson): Promise<IPerson | null> =>
    person.manager ? em.findOne(Person, { id: person.manager.id }) : null;
  let manager = await managerOf(notifier);
  for (let step = 0; manager && step < MAX_CHAIN; step += 1) {
    if (manager.active && !parties.has(manager.id)) return manager;
    manager = await managerOf(manager);
  }
  const heads = (await firstHeads(em, notifier.organization.id)).filter((head) => !parties.has(head.id));
  return heads[0] ?? deputy;
}
