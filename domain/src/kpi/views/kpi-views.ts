import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Person } from '../../org/person.entity.js';
import { KpiView, KpiViewVersion, type IKpiView } from './kpi-view.entity.js';
import { isOwner, ownedView, readableView, VIEW_COMPOSERS } from './view-access.js';
import { viewLayout, type KpiViewInput } from './view-input.js';
import { checkFilterScope } from './view-scope.js';

export interface KpiViewSummary {
  id: string;
  title: string;
  ownerId: string;
  ownerName: string;
  sharedWithMe: boolean;
  widgetCount: number;
  updatedAt: Date;
}

/** The views the actor owns or that are shared with them (by role or by name), newest first. */
export async function listKpiViews(em: EntityManager, actor: Actor): Promise<KpiViewSummary[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select v.id from kpi_view v
      where v.organization_id = ? and v.deleted_at is null
        and (v.owner_id = ?
          or jsonb_exists_any(v.shared_roles, cast(? as text[]))
          or exists (select 1 from kpi_view_share s where s.view_id = v.id and s.person_id = ?))`,
    [actor.organizationId, actor.personId, `{${actor.roles.join(',')}}`, actor.personId],
  );
  if (rows.length === 0) return [];
  const views = await em.find(
    KpiView,
    { id: { $in: rows.map((r) => r.id) } },
    { populate: ['owner'], orderBy: { updatedAt: 'desc', id: 'asc' } },
  );
  return views.map((view) => ({
    id: view.id,
    title: view.title,
    ownerId: view.owner.id,
    ownerName: view.owner.fullName,
    sharedWithMe: !isOwner(actor, view),
    widgetCount: view.widgets.length,
    updatedAt: view.updatedAt,
  }));
}

export async function kpiView(em: EntityManager, actor: Actor, id: string): Promise<IKpiView> {
  return readableView(em, actor, id);
}

async function keepVersion(em: EntityManager, actor: Actor, view: IKpiView, now: Date): Promise<void> {
  em.create(KpiViewVersion, {
    id: newId(),
    organization: actor.organizationId,
    view,
    version: view.version,
    title: view.title,
    filters: view.filters,
    widgets: view.widgets,
    savedBy: em.getReference(Person, actor.personId),
    savedAt: now,
  });
}

/**
 * §69, §74: saves a view's title, filters and widgets. Without an id it is a new view of the
 * actor's; with one, only its owner changes it, naming the version they opened (a newer save in
 * between is CONFLICT, so nobody's layout is overwritten unseen). Every save is kept as a version.
 */
export async function saveKpiView(
  em: EntityManager,
  actor: Actor,
  input: KpiViewInput,
  now: Date,
): Promise<IKpiView> {
  requireAnyRole(actor, VIEW_COMPOSERS, 'compose KPI views');
  const layout = viewLayout(input);
  await checkFilterScope(em, actor, layout.filters);
  let view: IKpiView;
  if (!input.id) {
    view = em.create(KpiView, {
      id: newId(),
      organization: actor.organizationId,
      owner: em.getReference(Person, actor.personId),
      ...layout,
      version: 1,
      sharedRoles: [],
      schedule: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
  } else {
    view = await ownedView(em, actor, input.id);
    if (input.version !== view.version) throw ConflictError.because('kpi.view.stale');
    Object.assign(view, layout, { version: view.version + 1, updatedAt: now });
  }
  await keepVersion(em, actor, view, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: input.id ? 'kpi_view.updated' : 'kpi_view.created',
    entityType: 'KpiView',
    entityId: view.id,
    data: { version: view.version, widgets: view.widgets.length },
  });
  await em.flush();
  return view;
}

/** A copy of a view the actor may read, theirs to change, unshared. */
export async function duplicateKpiView(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<IKpiView> {
  requireAnyRole(actor, VIEW_COMPOSERS, 'compose KPI views');
  const source = await readableView(em, actor, id);
  const copy = em.create(KpiView, {
    id: newId(),
    organization: actor.organizationId,
    owner: em.getReference(Person, actor.personId),
    title: `${source.title.slice(0, 195)} (2)`,
    filters: source.filters,
    widgets: source.widgets,
    version: 1,
    sharedRoles: [],
    schedule: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  await keepVersion(em, actor, copy, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'kpi_view.duplicated',
    entityType: 'KpiView',
    entityId: copy.id,
    data: { from: source.id },
  });
  await em.flush();
  return copy;
}

/** Removes a view from every list; its sign-offs stay, as what the board was shown. */
export async function deleteKpiView(
  em: EntityManager,
  actor: Actor,
  id: string,
  version: number,
  now: Date,
): Promise<boolean> {
  const view = await ownedView(em, actor, id);
  if (version !== view.version) throw ConflictError.because('kpi.view.stale');
  view.deletedAt = now;
  view.schedule = null;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'kpi_view.deleted',
    entityType: 'KpiView',
    entityId: view.id,
  });
  await em.flush();
  return true;
}

/** The saved versions of a view, newest first. */
export async function kpiViewVersions(em: EntityManager, actor: Actor, id: string) {
  const view = await readableView(em, actor, id);
  if (!view) throw NotFoundError.forId('KpiView', id);
  return em.find(KpiViewVersion, { view: view.id }, { populate: ['savedBy'], orderBy: { version: 'desc' } });
}
