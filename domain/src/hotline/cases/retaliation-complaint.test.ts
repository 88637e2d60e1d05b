import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { assignHotlineCase } from './case-assignment.js';
import { getHotlineCase } from './case-view.js';
import { HotlineCaseLink } from './hotline-case-link.entity.js';
import { HotlineReport } from './hotline-report.entity.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { caseLinks, openRetaliationComplaint } from './retaliation-complaint.js';
import { triageHotlineCase } from './triage.js';

// ISO 37002 §8.4: a later complaint of retaliation is a case of its own, linked to the original.

let w: HotlineWorld;
const T0 = new Date('2026-05-04T04:00:00Z');
const LATER = new Date('2026-09-01T04:00:00Z');
const COMPLAINT = {
  channel: 'phone' as const,
  category: 'policy_violation' as const,
  what: 'Хабарлағаннан кейін басшым сыйақымды алып тастады.',
  anonymous: true,
};

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

describe('a complaint of retaliation', () => {
  it('is opened from the original case, even a closed one, as a new case both pages link', async () => {
    const { reportId: original, number } = await w.report({}, T0);
    await w.inTx((tx) =>
      triageHotlineCase(
        tx,
        w.head,
        w.keyring,
        original,
        { scope: 'out_of_scope', reason: 'not_related' },
        T0,
      ),
    );
    const receipt = await w.inTx((tx) =>
      openRetaliationComplaint(tx, w.head, w.keyring, original, COMPLAINT, LATER),
    );
    expect(receipt.receipt).toMatch(/^(\d{4} ){7}\d{4}$/);
    const complaint = await getHotlineCase(em(), w.head, w.keyring, receipt.reportId, LATER);
    expect(complaint).toMatchObject({
      status: 'received',
      channel: 'phone',
      content: { what: COMPLAINT.what },
    });
    expect(await caseLinks(em(), w.head, receipt.reportId)).toEqual({
      retaliationComplaintOf: { id: original, number },
      retaliationComplaints: [],
    });
    expect(await caseLinks(em(), w.head, original)).toEqual({
      retaliationComplaintOf: null,
      retaliationComplaints: [{ id: receipt.reportId, number: receipt.number }],
    });
    const event = await em().findOneOrFail(AuditEvent, {
      entityId: original,
      action: 'hotline.retaliation_complaint_opened',
    });
    expect(event.data).toEqual({ complaintId: receipt.reportId });
  });

  it('is opened by the case’s investigator too, never by someone the case is not theirs', async () => {
    const { reportId: original } = await w.report({}, T0);
    await w.inTx((tx) => assignHotlineCase(tx, w.head, original, [w.investigator.personId], T0));
    const receipt = await w.inTx((tx) =>
      openRetaliationComplaint(tx, w.investigator, w.keyring, original, COMPLAINT, LATER),
    );
    expect((await caseLinks(em(), w.head, original)).retaliationComplaints.map((c) => c.id)).toEqual([
      receipt.reportId,
    ]);
    await expect(
      w.inTx((tx) =>
        openRetaliationComplaint(tx, w.otherInvestigator, w.keyring, original, COMPLAINT, LATER),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('without what happened is VALIDATION and opens nothing', async () => {
    const { reportId: original } = await w.report({}, T0);
    const before = {
      reports: await em().count(HotlineReport, {}),
      links: await em().count(HotlineCaseLink, {}),
    };
    await expect(
      w.inTx((tx) =>
        openRetaliationComplaint(tx, w.head, w.keyring, original, { ...COMPLAINT, what: ' ' }, LATER),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect({
      reports: await em().count(HotlineReport, {}),
      links: await em().count(HotlineCaseLink, {}),
    }).toEqual(before);
  });
});
