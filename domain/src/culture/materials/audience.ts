import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';

/**
 * Whether person `p` (joined with their unit `u`) is in the audience of material `m`: everyone, or
 * a member of one of its org units' subtrees, or a holder of one of its roles (either suffices).
 * The audience is read as it stands when asked — a person who moves unit or gains a role joins
 * it, one who leaves the staff drops out — so the figures count the people who should read now.
 */
export function inAudienceSql(m = 'm', p = 'p', u = 'u'): string {
  return `(${m}.audience_all
    or exists (select 1 from org_unit au
                where au.organization_id = ${m}.organization_id
                  and au.id::text in (select jsonb_array_elements_text(${m}.audience_org_units))
                  and ${u}.path like au.path || '%')
    or exists (select 1 from role_grant g
                where g.person_id = ${p}.id and g.organization_id = ${m}.organization_id
                  and g.role in (select jsonb_array_elements_text(${m}.audience_roles))))`;
}

/**
 * The active people of the organisation as `p`, with their unit as `u`, each paired with material
 * `m` when in its audience: the rows every figure of a material counts.
 */
export const AUDIENCE_FROM = `from culture_material m
  join person p on p.organization_id = m.organization_id and p.active
  join org_unit u on u.id = p.org_unit_id`;

/** Whether the actor is, today, in the audience of the material. */
export async function actorInAudience(em: EntityManager, actor: Actor, materialId: string): Promise<boolean> {
  const rows = await em.execute<{ ok: number }[]>(
    `select 1 as ok ${AUDIENCE_FROM}
      where m.id = ? and p.id = ? and ${inAudienceSql()}`,
    [materialId, actor.personId],
  );
  return rows.length > 0;
}
