import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../kernel/errors.js';
import { craftXlsx } from '../testing/crafted-xlsx.js';
import { readImportTable, type ImportShape } from './import-table.js';

const SHAPE: ImportShape = { columns: ['email', 'full_name', 'org_unit_path', 'position'], maxRows: 20 };
const HEADER = { A1: 'email', B1: 'full_name', C1: 'org_unit_path', D1: 'position' };

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

/** Rewrites the size a zip's central directory declares for one part, as a crafted archive would. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = Buffer.from(zip);
  for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0;) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      bytes.writeUInt32LE(size, at + 24);
      return bytes;
    }
    at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 46);
  }
  throw new Error(`no part ${name}`);
}

const xlsx = (content: Uint8Array) => ({ filename: 'staff.xlsx', content });
const csv = (text: string) => ({ filename: 'staff.csv', content: new TextEncoder().encode(text) });

describe('reading an uploaded table within bounds', () => {
  it('refuses a 6 KB file with a cell at column XFD in under a second, by the dimension it declares', async () => {
    const content = craftXlsx({
      dimension: 'A1:XFD1048576',
      cells: { ...HEADER, XFD1048576: 'x'.repeat(6000) },
    });
    expect(content.byteLength).toBeLessThan(6 * 1024);
    const started = performance.now();
    const error = await refusal(readImportTable(xlsx(content), SHAPE));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.message).toBe(
      'The file declares 16 384 columns; the import reads 4. Save only the table and try again.',
    );
    expect(error.details).toEqual({ reason: 'declared_columns', columns: '16 384', reads: 4 });
    expect(error.messageKey).toBe('import.declaredColumns');
    expect(error.params).toEqual({ columns: '16 384', reads: 4 });
  });

  it('refuses a cell beyond the columns it reads when the file declares no dimension', async () => {
    const error = await refusal(readImportTable(xlsx(craftXlsx({ cells: { ...HEADER, XFD2: 'x' } })), SHAPE));
    expect(error.message).toBe(
      'Row 2 has a value in column XFD (16 384); the import reads 4 columns. Save only the table and try again.',
    );
  });

  it('refuses more rows than the import takes, declared or present', async () => {
    const declared = await refusal(
      readImportTable(xlsx(craftXlsx({ dimension: 'A1:D1048576', cells: HEADER })), SHAPE),
    );
    expect(declared.message).toMatch(/^The file declares 1 048 576 rows; the import reads at most 20\./);
    const present = await refusal(
      readImportTable(xlsx(craftXlsx({ cells: { ...HEADER, A22: 'x' } })), SHAPE),
    );
    expect(present.message).toBe(
      'The file has more than 20 rows; split it into files of at most 20 and try again.',
    );
  });

  it('reads a sheet within bounds, with gaps and a few columns the import does not read', async () => {
    const content = craftXlsx({
      dimension: 'A1:F4',
      cells: { ...HEADER, F1: 'Tab number', A2: 'a@corp.kz', B2: ' Айгерім ', F2: '17', D4: 'Clerk' },
    });
    const table = await readImportTable(xlsx(content), SHAPE);
    expect(table.columns).toEqual(['email', 'full_name', 'org_unit_path', 'position', '', 'tab_number']);
    expect(table.rows).toEqual([
      {
        row: 2,
        values: {
          email: 'a@corp.kz',
          full_name: 'Айгерім',
          org_unit_path: '',
          position: '',
          tab_number: '17',
        },
      },
      { row: 4, values: { email: '', full_name: '', org_unit_path: '', position: 'Clerk', tab_number: '' } },
    ]);
  });

  it('refuses an archive whose part unpacks to more than it declares, before the reader sees it', async () => {
    const content = craftXlsx({ cells: { ...HEADER, A2: 'x'.repeat(100_000) } });
    const error = await refusal(
      readImportTable(xlsx(declareSize(content, 'xl/worksheets/sheet1.xml', 64)), SHAPE),
    );
    expect(error.message).toBe('The XLSX file could not be read; save it again from the spreadsheet program');
  });

  it('refuses an archive that declares too much unpacked or holds too many parts', async () => {
    const huge = declareSize(craftXlsx({ cells: HEADER }), 'xl/workbook.xml', 100 * 1024 * 1024);
    expect((await refusal(readImportTable(xlsx(huge), SHAPE))).message).toMatch(
      /^The XLSX file unpacks to \d{3} MB; an import reads at most 64 MB\./,
    );
    const parts = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`docProps/p${i}.xml`, new Uint8Array()]),
    );
    const many = craftXlsx({ cells: HEADER, extraParts: parts });
    expect((await refusal(readImportTable(xlsx(many), SHAPE))).message).toMatch(
      /^The XLSX file holds 1 005 parts; a spreadsheet has at most 1 000\./,
    );
  });

  it('refuses a file that is not a zip as unreadable, and a file too large to upload', async () => {
    const junk = await refusal(readImportTable(xlsx(new TextEncoder().encode('email,full_name')), SHAPE));
    expect(junk.message).toMatch(/^The XLSX file could not be read/);
    const big = new Uint8Array(24 * 1024 * 1024 + 1);
    expect((await refusal(readImportTable(xlsx(big), SHAPE))).message).toMatch(
      /^The file is 25 MB; an import reads at most 24 MB\./,
    );
  });

  it('bounds a CSV file by its rows and columns', async () => {
    const rows = Array.from({ length: 21 }, (_, i) => `p${i}@corp.kz,P,Office,Clerk`);
    const tooLong = await refusal(
      readImportTable(csv(['email,full_name,org_unit_path,position', ...rows].join('\n')), SHAPE),
    );
    expect(tooLong.message).toBe(
      'The file has more than 20 rows; split it into files of at most 20 and try again.',
    );
    const wide = await refusal(readImportTable(csv(`email${',x'.repeat(20)}\na@corp.kz\n`), SHAPE));
    expect(wide.message).toMatch(/^Row 1 has a value in column U \(21\); the import reads 4 columns\./);
    const semicolons = await readImportTable(csv('email;full_name\na@corp.kz;"Нұрлан; аға"\n'), SHAPE);
    expect(semicolons.rows).toEqual([{ row: 2, values: { email: 'a@corp.kz', full_name: 'Нұрлан; аға' } }]);
  });

  it('stops a read that runs out of time or memory and answers VALIDATION', async () => {
    const file = xlsx(craftXlsx({ cells: { ...HEADER, A2: 'a@corp.kz' } }));
    const slow = await refusal(readImportTable(file, SHAPE, { timeoutMs: 1, heapMb: 256 }));
    expect(slow.message).toMatch(/^Reading the file took longer than 1 seconds; save only the table/);
    const hungry = await refusal(readImportTable(file, SHAPE, { timeoutMs: 20_000, heapMb: 8 }));
    expect(hungry.message).toMatch(/^Reading the file needs more memory than an import may use/);
  });

  it('refuses a zip without a workbook as unreadable', async () => {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode('<worksheet/>') });
    expect((await refusal(readImportTable(xlsx(zip), SHAPE))).message).toMatch(
      /^The XLSX file could not be read/,
    );
  });

  it('reads a CSV file over many chunks and batches, letters cut between chunks intact', async () => {
    const shape: ImportShape = { ...SHAPE, maxRows: 5000 };
    const lines = Array.from(
      { length: 4000 },
      (_, i) => `p${i}@corp.kz,Әсел Ұлықбекқызы ${i},Бас кеңсе,Маман`,
    );
    const table = await readImportTable(
      csv(['email,full_name,org_unit_path,position', ...lines].join('\n')),
      shape,
    );
    expect(table.rows).toHaveLength(4000);
    expect(table.rows.every((row, i) => row.values['full_name'] === `Әсел Ұлықбекқызы ${i}`)).toBe(true);
    expect(table.rows.at(-1)).toEqual({
      row: 4001,
      values: {
        email: 'p3999@corp.kz',
        full_name: 'Әсел Ұлықбекқызы 3999',
        org_unit_path: 'Бас кеңсе',
        position: 'Маман',
      },
    });
  });

  it('reads an XLSX file over many chunks and batches, letters cut between chunks intact', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Staff');
    sheet.addRow(['email', 'full_name', 'org_unit_path', 'position']);
    for (let i = 0; i < 4000; i += 1)
      sheet.addRow([`p${i}@corp.kz`, `Әсел Ұлықбекқызы ${i}`, 'Бас кеңсе', 'Маман']);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readImportTable(xlsx(content), { ...SHAPE, maxRows: 5000 });
    expect(table.rows).toHaveLength(4000);
    expect(table.rows.every((row, i) => row.values['full_name'] === `Әсел Ұлықбекқызы ${i}`)).toBe(true);
  });

  it('reads what an XLSX cell shows: dates by their style, formulas by their result, IINs whole', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Staff');
    sheet.addRow(['email', 'full_name', 'org_unit_path', 'position']);
    sheet.addRow([
      { text: 'a@corp.kz', hyperlink: 'mailto:a@corp.kz' },
      { richText: [{ text: 'Асхат ' }, { text: 'Ахметов', font: { bold: true } }] },
      new Date(Date.UTC(2023, 5, 1)),
      { formula: 'CONCAT("Head"," office")', result: 'Head office' },
    ]);
    sheet.addRow(['b@corp.kz', 50101600017, 45292, true]);
    sheet.getCell('C3').numFmt = 'dd.mm.yyyy';
    sheet.addRow(['c@corp.kz', 12.5, 45292, { formula: '1+1', result: 2 }]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readImportTable(xlsx(content), SHAPE);
    expect(table.rows.map((row) => row.values)).toEqual([
      {
        email: 'a@corp.kz',
        full_name: 'Асхат Ахметов',
        org_unit_path: '2023-06-01',
        position: 'Head office',
      },
      { email: 'b@corp.kz', full_name: '050101600017', org_unit_path: '2024-01-01', position: 'true' },
      { email: 'c@corp.kz', full_name: '12.5', org_unit_path: '45292', position: '2' },
    ]);
  });
});
