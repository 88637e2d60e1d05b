import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  generateHotlineKeyring,
  parseHotlineKeyring,
  serializeHotlineKeyring,
  withNewHotlineKey,
} from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import { devLoginToken } from '../testing/graphql-request.js';
import { caseIdByNumber, staff } from '../testing/hotline-case-operations.js';
import { fileReport, followUp, pdfFile, WHAT } from '../testing/hotline-operations.js';
import { createGatewayYoga } from '../yoga.js';

const GATEWAY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let database: TestDatabase;
let org: HotlineOrganization;

beforeAll(async () => {
  database = await createTestDatabase();
  org = await buildHotlineOrganization(database.orm);
});

afterAll(async () => {
  await database?.drop();
});

describe('key rotation (pnpm --filter @adal/gateway run hotline:rekey)', () => {
  it('re-seals every report under the new key, so that the old key can be dropped', async () => {
    const old = generateHotlineKeyring('k1');
    const before = await createGatewayYoga({ orm: database.orm, hotlineKeyring: old, trustProxy: 1 });
    const { receipt, number } = await fileReport(before, {
      organizationId: org.organizationId,
      anonymous: false,
      name: 'Әсел Нұрова',
      contact: '+7 701 000 00 00',
      files: [pdfFile('шот.pdf')],
    });

    // Step one: the new key first, the old one after it; then the script.
    const rotating = serializeHotlineKeyring(withNewHotlineKey(old, 'k2'));
    const { stdout } = await promisify(execFile)(
      join(GATEWAY_DIR, 'node_modules', '.bin', 'tsx'),
      [join(GATEWAY_DIR, 'src', 'cli', 'hotline-rekey.ts')],
      {
        cwd: GATEWAY_DIR,
        env: {
          ...process.env,
          DATABASE_URL: database.databaseUrl,
          ADAL_DEV_LOGIN: '0',
          ADAL_HOTLINE_KEYS: rotating.keys,
          ADAL_HOTLINE_RECEIPT_PEPPER: rotating.pepper,
        },
      },
    );
    expect(stdout).toMatch(/Re-encrypted [1-9]\d* hotline values under key k2/);

    // Step two: the old key is gone, and everything still opens.
    const newKeyOnly = parseHotlineKeyring(rotating.keys.split(',')[0] ?? '', rotating.pepper);
    expect([...newKeyOnly.keys.keys()]).toEqual(['k2']);
    const after = await createGatewayYoga({
      orm: database.orm,
      hotlineKeyring: newKeyOnly,
      trustProxy: 1,
      devLogin: true,
    });
    const { body } = await followUp(after, receipt);
    expect(body.errors).toBeUndefined();
    expect(body.data?.hotlineReportByReceipt.number).toBe(number);
    expect(body.data?.hotlineReportByReceipt.messages[0]?.code).toBe('auto_receipt');
    const head = await devLoginToken(after, org.head.email);
    const id = await caseIdByNumber(after, head, number);
    const seen = await staff<{
      hotlineCase: { content: { what: string }; attachments: { fileName: string }[] };
    }>(
      after,
      head,
      'query($id: ID!) { hotlineCase(id: $id) { content { what } attachments { fileName } } }',
      { id },
    );
    expect(seen.error).toBeNull();
    expect(seen.data?.hotlineCase).toEqual({
      content: { what: WHAT },
      attachments: [{ fileName: 'шот.pdf' }],
    });
  });
});
