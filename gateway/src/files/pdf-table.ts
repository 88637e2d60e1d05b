/** The page margin of the gateway's reports, in points. */
export const MARGIN = 50;
/** The colour of the reports' titles and headings. */
export const ACCENT = '#1f4e79';

/**
 * A table: its columns' shares of the width, the header row and the rows, drawn row by row (a row
 * that does not fit starts a page). Texts align left; `numeric` columns (all but the first unless
 * told) align right.
 */
export function pdfTable(
  doc: PDFKit.PDFDocument,
  shares: number[],
  header: string[],
  rows: string[][],
  numeric: (column: number) => boolean = (column) => column > 0,
  fontSize = 9.5,
): void {
  const width = doc.page.width - 2 * MARGIN;
  const widths = shares.map((share) => share * width);
  const drawRow = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(fontSize);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 6 }))) + 6;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc
        .fillColor('#222222')
        .text(cell, x + 3, top + 3, { width: widths[i]! - 6, align: numeric(i) ? 'right' : 'left' });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .stroke('#999999');
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(header, 'bold');
  for (const row of rows) drawRow(row, 'regular');
  doc.moveDown(1);
}

export function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.x = MARGIN;
  doc
    .font('bold')
    .fontSize(13)
    .fillColor(ACCENT)
    .text(text, { width: doc.page.width - 2 * MARGIN });
  doc.moveDown(0.4);
}
