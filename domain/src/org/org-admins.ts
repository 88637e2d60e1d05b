import type { EntityManager } from '@mikro-orm/postgresql';
import { lockRow } from '../database/row-lock.js';
import { ConflictError } from '../kernel/errors.js';
import { Organization } from './organization.entity.js';

/**
 * Refuses a change that would leave the organisation with no active administrator: nobody could
 * then keep its staff list or grant a role again. Locks the organisation's row first, so that
 * two such changes take turns and the second sees the first one's result.
 */
export async function keepAnActiveOrgAdmin(
  em: EntityManager,
  organizationId: string,
  losingPersonId: string,
): Promise<void> {
  await em.flush();
  await lockRow(em, Organization, organizationId);
  const [row] = await em.execute<{ others: string; holds: boolean }[]>(
    `select count(*) filter (where p.id <> ?) as others, bool_or(p.id = ?) as holds
       from role_grant g join person p on p.id = g.person_id
      where g.organization_id = ? and g.role = 'org_admin' and p.active`,
    [losingPersonId, losingPersonId, organizationId],
  );
  if (row?.holds && Number(row.others) === 0) {
    throw ConflictError.because('org.lastOrgAdmin', { reason: 'last_org_admin' });
  }
}
