import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { actorInAudience, inAudienceSql } from './audience.js';
import { materialView, materialViews, type MaterialView } from './material-view.js';
import { CultureMaterial } from './material.entity.js';

/**
 * §35.6: an employee of the audience says they have read and understood a published material that
 * asks for it. Once per person: a second click — or two at once — changes nothing and answers the
 * first acknowledgement (the unique key decides, `on conflict do nothing`). The material is held
 * in share while it is recorded, so a withdrawal waits for the acknowledgements under way and any
 * after it finds the material withdrawn (CONFLICT). Outside the audience it is not found.
 */
export async function acknowledgeCultureMaterial(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<MaterialView> {
  const found = isUuid(id) && (await lockRow(em, CultureMaterial, id, 'share'));
  const row = found
    ? await em.findOne(CultureMaterial, { id, organization: actor.organizationId }, { refresh: true })
    : null;
  if (!row || row.status === 'draft' || !(await actorInAudience(em, actor, row.id)))
    throw NotFoundError.forId('CultureMaterial', id);
  if (row.status === 'withdrawn') throw ConflictError.because('culture.material.withdrawn');
  if (!row.requiresAcknowledgement) throw ConflictError.because('culture.material.noAcknowledgement');
  const inserted = await em.execute<{ id: string }[]>(
    `insert into culture_material_acknowledgement (id, organization_id, material_id, person_id, revision, acknowledged_at)
       values (?, ?, ?, ?, ?, ?)
     on conflict (material_id, person_id) do nothing
     returning id`,
    [newId(), actor.organizationId, row.id, actor.personId, row.revision, now],
  );
  if (inserted.length > 0) {
    await recordAudit(em, actor, {
      organizationId: actor.organizationId,
      action: 'culture_material.acknowledged',
      entityType: 'CultureMaterial',
      entityId: row.id,
      data: { revision: row.revision },
    });
  }
  return materialView(em, actor, row);
}

/**
 * The published materials whose audience the person is in: those still waiting for their
 * acknowledgement first, the nearest term first, then the rest, the latest published first.
 */
export async function myCultureMaterials(
  em: EntityManager,
  actor: Actor,
  now: Date = new Date(),
): Promise<MaterialView[]> {
  const ids = await em.execute<{ id: string }[]>(
    `select m.id from culture_material m
       join person p on p.id = ? and p.organization_id = m.organization_id
       join org_unit u on u.id = p.org_unit_id
      where m.organization_id = ? and m.status = 'published' and ${inAudienceSql()}`,
    [actor.personId, actor.organizationId],
  );
  if (ids.length === 0) return [];
  const rows = await em.find(CultureMaterial, {
    id: { $in: ids.map((row) => row.id) },
    organization: actor.organizationId,
  });
  const views = await materialViews(em, actor, rows, now);
  const waiting = (view: MaterialView) => view.requiresAcknowledgement && view.acknowledgement === null;
  return views.sort((a, b) => {
    if (waiting(a) !== waiting(b)) return waiting(a) ? -1 : 1;
    if (waiting(a)) return (a.acknowledgeBy ?? '').localeCompare(b.acknowledgeBy ?? '');
    return (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0);
  });
}
