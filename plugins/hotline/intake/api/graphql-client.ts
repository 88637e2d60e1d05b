import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { extractFiles } from './extract-files';
import { codeFromStatus, errorFromGraphQL, IntakeError } from './intake-error';

const ENDPOINT = '/graphql';

/**
 * The request options every intake call shares (issue 4 §1, ADR 007): same origin only, no
 * cookies or HTTP auth even when the browser holds some, no Authorization header, no referrer,
 * nothing cached; `x-adal-csrf` satisfies the gateway's CSRF rule.
 */
export function anonymousRequest(body: BodyInit, contentType?: string): RequestInit {
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    'x-adal-csrf': '1',
  };
  if (contentType) headers['content-type'] = contentType;
  return {
    method: 'POST',
    mode: 'same-origin',
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    headers,
    body,
  };
}

interface GraphQLPayload<T> {
  data?: T | null;
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

/**
 * Sends one operation to the gateway and returns its data, or throws an IntakeError. Variables
 * holding files go as a multipart request (the browser sets its boundary); others as JSON.
 */
export async function execute<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  variables: TVariables,
): Promise<TResult> {
  const query = document.toString();
  const { clone, files } = extractFiles(variables, 'variables');
  let init: RequestInit;
  if (files.length === 0) {
    init = anonymousRequest(JSON.stringify({ query, variables }), 'application/json');
  } else {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables: clone }));
    form.append('map', JSON.stringify(Object.fromEntries(files.map(({ path }, index) => [index, [path]]))));
    files.forEach(({ file }, index) => form.append(String(index), file, file.name));
    init = anonymousRequest(form);
  }

  let response: Response;
  try {
    response = await fetch(ENDPOINT, init);
  } catch (error) {
    throw new IntakeError('NETWORK', (error as Error).message);
  }
  let payload: GraphQLPayload<TResult>;
  try {
    payload = (await response.json()) as GraphQLPayload<TResult>;
  } catch {
    throw new IntakeError(codeFromStatus(response.status), `HTTP ${response.status}`);
  }
  const [first] = payload.errors ?? [];
  if (first) throw errorFromGraphQL(first, response.status);
  if (!payload.data) throw new IntakeError('INTERNAL', 'The response carried no data');
  return payload.data;
}
