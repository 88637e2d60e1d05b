import { describe, expect, it } from 'vitest';
import { kpiViews } from './kpi-views';

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

describe("the KPI views' messages", () => {
  it('say every text in Kazakh, Russian and English alike', () => {
    const english = leaves(kpiViews.en).map(([key]) => key);
    expect(leaves(kpiViews.kk).map(([key]) => key)).toEqual(english);
    expect(leaves(kpiViews.ru).map(([key]) => key)).toEqual(english);
  });

  it('leave no English in Kazakh and Russian: only the file types are in Latin letters', () => {
    const allowed = (text: string) => text.replace(/\{\w+\}/g, '').replace(/\b(PDF|XLSX)\b/g, '');
    for (const locale of ['kk', 'ru'] as const) {
      const latin = leaves(kpiViews[locale]).filter(([, text]) => /[A-Za-z]/.test(allowed(text)));
      expect(latin, locale).toEqual([]);
    }
  });
});
