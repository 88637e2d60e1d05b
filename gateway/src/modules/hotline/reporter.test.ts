import { AuditEvent } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlMultipart } from '../../testing/graphql-multipart.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import {
  ADD_REPORTER_MESSAGE,
  fileReport,
  followUp,
  freshClient,
  pdfFile,
  submitReport,
  WHAT,
  type ReporterReportData,
} from '../../testing/hotline-operations.js';
import { hotlineSnapshot } from '../../testing/hotline-snapshot.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  org = await buildHotlineOrganization(gateway.orm);
});

afterAll(async () => {
  await gateway?.drop();
});

const RECEIPT_FORMAT = /^\d{4}( \d{4}){7}$/;

describe('the public intake', () => {
  it('lists the organisations a report can be filed with, without signing in', async () => {
    const { body } = await graphqlRequest<{ intakeOrganizations: { id: string; name: string }[] }>(
      gateway.yoga,
      {
        query: '{ intakeOrganizations { id name } }',
        headers: freshClient(),
      },
    );
    expect(body.data?.intakeOrganizations).toContainEqual({ id: org.organizationId, name: org.name });
  });

  it('files an anonymous report and returns a receipt of 32 digits in groups of four', async () => {
    const { receipt, number } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    expect(receipt).toMatch(RECEIPT_FORMAT);
    expect(number).toMatch(/^HL-\d{4}-\d{4}$/);
  });

  it('shows the reporter the automatic acknowledgement at once, from "the organisation"', async () => {
    const { receipt, number } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const { body } = await followUp(gateway.yoga, receipt);
    const report = body.data?.hotlineReportByReceipt;
    expect(report).toMatchObject({ number, category: 'corruption', status: 'received', outcome: null });
    expect(report?.messages).toEqual([
      expect.objectContaining({
        from: 'organisation',
        kind: 'acknowledgement',
        code: 'auto_receipt',
        body: '',
      }),
    ]);
  });

  it('accepts a receipt typed with dashes or without spaces', async () => {
    const { receipt, number } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    for (const typed of [receipt.replaceAll(' ', ''), receipt.replaceAll(' ', '-')]) {
      const { body } = await followUp(gateway.yoga, typed);
      expect(body.data?.hotlineReportByReceipt.number).toBe(number);
    }
  });

  it('takes files with the report and lets the reporter add facts and files with the receipt', async () => {
    const { receipt } = await fileReport(gateway.yoga, {
      organizationId: org.organizationId,
      files: [pdfFile('шот-фактура.pdf')],
    });
    const { body } = await graphqlMultipart<{ addReporterMessage: ReporterReportData }>(gateway.yoga, {
      query: ADD_REPORTER_MESSAGE,
      variables: { receipt, input: { body: 'Келісімшарттың көшірмесін қосамын.', attachments: [null] } },
      files: { 'input.attachments.0': pdfFile('келісімшарт.pdf', 100) },
      headers: freshClient(),
    });
    const added = body.data?.addReporterMessage.messages.at(-1);
    expect(added).toMatchObject({
      from: 'reporter',
      kind: 'reporter',
      body: 'Келісімшарттың көшірмесін қосамын.',
      attachments: [{ fileName: 'келісімшарт.pdf', sizeBytes: 108 }],
    });
  });

  it('keeps an open reporter’s name off everything the reporter view shows', async () => {
    const { receipt } = await fileReport(gateway.yoga, {
      organizationId: org.organizationId,
      anonymous: false,
      name: 'Әсел Нұрова',
      contact: '+7 701 000 00 00',
    });
    const { body } = await followUp(gateway.yoga, receipt);
    expect(JSON.stringify(body.data)).not.toContain('Әсел Нұрова');
  });

  it('ignores a token sent along: the report is filed with no actor, even when the token is invalid', async () => {
    const token = await devLoginToken(gateway.yoga, org.employee.email);
    const before = await gateway.orm.em.fork().count(AuditEvent, { action: 'hotline.report_received' });
    const signed = await submitReport(gateway.yoga, { organizationId: org.organizationId, token });
    expect(signed.body.errors).toBeUndefined();
    const garbage = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      token: 'not-a-token',
    });
    expect(garbage.body.errors).toBeUndefined();
    const events = await gateway.orm.em
      .fork()
      .find(AuditEvent, { action: 'hotline.report_received' }, { orderBy: { seq: 'asc' } });
    expect(events).toHaveLength(before + 2);
    expect(events.slice(-2).map((event) => event.actorPersonId)).toEqual([null, null]);
  });

  it('refuses to mix the anonymous operations with other fields in one request', async () => {
    const token = await devLoginToken(gateway.yoga, org.employee.email);
    const { body } = await graphqlRequest(gateway.yoga, {
      query: '{ viewer { id } intakeOrganizations { id } }',
      token,
      headers: freshClient(),
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});

describe('bad input at the intake changes nothing', () => {
  it('refuses an empty description (VALIDATION)', async () => {
    const before = await hotlineSnapshot(gateway.orm);
    for (const what of ['', '   ']) {
      const { body } = await submitReport(gateway.yoga, { organizationId: org.organizationId, what });
      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION',
        field: 'what',
        messageKey: 'hotline.report.whatRequired',
        params: {},
      });
      expect(body.data).toBeNull();
    }
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses a file over 5 MB (VALIDATION, too_large)', async () => {
    const before = await hotlineSnapshot(gateway.orm);
    const { body } = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      files: [pdfFile('small.pdf'), pdfFile('scan.pdf', 5 * 1024 * 1024)],
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      file: 'scan.pdf',
      reason: 'too_large',
    });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses a file whose bytes are not an allowed type, whatever its name says (VALIDATION, type)', async () => {
    const before = await hotlineSnapshot(gateway.orm);
    const program = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])], 'invoice.pdf', {
      type: 'application/pdf',
    });
    const { body } = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      files: [program],
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      file: 'invoice.pdf',
      reason: 'type',
    });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses more than 5 files (VALIDATION, count)', async () => {
    const before = await hotlineSnapshot(gateway.orm);
    const files = Array.from({ length: 6 }, (_, i) => pdfFile(`page-${i + 1}.pdf`));
    const { body } = await submitReport(gateway.yoga, { organizationId: org.organizationId, files });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', reason: 'count' });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses an open report without a name (VALIDATION)', async () => {
    const before = await hotlineSnapshot(gateway.orm);
    const { body } = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      anonymous: false,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses a disallowed file with a reporter message (VALIDATION, type)', async () => {
    const { receipt } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const before = await hotlineSnapshot(gateway.orm);
    const { body } = await graphqlMultipart(gateway.yoga, {
      query: ADD_REPORTER_MESSAGE,
      variables: { receipt, input: { body: 'Қосымша файл.', attachments: [null] } },
      files: {
        'input.attachments.0': new File(['<script>alert(1)</script>'], 'page.html', { type: 'text/html' }),
      },
      headers: freshClient(),
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      file: 'page.html',
      reason: 'type',
    });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('refuses an empty message from the reporter (VALIDATION)', async () => {
    const { receipt } = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const before = await hotlineSnapshot(gateway.orm);
    const { body } = await graphqlRequest(gateway.yoga, {
      query: ADD_REPORTER_MESSAGE,
      variables: { receipt, input: { body: '  ' } },
      headers: freshClient(),
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'body' });
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });
});

describe('receipts', () => {
  it('answers a malformed receipt with VALIDATION and changes nothing', async () => {
    const before = await hotlineSnapshot(gateway.orm);
    for (const receipt of ['1234', 'abcd efgh', '1234 5678 9012 3456 7890 1234 5678 90123']) {
      const { body } = await followUp(gateway.yoga, receipt);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'receipt' });
      const answered = await graphqlRequest(gateway.yoga, {
        query: ADD_REPORTER_MESSAGE,
        variables: { receipt, input: { body: 'Тағы бір дерек.' } },
        headers: freshClient(),
      });
      expect(answered.body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    }
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('answers an unknown receipt with NOT_FOUND and nothing more, changing nothing', async () => {
    const before = await hotlineSnapshot(gateway.orm);
    const { body } = await followUp(gateway.yoga, '0000 1111 2222 3333 4444 5555 6666 7777');
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'No report matches this receipt',
        extensions: { code: 'NOT_FOUND', messageKey: 'hotline.reporter.unknownReceipt', params: {} },
      }),
    ]);
    expect(await hotlineSnapshot(gateway.orm)).toEqual(before);
  });

  it('describes what happened only to the receipt holder: the text is sealed in the database', async () => {
    const what = `${WHAT} Бірегей белгі: Q7-ZEBRA-${Date.now()}`;
    await fileReport(gateway.yoga, { organizationId: org.organizationId, what });
    const rows = await gateway.orm.em
      .fork()
      .execute<{ row: string }[]>('select row_to_json(t)::text as row from hotline_report t');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.row.includes('Q7-ZEBRA'))).toBe(false);
  });
});
