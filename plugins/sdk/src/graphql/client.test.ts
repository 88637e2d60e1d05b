// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlClient } from './client';
import { AdalGraphqlError } from './errors';
import type { TypedDocument } from './client';

const EchoDocument = 'query Echo($word: String!) { echo(word: $word) }' as unknown as TypedDocument<
  { echo: string },
  { word: string }
>;

interface Seen {
  headers: IncomingHttpHeaders;
  body: { query: string; variables: Record<string, unknown> };
}

let server: Server;
let url: string;
const seen: Seen[] = [];

/** Each test picks the gateway's answer through the `word` variable. */
const answers: Record<string, (res: ServerResponse) => void> = {
  hello: (res) => res.end(JSON.stringify({ data: { echo: 'hello' } })),
  forbidden: (res) =>
    res.end(
      JSON.stringify({
        data: null,
        errors: [
          { message: 'Only auditors may read this', path: ['echo'], extensions: { code: 'FORBIDDEN' } },
        ],
      }),
    ),
  invalid: (res) =>
    res.end(
      JSON.stringify({
        errors: [
          {
            message: 'Row 3 is invalid',
            extensions: { code: 'VALIDATION', details: { errors: [{ row: 3, message: 'email' }] } },
          },
        ],
      }),
    ),
  namedPerson: (res) =>
    res.end(
      JSON.stringify({
        data: null,
        errors: [
          {
            message: 'This person is named in the report',
            extensions: { code: 'CONFLICT', personId: 'p-7', reason: 'named', http: { status: 409 } },
          },
        ],
      }),
    ),
  unknownCode: (res) =>
    res.end(JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'WHATEVER' } }] })),
  badGateway: (res) => {
    res.statusCode = 502;
    res.setHeader('content-type', 'text/html');
    res.end('<h1>Bad gateway</h1>');
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as Seen['body'];
      seen.push({ headers: req.headers, body });
      res.setHeader('content-type', 'application/json');
      answers[String(body.variables.word)]?.(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function clientWith(token: string | null) {
  return createGraphqlClient({ url, getToken: () => token });
}

async function failureOf(promise: Promise<unknown>): Promise<AdalGraphqlError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdalGraphqlError);
  return error as AdalGraphqlError;
}

describe('createGraphqlClient', () => {
  it('posts the document as JSON with the CSRF header and the bearer token, and returns data', async () => {
    const data = await clientWith('t0k3n').request(EchoDocument, { word: 'hello' });
    expect(data).toEqual({ echo: 'hello' });
    const last = seen.at(-1);
    expect(last?.headers['content-type']).toBe('application/json');
    expect(last?.headers['x-adal-csrf']).toBe('1');
    expect(last?.headers.authorization).toBe('Bearer t0k3n');
    expect(last?.body).toEqual({ query: String(EchoDocument), variables: { word: 'hello' } });
  });

  it('sends no authorization header when signed out', async () => {
    await clientWith(null).request(EchoDocument, { word: 'hello' });
    expect(seen.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('turns a GraphQL error into an AdalGraphqlError with its stable code, message and path', async () => {
    const error = await failureOf(clientWith('t').request(EchoDocument, { word: 'forbidden' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Only auditors may read this');
    expect(error.path).toEqual(['echo']);
  });

  it('keeps the details of a validation error', async () => {
    const error = await failureOf(clientWith('t').request(EchoDocument, { word: 'invalid' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toEqual({ errors: [{ row: 3, message: 'email' }] });
  });

  it('keeps every extension the gateway spreads from a domain error as a detail, but the code and the HTTP hint', async () => {
    const error = await failureOf(clientWith('t').request(EchoDocument, { word: 'namedPerson' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ personId: 'p-7', reason: 'named' });
  });

  it('maps a code it does not know to INTERNAL', async () => {
    const error = await failureOf(clientWith('t').request(EchoDocument, { word: 'unknownCode' }));
    expect(error.code).toBe('INTERNAL');
  });

  it('maps a non-JSON server failure to INTERNAL with the HTTP status', async () => {
    const error = await failureOf(clientWith('t').request(EchoDocument, { word: 'badGateway' }));
    expect(error.code).toBe('INTERNAL');
    expect(error.status).toBe(502);
  });

  it('maps an unreachable server to NETWORK', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createGraphqlClient({ url: `http://127.0.0.1:${port}/graphql`, getToken: () => null });
    const error = await failureOf(client.request(EchoDocument, { word: 'hello' }));
    expect(error.code).toBe('NETWORK');
  });
});
