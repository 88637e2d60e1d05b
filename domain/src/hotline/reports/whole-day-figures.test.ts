import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import type { KpiFilter } from '../../kpi/kpi-definition.js';
import { hotlineDashboard } from './dashboard.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import './kpis.js';

// Reports of March 2025, in Kazakhstan's time (UTC+5): five on the 9th, ONE on the 10th at
// 09:17:23.456 (the report an attacker wants to date), none on the 11th, five on the 12th.
let w: HotlineWorld;
let auditor: Actor;
let firstHead: Actor;
const at = (local: string) => new Date(`${local}+05:00`);
const NOW = at('2025-03-20T12:00:00');

beforeAll(async () => {
  w = await createHotlineWorld();
  auditor = (await w.person(['auditor'])).actor;
  firstHead = (await w.person(['first_head'])).actor;
  for (let i = 0; i < 5; i += 1) await w.report({}, at(`2025-03-09T1${i}:00:00`));
  await w.report({}, at('2025-03-10T09:17:23.456'));
  for (let i = 0; i < 5; i += 1) await w.report({}, at(`2025-03-12T1${i}:30:00`));
});

afterAll(async () => {
  await w?.db.drop();
});

async function reportsCount(filter: KpiFilter, now = NOW, actor = auditor) {
  const [value] = await computeKpiValues(w.db.orm.em.fork(), actor, ['hotline.reports_count'], filter, now);
  return value;
}

describe('hotline KPIs count whole days of Kazakhstan', () => {
  it('takes a day as its bound only from its start, and refuses any finer bound, naming the KPI', async () => {
    expect(
      await reportsCount({ periodFrom: at('2025-03-11T00:00:00'), periodTo: at('2025-03-19T00:00:00') }),
    ).toMatchObject({
      value: 5,
      suppressed: false,
      periodFrom: at('2025-03-11T00:00:00'),
      periodTo: at('2025-03-19T00:00:00'),
    });
    // A probe around the report of 09:17:23.456 gets no figure at all, rather than the day's.
    for (const time of ['09:17:23.455', '09:17:23.456', '09:17:23.457', '23:59:59.999', '00:00:00.001']) {
      for (const [field, filter] of [
        ['periodFrom', { periodFrom: at(`2025-03-10T${time}`), periodTo: at('2025-03-19T00:00:00') }],
        ['periodTo', { periodFrom: at('2025-03-01T00:00:00'), periodTo: at(`2025-03-10T${time}`) }],
      ] as const) {
        const refused = reportsCount(filter);
        await expect(refused).rejects.toBeInstanceOf(ValidationError);
        await expect(refused).rejects.toMatchObject({
          messageKey: 'kpi.periodFinerThanDay',
          params: { code: 'hotline.reports_count', field },
        });
      }
    }
  });

  it('takes the day on the clocks of Kazakhstan, not in UTC', async () => {
    // 19:00 UTC on the 10th is the start of the 11th in Kazakhstan: the report of the 10th is out.
    expect(await reportsCount({ periodFrom: new Date('2025-03-10T19:00:00Z') })).toMatchObject({ value: 5 });
    expect(await reportsCount({ periodFrom: new Date('2025-03-09T19:00:00Z') })).toMatchObject({
      periodFrom: at('2025-03-10T00:00:00'),
      suppressed: true,
    });
    // UTC's midnight is 05:00 in Kazakhstan: within a day there.
    await expect(reportsCount({ periodFrom: new Date('2025-03-10T00:00:00Z') })).rejects.toMatchObject({
      messageKey: 'kpi.periodFinerThanDay',
    });
  });

  it('withholds a period whose first or last day holds 1 to 4 reports, since a day more or less would show it', async () => {
    // 11 reports from the 9th on; one day later the 10th starts the period and holds one.
    expect(await reportsCount({ periodFrom: at('2025-03-09T00:00:00') })).toMatchObject({ value: 11 });
    expect(await reportsCount({ periodFrom: at('2025-03-10T00:00:00') })).toMatchObject({
      value: null,
      suppressed: true,
    });
    expect(
      await reportsCount({ periodFrom: at('2025-03-09T00:00:00'), periodTo: at('2025-03-10T00:00:00') }),
    ).toMatchObject({ value: null, suppressed: true });
    expect(
      await reportsCount({ periodFrom: at('2025-03-09T00:00:00'), periodTo: at('2025-03-09T00:00:00') }),
    ).toMatchObject({ value: 5, suppressed: false });
  });

  it('ends with yesterday: a report counts from the day after it arrived', async () => {
    const morning = at('2025-03-25T08:00:00');
    const count = async (now: Date) =>
      (await reportsCount({ periodFrom: at('2025-03-12T00:00:00') }, now))?.value;
    expect(await count(morning)).toBe(5);
    await w.report({}, morning);
    expect(await count(at('2025-03-25T23:59:59'))).toBe(5);
    expect(await count(at('2025-03-26T00:00:00'))).toBe(null);
    const clamped = await reportsCount({ periodTo: at('2025-12-31T00:00:00') }, at('2025-03-25T10:00:00'));
    expect(clamped?.periodTo).toEqual(at('2025-03-24T00:00:00'));
    await expect(
      reportsCount({ periodFrom: at('2025-03-25T00:00:00') }, at('2025-03-25T10:00:00')),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('judges deadlines as of the start of today, so a deadline passing during the day shows tomorrow', async () => {
    // The five reports of the 12th are due for acknowledgement between 10:30 and 14:30 on the 13th.
    const acknowledged = async (now: Date) => {
      const [value] = await computeKpiValues(
        w.db.orm.em.fork(),
        auditor,
        ['hotline.acknowledged_in_time'],
        { periodFrom: at('2025-03-12T00:00:00'), periodTo: at('2025-03-12T00:00:00') },
        now,
      );
      return value?.denominator;
    };
    expect(await acknowledged(at('2025-03-13T09:00:00'))).toBe(0);
    expect(await acknowledged(at('2025-03-13T23:00:00'))).toBe(0);
    expect(await acknowledged(at('2025-03-14T00:00:00'))).toBe(5);
  });
});

describe('the hotline dashboard counts whole days too', () => {
  it('snaps its period to days, and shows management and auditors the figures up to yesterday', async () => {
    const em = w.db.orm.em.fork();
    const within = (time: string) =>
      hotlineDashboard(em, firstHead, { periodFrom: at(`2025-03-11T${time}`) }, at('2025-03-12T20:00:00'));
    // On the evening of the 12th, the five reports of that day are not in the first head's figures yet.
    expect((await within('00:00:00')).total.count).toBe(0);
    expect((await within('23:59:59.999')).total.count).toBe(0);
    const allTime = await hotlineDashboard(em, auditor, {}, at('2025-03-12T20:00:00'));
    expect(allTime.total).toEqual({ key: 'total', count: 6, display: '6' });
    // The compliance head runs the queue: she sees today's reports as they come.
    const live = await hotlineDashboard(
      em,
      w.head,
      { periodFrom: at('2025-03-11T00:00:00') },
      at('2025-03-12T20:00:00'),
    );
    expect(live.total.count).toBe(5);
  });
});
