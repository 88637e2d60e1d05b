import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { hasAnyRole } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { COMPLIANCE_READERS } from '../../compliance/compliance-roles.js';
import { riskHeatMap, type RiskHeatMap } from '../../compliance/risks/heat-map.js';
import {
  computeKpiValues,
  computeKpiValuesByOrganization,
  computeKpiValuesByUnit,
} from '../compute-kpi-values.js';
import type { KpiValue } from '../kpi-definition.js';
import { mayReadKpi } from '../kpi-readers.js';
import { findKpi } from '../kpi-registry.js';
import { unitsBelow } from '../kpi-drill-down.js';
import { KpiWidgetComment } from './kpi-view.entity.js';
import type { KpiWidget } from './view-layout.js';
import {
  earlierPeriod,
  kpiFilterOf,
  resolvePeriod,
  type ViewFilters,
  type ViewPeriod,
} from './view-period.js';

/** How many periods a trend shows: the chosen one and the three before it. */
export const TREND_PERIODS = 4;

export interface SeriesPoint {
  periodKey: string;
  from: string;
  to: string;
  values: KpiValue[];
}

export interface Bar {
  label: LocalizedText;
  orgUnitId: string | null;
  organizationId: string | null;
  values: KpiValue[];
}

export interface WidgetComment {
  text: string;
  authorId: string;
  authorName: string;
  updatedAt: string;
}

export interface WidgetFigures {
  widgetId: string;
  /** The viewer may not read one of the widget's KPIs (or the risk map): nothing of it is computed. */
  refused: boolean;
  values: KpiValue[];
  series: SeriesPoint[];
  bars: Bar[];
  heatMap: RiskHeatMap | null;
  comment: WidgetComment | null;
}

/** Everything a view shows for one period, as computed for one viewer (or frozen at sign-off). */
export interface ViewFigures {
  periodKey: string;
  from: string;
  to: string;
  organizationId: string | null;
  orgUnitId: string | null;
  takenAt: string;
  widgets: WidgetFigures[];
}

/** Whether the viewer reads every KPI of a widget (a risk map: the register, of their own organisation). */
export function readableWidget(actor: Actor, widget: KpiWidget, organizationId: string | null): boolean {
  if (widget.kind === 'heat_map') return organizationId === null && hasAnyRole(actor, COMPLIANCE_READERS);
  return widget.codes.every((code) => {
    const def = findKpi(code);
    return def !== undefined && mayReadKpi(actor, def);
  });
}

/** A KPI by day has no figure yet for a period whose first day is not over (today is not). */
function hasFigures(code: string, period: ViewPeriod, today: string): boolean {
  return findKpi(code)?.granularity !== 'day' || period.from < today;
}

function noFigure(code: string, orgUnitId: string | null): KpiValue {
  const target = findKpi(code)?.target ?? null;
  return {
    code,
    value: null,
    numerator: null,
    denominator: null,
    target,
    met: null,
    suppressed: false,
    orgUnitId,
    periodFrom: null,
    periodTo: null,
  };
}

function pick(values: readonly KpiValue[], codes: readonly string[]): KpiValue[] {
  return codes.flatMap((code) => values.filter((value) => value.code === code));
}

async function comments(
  em: EntityManager,
  viewId: string,
  periodKey: string,
): Promise<Map<string, WidgetComment>> {
  const found = await em.find(KpiWidgetComment, { view: viewId, periodKey }, { populate: ['author'] });
  return new Map(
    found.map((c) => [
      c.widgetId,
      {
        text: c.text,
        authorId: c.author.id,
        authorName: c.author.fullName,
        updatedAt: c.updatedAt.toISOString(),
      },
    ]),
  );
}

/**
 * §69, §74: a view's figures for the filters, computed with the viewer's own rights. Each kind of
 * widget is one statement however many widgets show it: every number and table in one, the trends
 * in one per period shown, the bars by unit in one.
 */
export async function viewFigures(
  em: EntityManager,
  actor: Actor,
  view: { id: string; widgets: readonly KpiWidget[] },
  filters: ViewFilters,
  now: Date,
  // The gateway passes its cache of KPI values here (kpi-values-cache.ts), kept per filter.
  compute: typeof computeKpiValues = computeKpiValues,
): Promise<ViewFigures> {
  const period = resolvePeriod(filters.period);
  const filterOf = (p: ViewPeriod) => kpiFilterOf(p, filters.orgUnitId, filters.organizationId);
  const shown = view.widgets.filter((widget) => readableWidget(actor, widget, filters.organizationId));
  const codesOf = (kinds: readonly KpiWidget['kind'][], split?: KpiWidget['split']) => [
    ...new Set(
      shown
        .filter((w) => kinds.includes(w.kind) && (split === undefined || w.split === split))
        .flatMap((w) => w.codes),
    ),
  ];

  const today = kazakhstanDay(now);
  // Every KPI asked, in one statement; those without figures yet stand as empty values.
  const valuesFor = async (codes: string[], p: ViewPeriod): Promise<KpiValue[]> => {
    const ready = codes.filter((code) => hasFigures(code, p, today));
    const values = ready.length ? await compute(em, actor, ready, filterOf(p), now) : [];
    return codes.map((code) => values.find((v) => v.code === code) ?? noFigure(code, filters.orgUnitId));
  };

  const pointCodes = codesOf(['number', 'table']);
  const values = await valuesFor(pointCodes, period);

  const trendCodes = codesOf(['trend']);
  const series: SeriesPoint[] = [];
  if (trendCodes.length) {
    for (let back = TREND_PERIODS - 1; back >= 0; back -= 1) {
      const p = earlierPeriod(period, back);
      series.push({ periodKey: p.key, from: p.from, to: p.to, values: await valuesFor(trendCodes, p) });
    }
  }

  const barCodes = codesOf(['bars'], 'org_unit');
  let bars: Bar[] = [];
  if (barCodes.length) {
    // The units of the organisation the view shows: a subsidiary's (its scope checked with the
    // filters), read past the request's tenant filter by `unitsBelow`, which names it.
    const organizationId = filters.organizationId ?? actor.organizationId;
    const units = (await unitsBelow(em, organizationId, filters.orgUnitId)).map((unit) => ({
      id: unit.id,
      label: localizedName(unit.names, unit.name),
    }));
    const ready = barCodes.filter((code) => hasFigures(code, period, today));
    const { orgUnitId: _unit, ...byPeriod } = filterOf(period);
    const byUnit = ready.length
      ? await computeKpiValuesByUnit(
          em,
          actor,
          ready,
          byPeriod,
          units.map((unit) => unit.id),
          now,
          { organizationId },
        )
      : units.map(() => []);
    bars = units.map((unit, i) => ({
      label: unit.label,
      orgUnitId: unit.id,
      organizationId: null,
      values: barCodes.map((code) => byUnit[i]?.find((v) => v.code === code) ?? noFigure(code, unit.id)),
    }));
  }

  // By subsidiary: the viewer's organisation and each of its subsidiaries, one statement.
  const orgCodes = codesOf(['bars'], 'organization').filter((code) => hasFigures(code, period, today));
  let orgBars: Bar[] = [];
  if (orgCodes.length) {
    const { orgUnitId: _u, organizationId: _o, ...byPeriod } = filterOf(period);
    const holding = await computeKpiValuesByOrganization(em, actor, orgCodes, byPeriod, now);
    orgBars = holding.organizations.map((org) => ({
      label: org.name,
      orgUnitId: null,
      organizationId: org.organizationId,
      values: org.values,
    }));
  }

  const needsMap = shown.some((w) => w.kind === 'heat_map');
  const heatMap = needsMap
    ? await riskHeatMap(
        em,
        actor,
        'activity',
        period.to < today ? period.to : today,
        period.from < today ? period.from : null,
      )
    : null;

  const commentOf = await comments(em, view.id, period.key);
  return {
    periodKey: period.key,
    from: period.from,
    to: period.to,
    organizationId: filters.organizationId,
    orgUnitId: filters.orgUnitId,
    takenAt: now.toISOString(),
    widgets: view.widgets.map((widget) => {
      const isShown = shown.includes(widget);
      return {
        widgetId: widget.id,
        refused: !isShown,
        values:
          isShown && (widget.kind === 'number' || widget.kind === 'table') ? pick(values, widget.codes) : [],
        series:
          isShown && widget.kind === 'trend'
            ? series.map((point) => ({ ...point, values: pick(point.values, widget.codes) }))
            : [],
        bars:
          isShown && widget.kind === 'bars'
            ? (widget.split === 'organization' ? orgBars : bars).map((bar) => ({
                ...bar,
                values: pick(bar.values, widget.codes),
              }))
            : [],
        heatMap: isShown && widget.kind === 'heat_map' ? heatMap : null,
        comment: commentOf.get(widget.id) ?? null,
      };
    }),
  };
}

function revived(value: KpiValue): KpiValue {
  return {
    ...value,
    periodFrom: value.periodFrom ? new Date(value.periodFrom) : null,
    periodTo: value.periodTo ? new Date(value.periodTo) : null,
  };
}

/** Figures read back from their frozen JSON: the values' instants are dates again. */
export function revivedFigures(figures: ViewFigures): ViewFigures {
  return {
    ...figures,
    widgets: figures.widgets.map((widget) => ({
      ...widget,
      values: widget.values.map(revived),
      series: widget.series.map((point) => ({ ...point, values: point.values.map(revived) })),
      bars: widget.bars.map((bar) => ({ ...bar, values: bar.values.map(revived) })),
    })),
  };
}
