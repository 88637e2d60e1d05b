import { describe, expect, it } from 'vitest';
// Every context registers its KPIs when the domain loads.
import '../index.js';
import { LOCALES } from '../kernel/locale.js';
import { catalogueDimensions } from './kpi-dimensions.js';
import { KPI_OWNER_PLUGINS, kpiOwnerPlugin } from './kpi-owner-plugin.js';
import { kpiCatalog } from './kpi-registry.js';

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const LATIN_WORD = /\b[a-z]{3,}\b/i;

/** The first paragraph a KPI cites, as a number: '§5.3, §35.3' → '5.3'. */
function firstParagraph(paragraph: string): string {
  return /§(\d+(?:\.\d+)?)/.exec(paragraph)?.[1] ?? '';
}

describe('KPI catalogue', () => {
  const catalogue = kpiCatalog();

  it('holds the KPIs of every context', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(35);
    expect(new Set(catalogue.map(kpiOwnerPlugin))).toEqual(
      new Set(['training', 'hotline', 'culture', 'declarations', 'compliance', 'admin']),
    );
  });

  it.each(kpiCatalog().map((kpi) => [kpi.code, kpi] as const))(
    '%s says what it measures, citing its paragraph, and how it is computed, in kk, ru and en',
    (_code, kpi) => {
      const cited = firstParagraph(kpi.paragraph);
      expect(cited).not.toBe('');
      for (const locale of LOCALES) {
        expect(kpi.description[locale]).toContain(cited);
        expect(kpi.formula[locale].trim()).not.toBe('');
      }
      // Kazakh in Cyrillic, not the Russian or English text copied over.
      for (const text of [kpi.description.kk, kpi.formula.kk]) {
        expect(text).toMatch(KAZAKH_LETTERS);
        expect(text).not.toMatch(LATIN_WORD);
      }
      expect(kpi.description.ru).not.toMatch(LATIN_WORD);
      expect(kpi.description.ru).not.toBe(kpi.description.kk);
      // A share is a ratio: its formula says what is divided by what.
      if (kpi.unit === 'percent') {
        for (const locale of LOCALES) expect(kpi.formula[locale]).toMatch(/\/.*× 100|× 100/);
      }
    },
  );

  it('derives the owner plugin from the context: the staff list is the administration plugin’s', () => {
    const byCode = new Map(catalogue.map((kpi) => [kpi.code, kpiOwnerPlugin(kpi)]));
    expect(byCode.get('org.headcount')).toBe('admin');
    expect(byCode.get('training.coverage')).toBe('training');
    expect(byCode.get('hotline.reports_count')).toBe('hotline');
    expect(byCode.get('declarations.gifts_declared')).toBe('declarations');
    expect(byCode.get('compliance.policies_adopted')).toBe('compliance');
    expect(byCode.get('culture.survey_participation')).toBe('culture');
    expect(Object.keys(KPI_OWNER_PLUGINS)).toContain('org');
    expect(() => kpiOwnerPlugin({ context: 'payroll' })).toThrow(/no owner plugin/);
  });

  it('offers every KPI by organisation, before its own dimensions, each once', () => {
    for (const kpi of catalogue) {
      const dimensions = catalogueDimensions(kpi);
      expect(dimensions[0]).toBe('organization');
      expect(dimensions.slice(1)).toEqual(kpi.dimensions.filter((d) => d !== 'organization'));
    }
    expect(catalogueDimensions({ dimensions: ['organization', 'period'] })).toEqual([
      'organization',
      'period',
    ]);
    const coverage = catalogue.find((kpi) => kpi.code === 'training.coverage');
    expect(coverage && catalogueDimensions(coverage)).toEqual(['organization', 'org_unit', 'period']);
  });
});
