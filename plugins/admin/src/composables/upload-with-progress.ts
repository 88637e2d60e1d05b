import { sendGraphql, type TypedDocument } from '@adal/sdk';

/** Where an upload stands: the share of the file sent, then the server's check of it. */
export type UploadPhase = 'uploading' | 'processing';

export interface UploadProgress {
  phase: UploadPhase;
  /** 0–100 while uploading; null when the browser cannot tell (and while processing). */
  percent: number | null;
}

export interface ProgressUploadOptions {
  url: string;
  token: string | null;
  onProgress: (progress: UploadProgress) => void;
  /** Made for each request; tests give their own. */
  createRequest?: () => XMLHttpRequest;
}

/**
 * A fetch that reports how much of the body was sent. fetch() cannot tell upload progress, so
 * the request goes through XMLHttpRequest and its answer comes back as a Response, for
 * sendGraphql to read as it reads any other.
 */
export function progressFetch(
  onProgress: (progress: UploadProgress) => void,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const request = createRequest();
      request.open(init?.method ?? 'POST', String(input));
      for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>)) {
        request.setRequestHeader(name, value);
      }
      request.upload.onprogress = (event) => {
        onProgress({
          phase: 'uploading',
          percent: event.lengthComputable ? Math.round((event.loaded / event.total) * 100) : null,
        });
      };
      // Sent: from now on the server reads and checks the file.
      request.upload.onload = () => onProgress({ phase: 'processing', percent: null });
      request.onload = () =>
        resolve(
          new Response(request.responseText, {
            status: request.status,
            headers: { 'content-type': request.getResponseHeader('content-type') ?? 'application/json' },
          }),
        );
      request.onerror = () => reject(new TypeError('The server could not be reached'));
      request.send(init?.body as XMLHttpRequestBodyInit);
    });
}

/**
 * Sends an operation with one file variable as a GraphQL multipart request (operations, map,
 * the file), reporting the upload's progress; errors are the sdk client's own.
 */
export function uploadWithProgress<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  fileVariable: keyof TVariables & string,
  options: ProgressUploadOptions,
): Promise<TResult> {
  const file = variables[fileVariable] as File;
  const body = new FormData();
  body.append(
    'operations',
    JSON.stringify({ query: document.toString(), variables: { ...variables, [fileVariable]: null } }),
  );
  body.append('map', JSON.stringify({ 0: [`variables.${fileVariable}`] }));
  body.append('0', file, file.name);
  return sendGraphql<TResult>({
    url: options.url,
    token: options.token,
    body,
    fetch: progressFetch(options.onProgress, options.createRequest),
  });
}
