import { ValidationError } from '../kernel/errors.js';
import {
  inspectXlsx,
  TableFileRefusal,
  TABLE_FILE_BOUNDS,
  type TableFileFormat,
  type TableFileProblem,
  type TableLimits,
  type TableRecord,
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

/** The table's rows, in batches as the file is read; its refusal is thrown from the iteration. */
export interface ImportTableStream {
  columns: string[];
  batches: AsyncGenerator<TableRow[]>;
}

/** A row of the body, or null when none of its cells holds anything. */
function tableRow(columns: readonly string[], { row, cells }: TableRecord): TableRow | null {
  if (cells.every((cell) => cell.trim() === '')) return null;
  const values: Record<string, string> = {};
  columns.forEach((column, i) => {
    if (column) values[column] = (cells[i] ?? '').trim();
  });
  return { row, values };
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

/** The refusal of a file the import does not read, with the numbers a person needs to fix it. */
function refusalOf(problem: TableFileProblem, shape: ImportShape): ValidationError {
  const reads = shape.columns.length;
  const maxRows = grouped(shape.maxRows);
  const reason = problem.kind;
  switch (problem.kind) {
    case 'file_size':
      return ValidationError.because('import.fileTooLarge', {
        reason,
        size: megabytes(problem.bytes),
        max: megabytes(TABLE_FILE_BOUNDS.maxFileBytes),
      });
    case 'zip_entries':
      return ValidationError.because('import.zipEntries', {
        reason,
        entries: grouped(problem.entries),
        max: grouped(TABLE_FILE_BOUNDS.maxZipEntries),
      });
    case 'zip_size':
      return ValidationError.because('import.zipSize', {
        reason,
        size: megabytes(problem.bytes),
        max: megabytes(TABLE_FILE_BOUNDS.maxZipBytes),
      });
    case 'declared_columns':
      return ValidationError.because('import.declaredColumns', {
        reason,
        columns: grouped(problem.columns),
        reads,
      });
    case 'declared_rows':
      return ValidationError.because('import.declaredRows', {
        reason,
        rows: grouped(problem.rows),
        max: maxRows,
      });
    case 'cell_beyond_columns':
      return ValidationError.because('import.cellBeyondColumns', {
        reason,
        row: grouped(problem.row),
        letters: columnLetters(problem.column),
        column: grouped(problem.column),
        reads,
      });
    case 'too_many_rows':
      return ValidationError.because('import.tooManyRows', { reason, max: maxRows });
    case 'no_sheet':
      return ValidationError.because('import.noSheet', { reason });
    case 'unreadable':
      return problem.format === 'csv'
        ? ValidationError.because('import.csvUnreadable', {
            reason,
            detail: problem.detail ?? 'it is not a CSV file',
          })
        : ValidationError.because('import.xlsxUnreadable', { reason });
    case 'timeout':
      return ValidationError.because('import.timeout', { reason, seconds: problem.seconds });
    case 'memory':
      return ValidationError.because('import.memory', { reason });
  }
}

function formatOf(filename: string): TableFileFormat {
  const name = filename.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  throw ValidationError.because('import.fileFormat');
}

/**
 * Reads an HR export, CSV or XLSX, chosen by the file's extension, for an import of the given
 * shape, as a stream of row batches: the caller holds one batch at a time. A file that declares or
 * holds more columns or rows than the import reads, unpacks to too much, or takes too long or too
 * much memory to read is refused (VALIDATION): what it declares before any row is given, what it
 * holds when the reading reaches it — the caller keeps nothing it wrote from a refused file. The
 * parse itself runs in a worker thread that is stopped at those bounds.
 */
export async function streamImportTable(
  file: ImportFile,
  shape: ImportShape,
  bounds: ReadBounds = DEFAULT_READ_BOUNDS,
): Promise<ImportTableStream> {
  const format = formatOf(file.filename);
  const limits: TableLimits = {
    maxColumns: shape.columns.length + SPARE_COLUMNS,
    maxRows: shape.maxRows + 1,
  };
  const refuse = (problem: TableFileProblem) => refusalOf(problem, shape);
  if (file.content.byteLength > TABLE_FILE_BOUNDS.maxFileBytes) {
    throw refuse({ kind: 'file_size', bytes: file.content.byteLength });
  }
  // What the file declares is checked here, at once; its cells only in the worker.
  const declared = format === 'xlsx' ? await inspectXlsx(file.content, limits) : null;
  if (declared) throw refuse(declared);
  const reader = readTableInWorker({ format, content: file.content.slice(), limits }, bounds);
  const refusing = async <T>(read: () => Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch (error) {
      throw error instanceof TableFileRefusal ? refuse(error.problem) : error;
    }
  };
  const first = await refusing(() => reader.next());
  if (first.done || first.value.length === 0) {
    await reader.return(undefined);
    throw ValidationError.because('import.fileEmpty');
  }
  // The header is row 1; a sheet whose row 1 is blank has no column names.
  const header = first.value[0]?.row === 1 ? first.value[0] : undefined;
  const body = header ? first.value.slice(1) : first.value;
  const columns = (header?.cells ?? []).map(columnKey);
  const rowsOf = (batch: readonly TableRecord[]): TableRow[] =>
    batch.flatMap((record) => tableRow(columns, record) ?? []);
  async function* batches(): AsyncGenerator<TableRow[]> {
    try {
      yield rowsOf(body);
      for (;;) {
        const next = await refusing(() => reader.next());
        if (next.done) return;
        yield rowsOf(next.value);
      }
    } finally {
      await reader.return(undefined);
    }
  }
  return { columns, batches: batches() };
}

/** `streamImportTable` read whole: for imports whose files are small (see their `ImportShape`). */
export async function readImportTable(
  file: ImportFile,
  shape: ImportShape,
  bounds: ReadBounds = DEFAULT_READ_BOUNDS,
): Promise<ImportTable> {
  const { columns, batches } = await streamImportTable(file, shape, bounds);
  const rows: TableRow[] = [];
  for await (const batch of batches) rows.push(...batch);
  return { columns, rows };
}
