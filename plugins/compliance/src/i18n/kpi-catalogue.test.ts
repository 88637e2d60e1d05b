import { describe, expect, it } from 'vitest';
import { kpiCatalogue } from './kpi-catalogue';

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

describe("the KPI catalogue page's messages", () => {
  it('say every text in Kazakh, Russian and English alike', () => {
    const english = leaves(kpiCatalogue.en).map(([key]) => key);
    expect(leaves(kpiCatalogue.kk).map(([key]) => key)).toEqual(english);
    expect(leaves(kpiCatalogue.ru).map(([key]) => key)).toEqual(english);
  });

  it('leave no English in Kazakh and Russian', () => {
    for (const locale of ['kk', 'ru'] as const) {
      const latin = leaves(kpiCatalogue[locale]).filter(([, text]) =>
        /[A-Za-z]/.test(text.replace(/\{\w+\}/g, '')),
      );
      expect(latin, locale).toEqual([]);
    }
  });
});
