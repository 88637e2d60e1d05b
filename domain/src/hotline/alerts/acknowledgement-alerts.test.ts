import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../../org/person.entity.js';
import { acknowledgementAlertMails } from './acknowledgement-alert-mail.js';
import {
  dueAcknowledgementAlerts,
  markAlertSent,
  type AcknowledgementAlert,
} from './acknowledgement-alerts.js';
import { assignHotlineCase } from '../cases/case-assignment.js';
import { acknowledgeHotlineCase } from '../cases/case-work.js';
import { HotlineAlert } from './hotline-alert.entity.js';
import { HotlineReport } from '../cases/hotline-report.entity.js';
import { createHotlineWorld, SAMPLE_REPORT, type HotlineWorld } from '../hotline-fixtures.js';

const T0 = new Date('2026-05-04T04:00:00Z');
const HOUR = 3_600_000;
const APP_URL = 'https://adal.test.kz/';

let w: HotlineWorld;
let deadline: Date;
const reports: Record<'unassigned' | 'assigned' | 'acknowledged' | 'closed', string> = {
  unassigned: '',
  assigned: '',
  acknowledged: '',
  closed: '',
};

/** Hours relative to the acknowledgement deadline, which all reports share (received at T0). */
const around = (hours: number) => new Date(deadline.getTime() + hours * HOUR);

function due(now: Date): Promise<AcknowledgementAlert[]> {
  return dueAcknowledgementAlerts(w.db.orm.em.fork(), w.org.organization.id, now);
}

async function markAll(now: Date): Promise<void> {
  await w.inTx(async (em) => {
    for (const alert of await dueAcknowledgementAlerts(em, w.org.organization.id, now)) {
      markAlertSent(em, alert, now);
    }
  });
}

function summary(alerts: AcknowledgementAlert[]): string[] {
  return alerts
    .map((alert) => {
      const name = Object.entries(reports).find(([, id]) => id === alert.reportId)?.[0];
      return `${name} ${alert.kind} ${alert.recipients.map((r) => r.email).join(',')}`;
    })
    .sort();
}

let headEmail: string;
let investigatorEmail: string;

beforeAll(async () => {
  w = await createHotlineWorld();
  reports.unassigned = (
    await w.report({ anonymous: false, name: 'Нұрлан Ахметов', contact: '+7 701 555 0101' }, T0)
  ).reportId;
  reports.assigned = (await w.report({}, T0)).reportId;
  reports.acknowledged = (await w.report({}, T0)).reportId;
  reports.closed = (await w.report({}, T0)).reportId;
  await w.inTx((em) => assignHotlineCase(em, w.head, reports.assigned, [w.investigator.personId], T0));
  await w.inTx((em) => acknowledgeHotlineCase(em, w.head, w.keyring, reports.acknowledged, T0));
  const em = w.db.orm.em.fork();
  await em.nativeUpdate(HotlineReport, { id: reports.closed }, { status: 'closed', closedAt: T0 });
  deadline = (await em.findOneOrFail(HotlineReport, { id: reports.unassigned })).acknowledgeBy;
  const head = await em.findOneOrFail(Person, { id: w.head.personId });
  head.locale = 'ru';
  await em.flush();
  headEmail = head.email;
  investigatorEmail = (await em.findOneOrFail(Person, { id: w.investigator.personId })).email;
});

afterAll(async () => {
  await w?.db.drop();
});

describe('acknowledgement alerts (§69: first feedback within 24 hours)', () => {
  it('alerts nobody while the deadline is more than four hours away', async () => {
    expect(await due(around(-4.5))).toEqual([]);
  });

  it('alerts the assigned investigators, or the compliance heads when nobody is assigned, four hours before', async () => {
    expect(summary(await due(around(-3)))).toEqual([
      `assigned due_soon ${investigatorEmail}`,
      `unassigned due_soon ${headEmail}`,
    ]);
  });

  it('writes only the case number, the deadline and a link, in the recipient’s language', async () => {
    const alert = (await due(around(-3))).find((a) => a.reportId === reports.unassigned);
    if (!alert) throw new Error('expected an alert for the unassigned case');
    const [mail] = acknowledgementAlertMails(alert, APP_URL);
    expect(mail?.to).toBe(headEmail);
    expect(mail?.subject).toBe(`Приближается срок подтверждения обращения: ${alert.caseNumber}`);
    expect(mail?.text).toContain(alert.caseNumber);
    expect(mail?.text).toContain(`https://adal.test.kz/hotline/cases/${reports.unassigned}`);
    // 24 hours after 09:00 in Kazakhstan on 4 May.
    expect(mail?.text).toContain('05.05.2026 09:00');
    const everything = `${mail?.subject}\n${mail?.text}`;
    for (const secret of [
      SAMPLE_REPORT.what,
      SAMPLE_REPORT.where ?? '',
      SAMPLE_REPORT.who ?? '',
      SAMPLE_REPORT.when ?? '',
      'Нұрлан',
      '+7 701',
      'corruption',
      'коррупц',
      'жемқор',
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('sends each alert once, then once more when the deadline has passed', async () => {
    await markAll(around(-3));
    expect(await due(around(-1))).toEqual([]);
    expect(summary(await due(around(1)))).toEqual([
      `assigned overdue ${investigatorEmail}`,
      `unassigned overdue ${headEmail}`,
    ]);
    await markAll(around(1));
    expect(await due(around(30))).toEqual([]);
    expect(await w.db.orm.em.fork().count(HotlineAlert, { organization: w.org.organization.id })).toBe(4);
  });

  it('sends nothing for acknowledged or closed cases', async () => {
    const alerts = await due(around(-3));
    const overdue = await dueAcknowledgementAlerts(w.db.orm.em.fork(), w.org.organization.id, around(100));
    const ids = [...alerts, ...overdue].map((alert) => alert.reportId);
    expect(ids).not.toContain(reports.acknowledged);
    expect(ids).not.toContain(reports.closed);
  });
});
