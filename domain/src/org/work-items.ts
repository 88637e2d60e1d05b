import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../kernel/actor.js';
import type { RoleCode } from '../kernel/roles.js';
import type { WorkItem } from '../work/work-item.js';
import { registerWorkProvider } from '../work/work-registry.js';
import { Person } from './person.entity.js';

/** Who keeps the staff list. */
const STAFF_KEEPERS: readonly RoleCode[] = ['org_admin'];

/**
 * Training is assigned by position and the risk-position KPIs count positions, so active people
 * without one are missing from both until the staff list is completed.
 */
export const ORG_WORK = {
  context: 'org',
  async items(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
    if (!hasAnyRole(actor, STAFF_KEEPERS)) return [];
    const withoutPosition = await em.count(Person, {
      organization: actor.organizationId,
      active: true,
      position: null,
    });
    if (withoutPosition === 0) return [];
    return [
      {
        id: 'org:people_without_position:all',
        plugin: 'admin',
        kind: 'people_without_position',
        subject: null,
        urgency: 'waiting',
        dueAt: null,
        dueOn: null,
        path: '/admin/people',
        count: withoutPosition,
      },
    ];
  },
};

registerWorkProvider(ORG_WORK);
