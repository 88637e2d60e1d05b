import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';

/**
 * Multipart GraphQL requests (the GraphQL multipart request spec: an `operations` JSON, a `map`
 * JSON and the files), read strictly. Yoga's own reading answers a malformed map or a missing file
 * with untyped errors or lets the hole reach execution as null; here each mistake is a VALIDATION
 * error (HTTP 400) that says what is wrong, and no file part is read beyond `maxFiles`.
 */
export function useStrictMultipart(o: { maxFiles: number }): Plugin {
  return {
    onRequestParse({ request, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || !isMultipart(request)) return;
      setRequestParser((parsed) => readMultipart(parsed, o.maxFiles, fetchAPI.File));
    },
  };
}

function isMultipart(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
}

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'VALIDATION', http: { status: 400 } } });
}

/** `formData` with limits is the whatwg-node request's; a platform Request ignores the argument. */
type LimitedFormData = (options: { formDataLimits: { files: number; fields: number } }) => Promise<FormData>;

async function readMultipart(
  request: Request,
  maxFiles: number,
  FileClass: typeof File,
): Promise<GraphQLParams> {
  let form: FormData;
  try {
    form = await (request.formData as unknown as LimitedFormData).call(request, {
      formDataLimits: { files: maxFiles, fields: 2 },
    });
  } catch (error) {
    // An aborted request and the body-size limit's own 413 are answers already.
    if (error instanceof GraphQLError || (error instanceof Error && error.name === 'AbortError')) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (/^Files limit exceeded/.test(reason)) throw refused(`Send at most ${maxFiles} files in one request.`);
    if (/^Fields limit exceeded/.test(reason)) {
      throw refused(
        'A multipart request has two fields, "operations" and "map"; everything else must be a file.',
      );
    }
    throw refused(`The multipart request could not be read: ${reason}`);
  }

  const operations = parseJsonField(form, 'operations');
  if (!isRecord(operations) || typeof operations['query'] !== 'string') {
    throw refused('The "operations" field must be one GraphQL request: an object with a "query".');
  }
  const files = [...form.entries()].filter((entry): entry is [string, File] => typeof entry[1] !== 'string');
  if (form.get('map') === null) {
    if (files.length > 0) throw refused('Files were sent without a "map" field saying where each belongs.');
    return operations as GraphQLParams;
  }
  const map = parseJsonField(form, 'map');
  if (!isRecord(map) || !Object.values(map).every(isListOfText)) {
    throw refused(
      'The "map" field must map each file part name to a list of paths such as "variables.file".',
    );
  }
  for (const [name] of files) {
    if (!(name in map)) throw refused(`The file part "${name}" is not in the "map".`);
  }
  for (const [name, paths] of Object.entries(map)) {
    const file = form.get(name);
    if (file === null || typeof file === 'string') {
      throw refused(`The "map" names the file part "${name}", but the request has no file under that name.`);
    }
    for (const path of paths as string[])
      placeFile(operations, path, name, withBrowserEscapesDecoded(file, FileClass));
  }
  return operations as GraphQLParams;
}

function parseJsonField(form: FormData, field: 'operations' | 'map'): unknown {
  const text = form.get(field);
  if (typeof text !== 'string') throw refused(`The multipart request needs a "${field}" field holding JSON.`);
  try {
    return JSON.parse(text);
  } catch {
    throw refused(`The "${field}" field is not valid JSON.`);
  }
}

/** Assigning to these would change an object's prototype, not place a file. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The spec puts a null where each file goes; a path to anything else is a mistake, not a new variable. */
function placeFile(operations: Record<string, unknown>, path: string, name: string, file: File): void {
  const segments = path.split('.');
  if (segments[0] !== 'variables' || segments.length < 2) {
    throw refused(`The "map" path "${path}" of file part "${name}" must start with "variables.".`);
  }
  if (segments.some((segment) => FORBIDDEN_SEGMENTS.has(segment))) {
    throw refused(`The "map" path "${path}" of file part "${name}" names no variable.`);
  }
  let holder: unknown = operations;
  for (const segment of segments.slice(0, -1)) {
    holder = isRecord(holder) || Array.isArray(holder) ? ownValue(holder, segment) : undefined;
  }
  const last = segments.at(-1) as string;
  if (!(isRecord(holder) || Array.isArray(holder)) || ownValue(holder, last) !== null) {
    throw refused(
      `The "map" path "${path}" of file part "${name}" does not lead to a null placeholder in the variables.`,
    );
  }
  (holder as Record<string, unknown>)[last] = file;
}

function ownValue(holder: Record<string, unknown> | unknown[], key: string): unknown {
  return Object.hasOwn(holder, key) ? (holder as Record<string, unknown>)[key] : undefined;
}

/**
 * Browsers write `"` in a file name as `%22` and line breaks as `%0D`/`%0A` (HTML's multipart
 * encoding), and the parser hands those on verbatim: the quote is given back, line breaks dropped.
 * A raw `"` inside the quoted name is malformed; the parser ends the name there.
 */
function withBrowserEscapesDecoded(file: File, FileClass: typeof File): File {
  if (!/%(22|0d|0a)/i.test(file.name)) return file;
  const name = file.name.replace(/%22/g, '"').replace(/%0d|%0a/gi, '');
  return new FileClass([file], name, { type: file.type, lastModified: file.lastModified });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isListOfText(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
}
