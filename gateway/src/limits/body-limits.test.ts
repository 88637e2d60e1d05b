import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlMultipart } from '../testing/graphql-multipart.js';
import { SUBMIT_REPORT, WHAT, fileReport, freshClient, pdfFile } from '../testing/hotline-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
});

afterAll(async () => {
  await gateway?.drop();
});

const MEGABYTE = 1024 * 1024;

/** `{ viewer { id } }` with an unused variable padding the JSON body to about `bytes`. */
function jsonBody(bytes: number): string {
  return JSON.stringify({ query: '{ viewer { id } }', variables: { padding: 'x'.repeat(bytes) } });
}

async function post(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return await gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-adal-csrf': '1', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

/** A body sent in 64 KB chunks without a Content-Length, as a client streaming it would. */
function streamed(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 64 * 1024));
      offset += 64 * 1024;
    },
  });
}

describe('JSON bodies', () => {
  it('serves a query with its variables under 1 MB', async () => {
    const response = await post(jsonBody(MEGABYTE - 1024));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: null } });
  });

  it('refuses a JSON body over 1 MB with 413, by its declared length', async () => {
    const body = jsonBody(MEGABYTE + 1024);
    const response = await post(body, { 'content-length': String(Buffer.byteLength(body)) });
    expect(response.status).toBe(413);
    const { errors } = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(errors[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(errors[0]?.message).toMatch(/larger than 1 MB/);
  });

  it('cuts off a JSON body over 1 MB that declares no length', async () => {
    const response = await post(streamed(jsonBody(2 * MEGABYTE)));
    expect(response.status).toBe(413);
  });
});

describe('multipart uploads', () => {
  it('keep their own limit: a report with the most and largest files the hotline takes is stored', async () => {
    const files = Array.from({ length: MAX_ATTACHMENTS }, (_, i) =>
      pdfFile(`scan-${i}.pdf`, MAX_ATTACHMENT_BYTES - 8),
    );
    const { receipt } = await fileReport(gateway.yoga, { organizationId: org.organizationId, files });
    expect(receipt).toEqual(expect.any(String));
  });

  it('refuse a body past the upload limit', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [
        `input.attachments.${i}`,
        pdfFile(`scan-${i}.pdf`, MAX_ATTACHMENT_BYTES - 8),
      ]),
    );
    const { status, body } = await graphqlMultipart(gateway.yoga, {
      query: SUBMIT_REPORT,
      variables: {
        input: {
          organizationId: org.organizationId,
          category: 'corruption',
          what: WHAT,
          anonymous: true,
          attachments: Object.keys(files).map(() => null),
        },
      },
      files,
      headers: freshClient(),
    });
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});
