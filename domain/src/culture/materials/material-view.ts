import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import type { RoleCode } from '../../kernel/roles.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { inAudienceSql } from './audience.js';
import {
  CultureMaterialAcknowledgement,
  type ICultureMaterial,
  type MaterialKind,
  type MaterialSource,
  type MaterialStatus,
  type MaterialSubject,
} from './material.entity.js';

export interface NamedPerson {
  id: string;
  fullName: string;
}

export interface NamedUnit {
  id: string;
  name: LocalizedText;
}

export interface MaterialFileInfo {
  name: string;
  contentType: string;
  sizeBytes: number;
}

/** One's own "read and understood": when, and which revision was read. */
export interface OwnAcknowledgement {
  acknowledgedAt: Date;
  revision: number;
}

/** A material as a reader or a planner sees it; the figures are asked for apart (figures.ts). */
export interface MaterialView {
  id: string;
  kind: MaterialKind;
  subject: MaterialSubject;
  title: LocalizedText;
  body: LocalizedText;
  status: MaterialStatus;
  linkUrl: string | null;
  source: MaterialSource | null;
  sourceName: string | null;
  file: MaterialFileInfo | null;
  audienceAll: boolean;
  audienceOrgUnits: NamedUnit[];
  audienceRoles: RoleCode[];
  requiresAcknowledgement: boolean;
  acknowledgementDays: number;
  revision: number;
  publishedAt: Date | null;
  publishedBy: NamedPerson | null;
  acknowledgeBy: CalendarDay | null;
  withdrawnAt: Date | null;
  updatedAt: Date;
  /** Whether the viewer is in the audience now (a planner reads materials that are not for them). */
  forViewer: boolean;
  /** The viewer's own acknowledgement, or null. */
  acknowledgement: OwnAcknowledgement | null;
  /** The viewer is asked to acknowledge it and its term passed (Kazakhstan's day) without it. */
  acknowledgementOverdue: boolean;
}

function named(person: { id: string; fullName: string } | null | undefined): NamedPerson | null {
  return person ? { id: person.id, fullName: person.fullName } : null;
}

/**
 * The views of materials for `actor`, in one query each for their units, their publishers and the
 * actor's own acknowledgements, however many materials.
 */
export async function materialViews(
  em: EntityManager,
  actor: Actor,
  rows: readonly ICultureMaterial[],
  now: Date = new Date(),
): Promise<MaterialView[]> {
  if (rows.length === 0) return [];
  const today = kazakhstanDay(now);
  await em.populate(rows as ICultureMaterial[], ['publishedBy']);
  const unitIds = [...new Set(rows.flatMap((row) => row.audienceOrgUnits))];
  const units = unitIds.length
    ? await em.find(OrgUnit, { id: { $in: unitIds }, organization: actor.organizationId })
    : [];
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const acknowledgements = await em.find(CultureMaterialAcknowledgement, {
    organization: actor.organizationId,
    person: actor.personId,
    material: { $in: rows.map((row) => row.id) },
  });
  const own = new Map(acknowledgements.map((a) => [a.material.id, a]));
  const forViewer = new Set(
    (
      await em.execute<{ id: string }[]>(
        `select m.id from culture_material m
           join person p on p.id = ? and p.organization_id = m.organization_id and p.active
           join org_unit u on u.id = p.org_unit_id
          where m.id = any(cast(? as uuid[])) and ${inAudienceSql()}`,
        [actor.personId, `{${rows.map((row) => row.id).join(',')}}`],
      )
    ).map((row) => row.id),
  );
  return rows.map((row) => {
    const mine = own.get(row.id);
    const acknowledgeBy = row.acknowledgeBy ? toDay(row.acknowledgeBy) : null;
    return {
      id: row.id,
      kind: row.kind,
      subject: row.subject,
      title: row.title,
      body: row.body,
      status: row.status,
      linkUrl: row.linkUrl ?? null,
      source: row.source ?? null,
      sourceName: row.sourceName ?? null,
      file:
        row.fileName && row.fileType
          ? { name: row.fileName, contentType: row.fileType, sizeBytes: row.fileSize ?? 0 }
          : null,
      audienceAll: row.audienceAll,
      // A unit removed since keeps no name to show; the audience reads the units that are left.
      audienceOrgUnits: row.audienceOrgUnits.flatMap((id) => {
        const unit = unitById.get(id);
        return unit ? [{ id, name: localizedName(unit.names, unit.name) }] : [];
      }),
      audienceRoles: row.audienceRoles,
      requiresAcknowledgement: row.requiresAcknowledgement,
      acknowledgementDays: row.acknowledgementDays,
      revision: row.revision,
      publishedAt: row.publishedAt ?? null,
      publishedBy: named(row.publishedBy),
      acknowledgeBy,
      withdrawnAt: row.withdrawnAt ?? null,
      updatedAt: row.updatedAt,
      forViewer: forViewer.has(row.id),
      acknowledgement: mine ? { acknowledgedAt: mine.acknowledgedAt, revision: mine.revision } : null,
      acknowledgementOverdue:
        row.status === 'published' &&
        row.requiresAcknowledgement &&
        forViewer.has(row.id) &&
        !mine &&
        acknowledgeBy !== null &&
        acknowledgeBy < today,
    };
  });
}

export async function materialView(
  em: EntityManager,
  actor: Actor,
  row: ICultureMaterial,
): Promise<MaterialView> {
  const [view] = await materialViews(em, actor, [row]);
  return view!;
}
