import { format } from 'node:util';
import type { MikroORM } from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import type { YogaLogger } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import {
  ADD_REPORTER_MESSAGE,
  REPORT_BY_RECEIPT,
  SUBMIT_REPORT,
  WHAT,
  proveWork,
  type ReporterReportData,
} from '../testing/hotline-operations.js';
import { startGateway, type RunningGateway } from '../start-gateway.js';

const PROBE_IP = '203.0.113.77';
const PROBE_AGENT = 'AnonymityProbe/1.0';
const PROBE_COOKIE = 'adal_session=probe-cookie-4711';
const SECRET_WHAT = `${WHAT} Анонимдік тексеру белгісі: ORCHID-5521.`;

let database: TestDatabase;
let gateway: RunningGateway;
let org: HotlineOrganization;
const logLines: string[] = [];

const capture: YogaLogger = {
  debug: (...args: unknown[]) => logLines.push(format(...args)),
  info: (...args: unknown[]) => logLines.push(format(...args)),
  warn: (...args: unknown[]) => logLines.push(format(...args)),
  error: (...args: unknown[]) => logLines.push(format(...args)),
};

beforeAll(async () => {
  database = await createTestDatabase();
  // Behind a proxy, so that the forwarded address is read (for the rate limits) and must still leave no trace.
  gateway = await startGateway({
    port: 0,
    databaseUrl: database.databaseUrl,
    devLogin: true,
    logger: capture,
    jobs: false,
    trustProxy: 1,
  });
  org = await buildHotlineOrganization(gateway.orm);
});

afterAll(async () => {
  await gateway?.close();
  await database?.drop();
});

/** Every row of every table of the database, as JSON text (bytea columns as hex). */
async function everyRow(orm: MikroORM): Promise<Set<string>> {
  const em = orm.em.fork();
  const tables = await em.execute<{ table_schema: string; table_name: string }[]>(
    `select table_schema, table_name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const rows = new Set<string>();
  for (const { table_schema: schema, table_name: table } of tables) {
    const found = await em.execute<{ row: string }[]>(
      `select row_to_json(t)::text as row from "${schema}"."${table}" t`,
    );
    for (const { row } of found) rows.add(`${table}: ${row}`);
  }
  return rows;
}

/** A value as it would appear in text, JSON or a bytea column's hex. */
function traces(value: string): string[] {
  return [value, Buffer.from(value, 'utf8').toString('hex')];
}

describe('anonymity of the intake (issue 4 §1)', () => {
  it('stores and logs nothing that identifies the reporter: no address, agent, cookie, account, nor the text in clear', async () => {
    const signIn = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-adal-csrf': '1' },
      body: JSON.stringify({
        query: 'mutation($email: String!) { devLogin(email: $email) { token } }',
        variables: { email: org.employee.email },
      }),
    });
    const token = ((await signIn.json()) as { data: { devLogin: { token: string } } }).data.devLogin.token;
    const before = await everyRow(gateway.orm);
    const logsBefore = logLines.length;
    const consoleLines: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleLines.push(format(...args));
      }),
    );

    const probeHeaders = {
      'x-forwarded-for': PROBE_IP,
      'user-agent': PROBE_AGENT,
      cookie: PROBE_COOKIE,
      authorization: `Bearer ${token}`,
      'x-adal-csrf': '1',
    };
    const graphql = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { ...probeHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    };
    let receipt: string | undefined;
    try {
      // The report, with a file, as the intake sends it (multipart).
      const form = new FormData();
      const input = {
        organizationId: org.organizationId,
        category: 'corruption',
        what: SECRET_WHAT,
        anonymous: true,
        attachments: [null],
      };
      form.append(
        'operations',
        JSON.stringify({ query: SUBMIT_REPORT, variables: { input, proof: await proveWork(gateway.url) } }),
      );
      form.append('map', JSON.stringify({ '0': ['variables.input.attachments.0'] }));
      form.append('0', new File([new TextEncoder().encode('Шот-фактура № 17, ORCHID-5521')], 'шот.txt'));
      const submitted = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: probeHeaders,
        body: form,
      });
      const result = (await submitted.json()) as { data: { submitHotlineReport: { receipt: string } } };
      receipt = result.data.submitHotlineReport.receipt;
      expect(receipt).toMatch(/^\d{4}( \d{4}){7}$/);

      // The follow-up, an answer with a file, a download of that file, and failures along the way.
      const followed = await graphql(REPORT_BY_RECEIPT, { receipt, proof: await proveWork(gateway.url) });
      expect(followed.errors).toBeUndefined();
      const answer = new FormData();
      answer.append(
        'operations',
        JSON.stringify({
          query: ADD_REPORTER_MESSAGE,
          variables: { receipt, input: { body: 'Тағы бір дерек: ORCHID-5521.', attachments: [null] } },
        }),
      );
      answer.append('map', JSON.stringify({ '0': ['variables.input.attachments.0'] }));
      answer.append('0', new File([new TextEncoder().encode('Келісімшарт, ORCHID-5521')], 'келісімшарт.txt'));
      const answered = (await (
        await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: probeHeaders, body: answer })
      ).json()) as { data: { addReporterMessage: ReporterReportData } };
      const attachmentId = answered.data.addReporterMessage.messages.flatMap((m) => m.attachments)[0]?.id;
      const download = await fetch(`${gateway.url}/hotline/reporter-attachment`, {
        method: 'POST',
        headers: { ...probeHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ receipt, attachmentId }),
      });
      expect(download.status).toBe(200);
      expect(await download.text()).toBe('Келісімшарт, ORCHID-5521');
      await graphql(REPORT_BY_RECEIPT, {
        receipt: '9999 9999 9999 9999 9999 9999 9999 9999',
        proof: await proveWork(gateway.url),
      });
      await graphql(REPORT_BY_RECEIPT, { receipt: 'not a receipt', proof: await proveWork(gateway.url) });
      await graphql(SUBMIT_REPORT, {
        input: { ...input, what: '', attachments: [] },
        proof: await proveWork(gateway.url),
      });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }

    if (!receipt) throw new Error('the report was not filed');
    const after = await everyRow(gateway.orm);
    const written = [...after].filter((row) => !before.has(row));
    expect(written.some((row) => row.startsWith('hotline_report:'))).toBe(true);
    // The rate limits' counters were written too, so the scan below covers them.
    expect(written.some((row) => row.startsWith('counter:'))).toBe(true);
    const everything = [...after].join('\n');
    for (const secret of [
      PROBE_IP,
      PROBE_AGENT,
      'probe-cookie-4711',
      'ORCHID-5521',
      receipt,
      receipt.replaceAll(' ', ''),
    ]) {
      for (const trace of traces(secret)) expect(everything).not.toContain(trace);
    }
    // The person the token names exists in the database, but nothing written by these requests names them.
    for (const trace of traces(org.employee.id)) expect(written.join('\n')).not.toContain(trace);

    const logged = [...logLines.slice(logsBefore), ...consoleLines].join('\n');
    for (const secret of [
      PROBE_IP,
      PROBE_AGENT,
      'probe-cookie-4711',
      'ORCHID-5521',
      receipt,
      org.employee.id,
      org.employee.email,
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});
