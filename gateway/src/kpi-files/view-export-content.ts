import type { KpiValue, KpiWidget, Locale, ViewFigures, WidgetFigures } from '@adal/domain';
import type { ViewExportTexts } from './view-export-texts.js';

export type Cell = string | number | null;

/** One widget as a titled table, the same for the PDF and the workbook. */
export interface ExportSection {
  title: string;
  /** Why nothing is shown (the reader may not read it), or null. */
  refusal: string | null;
  header: string[];
  rows: Cell[][];
  /** Each row's unit of its value (the second column); null for a risk map's counts. */
  rowUnits: ('count' | 'percent' | null)[];
  comment: string | null;
}

/** What the export needs to know of each KPI: its title in the reader's language, unit and target's direction. */
export interface KpiFacts {
  title: string;
  unit: 'count' | 'percent';
  direction: 'at_least' | 'at_most';
}

export function formatNumber(value: number, unit: 'count' | 'percent', locale: Locale): string {
  const text = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale === 'kk' ? 'kk-KZ' : 'ru-RU', {
    maximumFractionDigits: 1,
  }).format(value);
  return unit === 'percent' ? `${text} %` : text;
}

export function targetText(value: KpiValue, facts: KpiFacts, locale: Locale, texts: ViewExportTexts): string {
  if (value.target === null) return texts.noTarget;
  return `${facts.direction === 'at_least' ? '≥' : '≤'} ${formatNumber(value.target, facts.unit, locale)}`;
}

/**
 * Green when the target is met, amber within the widget's margin of it, red further off: the
 * traffic light of a number widget, in words.
 */
export function statusText(
  value: KpiValue,
  facts: KpiFacts,
  margin: number | null,
  texts: ViewExportTexts,
): string {
  if (value.suppressed) return texts.suppressed;
  if (value.value === null) return texts.noValue;
  if (value.met === null) return texts.noTarget;
  if (value.met) return texts.met;
  const gap = facts.direction === 'at_least' ? value.target! - value.value : value.value - value.target!;
  return margin !== null && gap <= margin ? texts.close : texts.notMet;
}

function figureCells(
  value: KpiValue,
  facts: KpiFacts,
  margin: number | null,
  locale: Locale,
  texts: ViewExportTexts,
): Cell[] {
  const hidden = value.suppressed || value.value === null;
  return [
    hidden ? (value.suppressed ? texts.suppressed : texts.noValue) : value.value,
    hidden ? null : value.numerator,
    hidden ? null : value.denominator,
    targetText(value, facts, locale, texts),
    statusText(value, facts, margin, texts),
  ];
}

function sectionOf(
  widget: KpiWidget,
  shown: WidgetFigures | undefined,
  factsOf: (code: string) => KpiFacts,
  locale: Locale,
  texts: ViewExportTexts,
): ExportSection {
  const figureHeader = [texts.value, texts.numerator, texts.denominator, texts.target, texts.status];
  const title =
    widget.kind === 'heat_map' ? texts.riskMap : widget.codes.map((code) => factsOf(code).title).join('; ');
  const base = { title, comment: shown?.comment?.text ?? null };
  if (!shown || shown.refused) return { ...base, refusal: texts.refused, header: [], rows: [], rowUnits: [] };
  const row = (label: string, value: KpiValue): Cell[] => [
    label,
    ...figureCells(value, factsOf(value.code), widget.amberMargin, locale, texts),
  ];
  switch (widget.kind) {
    case 'number':
    case 'table':
      return {
        ...base,
        refusal: null,
        header: [texts.indicator, ...figureHeader],
        rows: shown.values.map((value) => row(factsOf(value.code).title, value)),
        rowUnits: shown.values.map((value) => factsOf(value.code).unit),
      };
    case 'trend':
      return {
        ...base,
        refusal: null,
        header: [texts.period, ...figureHeader],
        rows: shown.series.flatMap((point) =>
          point.values.map((value) => row(`${point.from} – ${point.to}`, value)),
        ),
        rowUnits: shown.series.flatMap((point) => point.values.map((value) => factsOf(value.code).unit)),
      };
    case 'bars':
      return {
        ...base,
        refusal: null,
        header: [texts.unit, ...figureHeader],
        rows: shown.bars.flatMap((bar) => bar.values.map((value) => row(bar.label[locale], value))),
        rowUnits: shown.bars.flatMap((bar) => bar.values.map((value) => factsOf(value.code).unit)),
      };
    case 'heat_map': {
      const cells = (shown.heatMap?.cells ?? []).filter((cell) => cell.risks.length > 0);
      return {
        ...base,
        refusal: null,
        header: [texts.likelihood, texts.impact, texts.risks],
        rows: cells.map((cell) => [cell.likelihood, cell.impact, cell.risks.length]),
        rowUnits: cells.map(() => null),
      };
    }
  }
}

/** Every widget of the view, in its order on the grid (top to bottom, left to right). */
export function exportSections(
  widgets: readonly KpiWidget[],
  figures: ViewFigures,
  factsOf: (code: string) => KpiFacts,
  locale: Locale,
  texts: ViewExportTexts,
): ExportSection[] {
  return [...widgets]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((widget) =>
      sectionOf(
        widget,
        figures.widgets.find((w) => w.widgetId === widget.id),
        factsOf,
        locale,
        texts,
      ),
    );
}
