import { describe, expect, it } from 'vitest';
import { LOCALES, type ActivityKind, type ActivityStatus, type CheckForm } from '@adal/domain';
import { openPdf } from '../files/pdf-document.js';
import { MARGIN } from '../files/pdf-table.js';
import { PLAN_EXPORT_TEXTS } from './plan-export-texts.js';
import { PLAN_PDF_COLUMNS, PLAN_PDF_FONT_SIZE } from './plan-pdf.js';

/** What a column of the plan table holds besides free text: its header, then the words of its values. */
function columnTexts(locale: (typeof LOCALES)[number]): { header: string; values: string[] }[] {
  const t = PLAN_EXPORT_TEXTS[locale];
  const c = t.columns;
  const statuses = Object.values(t.activityStatuses as Record<ActivityStatus, string>);
  return [
    { header: c.number, values: ['99'] },
    { header: c.task, values: [] },
    { header: c.kind, values: Object.values(t.kinds as Record<ActivityKind, string>) },
    { header: c.deadline, values: ['31.12.2026'] },
    // The longest of the demo's names: a patronymic is one long word.
    { header: c.responsible, values: ['Төлегенқызы', 'Болатқызы'] },
    { header: c.check, values: Object.values(t.checks as Record<CheckForm, string>) },
    { header: c.status, values: [...statuses, ...statuses.map((s) => `${s} (${t.overdue})`)] },
    { header: c.heldOn, values: ['31.12.2026'] },
    { header: c.participants, values: ['1250'] },
    { header: c.evidence, values: [t.evidence(0), t.evidence(12)] },
  ];
}

describe('the plan PDF’s table', () => {
  it('gives each column room for its longest word in every language, so that no word is broken', () => {
    const { doc } = openPdf({ size: 'A4', layout: 'landscape', margin: MARGIN });
    const width = doc.page.width - 2 * MARGIN;
    expect(PLAN_PDF_COLUMNS.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 6);
    const tooNarrow: string[] = [];
    for (const locale of LOCALES) {
      columnTexts(locale).forEach(({ header, values }, column) => {
        // The table's cells keep 3 points each side.
        const room = PLAN_PDF_COLUMNS[column]! * width - 6;
        const widest = (font: 'regular' | 'bold', texts: string[]) => {
          doc.font(font).fontSize(PLAN_PDF_FONT_SIZE);
          return Math.max(0, ...texts.flatMap((text) => text.split(/\s+/)).map((w) => doc.widthOfString(w)));
        };
        if (widest('bold', [header]) > room) tooNarrow.push(`${locale} ${column}: ${header}`);
        if (widest('regular', values) > room) tooNarrow.push(`${locale} ${column}: ${values.join(' | ')}`);
      });
    }
    expect(tooNarrow).toEqual([]);
  });
});
