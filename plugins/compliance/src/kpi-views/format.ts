import { useI18n } from 'vue-i18n';
import { formatDay, formatNumber, useLocalized, type LocalizedText } from '@adal/sdk';
import type { KpiDirection, KpiUnit } from '../graphql/generated/graphql';
import type { SavedPeriod } from './period';

/** How the KPI views word figures, targets and periods in the interface language. */
export function useKpiFormat() {
  const { t, locale } = useI18n();
  const localized = useLocalized();

  function number(value: number | null | undefined, unit: KpiUnit | undefined): string {
    if (value === null || value === undefined) return t('kpiViews.widget.noData');
    const shown = formatNumber(value, locale.value);
    return unit === 'percent' ? t('kpiViews.widget.percent', { value: shown }) : shown;
  }

  /** A figure as the hotline shows a withheld one: "< 5" rather than a count that could name someone. */
  function figure(
    value: { value?: number | null | undefined; suppressed: boolean },
    unit: KpiUnit | undefined,
  ): string {
    return value.suppressed ? t('kpiViews.widget.suppressed') : number(value.value, unit);
  }

  /** "≥ 60 %" for a floor, "≤ 5" for a ceiling. */
  function target(
    value: number | null | undefined,
    unit: KpiUnit | undefined,
    direction: KpiDirection | undefined,
  ): string {
    if (value === null || value === undefined) return '—';
    const shown = number(value, unit);
    return direction === 'at_most'
      ? t('kpiViews.widget.atMost', { value: shown })
      : t('kpiViews.widget.atLeast', { value: shown });
  }

  function period(p: SavedPeriod & { year?: number | null; part?: number | null }): string {
    if (p.kind === 'custom')
      return t('kpiViews.periods.custom', {
        from: formatDay(p.from, locale.value),
        to: formatDay(p.to, locale.value),
      });
    return t(`kpiViews.periods.${p.kind}`, { year: p.year ?? Number(p.from.slice(0, 4)), part: p.part ?? 1 });
  }

  /** A period named by its key, as the server gives it: "2026-Q3", "2026-H2", "2026" or two days. */
  function periodOfKey(p: { periodKey: string; from: string; to: string }): string {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(p.periodKey);
    if (quarter)
      return period({
        kind: 'quarter',
        year: Number(quarter[1]),
        part: Number(quarter[2]),
        from: p.from,
        to: p.to,
      });
    const half = /^(\d{4})-H([12])$/.exec(p.periodKey);
    if (half)
      return period({
        kind: 'half_year',
        year: Number(half[1]),
        part: Number(half[2]),
        from: p.from,
        to: p.to,
      });
    if (/^\d{4}$/.test(p.periodKey))
      return period({ kind: 'year', year: Number(p.periodKey), from: p.from, to: p.to });
    return period({ kind: 'custom', from: p.from, to: p.to });
  }

  return {
    number,
    figure,
    target,
    period,
    periodOfKey,
    title: (text: LocalizedText | null | undefined) => localized(text),
  };
}
