import { AdalGraphqlError, isAdalErrorCode, useAdalContext, type TypedDocument } from '@adal/sdk';

interface WireError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

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
 * per file), which the sdk's JSON client cannot carry. Same headers and error codes as the sdk client.
 */
export async function uploadRequest<TResult, TVariables>(
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

  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await send(options.url, {
      method: 'POST',
      headers: {
        'x-adal-csrf': '1',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body,
    });
  } catch (cause) {
    throw new AdalGraphqlError('NETWORK', 'The server could not be reached', { cause });
  }
  let payload: { data?: unknown; errors?: WireError[] };
  try {
    payload = (await response.json()) as typeof payload;
  } catch (cause) {
    throw new AdalGraphqlError('INTERNAL', `Unexpected response (HTTP ${response.status})`, {
      status: response.status,
      cause,
    });
  }
  const [first] = payload.errors ?? [];
  if (first) {
    // The gateway spreads a domain error's details into its extensions (e.g. an import's `errors`).
    const { code, http: _http, ...details } = first.extensions ?? {};
    throw new AdalGraphqlError(
      isAdalErrorCode(code) ? code : 'INTERNAL',
      typeof first.message === 'string' ? first.message : 'Unexpected server error',
      { status: response.status, details },
    );
  }
  if (payload.data === undefined || payload.data === null) {
    throw new AdalGraphqlError('INTERNAL', `Unexpected response (HTTP ${response.status})`, {
      status: response.status,
    });
  }
  return payload.data as TResult;
}

export interface Uploader {
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
}

/** Multipart requests signed in as the host's viewer, to the plugin's GraphQL endpoint. */
export function useUploader(): Uploader {
  const context = useAdalContext();
  return {
    request: (document, variables) =>
      uploadRequest(document, variables, { url: context.graphqlUrl, token: context.token }),
  };
}
