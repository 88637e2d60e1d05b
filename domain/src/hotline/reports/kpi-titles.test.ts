import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentKpi } from '../../kpi/kpi-title.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { updateHotlineSettings } from '../hotline-settings.js';
import { ACKNOWLEDGED_IN_TIME_KPI, PROCESSED_IN_TIME_KPI } from './kpis.js';

let w: HotlineWorld;

beforeAll(async () => {
  w = await createHotlineWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const present = (kpi: typeof ACKNOWLEDGED_IN_TIME_KPI) =>
  w.inTx((em) => presentKpi(em, w.org.organization.id, kpi));

describe("the hotline KPIs say the organisation's own deadlines", () => {
  it('names the methodology’s 24 hours and the default 30 days, with no note, until the organisation changes them', async () => {
    const acknowledged = await present(ACKNOWLEDGED_IN_TIME_KPI);
    expect(acknowledged.title).toEqual({
      kk: 'Сенім желісіне түскен хабарламалардың 24 сағат ішінде расталған үлесі',
      ru: 'Доля обращений на линию доверия, получение которых подтверждено в течение 24 ч',
      en: 'Share of hotline reports acknowledged within 24 hours',
    });
    expect(acknowledged.note).toBeNull();
    expect((await present(PROCESSED_IN_TIME_KPI)).title.en).toBe(
      "Share of reports processed within the organisation's own deadline (30 days)",
    );
  });

  it('follows a longer acknowledgement deadline in its title and says it is above the methodology’s 24 hours (§69)', async () => {
    await w.inTx((em) => updateHotlineSettings(em, w.head, { acknowledgeHours: 48, processingDays: 45 }));
    const acknowledged = await present(ACKNOWLEDGED_IN_TIME_KPI);
    expect(acknowledged.title.en).toBe('Share of hotline reports acknowledged within 48 hours');
    expect(acknowledged.title.ru).toBe(
      'Доля обращений на линию доверия, получение которых подтверждено в течение 48 ч',
    );
    expect(acknowledged.note).toEqual({
      kk: 'Ұйым растау мерзімін 48 сағат етіп белгілеген; Әдістеме алғашқы кері байланысты 24 сағат ішінде беруді талап етеді (69-тармақ).',
      ru: 'Организация установила срок подтверждения 48 ч; Методика требует первой обратной связи в течение 24 ч (п. 69).',
      en: 'The organisation set 48 hours to acknowledge; the methodology asks for first feedback within 24 hours (§69).',
    });
    expect((await present(PROCESSED_IN_TIME_KPI)).title.kk).toBe(
      'Ұйымның ішкі ережесіндегі мерзімде (45 күн) қаралған өтініштер үлесі',
    );
  });

  it('adds no note to a deadline shorter than the methodology’s', async () => {
    await w.inTx((em) => updateHotlineSettings(em, w.head, { acknowledgeHours: 12 }));
    const acknowledged = await present(ACKNOWLEDGED_IN_TIME_KPI);
    expect(acknowledged.title.en).toBe('Share of hotline reports acknowledged within 12 hours');
    expect(acknowledged.note).toBeNull();
  });
});
