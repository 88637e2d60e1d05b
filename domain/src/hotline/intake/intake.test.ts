import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { HotlineAttachment } from './hotline-attachment.entity.js';
import { HotlineMessage } from '../reporter/hotline-message.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';
import { createHotlineWorld, SAMPLE_REPORT, type HotlineWorld } from '../hotline-fixtures.js';
import {
  enterHotlineReportForCaller,
  listIntakeOrganizations,
  organizationForIntake,
  submitHotlineReport,
} from './intake.js';
import { MAX_ATTACHMENT_BYTES } from './attachments.js';
import { hotlineReportByReceipt } from '../reporter/reporter.js';
import { normalizeReceipt, receiptHash } from '../crypto/receipt.js';

let w: HotlineWorld;

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function rawRows(table: string): Promise<string> {
  const rows = await w.db.orm.em
    .fork()
    .execute<{ row: unknown }[]>(`select row_to_json(t) as row from ${table} t`);
  return JSON.stringify(rows);
}

async function counts(): Promise<number[]> {
  const em = w.db.orm.em.fork();
  return [
    await em.count(HotlineReport, {}),
    await em.count(HotlineMessage, {}),
    await em.count(HotlineAttachment, {}),
  ];
}

/** bytea as row_to_json prints it: "\\x<hex>". */
function hex(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex');
}

describe('public intake', () => {
  it('returns a receipt of 32 digits in eight groups and stores only its keyed hash', async () => {
    const now = new Date('2026-03-02T08:00:00Z');
    const result = await w.report({}, now);
    expect(result.receipt).toMatch(/^(\d{4} ){7}\d{4}$/);
    expect(result.number).toMatch(/^HL-2026-\d{4}$/);
    const digits = normalizeReceipt(result.receipt) ?? '';
    const report = await w.db.orm.em.fork().findOneOrFail(HotlineReport, { id: result.reportId });
    expect(report.receiptHash).toBe(receiptHash(w.keyring, digits));
    const everything = (
      await Promise.all(['hotline_report', 'hotline_message', 'audit_event'].map(rawRows))
    ).join('');
    expect(everything).not.toContain(digits);
    expect(everything).not.toContain(hex(digits));
  });

  it('keeps what happened, the open reporter and the files as ciphertext in the database', async () => {
    const result = await w.report({
      anonymous: false,
      name: 'Әлия Серікқызы',
      contact: '+7 701 555 12 34',
      attachments: [{ fileName: 'накладная.pdf', contentType: 'application/pdf', data: PDF }],
    });
    const raw = (
      await Promise.all(['hotline_report', 'hotline_attachment', 'hotline_message'].map(rawRows))
    ).join('');
    for (const plain of ['конверт', 'Әлия', '+7 701 555', 'накладная', '%PDF', 'auto_receipt']) {
      expect(raw).not.toContain(plain);
      expect(raw).not.toContain(hex(plain));
    }
    const [row] = await w.db.orm.em
      .fork()
      .execute<{ content: Buffer; identity: Buffer }[]>(
        'select content_sealed as content, identity_sealed as identity from hotline_report where id = ?',
        [result.reportId],
      );
    expect(row?.content[0]).toBe(1);
    expect(row?.identity.includes(Buffer.from('Әлия'))).toBe(false);
    const attachment = await w.db.orm.em.fork().findOneOrFail(HotlineAttachment, { report: result.reportId });
    expect(attachment).toMatchObject({
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedBy: 'reporter',
    });
  });

  it('waits with the automatic acknowledgement in the reporter’s inbox at once (§69: confirm receipt)', async () => {
    const now = new Date('2026-03-03T10:00:00Z');
    const { receipt } = await w.report({}, now);
    const view = await w.inTx((em) => hotlineReportByReceipt(em, w.keyring, receipt, now));
    expect(view.status).toBe('received');
    expect(view.messages).toEqual([
      expect.objectContaining({
        from: 'organisation',
        kind: 'acknowledgement',
        code: 'auto_receipt',
        body: '',
      }),
    ]);
    const report = await w.db.orm.em.fork().findOneOrFail(HotlineReport, { receivedAt: now });
    // §69: first feedback within 24 hours; §74.6: processed within 30 days by default.
    expect(report.acknowledgeBy).toEqual(new Date('2026-03-04T10:00:00Z'));
    expect(report.processBy).toEqual(new Date('2026-04-02T10:00:00Z'));
  });

  it('numbers reports per organisation without gaps', async () => {
    const a = await w.report();
    const b = await w.report();
    expect(Number(b.number.slice(-4))).toBe(Number(a.number.slice(-4)) + 1);
  });

  it('records on the audit trail that a report came, by channel and category only', async () => {
    const result = await w.report();
    const event = await w.db.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { entityId: result.reportId, action: 'hotline.report_received' });
    expect(event.actorPersonId).toBeNull();
    expect(event.data).toEqual({ channel: 'web', category: 'corruption' });
  });

  it('refuses an empty description and writes nothing', async () => {
    const before = await counts();
    for (const what of ['', '   ', 'too short']) {
      const error = await w.report({ what }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details).toMatchObject({ field: 'what' });
    }
    expect(await counts()).toEqual(before);
  });

  it('requires a name and a contact for an open report', async () => {
    await expect(w.report({ anonymous: false, name: 'Әлия', contact: ' ' })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { field: 'contact' },
    });
  });

  it('refuses oversized, disallowed and too many attachments with typed details, and writes nothing', async () => {
    const before = await counts();
    const cases = [
      {
        files: [{ fileName: 'big.pdf', data: Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]) }],
        reason: 'too_large',
      },
      { files: [{ fileName: 'run.exe', data: Buffer.from('MZ\x90\x00binary') }], reason: 'type' },
      { files: [{ fileName: 'page.html', data: Buffer.from('<script>alert(1)</script>') }], reason: 'type' },
      { files: [{ fileName: 'fake.pdf', data: Buffer.from('not a pdf at all') }], reason: 'type' },
      { files: [{ fileName: 'archive.docx', data: Buffer.from('plain text, not a zip') }], reason: 'type' },
      { files: Array.from({ length: 6 }, (_, i) => ({ fileName: `p${i}.png`, data: PNG })), reason: 'count' },
    ];
    for (const { files, reason } of cases) {
      const error = await w.report({ attachments: files }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details).toMatchObject({ reason });
    }
    expect(await counts()).toEqual(before);
  });

  it('accepts images, Office files and plain text, typed by their bytes', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const result = await w.report({
      attachments: [
        { fileName: 'photo.png', contentType: 'text/html', data: PNG },
        { fileName: 'акт.docx', data: zip },
        { fileName: 'смета.xlsx', data: zip },
        { fileName: 'notes.txt', data: Buffer.from('Қосымша мәлімет') },
        { fileName: 'C:\\Users\\me\\scan.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
      ],
    });
    const files = await w.db.orm.em
      .fork()
      .find(HotlineAttachment, { report: result.reportId }, { orderBy: { contentType: 'asc' } });
    expect(files.map((f) => f.contentType)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/jpeg',
      'image/png',
      'text/plain; charset=utf-8',
    ]);
  });

  it('refuses an unknown organisation', async () => {
    await expect(
      w.inTx((em) =>
        submitHotlineReport(em, w.keyring, '00000000-0000-4000-8000-000000000000', SAMPLE_REPORT),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists the organisations for the intake’s picker and finds one by id or BIN', async () => {
    const em = w.db.orm.em.fork();
    const { id, name } = w.org.organization;
    // No translation kept: the name as entered stands for every language.
    const names = { kk: name, ru: name, en: name };
    const list = await listIntakeOrganizations(em);
    expect(list).toContainEqual({ id, name, names });
    expect(await organizationForIntake(em, id)).toEqual({ id, name, names });
    await expect(organizationForIntake(em, '999999999999')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('reports taken by phone, in person or by letter (§69: one single hotline)', () => {
  it('records the channel and the operator, and hands the receipt to the caller', async () => {
    const now = new Date('2026-03-05T09:00:00Z');
    const result = await w.inTx((em) =>
      enterHotlineReportForCaller(em, w.investigator, w.keyring, { ...SAMPLE_REPORT, channel: 'phone' }, now),
    );
    const report = await w.db.orm.em.fork().findOneOrFail(HotlineReport, { id: result.reportId });
    expect(report).toMatchObject({ channel: 'phone', anonymous: true });
    expect(report.enteredBy?.id).toBe(w.investigator.personId);
    const view = await w.inTx((em) => hotlineReportByReceipt(em, w.keyring, result.receipt, now));
    expect(view.number).toBe(result.number);
  });

  it('is refused to people who do not run the hotline', async () => {
    const { actor } = await w.person(['employee', 'compliance_officer']);
    await expect(
      w.inTx((em) =>
        enterHotlineReportForCaller(em, actor, w.keyring, { ...SAMPLE_REPORT, channel: 'phone' }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
