import { HotlineReport } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequest } from '../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import { ADD_REPORTER_MESSAGE, fileReport, followUp, submitReport } from '../testing/hotline-operations.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
let now = Date.parse('2026-03-02T09:00:00Z');

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: true, intakeClock: () => now });
  org = await buildHotlineOrganization(gateway.orm);
});

afterAll(async () => {
  await gateway?.drop();
});

const MINUTE_MS = 60_000;
const client = (address: string) => ({ 'x-forwarded-for': `${address}, 10.0.0.1` });
const unknownReceipt = (n: number) => `${String(n).padStart(4, '0')} 1111 2222 3333 4444 5555 6666 7777`;

describe('rate limits of the anonymous operations', () => {
  it('refuses every receipt operation of a client after 10 unknown receipts in 15 minutes, until the window passes', async () => {
    const { receipt } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const guesser = client('203.0.113.10');
    for (let n = 0; n < 10; n += 1) {
      const { body } = await followUp(gateway.yoga, unknownReceipt(n), guesser);
      expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // Now even the right receipt is refused for this client, with HTTP 429.
    const refused = await followUp(gateway.yoga, receipt, guesser);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const message = await graphqlRequest(gateway.yoga, {
      query: ADD_REPORTER_MESSAGE,
      variables: { receipt, input: { body: 'Тағы бір дерек бар.' } },
      headers: guesser,
    });
    expect(message.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const download = await gateway.yoga.fetch('http://gateway.test/hotline/reporter-attachment', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...guesser },
      body: JSON.stringify({ receipt, attachmentId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(download.status).toBe(429);

    // Another client is not affected.
    const other = await followUp(gateway.yoga, receipt, client('203.0.113.11'));
    expect(other.body.data?.hotlineReportByReceipt.status).toBe('received');

    now += 15 * MINUTE_MS;
    const later = await followUp(gateway.yoga, receipt, guesser);
    expect(later.body.data?.hotlineReportByReceipt.status).toBe('received');
  });

  it('does not count a right receipt or a malformed one against the client', async () => {
    const { receipt } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const reporter = client('203.0.113.20');
    for (let n = 0; n < 12; n += 1) {
      expect((await followUp(gateway.yoga, receipt, reporter)).body.errors).toBeUndefined();
      expect((await followUp(gateway.yoga, '12 34', reporter)).body.errors?.[0]?.extensions?.code).toBe(
        'VALIDATION',
      );
    }
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
  });

  it('accepts 5 reports from a client in an hour and refuses the sixth, storing nothing', async () => {
    const reporter = client('203.0.113.40');
    for (let n = 0; n < 5; n += 1) {
      const { body } = await submitReport(gateway.yoga, {
        organizationId: org.organizationId,
        headers: reporter,
      });
      expect(body.errors).toBeUndefined();
    }
    const em = gateway.orm.em.fork();
    const before = await em.count(HotlineReport, {});
    const sixth = await submitReport(gateway.yoga, { organizationId: org.organizationId, headers: reporter });
    expect(sixth.status).toBe(429);
    expect(sixth.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await em.fork().count(HotlineReport, {})).toBe(before);

    const neighbour = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      headers: client('203.0.113.41'),
    });
    expect(neighbour.body.errors).toBeUndefined();
    now += 60 * MINUTE_MS;
    const nextHour = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      headers: reporter,
    });
    expect(nextHour.body.errors).toBeUndefined();
  });

  it('does not count refused submissions against the hourly allowance', async () => {
    const reporter = client('203.0.113.50');
    for (let n = 0; n < 6; n += 1) {
      const { body } = await submitReport(gateway.yoga, {
        organizationId: org.organizationId,
        what: 'қысқа',
        headers: reporter,
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    }
    const { body } = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      headers: reporter,
    });
    expect(body.errors).toBeUndefined();
  });
});
