import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHotlineKeyring, serializeHotlineKeyring } from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import {
  REPORT_BY_RECEIPT,
  SUBMIT_REPORT,
  WHAT,
  proveWork,
  type ReporterReportData,
} from '../testing/hotline-operations.js';

const GATEWAY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join(GATEWAY_DIR, 'src', 'testing', 'gateway-process.ts');

let database: TestDatabase;
let org: HotlineOrganization;
const keys = serializeHotlineKeyring(generateHotlineKeyring());
const children = new Set<ChildProcess>();

beforeAll(async () => {
  database = await createTestDatabase();
  org = await buildHotlineOrganization(database.orm);
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await database?.drop();
});

/**
 * Starts the gateway as a child process and resolves with its URL once it listens. The child is
 * Node itself with tsx as a loader, not tsx's wrapper, so the process a signal reaches is the one
 * that holds the port.
 */
function spawnGateway(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: GATEWAY_DIR,
    env: {
      ...process.env,
      DATABASE_URL: database.databaseUrl,
      ADAL_HOTLINE_KEYS: keys.keys,
      ADAL_HOTLINE_RECEIPT_PEPPER: keys.pepper,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('exit', (code) => reject(new Error(`the gateway exited with ${code}: ${output}`)));
  });
}

function post(url: string, query: string, variables: Record<string, unknown>): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-adal-csrf': '1' },
    body: JSON.stringify({ query, variables }),
  });
}

describe('a report whose receipt was shown', () => {
  it('survives the gateway being killed the moment the receipt arrives', async () => {
    const first = await spawnGateway();
    const response = await post(first.url, SUBMIT_REPORT, {
      input: {
        organizationId: org.organizationId,
        category: 'conflict_of_interest',
        what: WHAT,
        anonymous: true,
      },
      proof: await proveWork(first.url),
    });
    const body = (await response.json()) as {
      data: { submitHotlineReport: { receipt: string; number: string } };
    };
    // No graceful shutdown, no flush on exit: the process is gone as soon as the answer is read.
    first.child.kill('SIGKILL');
    const { receipt, number } = body.data.submitHotlineReport;
    await new Promise((done) => first.child.once('exit', done));
    // The server itself is gone, not only a wrapper around it: nothing answers on its port.
    const stillAnswers = await fetch(`${first.url}/health`).then(
      () => true,
      () => false,
    );
    expect(stillAnswers, 'the killed gateway still answers on its port: the kill missed the server').toBe(
      false,
    );

    const second = await spawnGateway();
    const found = await post(second.url, REPORT_BY_RECEIPT, { receipt, proof: await proveWork(second.url) });
    const report = ((await found.json()) as { data: { hotlineReportByReceipt: ReporterReportData } }).data
      .hotlineReportByReceipt;
    expect(report).toMatchObject({ number, category: 'conflict_of_interest', status: 'received' });
    expect(report.messages.map((message) => message.code)).toEqual(['auto_receipt']);
    second.child.kill('SIGKILL');
    await new Promise((done) => second.child.once('exit', done));
  });
});
