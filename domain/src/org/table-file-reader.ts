/**
 * Reads an uploaded table, CSV or XLSX, within fixed bounds. This module is also the entry of
 * the worker thread that `table-file-worker.ts` starts for each file, so it imports only Node
 * and packages, and its TypeScript is erasable: Node loads it as it is under vitest, and tsx
 * under the gateway.
 */
import { Readable } from 'node:stream';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { parse as parseCsv } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { Zip, ZipPassThrough } from 'fflate';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export type TableFileFormat = 'csv' | 'xlsx';

export interface TableLimits {
  /** The highest column (1 = A) a value may stand in. */
  maxColumns: number;
  /** The highest spreadsheet row a value may stand in, the header being row 1. */
  maxRows: number;
}

/** Bounds shared by every import, whatever it reads. */
export const TABLE_FILE_BOUNDS = {
  /**
   * As uploaded, within the gateway's 30 MB body: the staff list of 100 000 people is about 17 MB
   * as CSV, 6 MB as XLSX.
   */
  maxFileBytes: 24 * 1024 * 1024,
  /** An XLSX file's parts; a workbook saved by a spreadsheet program has a few dozen. */
  maxZipEntries: 1000,
  /** The XLSX file's parts unpacked, all together. */
  maxZipBytes: 64 * 1024 * 1024,
} as const;

export type TableFileProblem =
  | { kind: 'file_size'; bytes: number }
  | { kind: 'zip_entries'; entries: number }
  | { kind: 'zip_size'; bytes: number }
  | { kind: 'declared_columns'; columns: number }
  | { kind: 'declared_rows'; rows: number }
  | { kind: 'cell_beyond_columns'; row: number; column: number }
  | { kind: 'too_many_rows' }
  | { kind: 'no_sheet' }
  | { kind: 'unreadable'; format: TableFileFormat; detail?: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'memory' };

/** A row with a value, its number as the spreadsheet shows it (the header is row 1), its cells as text. */
export interface TableRecord {
  row: number;
  cells: string[];
}

/**
 * What the worker says to the thread that reads the file through it: a batch of rows, after which
 * it waits to be asked for more (so that a slow reader holds one batch, never the whole file); the
 * end; or why the file is refused.
 */
export type TableFileMessage =
  | { kind: 'records'; records: TableRecord[] }
  | { kind: 'done' }
  | { kind: 'problem'; problem: TableFileProblem };

/** Rows a worker sends at once. */
const RECORDS_PER_MESSAGE = 1000;
/** What the reader thread sends when it wants the next batch. */
export const MORE = 'more';

/** What the worker is given; the marker tells it from any other worker's data. */
export interface TableFileJob {
  marker: typeof JOB_MARKER;
  format: TableFileFormat;
  content: Uint8Array;
  limits: TableLimits;
}

export const JOB_MARKER = 'adal.table-file';

/** Why a file is refused, thrown by the reader and by the thread that reads through the worker. */
// No parameter properties here: Node strips types only where nothing else changes.
export class TableFileRefusal extends Error {
  readonly problem: TableFileProblem;

  constructor(problem: TableFileProblem) {
    super(problem.kind);
    this.problem = problem;
  }
}

/** The first line's separator: spreadsheets saved in a Russian or Kazakh locale separate CSV fields with semicolons. */
function csvDelimiter(content: Uint8Array): string {
  const head = Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, 64 * 1024))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

/** The parser handles each chunk it is given whole; small chunks let it wait for the reader in between. */
const CSV_CHUNK_BYTES = 64 * 1024;

function* slices(content: Uint8Array): Generator<Buffer> {
  for (let start = 0; start < content.byteLength; start += CSV_CHUNK_BYTES) {
    const end = Math.min(content.byteLength, start + CSV_CHUNK_BYTES);
    yield Buffer.from(content.buffer, content.byteOffset + start, end - start);
  }
}

async function* readCsv(content: Uint8Array, limits: TableLimits): AsyncGenerator<TableRecord> {
  const parser = Readable.from(slices(content)).pipe(
    parseCsv({
      delimiter: csvDelimiter(content),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // One record past the limit is enough to know the file is over it.
      to: limits.maxRows + 1,
    }),
  );
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      if (row > limits.maxRows) throw new TableFileRefusal({ kind: 'too_many_rows' });
      const column = cells.findLastIndex((cell) => cell.trim() !== '') + 1;
      if (column > limits.maxColumns)
        throw new TableFileRefusal({ kind: 'cell_beyond_columns', row, column });
      yield { row, cells: cells.slice(0, limits.maxColumns).map((cell) => cell.trim()) };
    }
  } catch (error) {
    if (error instanceof TableFileRefusal) throw error;
    throw new TableFileRefusal({ kind: 'unreadable', format: 'csv', detail: (error as Error).message });
  }
}

/** The parts of a workbook the streaming reader needs, found in the zip's central directory. */
interface XlsxParts {
  zip: ZipFile;
  workbook: Entry;
  rels: Entry | undefined;
  sharedStrings: Entry | undefined;
  styles: Entry | undefined;
  sheet: Entry;
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The worksheet's declared used range, `<dimension ref="A1:XFD1048576"/>`, sits before its cells. */
const DIMENSION = /<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']*)["']/;
const CELL_REFERENCE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const DIMENSION_HEAD_BYTES = 64 * 1024;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/** The last cell of the declared range: its column and row. */
function declaredExtent(head: string): { columns: number; rows: number } | null {
  const ref = DIMENSION.exec(head)?.[1];
  const last = ref?.split(':').pop();
  const cell = last ? CELL_REFERENCE.exec(last.trim()) : null;
  if (!cell?.[1] || !cell[2]) return null;
  return { columns: columnNumber(cell[1]), rows: Number(cell[2]) };
}

async function readEntry(zip: ZipFile, entry: Entry, maxBytes = Infinity): Promise<Buffer> {
  // yauzl fails the stream as soon as a part unpacks to more than its declared size.
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= maxBytes) {
      stream.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

async function openXlsx(content: Uint8Array, limits: TableLimits): Promise<XlsxParts | TableFileProblem> {
  const unreadable: TableFileProblem = { kind: 'unreadable', format: 'xlsx' };
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(content.buffer, content.byteOffset, content.byteLength), {
      autoClose: false,
      strictFileNames: false,
    });
  } catch {
    return unreadable;
  }
  if (zip.entryCount > TABLE_FILE_BOUNDS.maxZipEntries)
    return { kind: 'zip_entries', entries: zip.entryCount };
  const byName = new Map<string, Entry>();
  let unpacked = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      unpacked += entry.uncompressedSize;
      byName.set(entry.fileName, entry);
    }
  } catch {
    return unreadable;
  }
  if (unpacked > TABLE_FILE_BOUNDS.maxZipBytes) return { kind: 'zip_size', bytes: unpacked };

  // The first sheet as the streaming reader numbers them; spreadsheet programs number sheets in tab order.
  const sheets = [...byName.keys()]
    .map((name) => ({ name, number: Number(SHEET.exec(name)?.[1] ?? NaN) }))
    .filter((sheet) => Number.isInteger(sheet.number))
    .sort((a, b) => a.number - b.number);
  const sheet = sheets[0] ? byName.get(sheets[0].name) : undefined;
  const workbook = byName.get('xl/workbook.xml');
  if (!workbook) return unreadable;
  if (!sheet) return { kind: 'no_sheet' };
  if ([...byName.values()].some((entry) => entry.isEncrypted())) return unreadable;

  let head: string;
  try {
    head = (await readEntry(zip, sheet, DIMENSION_HEAD_BYTES)).toString('utf8');
  } catch {
    return unreadable;
  }
  const declared = declaredExtent(head);
  if (declared && declared.columns > limits.maxColumns)
    return { kind: 'declared_columns', columns: declared.columns };
  if (declared && declared.rows > limits.maxRows) return { kind: 'declared_rows', rows: declared.rows };
  return {
    zip,
    workbook,
    rels: byName.get('xl/_rels/workbook.xml.rels'),
    sharedStrings: byName.get('xl/sharedStrings.xml'),
    styles: byName.get('xl/styles.xml'),
    sheet,
  };
}

/**
 * Refuses an XLSX file by what it declares — its number of parts, their unpacked size, the
 * first sheet's used range — without reading a cell. Cheap enough for the request's thread.
 */
export async function inspectXlsx(
  content: Uint8Array,
  limits: TableLimits,
): Promise<TableFileProblem | null> {
  const opened = await openXlsx(content, limits);
  if ('kind' in opened) return opened;
  opened.zip.close();
  return null;
}

const EMPTY_RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
const EMPTY_SHARED_STRINGS = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

/**
 * The parts the reader needs, in the order it needs them, as a new uncompressed zip, streamed:
 * ExcelJS's streaming reader unzips on its own, trusting the local headers, and stores a sheet
 * that arrives before the shared strings in a temporary file. Unpacked by yauzl against the
 * central directory, each part is no bigger than it declared, and the reader sees nothing else;
 * each is read from the upload as the reader gets to it, so that no part is held whole.
 */
async function* rebuilt(parts: XlsxParts): AsyncGenerator<Uint8Array> {
  const text = (xml: string) => new TextEncoder().encode(xml);
  const read = async function* (entry: Entry): AsyncGenerator<Uint8Array> {
    yield* (await parts.zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>;
  };
  const fixed = async function* (xml: string): AsyncGenerator<Uint8Array> {
    yield text(xml);
  };
  const sources: [string, AsyncIterable<Uint8Array>][] = [
    ['xl/_rels/workbook.xml.rels', parts.rels ? read(parts.rels) : fixed(EMPTY_RELS)],
    ['xl/workbook.xml', read(parts.workbook)],
    ['xl/sharedStrings.xml', parts.sharedStrings ? read(parts.sharedStrings) : fixed(EMPTY_SHARED_STRINGS)],
    ...(parts.styles ? [['xl/styles.xml', read(parts.styles)] as [string, AsyncIterable<Uint8Array>]] : []),
    [parts.sheet.fileName, read(parts.sheet)],
  ];
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  try {
    for (const [name, source] of sources) {
      const file = new ZipPassThrough(name);
      zip.add(file);
      for await (const chunk of source) {
        file.push(chunk);
        if (failure) throw failure;
        yield* out.splice(0);
      }
      file.push(new Uint8Array(0), true);
      yield* out.splice(0);
    }
    zip.end();
    if (failure) throw failure;
    yield* out.splice(0);
  } finally {
    parts.zip.close();
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') {
    // A 12-digit IIN typed into a spreadsheet becomes a number and loses the leading zero
    // of people born in 2000–2009; put it back.
    return Number.isInteger(value) && value >= 1e10 && value < 1e12
      ? String(value).padStart(12, '0')
      : String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return '';
}

async function* readXlsx(content: Uint8Array, limits: TableLimits): AsyncGenerator<TableRecord> {
  const opened = await openXlsx(content, limits);
  if ('kind' in opened) throw new TableFileRefusal(opened);
  // Loaded here, in the worker: the request's thread never needs ExcelJS.
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(rebuilt(opened)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (!Number.isInteger(row.number) || row.number < 1) throw new Error('a row without a number');
        const cells: string[] = [];
        row.eachCell((cell, column) => {
          if (column > limits.maxColumns) {
            throw new TableFileRefusal({ kind: 'cell_beyond_columns', row: row.number, column });
          }
          cells[column - 1] = cellText(cell.value).trim();
        });
        if (cells.length === 0) continue;
        if (row.number > limits.maxRows) throw new TableFileRefusal({ kind: 'too_many_rows' });
        yield { row: row.number, cells: Array.from(cells, (cell) => cell ?? '') };
      }
    }
  } catch (error) {
    if (error instanceof TableFileRefusal) throw error;
    throw new TableFileRefusal({ kind: 'unreadable', format: 'xlsx' });
  }
}

/** Reads the file as its format says, row by row, stopping at the first bound it crosses. */
export async function* readTableRecords(
  job: Pick<TableFileJob, 'format' | 'content' | 'limits'>,
): AsyncGenerator<TableRecord> {
  if (job.content.byteLength > TABLE_FILE_BOUNDS.maxFileBytes) {
    throw new TableFileRefusal({ kind: 'file_size', bytes: job.content.byteLength });
  }
  yield* job.format === 'csv' ? readCsv(job.content, job.limits) : readXlsx(job.content, job.limits);
}

/** Sends the rows in batches, each once the reader thread has asked for it. */
async function serve(job: TableFileJob, port: MessagePort): Promise<void> {
  const asked = (): Promise<void> => new Promise((resolve) => port.once('message', () => resolve()));
  const send = (message: TableFileMessage): void => port.postMessage(message);
  try {
    let batch: TableRecord[] = [];
    for await (const record of readTableRecords(job)) {
      batch.push(record);
      if (batch.length < RECORDS_PER_MESSAGE) continue;
      send({ kind: 'records', records: batch });
      batch = [];
      await asked();
    }
    if (batch.length > 0) {
      send({ kind: 'records', records: batch });
      await asked();
    }
    send({ kind: 'done' });
  } catch (error) {
    send({
      kind: 'problem',
      problem:
        error instanceof TableFileRefusal
          ? error.problem
          : { kind: 'unreadable', format: job.format, detail: (error as Error).message },
    });
  }
}

function isJob(data: unknown): data is TableFileJob {
  return typeof data === 'object' && data !== null && (data as Partial<TableFileJob>).marker === JOB_MARKER;
}

if (!isMainThread && parentPort && isJob(workerData)) {
  void serve(workerData, parentPort);
}
