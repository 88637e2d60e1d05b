import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { messages } from './index';
import { plan } from './plan';

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

describe("the plan's messages", () => {
  it('say every text in Kazakh, Russian and English alike', () => {
    const english = leaves(plan.en).map(([key]) => key);
    expect(leaves(plan.kk).map(([key]) => key)).toEqual(english);
    expect(leaves(plan.ru).map(([key]) => key)).toEqual(english);
  });

  it('leave no English in Kazakh and Russian: only file types, the link scheme and quarters (III) are in Latin letters', () => {
    const allowed = (text: string) =>
      text.replace(/\{\w+\}/g, '').replace(/\b(XLSX|PDF|JPEG|PNG|DOCX|https|[IV]+)\b/g, '');
    for (const locale of ['kk', 'ru'] as const) {
      const latin = leaves(plan[locale]).filter(([, text]) => /[A-Za-z]/.test(allowed(text)));
      expect(latin, locale).toEqual([]);
    }
  });

  // The shell words a work item as `work.<kind>` in the plugin's messages, with its subject.
  it.each([
    [
      'kk',
      'culture_plan_to_approve',
      '2027',
      '2027 жылға арналған мәдениет жоспары сіздің бекітуіңізді күтуде',
    ],
    ['ru', 'culture_plan_returned', '2027', 'План культуры на 2027 год возвращён: внесите изменения'],
    ['en', 'culture_activity_overdue', 'Procurement training', 'Overdue culture event: Procurement training'],
  ] as const)('word the work item in %s: %s', (locale, kind, subject, text) => {
    const { global } = createI18n({ legacy: false, locale, messages });
    expect(global.t(`work.${kind}`, { subject })).toBe(text);
  });

  it('word every work item the plan gives, in every language', () => {
    const kinds = [
      'culture_activity_overdue',
      'culture_activity_due',
      'culture_plan_to_approve',
      'culture_plan_missing',
      'culture_plan_returned',
      'culture_plan_draft',
    ];
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const { global } = createI18n({ legacy: false, locale, messages });
      for (const kind of kinds)
        expect(global.t(`work.${kind}`, { subject: 'X-2027' }), `${locale} ${kind}`).toContain('X-2027');
    }
  });
});
