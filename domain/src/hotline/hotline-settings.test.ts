import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { createHotlineWorld, type HotlineWorld } from './hotline-fixtures.js';
import { hotlineSettings, updateHotlineSettings } from './hotline-settings.js';

let w: HotlineWorld;

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

async function settingsAudits(): Promise<number> {
  return w.db.orm.em.fork().count(AuditEvent, { action: 'hotline.settings_updated' });
}

describe('hotline settings', () => {
  it('changes the values given within their range and records it', async () => {
    const saved = await w.inTx((tx) => updateHotlineSettings(tx, w.head, { acknowledgeHours: 48 }));
    expect(saved.acknowledgeHours).toBe(48);
    expect(await settingsAudits()).toBe(1);
  });

  it('refuses a value out of its range with the field it concerns, instead of clamping it', async () => {
    const before = await hotlineSettings(w.db.orm.em.fork(), w.head.organizationId);
    const refused: [Parameters<typeof updateHotlineSettings>[2], string, number, number][] = [
      [{ acknowledgeHours: 0 }, 'acknowledgeHours', 1, 168],
      [{ acknowledgeHours: 500 }, 'acknowledgeHours', 1, 168],
      [{ processingDays: 366 }, 'processingDays', 1, 365],
      [{ retentionYears: 51 }, 'retentionYears', 1, 50],
      [{ reporterAccessIdleDays: 6 }, 'reporterAccessIdleDays', 7, 3650],
      [{ processingDays: 2.5 }, 'processingDays', 1, 365],
      // A good value beside a bad one changes nothing either.
      [{ processingDays: 20, retentionYears: 100 }, 'retentionYears', 1, 50],
    ];
    for (const [patch, field, min, max] of refused) {
      await expect(w.inTx((tx) => updateHotlineSettings(tx, w.head, patch))).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { field, min, max },
      });
    }
    expect(await hotlineSettings(w.db.orm.em.fork(), w.head.organizationId)).toEqual(before);
    expect(await settingsAudits()).toBe(1);
  });
});
