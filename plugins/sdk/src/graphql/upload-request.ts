import type { TypedDocument } from './client';
import { sendGraphql } from './send-graphql';

export interface UploadOptions {
  url: string;
  token: string | null;
  fetch?: typeof fetch;
}

/** Every File in `value` with its path below `variables`, for the multipart request's map. */
function collectFiles(value: unknown, path: string, found: [string, File][]): unknown {
  if (value instanceof File) {
    found.push([path, value]);
    return null;
  }
  if (Array.isArray(value)) return value.map((item, index) => collectFiles(item, `${path}.${index}`, found));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, collectFiles(item, `${path}.${key}`, found)]),
    );
  }
  return value;
}

/**
 * Sends an operation with files as a GraphQL multipart request (operations, map, then one part
 * per file), which the sdk's JSON client cannot carry; the sdk's sendGraphql posts it, so the
 * headers and the errors are the client's own.
 */
export function uploadRequest<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: UploadOptions,
): Promise<TResult> {
  const files: [string, File][] = [];
  const operations = { query: document.toString(), variables: collectFiles(variables, 'variables', files) };
  const body = new FormData();
  body.append('operations', JSON.stringify(operations));
  body.append(
    'map',
    JSON.stringify(Object.fromEntries(files.map(([path], index) => [String(index), [path]]))),
  );
  files.forEach(([, file], index) => body.append(String(index), file, file.name));
  return sendGraphql<TResult>({ url: options.url, token: options.token, body, fetch: options.fetch });
}

export interface Uploader {
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
}

/**
 * Multipart requests signed in as the host's viewer, to the plugin's GraphQL endpoint: what every
 * plugin that sends files (hotline evidence, HR and attendance imports, question banks, lesson
 * files) uses. The caller hands over its `useAdalContext()`, read when each request goes.
 */
export function uploaderFor(context: {
  readonly graphqlUrl: string;
  readonly token: string | null;
}): Uploader {
  return {
    request: (document, variables) =>
      uploadRequest(document, variables, { url: context.graphqlUrl, token: context.token }),
  };
}
