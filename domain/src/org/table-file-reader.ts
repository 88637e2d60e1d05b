/**
 * Reads an uploaded table, CSV or XLSX, within fixed bounds. This module is also the entry of
 * the worker thread that `table-file-worker.ts` starts for each file, so it imports only Node
 * and packages, and its TypeScript is erasable: Node loads it as it is under vitest, and tsx
 * under the gateway.
 */
import { Readable } from 'node:stream';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { parse as parseCsv } from 'csv-parse';
import { SaxesParser } from 'saxes';
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

/**
 * Built-in number formats that show a date or a time (ECMA-376 §18.8.30, with the East Asian
 * ones): a number in a cell so styled is a date.
 */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format is a date's when, outside quoted text and [colour or locale] tags, it has a date or time part. */
function isDateFormat(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, ''));
}

/** An element's name without its namespace prefix: some programs write `<x:c>` for `<c>`. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Streams a part of the workbook through saxes, a strict XML parser: text is decoded across
 * chunks, so that a letter whose bytes two chunks share arrives whole.
 */
async function* parseXmlPart(zip: ZipFile, entry: Entry, handlers: XmlHandlers): AsyncGenerator<void> {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.text) parser.on('text', handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure) throw failure;
    // The caller takes what this chunk gave before the next is read.
    yield;
  }
  parser.write(decoder.decode());
  parser.close();
  if (failure) throw failure;
}

async function drain(parts: AsyncIterable<void>): Promise<void> {
  for await (const _ of parts);
}

/** The shared strings table: each string's text, its runs joined, phonetic guides left out. */
async function readSharedStrings(zip: ZipFile, entry: Entry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await drain(
    parseXmlPart(zip, entry, {
      open(name) {
        if (name === 'si') current = '';
        else if (name === 'rPh') phonetic += 1;
        else if (name === 't' && phonetic === 0) inText = true;
      },
      text(text) {
        if (inText && current !== null) current += text;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic -= 1;
        else if (name === 'si') {
          strings.push(current ?? '');
          current = null;
        }
      },
    }),
  );
  return strings;
}

/** For each cell style (`s`, an index into cellXfs), whether it shows a number as a date. */
async function readDateStyles(zip: ZipFile, entry: Entry | undefined): Promise<boolean[]> {
  if (!entry) return [];
  const customDates = new Set<number>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await drain(
    parseXmlPart(zip, entry, {
      open(name, attributes) {
        if (name === 'numFmt' && isDateFormat(attributes['formatCode'] ?? ''))
          customDates.add(Number(attributes['numFmtId']));
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const format = Number(attributes['numFmtId'] ?? 0);
          styles.push(DATE_FORMAT_IDS.has(format) || customDates.has(format));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    }),
  );
  return styles;
}

/** Whether the workbook counts its dates from 1904, as old spreadsheet programs for the Mac did. */
async function readDate1904(zip: ZipFile, entry: Entry): Promise<boolean> {
  let date1904 = false;
  await drain(
    parseXmlPart(zip, entry, {
      open(name, attributes) {
        if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes['date1904'] ?? '');
      },
    }),
  );
  return date1904;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A serial date, days since 1899-12-30 (or 1904-01-01), as the ISO day it falls on. */
function serialDate(serial: number, date1904: boolean): string {
  return isoDate(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)));
}

function numberText(text: string): string {
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value)) return text;
  // A 12-digit IIN typed into a spreadsheet becomes a number and loses the leading zero
  // of people born in 2000–2009; put it back.
  return Number.isInteger(value) && value >= 1e10 && value < 1e12
    ? String(value).padStart(12, '0')
    : String(value);
}

/** A cell's shown text from its type (`t`), its value and whether its style shows a date. */
function xlsxCellText(
  type: string,
  value: string,
  sharedStrings: string[],
  date: boolean,
  date1904: boolean,
): string {
  switch (type) {
    case 's':
      return sharedStrings[Number(value)] ?? '';
    case 'str':
    case 'inlineStr':
      return value;
    case 'b':
      return String(Number(value) !== 0);
    // An error (#N/A, #REF!) holds no value to import.
    case 'e':
      return '';
    case 'd':
      return value.slice(0, 10);
    default: {
      const serial = Number(value);
      return date && value.trim() !== '' && Number.isFinite(serial)
        ? serialDate(serial, date1904)
        : numberText(value);
    }
  }
}

/**
 * The first sheet's rows. The shared strings, the styles and the workbook's date system are read
 * first (a workbook holds them apart from its sheets); the sheet itself is streamed from the
 * upload, a row given as soon as it closes, so no more than a chunk of it is held at a time.
 * A formula cell gives its last computed result, as the spreadsheet showed it.
 */
async function* readXlsx(content: Uint8Array, limits: TableLimits): AsyncGenerator<TableRecord> {
  const opened = await openXlsx(content, limits);
  if ('kind' in opened) throw new TableFileRefusal(opened);
  const { zip } = opened;
  try {
    const date1904 = await readDate1904(zip, opened.workbook);
    const sharedStrings = await readSharedStrings(zip, opened.sharedStrings);
    const dateStyles = await readDateStyles(zip, opened.styles);

    const ready: TableRecord[] = [];
    let row = 0;
    let cells: string[] = [];
    let column = 0;
    // The cell being read: its type, its style, its value as text, and whether one was given.
    let type = '';
    let date = false;
    let value = '';
    let valued = false;
    let inValue = false;
    const sheet = parseXmlPart(zip, opened.sheet, {
      open(name, attributes) {
        if (name === 'row') {
          const number = attributes['r'] === undefined ? row + 1 : Number(attributes['r']);
          if (!Number.isInteger(number) || number < 1) throw new Error('a row without a number');
          row = number;
          cells = [];
          column = 0;
        } else if (name === 'c') {
          const reference = attributes['r'] ? CELL_REFERENCE.exec(attributes['r']) : null;
          column = reference?.[1] ? columnNumber(reference[1]) : column + 1;
          type = attributes['t'] ?? 'n';
          date = dateStyles[Number(attributes['s'] ?? 0)] ?? false;
          value = '';
          valued = false;
        } else if (name === 'v' || (name === 't' && type === 'inlineStr')) {
          inValue = true;
          valued = true;
        }
      },
      text(text) {
        if (inValue) value += text;
      },
      close(name) {
        if (name === 'v' || name === 't') inValue = false;
        else if (name === 'c' && valued) {
          if (column > limits.maxColumns)
            throw new TableFileRefusal({ kind: 'cell_beyond_columns', row, column });
          cells[column - 1] = xlsxCellText(type, value, sharedStrings, date, date1904).trim();
        } else if (name === 'row' && cells.length > 0) {
          if (row > limits.maxRows) throw new TableFileRefusal({ kind: 'too_many_rows' });
          ready.push({ row, cells: Array.from(cells, (cell) => cell ?? '') });
        }
      },
    });
    for await (const _ of sheet) yield* ready.splice(0);
    yield* ready.splice(0);
  } catch (error) {
    if (error instanceof TableFileRefusal) throw error;
    throw new TableFileRefusal({ kind: 'unreadable', format: 'xlsx' });
  } finally {
    zip.close();
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
