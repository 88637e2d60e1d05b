import { ValidationError } from '../../kernel/errors.js';
import type { KpiDefinition } from '../kpi-definition.js';
import { findKpi } from '../kpi-registry.js';

export const WIDGET_KINDS = ['number', 'trend', 'bars', 'table', 'heat_map'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

/** What a bar chart puts side by side: the units below the filter's unit, or a holding's subsidiaries. */
export const WIDGET_SPLITS = ['org_unit', 'organization'] as const;
export type WidgetSplit = (typeof WIDGET_SPLITS)[number];

/** A widget on the view's grid of 12 columns. */
export interface KpiWidget {
  /** Chosen by the composer (a short random text), so a comment keeps its widget across saves. */
  id: string;
  kind: WidgetKind;
  codes: string[];
  split: WidgetSplit | null;
  x: number;
  y: number;
  w: number;
  h: number;
  /** A number widget: how many points short of the target still read amber rather than red. */
  amberMargin: number | null;
}

export const GRID_COLUMNS = 12;
export const GRID_ROWS = 48;
const MIN_SIZE = 2;
const MAX_HEIGHT = 12;
export const MAX_WIDGETS = 24;
const MAX_TABLE_CODES = 12;
const WIDGET_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** How many KPIs each kind shows: a heat map shows the register, not a KPI. */
const CODES_OF: Record<WidgetKind, { min: number; max: number }> = {
  number: { min: 1, max: 1 },
  trend: { min: 1, max: 1 },
  bars: { min: 1, max: 1 },
  table: { min: 1, max: MAX_TABLE_CODES },
  heat_map: { min: 0, max: 0 },
};

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The widgets as saved, or VALIDATION naming the first one that is wrong (`widgets.<index>`): an
 * unknown kind or KPI, a KPI count the kind does not take, a split the KPI does not offer, a place
 * outside the grid, or two widgets on one cell.
 */
export function checkedWidgets(widgets: readonly KpiWidget[]): KpiWidget[] {
  if (widgets.length > MAX_WIDGETS) {
    throw ValidationError.because('kpi.view.tooManyWidgets', { field: 'widgets', max: MAX_WIDGETS });
  }
  const unknown = [...new Set(widgets.flatMap((w) => w.codes))].filter((code) => !findKpi(code));
  if (unknown.length > 0) {
    throw ValidationError.because('kpi.unknown', {
      field: 'widgets',
      codes: unknown,
      list: unknown.join(', '),
    });
  }
  const ids = new Set<string>();
  const placed: KpiWidget[] = [];
  widgets.forEach((widget, index) => {
    if (!WIDGET_ID.test(widget.id) || ids.has(widget.id))
      throw ValidationError.because('kpi.view.widgetId', { field: `widgets.${index}` });
    ids.add(widget.id);
    if (!(WIDGET_KINDS as readonly string[]).includes(widget.kind))
      throw ValidationError.because('kpi.view.widgetKind', { field: `widgets.${index}` });
    const codes = [...new Set(widget.codes)];
    const { min, max } = CODES_OF[widget.kind];
    if (codes.length < min || codes.length > max)
      throw ValidationError.because('kpi.view.widgetCodes', { field: `widgets.${index}`, min, max });
    const split = widget.kind === 'bars' ? (widget.split ?? 'org_unit') : null;
    if (split !== null) {
      if (!(WIDGET_SPLITS as readonly string[]).includes(split))
        throw ValidationError.because('kpi.view.splitNotOffered', {
          field: `widgets.${index}`,
          code: codes[0]!,
        });
      const def = findKpi(codes[0]!) as KpiDefinition;
      if (split === 'org_unit' && !def.dimensions.includes('org_unit')) {
        throw ValidationError.because('kpi.view.splitNotOffered', {
          field: `widgets.${index}`,
          code: def.code,
        });
      }
    }
    if (widget.kind === 'trend' && !(findKpi(codes[0]!) as KpiDefinition).dimensions.includes('period')) {
      throw ValidationError.because('kpi.view.trendNotOffered', {
        field: `widgets.${index}`,
        code: codes[0]!,
      });
    }
    const { x, y, w, h } = widget;
    const inside =
      isWhole(w, MIN_SIZE, GRID_COLUMNS) &&
      isWhole(h, MIN_SIZE, MAX_HEIGHT) &&
      isWhole(x, 0, GRID_COLUMNS - w) &&
      isWhole(y, 0, GRID_ROWS - h);
    if (!inside)
      throw ValidationError.because('kpi.view.widgetOutsideGrid', {
        field: `widgets.${index}`,
        columns: GRID_COLUMNS,
        rows: GRID_ROWS,
      });
    const margin = widget.kind === 'number' ? (widget.amberMargin ?? null) : null;
    if (margin !== null && !(Number.isFinite(margin) && margin >= 0 && margin <= 100)) {
      throw ValidationError.because('kpi.view.amberMargin', { field: `widgets.${index}` });
    }
    const overlaps = placed.some((o) => x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h);
    if (overlaps) throw ValidationError.because('kpi.view.widgetsOverlap', { field: `widgets.${index}` });
    placed.push({ id: widget.id, kind: widget.kind, codes, split, x, y, w, h, amberMargin: margin });
  });
  return placed;
}

/** Every KPI the view shows, once each. */
export function viewCodes(widgets: readonly KpiWidget[]): string[] {
  return [...new Set(widgets.flatMap((widget) => widget.codes))];
}
