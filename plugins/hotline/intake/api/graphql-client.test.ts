import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HotlineReportByReceiptDocument,
  SubmitHotlineReportDocument,
  type HotlineReportInput,
} from '../graphql/generated/graphql';
import { fakeGateway, fileOf, graphQLError } from '../testing/fake-gateway';
import { execute } from './graphql-client';
import { IntakeError } from './intake-error';
import { fetchReporterAttachment } from './reporter-attachment';

const INPUT: HotlineReportInput = {
  organizationId: 'org-1',
  category: 'corruption',
  what: 'The buyer asked the supplier for 5% of the contract.',
  anonymous: true,
};

const PROOF = { challenge: 'challenge', nonce: '1' };

afterEach(() => vi.unstubAllGlobals());

describe('execute', () => {
  it('sends no credentials, no Authorization header and no referrer, with the CSRF header', async () => {
    const { requests } = fakeGateway(() => ({
      body: { data: { submitHotlineReport: { receipt: 'r', number: 'n' } } },
    }));
    await execute(SubmitHotlineReportDocument, { input: INPUT, proof: PROOF });

    const [request] = requests;
    expect(request!.url).toBe('/graphql');
    expect(request!.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      mode: 'same-origin',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    expect(request!.headers['x-adal-csrf']).toBe('1');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(Object.keys(request!.headers).map((name) => name.toLowerCase())).not.toContain('authorization');
    expect(request!.operation!.variables).toEqual({ input: INPUT, proof: PROOF });
  });

  it('sends files as a GraphQL multipart request: operations with nulls, a map, one part per file', async () => {
    const { requests } = fakeGateway(() => ({
      body: { data: { submitHotlineReport: { receipt: 'r', number: 'n' } } },
    }));
    const scan = fileOf('scan.pdf');
    const photo = fileOf('photo.jpg');
    await execute(SubmitHotlineReportDocument, {
      input: { ...INPUT, attachments: [scan, photo] },
      proof: PROOF,
    });

    const [request] = requests;
    expect(request!.init.credentials).toBe('omit');
    expect(request!.headers['x-adal-csrf']).toBe('1');
    // The browser writes the multipart content type with its boundary itself.
    expect(request!.headers['content-type']).toBeUndefined();
    expect(request!.operation!.variables).toEqual({
      input: { ...INPUT, attachments: [null, null] },
      proof: PROOF,
    });
    expect(JSON.parse(String(request!.form!.get('map')))).toEqual({
      0: ['variables.input.attachments.0'],
      1: ['variables.input.attachments.1'],
    });
    expect((request!.form!.get('0') as File).name).toBe('scan.pdf');
    expect((request!.form!.get('1') as File).name).toBe('photo.jpg');
  });

  it('turns the server’s error codes into IntakeErrors with their details', async () => {
    fakeGateway(() => graphQLError('VALIDATION', { field: 'what' }));
    const error = await execute(SubmitHotlineReportDocument, { input: INPUT, proof: PROOF }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IntakeError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'what' });

    fakeGateway(() => graphQLError('RATE_LIMITED', { http: { status: 429 } }, 429));
    await expect(
      execute(HotlineReportByReceiptDocument, { receipt: '1', proof: PROOF }),
    ).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });

    fakeGateway(() => graphQLError('NOT_FOUND'));
    await expect(
      execute(HotlineReportByReceiptDocument, { receipt: '1', proof: PROOF }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('treats unknown codes, bodies that are not JSON and lost connections as its own kinds of failure', async () => {
    fakeGateway(() => graphQLError('GRAPHQL_VALIDATION_FAILED'));
    await expect(
      execute(HotlineReportByReceiptDocument, { receipt: '1', proof: PROOF }),
    ).rejects.toMatchObject({
      code: 'INTERNAL',
    });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Payload Too Large', { status: 413 })),
    );
    await expect(execute(SubmitHotlineReportDocument, { input: INPUT, proof: PROOF })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });

    fakeGateway(() => new TypeError('Failed to fetch'));
    await expect(execute(SubmitHotlineReportDocument, { input: INPUT, proof: PROOF })).rejects.toMatchObject({
      code: 'NETWORK',
    });
  });
});

describe('fetchReporterAttachment', () => {
  it('puts the receipt in the POST body, never in the address, and sends no credentials', async () => {
    const { requests } = fakeGateway(() => ({ body: new Blob(['%PDF-1.7']) }));
    const blob = await fetchReporterAttachment('48210937556612348765432109876543', 'att-1');

    expect(await blob.text()).toBe('%PDF-1.7');
    const [request] = requests;
    expect(request!.url).toBe('/hotline/reporter-attachment');
    expect(request!.url).not.toContain('4821');
    expect(request!.json).toEqual({ receipt: '48210937556612348765432109876543', attachmentId: 'att-1' });
    expect(request!.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  });

  it('tells a rate limit and an unknown file apart', async () => {
    fakeGateway(() => ({ status: 429, body: { error: 'RATE_LIMITED' } }));
    await expect(fetchReporterAttachment('1', 'a')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    fakeGateway(() => ({ status: 404, body: { error: 'NOT_FOUND' } }));
    await expect(fetchReporterAttachment('1', 'a')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
