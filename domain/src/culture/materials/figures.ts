import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { SMALL_COUNT_THRESHOLD } from '../../kpi/kpi-definition.js';
import { isUuid } from '../../org/org-queries.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';
import { AUDIENCE_FROM, inAudienceSql } from './audience.js';
import { CultureMaterial } from './material.entity.js';
import type { NamedUnit } from './material-view.js';

/** How many of the audience acknowledged, and their share in percent (one decimal; null for no audience). */
export interface AcknowledgementCounts {
  audience: number;
  acknowledged: number;
  share: number | null;
}

/** A unit's counts; withheld (null) for a group of 1 to 4, as the KPIs' small-group rule. */
export interface UnitAcknowledgement {
  orgUnit: NamedUnit;
  audience: number | null;
  acknowledged: number | null;
  share: number | null;
  withheld: boolean;
}

export interface MissingReader {
  personId: string;
  fullName: string;
  orgUnit: NamedUnit;
}

/** §35.6: a material's figures for the planners, the audience as it stands when asked. */
export interface MaterialFigures extends AcknowledgementCounts {
  byOrgUnit: UnitAcknowledgement[];
  /** Who has not acknowledged yet, by name (at most MAX_MISSING_LISTED; `missing` counts them all). */
  notAcknowledged: MissingReader[];
  missing: number;
}

/** The names listed at once; the count says how many more there are. */
export const MAX_MISSING_LISTED = 500;

function share(acknowledged: number, audience: number): number | null {
  return audience === 0 ? null : Math.round((1000 * acknowledged) / audience) / 10;
}

export function counts(audience: number, acknowledged: number): AcknowledgementCounts {
  return { audience, acknowledged, share: share(acknowledged, audience) };
}

/** The counts of several materials at once (the library's rows), in one query. */
export async function acknowledgementCounts(
  em: EntityManager,
  materialIds: readonly string[],
): Promise<Map<string, AcknowledgementCounts>> {
  if (materialIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; audience: string; acknowledged: string }[]>(
    `select m.id, count(*) as audience, count(a.id) as acknowledged
       ${AUDIENCE_FROM}
       left join culture_material_acknowledgement a on a.material_id = m.id and a.person_id = p.id
      where m.id = any(cast(? as uuid[])) and ${inAudienceSql()}
      group by m.id`,
    [`{${materialIds.join(',')}}`],
  );
  const byId = new Map(rows.map((row) => [row.id, counts(Number(row.audience), Number(row.acknowledged))]));
  return new Map(materialIds.map((id) => [id, byId.get(id) ?? counts(0, 0)]));
}

interface UnitRow {
  unit_id: string;
  unit_name: string;
  unit_names: Partial<LocalizedText> | null;
  audience: string;
  acknowledged: string;
}

interface MissingRow {
  person_id: string;
  full_name: string;
  unit_id: string;
  unit_name: string;
  unit_names: Partial<LocalizedText> | null;
}

/** The figures of one material, for the planners; by the unit each person works in. */
export async function materialFigures(em: EntityManager, actor: Actor, id: string): Promise<MaterialFigures> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'read the acknowledgement figures');
  const material = isUuid(id)
    ? await em.findOne(CultureMaterial, { id, organization: actor.organizationId }, { fields: ['id'] })
    : null;
  if (!material) throw NotFoundError.forId('CultureMaterial', id);
  const units = await em.execute<UnitRow[]>(
    `select u.id as unit_id, u.name as unit_name, u.names as unit_names,
            count(*) as audience, count(a.id) as acknowledged
       ${AUDIENCE_FROM}
       left join culture_material_acknowledgement a on a.material_id = m.id and a.person_id = p.id
      where m.id = ? and ${inAudienceSql()}
      group by u.id, u.name, u.names, u.path
      order by u.path`,
    [material.id],
  );
  const missing = await em.execute<MissingRow[]>(
    `select p.id as person_id, p.full_name, u.id as unit_id, u.name as unit_name, u.names as unit_names
       ${AUDIENCE_FROM}
      where m.id = ? and ${inAudienceSql()}
        and not exists (select 1 from culture_material_acknowledgement a
                         where a.material_id = m.id and a.person_id = p.id)
      order by p.full_name, p.id
      limit ${MAX_MISSING_LISTED}`,
    [material.id],
  );
  const audience = units.reduce((sum, row) => sum + Number(row.audience), 0);
  const acknowledged = units.reduce((sum, row) => sum + Number(row.acknowledged), 0);
  return {
    ...counts(audience, acknowledged),
    byOrgUnit: units.map((row) => {
      const orgUnit = { id: row.unit_id, name: localizedName(row.unit_names, row.unit_name) };
      const size = Number(row.audience);
      // Split by unit, a small group's figures would say whether a named colleague has read it.
      if (size < SMALL_COUNT_THRESHOLD)
        return { orgUnit, audience: null, acknowledged: null, share: null, withheld: true };
      return { orgUnit, ...counts(size, Number(row.acknowledged)), withheld: false };
    }),
    notAcknowledged: missing.map((row) => ({
      personId: row.person_id,
      fullName: row.full_name,
      orgUnit: { id: row.unit_id, name: localizedName(row.unit_names, row.unit_name) },
    })),
    missing: audience - acknowledged,
  };
}
