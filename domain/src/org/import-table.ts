import { ValidationError } from '../kernel/errors.js';
import {
  inspectXlsx,
  TABLE_FILE_BOUNDS,
  type TableFileFormat,
  type TableFileProblem,
  type TableLimits,
} from './table-file-reader.js';
import { DEFAULT_READ_BOUNDS, readTableInWorker, type ReadBounds } from './table-file-worker.js';

/** A row of an uploaded table: its number as the person sees it in a spreadsheet, and its cells by column. */
export interface TableRow {
  row: number;
  values: Record<string, string>;
}

export interface ImportTable {
  columns: string[];
  rows: TableRow[];
}

export interface ImportFile {
  filename: string;
  content: Uint8Array;
}

/** What an import reads: the columns it knows and how many rows it takes at once. Every import declares one. */
export interface ImportShape {
  columns: readonly string[];
  maxRows: number;
}

/** HR exports often carry a few columns an import does not read; beyond these the file is refused. */
export const SPARE_COLUMNS = 16;

/** 'Full name' and 'full_name' name the same column. */
function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function toTable(records: readonly (readonly string[])[]): ImportTable {
  const [header, ...body] = records;
  if (!header) throw ValidationError.because('The file is empty: the first row must name the columns');
  const columns = header.map(columnKey);
  const rows: TableRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) values[column] = (cells[i] ?? '').trim();
    });
    rows.push({ row: index + 2, values });
  });
  return { columns, rows };
}

/** 16384 → "16 384": the way a person reads it in any of our languages. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function megabytes(bytes: number): string {
  return String(Math.ceil(bytes / (1024 * 1024)));
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function describe(problem: TableFileProblem, shape: ImportShape): string {
  const reads = shape.columns.length;
  const maxRows = grouped(shape.maxRows);
  switch (problem.kind) {
    case 'file_size':
      return (
        `The file is ${megabytes(problem.bytes)} MB; an import reads at most ` +
        `${megabytes(TABLE_FILE_BOUNDS.maxFileBytes)} MB. Save only the table, or split it, and try again.`
      );
    case 'zip_entries':
      return (
        `The XLSX file holds ${grouped(problem.entries)} parts; a spreadsheet has at most ` +
        `${grouped(TABLE_FILE_BOUNDS.maxZipEntries)}. Save only the table as a new XLSX file and try again.`
      );
    case 'zip_size':
      return (
        `The XLSX file unpacks to ${megabytes(problem.bytes)} MB; an import reads at most ` +
        `${megabytes(TABLE_FILE_BOUNDS.maxZipBytes)} MB. Save only the table as a new XLSX file and try again.`
      );
    case 'declared_columns':
      return `The file declares ${grouped(problem.columns)} columns; the import reads ${reads}. Save only the table and try again.`;
    case 'declared_rows':
      return (
        `The file declares ${grouped(problem.rows)} rows; the import reads at most ${maxRows}. ` +
        `Save only the table, split into files of at most ${maxRows} rows, and try again.`
      );
    case 'cell_beyond_columns':
      return (
        `Row ${grouped(problem.row)} has a value in column ${columnLetters(problem.column)} ` +
        `(${grouped(problem.column)}); the import reads ${reads} columns. Save only the table and try again.`
      );
    case 'too_many_rows':
      return `The file has more than ${maxRows} rows; split it into files of at most ${maxRows} and try again.`;
    case 'no_sheet':
      return 'The XLSX file has no sheet';
    case 'unreadable':
      return problem.format === 'csv'
        ? `The CSV file could not be read: ${problem.detail ?? 'it is not a CSV file'}`
        : 'The XLSX file could not be read; save it again from the spreadsheet program';
    case 'timeout':
      return `Reading the file took longer than ${problem.seconds} seconds; save only the table as a new file and try again.`;
    case 'memory':
      return 'Reading the file needs more memory than an import may use; save only the table as a new file and try again.';
  }
}

function formatOf(filename: string): TableFileFormat {
  const name = filename.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  throw ValidationError.because('Upload a .csv or .xlsx file');
}

/**
 * Reads an HR export, CSV or XLSX, chosen by the file's extension, for an import of the given
 * shape. A file that declares or holds more columns or rows than the import reads, unpacks to
 * too much, or takes too long or too much memory to read is refused (VALIDATION) before any of
 * its rows is used; the parse itself runs in a worker thread that is stopped at those bounds.
 */
export async function readImportTable(
  file: ImportFile,
  shape: ImportShape,
  bounds: ReadBounds = DEFAULT_READ_BOUNDS,
): Promise<ImportTable> {
  const format = formatOf(file.filename);
  const limits: TableLimits = {
    maxColumns: shape.columns.length + SPARE_COLUMNS,
    maxRows: shape.maxRows + 1,
  };
  const refuse = (problem: TableFileProblem) =>
    ValidationError.because(describe(problem, shape), { reason: problem.kind });
  if (file.content.byteLength > TABLE_FILE_BOUNDS.maxFileBytes) {
    throw refuse({ kind: 'file_size', bytes: file.content.byteLength });
  }
  // What the file declares is checked here, at once; its cells only in the worker.
  const declared = format === 'xlsx' ? await inspectXlsx(file.content, limits) : null;
  if (declared) throw refuse(declared);
  const outcome = await readTableInWorker({ format, content: file.content.slice(), limits }, bounds);
  if ('problem' in outcome) throw refuse(outcome.problem);
  return toTable(outcome.records);
}
