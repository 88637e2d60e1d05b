import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Caps every GraphQL request body except a multipart upload at `maxBytes`: a query with its
 * variables is small, and only files need room (yoga's own `maxRequestBodySize`, set for the
 * largest upload, still bounds those). The declared length is checked first; a body without
 * one, or lying about it, is cut off as soon as it passes the cap, never buffered whole.
 */
export function useJsonBodyLimit(maxBytes: number): Plugin {
  return {
    // Runs after yoga has chosen the parser for the content type, so it wraps that parser.
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || request.body === null || isMultipart(request)) return;
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxBytes) throw bodyTooLarge(maxBytes);
      setRequestParser((original) => {
        let received = 0;
        // The body is a native stream under Node's fetch and a ponyfill one otherwise; each
        // pipes only through a transform of its own kind.
        const Transform =
          original.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
        const limited = original.body?.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              received += chunk.byteLength;
              if (received > maxBytes) controller.error(bodyTooLarge(maxBytes));
              else controller.enqueue(chunk);
            },
          }),
        );
        return requestParser(
          new fetchAPI.Request(original.url, {
            method: original.method,
            headers: original.headers,
            signal: original.signal,
            body: limited ?? null,
            duplex: 'half',
          } as RequestInit),
        );
      });
    },
  };
}

function isMultipart(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
}

function bodyTooLarge(maxBytes: number): GraphQLError {
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new GraphQLError(
    `The request body is larger than ${megabytes} MB. Only file uploads may be larger; send less data at once.`,
    { extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } } },
  );
}
