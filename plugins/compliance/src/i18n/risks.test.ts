import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { messages } from './index';
import { risks } from './risks';

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

describe("the risk register's messages", () => {
  it('say every text in Kazakh, Russian and English alike', () => {
    const english = leaves(risks.en).map(([key]) => key);
    expect(leaves(risks.kk).map(([key]) => key)).toEqual(english);
    expect(leaves(risks.ru).map(([key]) => key)).toEqual(english);
  });

  it('leave no English in Kazakh and Russian: only the file types are in Latin letters', () => {
    const allowed = (text: string) => text.replace(/\{\w+\}/g, '').replace(/\b(XLSX|CSV)\b/g, '');
    for (const locale of ['kk', 'ru'] as const) {
      const latin = leaves(risks[locale]).filter(([, text]) => /[A-Za-z]/.test(allowed(text)));
      expect(latin, locale).toEqual([]);
    }
  });

  // The shell words a work item as `work.<kind>` in the plugin's messages, with its subject.
  it.each([
    [
      'kk',
      'compliance_risk_remapping',
      '2026-11-29',
      '2026-11-29 күнгі өзгерістен кейін тәуекелдер картасын жаңартыңыз',
    ],
    [
      'ru',
      'compliance_risk_identification',
      '',
      'Проведите выявление коррупционных рисков: срок ежегодного пересмотра',
    ],
    ['en', 'compliance_risk_remapping', '2026-11-29', 'Update the risk map after the change of 2026-11-29'],
  ] as const)('word the work item in %s: %s', (locale, kind, subject, text) => {
    const i18n = createI18n({ legacy: false, locale, messages });
    expect(i18n.global.t(`work.${kind}`, { subject })).toBe(text);
  });
});
