import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { LOCALES } from '../../kernel/locale.js';
import { checkedPage } from '../../kernel/paging.js';
import { addCalendarDays } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';
import { actorInAudience } from './audience.js';
import { checkMaterialInput, type CheckedMaterial, type MaterialInput } from './material-input.js';
import { materialView, materialViews, type MaterialView } from './material-view.js';
import {
  CultureMaterial,
  CultureMaterialFile,
  type ICultureMaterial,
  type MaterialKind,
  type MaterialStatus,
} from './material.entity.js';

/** A page of the library holds at most 50: each row carries its texts in three languages, within the query cost limit. */
export const MAX_MATERIAL_PAGE = 50;

/** §35.6: the last day to acknowledge, counted in calendar days from the day of publication in Kazakhstan. */
function acknowledgeBy(row: ICultureMaterial): string | null {
  if (!row.requiresAcknowledgement || !row.publishedAt) return null;
  return addCalendarDays(kazakhstanDay(row.publishedAt), row.acknowledgementDays);
}

function apply(row: ICultureMaterial, checked: CheckedMaterial): void {
  row.kind = checked.kind;
  row.subject = checked.subject;
  row.title = checked.title;
  row.body = checked.body;
  row.linkUrl = checked.linkUrl;
  row.source = checked.source;
  row.sourceName = checked.sourceName;
  row.audienceAll = checked.audienceAll;
  row.audienceOrgUnits = checked.audienceOrgUnits;
  row.audienceRoles = checked.audienceRoles;
  row.requiresAcknowledgement = checked.requiresAcknowledgement;
  row.acknowledgementDays = checked.acknowledgementDays;
}

/** A material of the organisation, locked for change; NOT_FOUND for an unknown id. */
export async function lockedMaterial(em: EntityManager, actor: Actor, id: string): Promise<ICultureMaterial> {
  const row = isUuid(id)
    ? await lockedFresh(em, CultureMaterial, { id, organization: actor.organizationId })
    : null;
  if (!row) throw NotFoundError.forId('CultureMaterial', id);
  return row;
}

async function removeFile(em: EntityManager, row: ICultureMaterial): Promise<void> {
  await em.nativeDelete(CultureMaterialFile, { material: row.id });
  row.fileName = null;
  row.fileType = null;
  row.fileSize = null;
}

/**
 * The planner writes a new draft (no `id`) or changes a material. A published material may still
 * be corrected — a wrong date, a broken link, a better translation — and each correction raises
 * its revision. The acknowledgements already given stand (each keeps the revision read): a
 * correction does not ask the whole audience to acknowledge again; a material whose substance
 * changes is a new material, published anew. A withdrawn material is no longer changed.
 */
export async function saveCultureMaterial(
  em: EntityManager,
  actor: Actor,
  input: MaterialInput & { id?: string | null },
  now: Date = new Date(),
): Promise<MaterialView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'keep the materials library');
  const checked = await checkMaterialInput(em, actor, input);
  const me = em.getReference(Person, actor.personId);
  if (!input.id) {
    const row = em.create(CultureMaterial, {
      id: newId(),
      organization: actor.organizationId,
      kind: checked.kind,
      subject: checked.subject,
      title: checked.title,
      body: checked.body,
      status: 'draft',
      linkUrl: checked.linkUrl,
      source: checked.source,
      sourceName: checked.sourceName,
      fileName: null,
      fileType: null,
      fileSize: null,
      audienceAll: checked.audienceAll,
      audienceOrgUnits: checked.audienceOrgUnits,
      audienceRoles: checked.audienceRoles,
      requiresAcknowledgement: checked.requiresAcknowledgement,
      acknowledgementDays: checked.acknowledgementDays,
      revision: 1,
      publishedAt: null,
      publishedBy: null,
      acknowledgeBy: null,
      withdrawnAt: null,
      withdrawnBy: null,
      createdBy: me,
      createdAt: now,
      updatedBy: me,
      updatedAt: now,
    });
    await recordAudit(em, actor, {
      organizationId: actor.organizationId,
      action: 'culture_material.created',
      entityType: 'CultureMaterial',
      entityId: row.id,
      data: { kind: row.kind, subject: row.subject, requiresAcknowledgement: row.requiresAcknowledgement },
    });
    await em.flush();
    return materialView(em, actor, row);
  }
  const row = await lockedMaterial(em, actor, input.id);
  if (row.status === 'withdrawn') throw ConflictError.because('culture.material.withdrawn');
  if (checked.linkUrl && row.fileName && !checked.removeFile)
    throw ValidationError.because('culture.material.fileOrLink', { field: 'linkUrl' });
  if (checked.removeFile && row.fileName) await removeFile(em, row);
  apply(row, checked);
  if (row.status === 'published') {
    row.revision += 1;
    row.acknowledgeBy = acknowledgeBy(row);
  }
  row.updatedBy = me;
  row.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_material.changed',
    entityType: 'CultureMaterial',
    entityId: row.id,
    data: { status: row.status, revision: row.revision, fileRemoved: checked.removeFile },
  });
  await em.flush();
  return materialView(em, actor, row);
}

/** Whether a material has anything to read: a body in some language, a file or a link. */
function hasContent(row: ICultureMaterial): boolean {
  return Boolean(row.fileName || row.linkUrl || LOCALES.some((locale) => row.body[locale]));
}

/**
 * §35.6: publishing puts a draft before its audience; when it asks for acknowledgement, the term
 * starts on the day of publication. Who published it, and when, is kept.
 */
export async function publishCultureMaterial(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<MaterialView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'publish materials');
  const row = await lockedMaterial(em, actor, id);
  if (row.status !== 'draft') throw ConflictError.because('culture.material.notDraft');
  if (!hasContent(row)) throw ValidationError.because('culture.material.empty', { field: 'body' });
  row.status = 'published';
  row.publishedAt = now;
  row.publishedBy = em.getReference(Person, actor.personId);
  row.acknowledgeBy = acknowledgeBy(row);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_material.published',
    entityType: 'CultureMaterial',
    entityId: row.id,
    data: { revision: row.revision, acknowledgeBy: row.acknowledgeBy ?? null },
  });
  await em.flush();
  return materialView(em, actor, row);
}

/**
 * Takes a published material off the audience's list (outdated, replaced). Its acknowledgements
 * stay on record; nobody acknowledges it any more.
 */
export async function withdrawCultureMaterial(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<MaterialView> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'withdraw materials');
  const row = await lockedMaterial(em, actor, id);
  if (row.status !== 'published') throw ConflictError.because('culture.material.notPublished');
  row.status = 'withdrawn';
  row.withdrawnAt = now;
  row.withdrawnBy = em.getReference(Person, actor.personId);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'culture_material.withdrawn',
    entityType: 'CultureMaterial',
    entityId: row.id,
    data: { revision: row.revision },
  });
  await em.flush();
  return materialView(em, actor, row);
}

/**
 * A material for its reader: a planner reads any of the organisation's; anyone else a published
 * one whose audience they are in — for them a draft, a withdrawn material or another audience's
 * is simply not found.
 */
export async function findCultureMaterial(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<ICultureMaterial> {
  const row = isUuid(id)
    ? await em.findOne(CultureMaterial, { id, organization: actor.organizationId })
    : null;
  if (!row) throw NotFoundError.forId('CultureMaterial', id);
  if (hasAnyRole(actor, CULTURE_PLANNERS)) return row;
  if (row.status !== 'published' || !(await actorInAudience(em, actor, row.id)))
    throw NotFoundError.forId('CultureMaterial', id);
  return row;
}

export async function cultureMaterial(em: EntityManager, actor: Actor, id: string): Promise<MaterialView> {
  return materialView(em, actor, await findCultureMaterial(em, actor, id));
}

export interface MaterialFilter {
  status?: MaterialStatus | null;
  kind?: MaterialKind | null;
  search?: string | null;
}

export interface MaterialPage {
  rows: MaterialView[];
  total: number;
}

/** `%` and `_` typed in a search are letters, not patterns. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The library for the planners: drafts and published materials, the latest changed first. */
export async function cultureMaterials(
  em: EntityManager,
  actor: Actor,
  filter: MaterialFilter,
  page: { limit?: number | null; offset?: number | null } = {},
): Promise<MaterialPage> {
  requireAnyRole(actor, CULTURE_PLANNERS, 'read the materials library');
  const { limit, offset } = checkedPage(page, { max: MAX_MATERIAL_PAGE, defaultLimit: 25 });
  const search = (filter.search ?? '').trim();
  const where = {
    organization: actor.organizationId,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  let ids: string[] | null = null;
  if (search) {
    const pattern = likePattern(search);
    const found = await em.execute<{ id: string }[]>(
      `select id from culture_material where organization_id = ?
          and (title->>'kk' ilike ? or title->>'ru' ilike ? or title->>'en' ilike ?)`,
      [actor.organizationId, pattern, pattern, pattern],
    );
    ids = found.map((row) => row.id);
  }
  const scoped = ids === null ? where : { ...where, id: { $in: ids } };
  const [rows, total] = await em.findAndCount(CultureMaterial, scoped, {
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    limit,
    offset,
  });
  return { rows: await materialViews(em, actor, rows), total };
}
