import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { lockedFresh } from '../../database/row-lock.js';
import { Person } from '../../org/person.entity.js';
import {
  KpiView,
  KpiViewSignOff,
  KpiWidgetComment,
  type IKpiView,
  type IKpiViewSignOff,
} from './kpi-view.entity.js';
import { mayReadView, ownedView, readableView, VIEW_SIGNERS } from './view-access.js';
import { readableWidget, revivedFigures, viewFigures, type ViewFigures } from './view-figures.js';
import { COMMENT_MAX, viewFilters, type ViewFiltersInput } from './view-input.js';
import { periodOfKey, resolvePeriod, type ViewFilters } from './view-period.js';
import { checkFilterScope } from './view-scope.js';
import type { KpiWidget } from './view-layout.js';

async function signOffOf(
  em: EntityManager,
  view: IKpiView,
  periodKey: string,
): Promise<IKpiViewSignOff | null> {
  return em.findOne(KpiViewSignOff, { view: view.id, periodKey }, { populate: ['signedBy'] });
}

/**
 * The period's commentary on a widget, by the view's owner; an empty text removes it. A period
 * already signed off is CONFLICT: its commentary went to the board as it was.
 */
export async function commentKpiWidget(
  em: EntityManager,
  actor: Actor,
  viewId: string,
  widgetId: string,
  periodKey: string,
  text: string,
  now: Date,
): Promise<IKpiView> {
  const view = await ownedView(em, actor, viewId);
  if (!view.widgets.some((widget) => widget.id === widgetId)) {
    throw ValidationError.because('kpi.view.noSuchWidget', { field: 'widgetId' });
  }
  const period = periodOfKey(periodKey);
  if (await signOffOf(em, view, period.key))
    throw ConflictError.because('kpi.view.signedOff', { period: period.key });
  const body = text.trim();
  if (body.length > COMMENT_MAX)
    throw ValidationError.because('kpi.view.commentTooLong', { field: 'text', max: COMMENT_MAX });
  const existing = await em.findOne(KpiWidgetComment, { view: view.id, widgetId, periodKey: period.key });
  if (body === '') {
    if (existing) em.remove(existing);
  } else if (existing) {
    existing.text = body;
    existing.author = em.getReference(Person, actor.personId);
    existing.updatedAt = now;
  } else {
    em.create(KpiWidgetComment, {
      id: newId(),
      organization: actor.organizationId,
      view,
      widgetId,
      periodKey: period.key,
      text: body,
      author: em.getReference(Person, actor.personId),
      updatedAt: now,
    });
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: body === '' ? 'kpi_view.comment_removed' : 'kpi_view.commented',
    entityType: 'KpiView',
    entityId: view.id,
    data: { widgetId, periodKey: period.key },
  });
  await em.flush();
  return view;
}

/**
 * §69: the compliance head signs a view's figures of one period off: they are computed now, with
 * the commentary, and kept as they are; the view's layout must be the version the head looked at.
 * Once per view and period (CONFLICT after), so what the board was shown never changes.
 */
export async function signOffKpiView(
  em: EntityManager,
  actor: Actor,
  id: string,
  periodKey: string,
  version: number,
  now: Date,
): Promise<IKpiView> {
  requireAnyRole(actor, VIEW_SIGNERS, 'sign a KPI view off');
  const view = await lockedFresh(em, KpiView, { id, organization: actor.organizationId, deletedAt: null });
  if (!view || !(await mayReadView(em, actor, view))) throw NotFoundError.forId('KpiView', id);
  if (version !== view.version) throw ConflictError.because('kpi.view.stale');
  const period = periodOfKey(periodKey);
  if (await signOffOf(em, view, period.key))
    throw ConflictError.because('kpi.view.signedOff', { period: period.key });
  const filters: ViewFilters = { ...view.filters, period: choiceOf(period.key) };
  const figures = await viewFigures(em, actor, view, filters, now);
  em.create(KpiViewSignOff, {
    id: newId(),
    organization: actor.organizationId,
    view,
    periodKey: period.key,
    viewVersion: view.version,
    figures,
    signedBy: em.getReference(Person, actor.personId),
    signedAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'kpi_view.signed_off',
    entityType: 'KpiView',
    entityId: view.id,
    data: { periodKey: period.key, version: view.version },
  });
  await em.flush();
  return view;
}

function choiceOf(key: string) {
  const period = periodOfKey(key);
  return period.kind === 'custom'
    ? { kind: 'custom' as const, from: period.from, to: period.to }
    : { kind: period.kind, year: period.year, part: period.part };
}

export interface ShownFigures {
  figures: ViewFigures;
  signOff: IKpiViewSignOff | null;
}

/** Frozen figures as this reader may see them: a widget of a KPI they may not read is refused, as if live. */
function asReadBy(actor: Actor, figures: ViewFigures, widgets: readonly KpiWidget[]): ViewFigures {
  return {
    ...figures,
    widgets: figures.widgets.map((shown) => {
      const widget = widgets.find((w) => w.id === shown.widgetId);
      return widget && !shown.refused && readableWidget(actor, widget, figures.organizationId)
        ? shown
        : { ...shown, refused: true, values: [], series: [], bars: [], heatMap: null };
    }),
  };
}

/**
 * A view's figures for the reader: for the saved filters (or those asked), live — or, when the
 * period with the view's own organisation and unit is signed off, as they were signed off.
 */
export async function shownFigures(
  em: EntityManager,
  actor: Actor,
  id: string,
  asked: ViewFiltersInput | null,
  now: Date,
  compute?: Parameters<typeof viewFigures>[5],
): Promise<ShownFigures> {
  const view = await readableView(em, actor, id);
  const filters = asked ? viewFilters(asked) : view.filters;
  await checkFilterScope(em, actor, filters);
  const period = resolvePeriod(filters.period);
  const signOff = await signOffOf(em, view, period.key);
  // What was signed off is the organisation and unit the view showed then; another scope is live.
  if (
    signOff &&
    filters.organizationId === signOff.figures.organizationId &&
    filters.orgUnitId === signOff.figures.orgUnitId
  ) {
    return { figures: asReadBy(actor, revivedFigures(signOff.figures), view.widgets), signOff };
  }
  return { figures: await viewFigures(em, actor, view, filters, now, compute), signOff: null };
}

/** The view's sign-offs, newest period first. */
export async function viewSignOffs(em: EntityManager, view: IKpiView): Promise<IKpiViewSignOff[]> {
  return em.find(
    KpiViewSignOff,
    { view: view.id },
    { populate: ['signedBy'], orderBy: { signedAt: 'desc' } },
  );
}
