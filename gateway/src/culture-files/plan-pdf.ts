import type { CulturePlanFile, Locale } from '@adal/domain';
import { openPdf } from '../files/pdf-document.js';
import { ACCENT, heading, MARGIN, pdfTable } from '../files/pdf-table.js';
import { PLAN_EXPORT_TEXTS } from './plan-export-texts.js';
import { planFileTables } from './plan-file.js';

/**
 * The plan table's ten columns across a landscape page, as shares of its width. Each column is as
 * wide as its longest word in any language (the Russian kinds of measure, the Kazakh
 * "participants", the Russian "evidence") so that no word is broken; the task takes the rest.
 */
export const PLAN_PDF_COLUMNS = [0.03, 0.186, 0.112, 0.075, 0.105, 0.1, 0.1, 0.084, 0.098, 0.11] as const;
/** The plan table's type size: ten columns need a smaller one than the reports' tables. */
export const PLAN_PDF_FONT_SIZE = 8;

/** The plan for filing and the board pack: landscape A4, the plan table, the rules' state, §35.3 and the report. */
export async function culturePlanPdf(
  file: CulturePlanFile,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = PLAN_EXPORT_TEXTS[locale];
  const tables = planFileTables(file, locale);
  const { doc, finish } = openPdf({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: tables.title, Author: tables.organization, Subject: tables.title },
    lang: locale,
  });
  const width = doc.page.width - 2 * MARGIN;
  doc.font('regular').fontSize(11).fillColor('#333333').text(tables.organization, { width });
  doc.moveDown(0.3).font('bold').fontSize(17).fillColor(ACCENT).text(tables.title, { width });
  doc.moveDown(0.5).font('regular').fontSize(10.5).fillColor('#333333');
  for (const line of tables.lines) doc.text(line, { width });
  doc.moveDown(1);
  // The number, the participants and the evidence are figures.
  pdfTable(
    doc,
    [...PLAN_PDF_COLUMNS],
    tables.plan.header,
    tables.plan.rows,
    (column) => column === 0 || column === 8 || column === 9,
    PLAN_PDF_FONT_SIZE,
  );
  heading(doc, t.rules);
  pdfTable(doc, [0.6, 0.2, 0.2], tables.rules.header, tables.rules.rows, () => false);
  heading(doc, t.indicator);
  doc.font('regular').fontSize(10.5).fillColor('#333333').text(tables.indicator.line, { width });
  doc.moveDown(0.5);
  if (tables.indicator.rows.length > 0)
    pdfTable(doc, [0.6, 0.2, 0.2], tables.indicator.header, tables.indicator.rows);
  if (tables.report) {
    heading(doc, tables.report.heading);
    doc.font('regular').fontSize(10.5).fillColor('#333333').text(tables.report.text, { width });
  }
  return finish();
}
