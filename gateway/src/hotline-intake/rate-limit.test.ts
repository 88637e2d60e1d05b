import { generateHotlineKeyring, HotlineReport } from '@adal/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { postgresRateLimitStore, type RateLimitStore } from '../limits/rate-limit-store.js';
import { leadingZeroBits, workDigest } from './proof-of-work.js';
import { graphqlRequest } from '../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import {
  ADD_REPORTER_MESSAGE,
  fileReport,
  followUp,
  pdfFile,
  proveWork,
  submitReport,
} from '../testing/hotline-operations.js';
import { createTestGateway, TEST_WORK_DIFFICULTY, type TestGateway } from '../testing/test-gateway.js';
import { createGatewayYoga, type GatewayYoga } from '../yoga.js';

const keyring = generateHotlineKeyring();
let gateway: TestGateway;
let org: HotlineOrganization;
/** A second replica over the same database and keys, with its own connection to the counters. */
let replica: GatewayYoga;
let replicaLimits: RateLimitStore;

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1, hotlineKeyring: keyring });
  org = await buildHotlineOrganization(gateway.orm);
  replicaLimits = await postgresRateLimitStore({ databaseUrl: gateway.databaseUrl, onError: () => {} });
  replica = await createGatewayYoga({
    orm: gateway.orm,
    hotlineKeyring: keyring,
    trustProxy: 1,
    rateLimits: replicaLimits,
    workDifficulty: TEST_WORK_DIFFICULTY,
  });
});

afterAll(async () => {
  await replicaLimits?.close();
  await gateway?.drop();
});

afterEach(() => {
  vi.useRealTimers();
});

const MINUTE_MS = 60_000;
/** As our one proxy forwards a client: its address is the last (here the only) hop. */
const client = (address: string) => ({ 'x-forwarded-for': address });
const unknownReceipt = (n: number) => `${String(n).padStart(4, '0')} 1111 2222 3333 4444 5555 6666 7777`;
const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;
const storedReports = () => gateway.orm.em.fork().count(HotlineReport, {});

/** Solves `n` challenges before anything is sent, so that the requests can leave together. */
function proofs(n: number, strong = false) {
  return Promise.all(Array.from({ length: n }, () => proveWork(gateway.yoga, strong)));
}

function reporterDownload(
  receipt: string,
  attachmentId: string,
  headers: Record<string, string>,
  proof?: unknown,
) {
  return gateway.yoga.fetch('http://gateway.test/hotline/reporter-attachment', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ receipt, attachmentId, proof }),
  });
}

describe('rate limits of the anonymous operations, counted in PostgreSQL', () => {
  it('answers at most 10 of 60 concurrent wrong-receipt lookups from one client and refuses the rest', async () => {
    const guesser = client('203.0.113.10');
    const solved = await proofs(60);
    const answers = await Promise.all(
      solved.map((proof, n) => followUp(gateway.yoga, unknownReceipt(n), guesser, proof)),
    );
    const codes = answers.map(({ body }) => codeOf(body));
    expect(codes.filter((code) => code === 'NOT_FOUND')).toHaveLength(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(50);
    expect(answers.filter(({ status }) => status === 429)).toHaveLength(50);
  });

  it('stores exactly 5 of 12 concurrent submissions from one client', async () => {
    const reporter = client('203.0.113.40');
    const solved = await proofs(12);
    const before = await storedReports();
    const answers = await Promise.all(
      solved.map((proof) =>
        submitReport(gateway.yoga, { organizationId: org.organizationId, headers: reporter, proof }),
      ),
    );
    expect(answers.filter(({ body }) => body.data?.submitHotlineReport)).toHaveLength(5);
    const refused = answers.filter(({ body }) => codeOf(body) === 'RATE_LIMITED');
    expect(refused).toHaveLength(7);
    // The intake may try again at once with strong work (below); ordinary work is not enough.
    expect(refused[0]?.body.errors?.[0]?.extensions?.['retryWithWork']).toBe('strong');
    expect(await storedReports()).toBe(before + 5);

    const neighbour = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      headers: client('203.0.113.41'),
    });
    expect(neighbour.body.errors).toBeUndefined();
  });

  it('lets a client past its hourly allowance file with strong work, up to a wider allowance', async () => {
    const office = client('203.0.113.45');
    for (const proof of await proofs(5)) {
      const { body } = await submitReport(gateway.yoga, {
        organizationId: org.organizationId,
        headers: office,
        proof,
      });
      expect(body.errors).toBeUndefined();
    }
    const ordinary = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      headers: office,
    });
    expect(codeOf(ordinary.body)).toBe('RATE_LIMITED');
    const [strong] = await proofs(1, true);
    const colleague = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      headers: office,
      ...(strong ? { proof: strong } : {}),
    });
    expect(colleague.body.data?.submitHotlineReport.receipt).toMatch(/^\d{4}( \d{4}){7}$/);
  });

  it('counts one client across replicas: their counters are the same rows', async () => {
    const reporter = client('203.0.113.46');
    for (const yoga of [gateway.yoga, replica, gateway.yoga, replica, gateway.yoga]) {
      const { body } = await submitReport(yoga, { organizationId: org.organizationId, headers: reporter });
      expect(body.errors).toBeUndefined();
    }
    const sixth = await submitReport(replica, { organizationId: org.organizationId, headers: reporter });
    expect(codeOf(sixth.body)).toBe('RATE_LIMITED');
  });

  it('keys a client by the hop our proxy appended, whatever the client wrote before it', async () => {
    const realAddress = '203.0.113.50';
    for (let n = 0; n < 5; n += 1) {
      const spoofed = { 'x-forwarded-for': `10.9.${n}.1, 192.0.2.${n}, ${realAddress}` };
      const { body } = await submitReport(gateway.yoga, {
        organizationId: org.organizationId,
        headers: spoofed,
      });
      expect(body.errors).toBeUndefined();
    }
    const sixth = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      headers: { 'x-forwarded-for': `198.18.0.77, ${realAddress}` },
    });
    expect(codeOf(sixth.body)).toBe('RATE_LIMITED');
  });

  it('never refuses a right receipt because of others’ failures from the same address', async () => {
    const { receipt } = await fileReport(gateway.yoga, {
      organizationId: org.organizationId,
      files: [pdfFile('шот.pdf')],
    });
    const office = client('203.0.113.60');
    for (let n = 0; n < 12; n += 1) await followUp(gateway.yoga, unknownReceipt(n), office);
    // The guesser is out of tries: a wrong receipt is refused even with work.
    expect(codeOf((await followUp(gateway.yoga, unknownReceipt(99), office)).body)).toBe('RATE_LIMITED');

    // The reporter behind the same address opens their report.
    const opened = await graphqlRequest<{ hotlineReportByReceipt: { attachments: { id: string }[] } }>(
      gateway.yoga,
      {
        query:
          'query ($r: String!, $p: HotlineProofInput!) { hotlineReportByReceipt(receipt: $r, proof: $p) { attachments { id } } }',
        variables: { r: receipt, p: await proveWork(gateway.yoga) },
        headers: office,
      },
    );
    const attachmentId = opened.body.data?.hotlineReportByReceipt.attachments[0]?.id ?? '';
    expect(attachmentId).not.toBe('');

    // Answering without work is refused before the receipt is looked at, and says how to get through.
    const message = { receipt, input: { body: 'Тағы бір дерек бар.' } };
    const unworked = await graphqlRequest(gateway.yoga, {
      query: ADD_REPORTER_MESSAGE,
      variables: message,
      headers: office,
    });
    expect(codeOf(unworked.body)).toBe('RATE_LIMITED');
    expect(unworked.body.errors?.[0]?.extensions?.['retryWithWork']).toBe('ordinary');
    const worked = await graphqlRequest<{ addReporterMessage: { messages: { body: string }[] } }>(
      gateway.yoga,
      {
        query: ADD_REPORTER_MESSAGE,
        variables: { ...message, proof: await proveWork(gateway.yoga) },
        headers: office,
      },
    );
    expect(worked.body.data?.addReporterMessage.messages.at(-1)?.body).toBe('Тағы бір дерек бар.');

    // The reporter's files likewise: 429 with the hint, then the file.
    const refused = await reporterDownload(receipt, attachmentId, office);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-adal-retry-with-work')).toBe('ordinary');
    const downloaded = await reporterDownload(receipt, attachmentId, office, await proveWork(gateway.yoga));
    expect(downloaded.status).toBe(200);
  });

  it('does not count a right receipt or a malformed one against the client', async () => {
    const { receipt } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const reporter = client('203.0.113.20');
    const message = { query: ADD_REPORTER_MESSAGE, headers: reporter };
    for (let n = 0; n < 12; n += 1) {
      expect((await followUp(gateway.yoga, receipt, reporter)).body.errors).toBeUndefined();
      const malformed = await graphqlRequest(gateway.yoga, {
        ...message,
        variables: { receipt: '12 34', input: { body: 'Сәлем' } },
      });
      expect(codeOf(malformed.body)).toBe('VALIDATION');
    }
    // Without work, so the allowance decides: it is whole.
    const answered = await graphqlRequest(gateway.yoga, {
      ...message,
      variables: { receipt, input: { body: 'Сәлем' } },
    });
    expect(answered.body.errors).toBeUndefined();
  });

  it('gives a client its tries back once the window has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const guesser = client('203.0.113.70');
    for (let n = 0; n < 10; n += 1) await followUp(gateway.yoga, unknownReceipt(n), guesser);
    const { receipt } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const message = {
      query: ADD_REPORTER_MESSAGE,
      headers: guesser,
      variables: { receipt, input: { body: 'Сәлем' } },
    };
    expect(codeOf((await graphqlRequest(gateway.yoga, message)).body)).toBe('RATE_LIMITED');
    vi.setSystemTime(Date.now() + 15 * MINUTE_MS);
    expect((await graphqlRequest(gateway.yoga, message)).body.errors).toBeUndefined();
  });

  it('answers an expired receipt exactly like an unknown one', async () => {
    const { receipt } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const reporter = client('203.0.113.30');
    const unknown = await followUp(gateway.yoga, unknownReceipt(99), reporter);
    // The expiry job's mark on the report; every report of this test's organisation alike.
    await gateway.orm.em
      .fork()
      .nativeUpdate(
        HotlineReport,
        { organization: org.organizationId },
        { reporterAccessExpiredAt: new Date() },
      );
    const expired = await followUp(gateway.yoga, receipt, reporter);
    expect(expired.status).toBe(unknown.status);
    expect(expired.body).toEqual(unknown.body);
    await gateway.orm.em
      .fork()
      .nativeUpdate(HotlineReport, { organization: org.organizationId }, { reporterAccessExpiredAt: null });
  });

  it('does not count refused submissions against the hourly allowance', async () => {
    const reporter = client('203.0.113.80');
    for (let n = 0; n < 6; n += 1) {
      const { body } = await submitReport(gateway.yoga, {
        organizationId: org.organizationId,
        what: 'қысқа',
        headers: reporter,
      });
      expect(codeOf(body)).toBe('VALIDATION');
    }
    const { body } = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      headers: reporter,
    });
    expect(body.errors).toBeUndefined();
  });

  it('keeps counters under keyed hashes only', async () => {
    await followUp(gateway.yoga, unknownReceipt(7), client('203.0.113.90'));
    const rows = await gateway.orm.em
      .fork()
      .execute<{ key: string }[]>('select key from rate_limit.counter order by key');
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key).toMatch(
        /^(receipt-failures|submissions|strong-submissions|spent-challenges):[A-Za-z0-9_-]{22,43}$/,
      );
    }
  });
});

describe('the proof of work', () => {
  const submit = (proof: unknown) =>
    graphqlRequest(gateway.yoga, {
      query: /* GraphQL */ `
        mutation ($input: HotlineReportInput!, $proof: HotlineProofInput!) {
          submitHotlineReport(input: $input, proof: $proof) {
            number
          }
        }
      `,
      variables: {
        input: {
          organizationId: org.organizationId,
          category: 'other',
          what: 'x'.repeat(40),
          anonymous: true,
        },
        proof,
      },
      headers: client(`203.0.113.${100 + Math.floor(Math.random() * 100)}`),
    });

  it('is required: a submission or a lookup without one is refused and stores nothing', async () => {
    const before = await storedReports();
    for (const query of [
      'mutation ($input: HotlineReportInput!) { submitHotlineReport(input: $input) { number } }',
      'query ($receipt: String!) { hotlineReportByReceipt(receipt: $receipt) { number } }',
    ]) {
      const { body } = await graphqlRequest(gateway.yoga, {
        query,
        variables: {
          input: {
            organizationId: org.organizationId,
            category: 'other',
            what: 'x'.repeat(40),
            anonymous: true,
          },
          receipt: unknownReceipt(1),
        },
      });
      expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toMatch(/proof/);
    }
    expect(await storedReports()).toBe(before);
  });

  it('serves once: a replay is VALIDATION, on this replica or another, and stores nothing', async () => {
    const proof = await proveWork(gateway.yoga);
    expect((await submit(proof)).body.errors).toBeUndefined();
    const before = await storedReports();
    const again = await submit(proof);
    expect(codeOf(again.body)).toBe('VALIDATION');
    expect(again.body.errors?.[0]?.extensions?.['field']).toBe('proof');
    const elsewhere = await graphqlRequest(replica, {
      query:
        'mutation ($input: HotlineReportInput!, $proof: HotlineProofInput!) { submitHotlineReport(input: $input, proof: $proof) { number } }',
      variables: {
        input: {
          organizationId: org.organizationId,
          category: 'other',
          what: 'x'.repeat(40),
          anonymous: true,
        },
        proof,
      },
      headers: client('203.0.113.99'),
    });
    expect(codeOf(elsewhere.body)).toBe('VALIDATION');
    expect(await storedReports()).toBe(before);
  });

  it('serves once even when replayed concurrently', async () => {
    const proof = await proveWork(gateway.yoga);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        followUp(gateway.yoga, unknownReceipt(5), client('203.0.113.98'), proof),
      ),
    );
    const codes = answers.map(({ body }) => codeOf(body));
    expect(codes.filter((code) => code === 'NOT_FOUND')).toHaveLength(1);
    expect(codes.filter((code) => code === 'VALIDATION')).toHaveLength(7);
  });

  it('refuses a forged, unsolved or too easy challenge', async () => {
    const proof = await proveWork(gateway.yoga);
    const [id, expires, difficulty, signature] = proof.challenge.split('.');
    const easier = { ...proof, challenge: `${id}.${expires}.${Number(difficulty) - 4}.${signature}` };
    const later = { ...proof, challenge: `${id}.${Number(expires) + 3_600_000}.${difficulty}.${signature}` };
    let wrong = 0;
    while (leadingZeroBits(workDigest({ ...proof, nonce: `x${wrong}` })) >= Number(difficulty)) wrong += 1;
    const unsolved = { ...proof, nonce: `x${wrong}` };
    for (const bad of [easier, later, unsolved, { challenge: 'made.up', nonce: '1' }]) {
      expect(codeOf((await submit(bad)).body)).toBe('VALIDATION');
    }
    // The genuine one was never spent by those refusals.
    expect((await submit(proof)).body.errors).toBeUndefined();
  });

  it('expires', async () => {
    const proof = await proveWork(gateway.yoga);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 11 * MINUTE_MS });
    expect(codeOf((await submit(proof)).body)).toBe('VALIDATION');
  });
});
