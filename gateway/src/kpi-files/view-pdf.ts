import type { Locale } from '@adal/domain';
import { openPdf } from '../files/pdf-document.js';
import { ACCENT, heading, MARGIN, pdfTable } from '../files/pdf-table.js';
import { formatNumber, type Cell, type ExportSection } from './view-export-content.js';
import type { ViewExportTexts } from './view-export-texts.js';

/** What the board pack says above the figures (§69): the view, when, for what, and who vouched for it. */
export interface ExportCover {
  title: string;
  exportedOn: string;
  organization: string;
  orgUnit: string;
  period: string;
  signOff: string;
}

/** A row's cells as text: the value in its KPI's unit, the rest of the figures as counts. */
function rowText(row: readonly Cell[], unit: 'count' | 'percent' | null, locale: Locale): string[] {
  return row.map((value, column) => {
    if (value === null) return '';
    if (typeof value === 'string') return value;
    return formatNumber(value, column === 1 && unit === 'percent' ? 'percent' : 'count', locale);
  });
}

/**
 * §69: a view as the board pack — the cover (date, filters, sign-off), then each widget's figures
 * with their targets and status, and the period's commentary under it.
 */
export async function viewPdf(
  cover: ExportCover,
  sections: readonly ExportSection[],
  locale: Locale,
  texts: ViewExportTexts,
): Promise<Uint8Array<ArrayBuffer>> {
  const { doc, finish } = openPdf({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: cover.title },
  });
  doc.font('bold').fontSize(17).fillColor(ACCENT).text(cover.title);
  doc.moveDown(0.5);
  doc.font('regular').fontSize(10).fillColor('#222222');
  for (const [label, value] of [
    [texts.exported, cover.exportedOn],
    [texts.organization, cover.organization],
    [texts.orgUnit, cover.orgUnit],
    [texts.period, cover.period],
  ] as const) {
    doc.text(`${label}: ${value}`);
  }
  doc.moveDown(0.3).font('bold').text(cover.signOff).font('regular');
  doc.moveDown(1);
  for (const section of sections) {
    heading(doc, section.title);
    if (section.refusal) {
      doc.font('regular').fontSize(10).fillColor('#555555').text(section.refusal);
      doc.moveDown(1);
    } else {
      const riskMap = section.header.length === 3;
      pdfTable(
        doc,
        riskMap ? [0.34, 0.33, 0.33] : [0.3, 0.12, 0.12, 0.12, 0.14, 0.2],
        section.header,
        section.rows.map((row, r) => rowText(row, section.rowUnits[r] ?? null, locale)),
        (column) => (riskMap ? true : column >= 1 && column <= 3),
      );
    }
    if (section.comment) {
      doc.font('bold').fontSize(10).fillColor('#222222').text(`${texts.commentary}: `, { continued: true });
      doc.font('regular').text(section.comment);
      doc.moveDown(1);
    }
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#666666')
      .text(texts.page(i + 1, range.count), MARGIN, doc.page.height - MARGIN + 15, {
        width: doc.page.width - 2 * MARGIN,
        align: 'right',
        lineBreak: false,
      });
  }
  return finish();
}
