import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseIdByNumber, staff } from '../testing/hotline-case-operations.js';
import { devLoginToken, type GraphQLResponseBody } from '../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import type { WorkProof } from '../hotline-intake/proof-of-work.js';
import { freshClient, pdfFile, proveWork, SUBMIT_REPORT, WHAT } from '../testing/hotline-operations.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
/** A fresh proof of work per test: the intake spends one per submission. */
let proof: WorkProof;

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  org = await buildHotlineOrganization(gateway.orm);
});

beforeEach(async () => {
  proof = await proveWork(gateway.yoga);
});

afterAll(async () => {
  await gateway?.drop();
});

interface Part {
  name: string;
  body: string;
  /** Written into the header as is, quotes included. */
  filename?: string;
}

const PDF = '%PDF-1.4 sixty-four bytes of a document';

/** A multipart body written by hand, as a client that does not follow the spec would send it. */
async function sendParts(parts: Part[]): Promise<{ status: number; body: GraphQLResponseBody<unknown> }> {
  const boundary = 'adal-test-boundary';
  const body =
    parts
      .map(
        (part) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"` +
          (part.filename === undefined
            ? ''
            : `; filename=${part.filename}\r\nContent-Type: application/pdf`) +
          `\r\n\r\n${part.body}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`;
  const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-adal-csrf': '1',
      ...freshClient(),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponseBody<unknown> };
}

function operations(files: number): string {
  const input = { organizationId: org.organizationId, category: 'corruption', what: WHAT, anonymous: true };
  return JSON.stringify({
    query: SUBMIT_REPORT,
    variables: { input: { ...input, attachments: Array.from({ length: files }, () => null) }, proof },
  });
}

const mapOf = (files: number) =>
  JSON.stringify(
    Object.fromEntries(
      Array.from({ length: files }, (_, i) => [String(i), [`variables.input.attachments.${i}`]]),
    ),
  );

const file = (name: string, filename = `"${name}.pdf"`): Part => ({ name, filename, body: PDF });

async function reportCount(): Promise<number> {
  const rows = await gateway.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>('select count(*) as n from hotline_report');
  return Number(rows[0]?.n);
}

describe('multipart requests that do not follow the spec', () => {
  it.each([
    ['no operations', () => [{ name: 'map', body: '{}' }], /needs a "operations" field/],
    [
      'operations that are not JSON',
      () => [{ name: 'operations', body: '{' }],
      /"operations" field is not valid JSON/,
    ],
    ['operations without a query', () => [{ name: 'operations', body: '[1]' }], /one GraphQL request/],
    [
      'a map that is not JSON',
      () => [{ name: 'operations', body: operations(1) }, { name: 'map', body: '{' }, file('0')],
      /"map" field is not valid JSON/,
    ],
    [
      'a map of a string',
      () => [{ name: 'operations', body: operations(1) }, { name: 'map', body: '"x"' }, file('0')],
      /map each file part name/,
    ],
    [
      'a map entry that is not a list',
      () => [
        { name: 'operations', body: operations(1) },
        { name: 'map', body: '{"0":"variables.input.attachments.0"}' },
        file('0'),
      ],
      /map each file part name/,
    ],
    [
      'a mapped file that is missing',
      () => [
        { name: 'operations', body: operations(1) },
        { name: 'map', body: mapOf(1) },
      ],
      /no file under that name/,
    ],
    [
      'a mapped part that is text, not a file',
      () => [
        { name: 'operations', body: operations(1) },
        { name: 'map', body: mapOf(1) },
        { name: '0', body: 'hello' },
      ],
      /two fields/,
    ],
    [
      'a file the map does not place',
      () => [
        { name: 'operations', body: operations(1) },
        { name: 'map', body: mapOf(1) },
        file('0'),
        file('1'),
      ],
      /"1" is not in the "map"/,
    ],
    [
      'files without a map',
      () => [{ name: 'operations', body: operations(1) }, file('0')],
      /without a "map"/,
    ],
    [
      'a path outside the variables',
      () => [
        { name: 'operations', body: operations(1) },
        { name: 'map', body: '{"0":["query"]}' },
        file('0'),
      ],
      /must start with "variables."/,
    ],
    [
      'a path to no placeholder',
      () => [
        { name: 'operations', body: operations(1) },
        { name: 'map', body: '{"0":["variables.input.what"]}' },
        file('0'),
      ],
      /null placeholder/,
    ],
    [
      'a path into the prototype',
      () => [
        { name: 'operations', body: operations(1) },
        { name: 'map', body: '{"0":["variables.__proto__.x"]}' },
        file('0'),
      ],
      /names no variable/,
    ],
    [
      'more files than any request needs',
      () => [
        { name: 'operations', body: operations(11) },
        { name: 'map', body: mapOf(11) },
        ...Array.from({ length: 11 }, (_, i) => file(String(i))),
      ],
      /at most 10 files/,
    ],
  ] as [string, () => Part[], RegExp][])(
    'refuses %s as VALIDATION, storing nothing',
    async (_case, parts, message) => {
      const before = await reportCount();
      const { status, body } = await sendParts(parts());
      expect(status).toBe(400);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['VALIDATION']);
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(await reportCount()).toBe(before);
    },
  );

  it('leaves the per-report limit to the hotline, which names the file over it', async () => {
    const { body } = await sendParts([
      { name: 'operations', body: operations(6) },
      { name: 'map', body: mapOf(6) },
      ...Array.from({ length: 6 }, (_, i) => file(String(i))),
    ]);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'count',
      file: '5.pdf',
    });
  });
});

describe('file names with a quote', () => {
  it('reads past the quote a browser wrote as %22, and one escaped with a backslash', async () => {
    // Encoded by the platform's own Request, as browsers encode a form: `"` becomes %22 (HTML's
    // multipart/form-data encoding). The whatwg-node FormData used in-process writes it raw instead.
    const form = new FormData();
    form.append('operations', operations(1));
    form.append('map', mapOf(1));
    form.append('0', pdfFile('Шот "Алтын".pdf'));
    const encoded = new Request('http://gateway.test/graphql', { method: 'POST', body: form });
    expect(await encoded.clone().text()).toContain('filename="Шот %22Алтын%22.pdf"');
    const browser = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': encoded.headers.get('content-type') ?? '',
        'x-adal-csrf': '1',
        ...freshClient(),
      },
      body: await encoded.arrayBuffer(),
    });
    const browserBody = (await browser.json()) as { data: { submitHotlineReport: { number: string } } };
    proof = await proveWork(gateway.yoga);
    const escaped = await sendParts([
      { name: 'operations', body: operations(1) },
      { name: 'map', body: mapOf(1) },
      file('0', '"Акт \\"Б\\".pdf"'),
    ]);
    const escapedBody = escaped.body.data as { submitHotlineReport: { number: string } };

    const head = await devLoginToken(gateway.yoga, org.head.email);
    const names = async (number: string) => {
      const id = await caseIdByNumber(gateway.yoga, head, number);
      const { data } = await staff<{ hotlineCase: { attachments: { fileName: string }[] } }>(
        gateway.yoga,
        head,
        'query($id: ID!) { hotlineCase(id: $id) { attachments { fileName } } }',
        { id },
      );
      return data?.hotlineCase.attachments.map((attachment) => attachment.fileName);
    };
    // The whole name arrives; the stored name then swaps the quote, which Windows forbids in names.
    expect(await names(browserBody.data.submitHotlineReport.number)).toEqual(['Шот _Алтын_.pdf']);
    expect(await names(escapedBody.submitHotlineReport.number)).toEqual(['Акт _Б_.pdf']);
  });
});
