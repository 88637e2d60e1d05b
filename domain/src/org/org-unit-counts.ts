import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { OrgUnit, type IOrgUnit } from './org-unit.entity.js';

/** A unit of the structure with how many active people work in it and below it. */
export interface OrgUnitHeadcount {
  unit: IOrgUnit;
  /** 0 for a root unit, 1 for its children, … */
  depth: number;
  people: number;
  peopleBelow: number;
}

/** The organisation's units, parents before children, each with its active people counted. */
export async function orgUnitHeadcounts(em: EntityManager, actor: Actor): Promise<OrgUnitHeadcount[]> {
  requireAnyRole(actor, ['org_admin'], 'count the staff by unit');
  const units = await em.find(OrgUnit, { organization: actor.organizationId }, { orderBy: { path: 'asc' } });
  const counts = await em.execute<{ org_unit_id: string; people: string }[]>(
    `select org_unit_id, count(*) as people from person
      where organization_id = ? and active group by org_unit_id`,
    [actor.organizationId],
  );
  const direct = new Map(counts.map((row) => [row.org_unit_id, Number(row.people)]));
  const byPath = units.map((unit) => ({ path: unit.path, people: direct.get(unit.id) ?? 0 }));
  return units.map((unit) => ({
    unit,
    depth: unit.path.split('/').filter(Boolean).length - 1,
    people: direct.get(unit.id) ?? 0,
    peopleBelow: byPath
      .filter((other) => other.path.startsWith(unit.path))
      .reduce((sum, other) => sum + other.people, 0),
  }));
}
