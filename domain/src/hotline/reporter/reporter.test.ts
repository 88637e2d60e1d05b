import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { Person } from '../../org/person.entity.js';
import { assignHotlineCase } from '../cases/case-assignment.js';
import {
  acknowledgeHotlineCase,
  addHotlineNote,
  closeHotlineCase,
  recordFindings,
  sendHotlineMessage,
} from '../cases/case-work.js';
import { HotlineAttachment } from '../intake/hotline-attachment.entity.js';
import { HotlineMessage } from './hotline-message.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { expireReporterAccess } from '../cases/retention.js';
import { UNKNOWN_RECEIPT_MESSAGE } from './reporter-access.js';
import { addReporterMessage, hotlineReportByReceipt, reporterAttachment } from './reporter.js';
import { newReceipt, formatReceipt } from '../crypto/receipt.js';

let w: HotlineWorld;

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const T0 = new Date('2026-04-01T06:00:00Z');
const DAY = 86_400_000;
const MINUTE = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
const TXT = (text: string) => ({ fileName: 'facts.txt', data: Buffer.from(text) });

/** Closes a case directly, as of `closedAt`: how it was closed does not matter to access. */
async function closeAt(reportId: string, closedAt: Date): Promise<void> {
  await w.db.orm.em
    .fork()
    .nativeUpdate(
      HotlineReport,
      { id: reportId },
      { status: 'closed', outcome: 'not_substantiated', closedAt },
    );
}

function lookup(receipt: string, now = T0) {
  return w.inTx((em) => hotlineReportByReceipt(em, w.keyring, receipt, now));
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ name: string; code: string; message: string; details: unknown }> {
  const error = (await promise.catch((e: unknown) => e)) as {
    name: string;
    code: string;
    message: string;
    details: unknown;
  };
  return { name: error.name, code: error.code, message: error.message, details: error.details };
}

describe('follow-up with the receipt', () => {
  it('answers a wrong receipt exactly as an unknown and an expired one: NOT_FOUND, one message, no details', async () => {
    const expired = await w.report({}, T0);
    await closeAt(expired.reportId, T0);
    await w.inTx((em) => expireReporterAccess(em, w.org.organization.id, new Date(T0.getTime() + 91 * DAY)));
    const wrongDigit = expired.receipt.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    const answers = await Promise.all(
      [wrongDigit, formatReceipt(newReceipt()), expired.receipt].map((r) =>
        failure(lookup(r, new Date(T0.getTime() + 92 * DAY))),
      ),
    );
    for (const answer of answers) {
      expect(answer).toEqual({
        name: 'UnknownReceiptError',
        code: 'NOT_FOUND',
        message: UNKNOWN_RECEIPT_MESSAGE,
        details: undefined,
      });
    }
    await expect(lookup(expired.receipt)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a malformed receipt with VALIDATION', async () => {
    for (const bad of ['', '1234 5678', 'abcd efgh ijkl mnop qrst uvwx yzab cdef']) {
      await expect(lookup(bad)).rejects.toBeInstanceOf(ValidationError);
    }
  });

  it("keeps an open case's receipt working however long the reporter is away (§41.1)", async () => {
    const { receipt, reportId } = await w.report({}, T0);
    const later = new Date(T0.getTime() + 400 * DAY);
    await w.inTx((em) => expireReporterAccess(em, w.org.organization.id, later));
    await expect(lookup(receipt, later)).resolves.toMatchObject({ status: 'received' });
    expect(
      (await w.db.orm.em.fork().findOneOrFail(HotlineReport, { id: reportId })).reporterAccessExpiredAt,
    ).toBeNull();
  });

  it('counts the 90 idle days from closing, and refuses past them even before the expiry job has run', async () => {
    const { receipt, reportId } = await w.report({}, T0);
    const closedAt = new Date(T0.getTime() + 200 * DAY);
    await closeAt(reportId, closedAt);
    // Not seen for 289 days, but closed 89 days ago: the outcome is still there to read.
    await expect(lookup(receipt, new Date(closedAt.getTime() + 89 * DAY))).resolves.toMatchObject({
      status: 'closed',
    });
    // Seen on day 89 after closing: idle time counts from the last follow-up.
    await expect(lookup(receipt, new Date(closedAt.getTime() + 170 * DAY))).resolves.toMatchObject({
      status: 'closed',
    });
    await expect(lookup(receipt, new Date(closedAt.getTime() + 261 * DAY))).rejects.toThrow(
      UNKNOWN_RECEIPT_MESSAGE,
    );
  });

  it('lets the reporter re-read what they reported, with their files, 100 days on while the case is open', async () => {
    const { receipt } = await w.report({ attachments: [TXT('дәлел')], when: null }, T0);
    const view = await lookup(receipt, new Date(T0.getTime() + 100 * DAY));
    expect(view.content).toEqual({
      what: 'Сатып алу бөлімінің басшысы жеткізушіден конверт алды, тендер соның пайдасына шешілді.',
      when: null,
      where: 'Бас кеңсе, 4-қабат',
      who: 'Сатып алу бөлімінің басшысы',
    });
    expect(view.attachments.map((a) => a.fileName)).toEqual(['facts.txt']);
    const file = await w.inTx((em) =>
      reporterAttachment(em, w.keyring, receipt, view.attachments[0]!.id, new Date(T0.getTime() + 100 * DAY)),
    );
    expect(file.data.toString()).toBe('дәлел');
  });

  it('lets the reporter answer a question with facts and files; staff names and notes stay hidden', async () => {
    const { receipt, reportId } = await w.report({}, T0);
    await w.inTx((em) => assignHotlineCase(em, w.head, reportId, [w.investigator.personId], at(1)));
    await w.inTx((em) => acknowledgeHotlineCase(em, w.investigator, w.keyring, reportId, at(2)));
    await w.inTx((em) =>
      sendHotlineMessage(
        em,
        w.investigator,
        w.keyring,
        reportId,
        { kind: 'question', body: 'Конверт қашан берілді?' },
        at(3),
      ),
    );
    await w.inTx((em) =>
      addHotlineNote(em, w.investigator, w.keyring, reportId, 'Жеке ескерту: куәгерді тексеру', at(4)),
    );
    const later = new Date(T0.getTime() + DAY);
    const view = await w.inTx((em) =>
      addReporterMessage(
        em,
        w.keyring,
        receipt,
        { body: '  12 наурызда, түскі астан кейін.  ', attachments: [TXT('чек №15')] },
        later,
      ),
    );
    expect(view.messages.map((m) => [m.from, m.kind, m.code, m.body])).toEqual([
      ['organisation', 'acknowledgement', 'auto_receipt', ''],
      ['organisation', 'acknowledgement', 'acknowledged', ''],
      ['organisation', 'question', null, 'Конверт қашан берілді?'],
      ['reporter', 'reporter', null, '12 наурызда, түскі астан кейін.'],
    ]);
    const file = view.messages[3]?.attachments[0];
    expect(file).toMatchObject({ fileName: 'facts.txt', sizeBytes: Buffer.byteLength('чек №15') });
    const json = JSON.stringify(view);
    const investigator = await w.db.orm.em.fork().findOneOrFail(Person, { id: w.investigator.personId });
    expect(json).not.toContain('Жеке ескерту');
    expect(json).not.toContain(w.investigator.personId);
    expect(json).not.toContain(investigator.fullName);
    const download = await w.inTx((em) => reporterAttachment(em, w.keyring, receipt, file?.id ?? '', later));
    expect(download).toMatchObject({ fileName: 'facts.txt', contentType: 'text/plain; charset=utf-8' });
    expect(download.data.toString('utf8')).toBe('чек №15');
    const stored = await w.db.orm.em.fork().findOneOrFail(HotlineReport, { id: reportId });
    expect(stored.reporterLastSeenAt).toEqual(later);
    const event = await w.db.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { entityId: reportId, action: 'hotline.reporter_message' });
    expect(event).toMatchObject({ actorPersonId: null, data: { attachments: 1 } });
  });

  it('gives a reporter only the files of their own case', async () => {
    const mine = await w.report({ attachments: [TXT('менікі')] }, T0);
    const theirs = await w.report({}, T0);
    const { id } = await w.db.orm.em.fork().findOneOrFail(HotlineAttachment, { report: mine.reportId });
    await expect(
      w.inTx((em) => reporterAttachment(em, w.keyring, theirs.receipt, id, T0)),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      w.inTx((em) => reporterAttachment(em, w.keyring, mine.receipt, id, T0)),
    ).resolves.toMatchObject({ fileName: 'facts.txt' });
    // The files sent with the report are listed on the report itself, not on a message.
    const view = await w.inTx((em) => hotlineReportByReceipt(em, w.keyring, mine.receipt, T0));
    expect(view.attachments).toEqual([{ id, fileName: 'facts.txt', sizeBytes: expect.any(Number) }]);
    expect(view.messages.flatMap((message) => message.attachments)).toEqual([]);
  });

  it('refuses an empty message and a message to a closed case, changing nothing', async () => {
    const { receipt, reportId } = await w.report({}, T0);
    await expect(
      w.inTx((em) => addReporterMessage(em, w.keyring, receipt, { body: '   ' }, T0)),
    ).rejects.toBeInstanceOf(ValidationError);
    await w.inTx((em) => assignHotlineCase(em, w.head, reportId, [w.investigator.personId], T0));
    await w.inTx((em) =>
      recordFindings(em, w.investigator, w.keyring, reportId, {
        findings: 'Расталмады',
        outcome: 'not_substantiated',
      }),
    );
    await w.inTx((em) =>
      closeHotlineCase(
        em,
        w.investigator,
        w.keyring,
        reportId,
        { outcome: 'not_substantiated', messageToReporter: 'Тексеру аяқталды.' },
        at(5),
      ),
    );
    const before = await w.db.orm.em.fork().count(HotlineMessage, { report: reportId });
    await expect(
      w.inTx((em) => addReporterMessage(em, w.keyring, receipt, { body: 'Тағы бір дерек' }, at(6))),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await w.db.orm.em.fork().count(HotlineMessage, { report: reportId })).toBe(before);
    const view = await lookup(receipt, at(7));
    expect(view).toMatchObject({ status: 'closed', outcome: 'not_substantiated', closedAt: at(5) });
    expect(view.messages.at(-1)).toMatchObject({ kind: 'outcome', body: 'Тексеру аяқталды.' });
    expect(JSON.stringify(view)).not.toContain('Расталмады');
  });
});
