import { zipSync } from 'fflate';

export interface CraftedSheet {
  /** The sheet's `<dimension ref>`, as a file may declare it whatever it holds; none when absent. */
  dimension?: string;
  /** Inline-string cells by reference, e.g. `{ A1: 'email', XFD1048576: 'x' }`. */
  cells: Record<string, string>;
  /** Further zip entries, e.g. to pad a file with parts. */
  extraParts?: Record<string, Uint8Array>;
}

const CELL = /^([A-Z]+)(\d+)$/;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sheetXml(sheet: CraftedSheet): string {
  const rows = new Map<number, string[]>();
  for (const [ref, value] of Object.entries(sheet.cells)) {
    const row = Number(CELL.exec(ref)?.[2]);
    rows.set(row, [
      ...(rows.get(row) ?? []),
      `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`,
    ]);
  }
  const sheetData = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => `<row r="${row}">${cells.join('')}</row>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : '') +
    `<sheetData>${sheetData}</sheetData></worksheet>`
  );
}

/**
 * A minimal XLSX file written part by part, as an attacker would, so that tests can declare
 * dimensions and place cells that no spreadsheet program would save.
 */
export function craftXlsx(sheet: CraftedSheet): Uint8Array<ArrayBuffer> {
  const text = (xml: string) => new TextEncoder().encode(xml);
  const zip = zipSync(
    {
      '[Content_Types].xml': text(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
      '_rels/.rels': text(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          '</Relationships>',
      ),
      'xl/workbook.xml': text(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': text(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '</Relationships>',
      ),
      'xl/worksheets/sheet1.xml': text(sheetXml(sheet)),
      ...sheet.extraParts,
    },
    { level: 6 },
  );
  return new Uint8Array(zip);
}
