import type { KpiDirection, KpiOwnerPlugin, KpiUnit } from './graphql/generated/graphql';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What the catalogue searches a KPI by, besides its title: its code, paragraph and owner plugin. */
export interface SearchableKpi {
  code: string;
  title: string;
  paragraph: string;
  ownerPlugin: KpiOwnerPlugin;
  pluginName: string;
}

/** Lower case and without the paragraph sign, so that "§74.3", "74.3" and "п. 74.3" find the same. */
function normalise(text: string, locale: string): string {
  return text.toLocaleLowerCase(locale).replace(/§/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a KPI answers a search: every word typed is found in its title, code, paragraph or
 * owner plugin's name, in the interface language.
 */
export function matchesSearch(kpi: SearchableKpi, search: string, locale: string): boolean {
  const words = normalise(search, locale).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalise(
    [kpi.title, kpi.code, kpi.paragraph, kpi.pluginName, kpi.ownerPlugin].join(' '),
    locale,
  );
  return words.every((word) => haystack.includes(word));
}

/**
 * The target as the methodology writes it: "≥ 60 %", "≥ 3"; a floor of 100 % is simply "100 %"
 * (nothing exceeds it), as is a ceiling of 0.
 */
export function targetText(
  kpi: { target?: number | null; direction: KpiDirection; unit: KpiUnit },
  t: Translate,
  formatNumber: (value: number) => string,
): string | null {
  if (kpi.target === null || kpi.target === undefined) return null;
  const number = formatNumber(kpi.target);
  const value = kpi.unit === 'percent' ? t('kpiCatalogue.targets.percent', { value: number }) : number;
  const absolute =
    (kpi.direction === 'at_least' && kpi.unit === 'percent' && kpi.target >= 100) ||
    (kpi.direction === 'at_most' && kpi.target <= 0);
  return absolute ? value : t(`kpiCatalogue.targets.${kpi.direction}`, { value });
}
