import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import type { KpiValue } from '../stores/hotline-kpis';
import KpiTile from './KpiTile.vue';

const VALUE: KpiValue = {
  code: 'hotline.acknowledged_in_time',
  title: {
    kk: 'Сенім желісіне түскен хабарламалардың 48 сағат ішінде расталған үлесі',
    ru: 'Доля обращений на линию доверия, получение которых подтверждено в течение 48 ч',
    en: 'Share of hotline reports acknowledged within 48 hours',
  },
  note: {
    kk: 'Ұйым растау мерзімін 48 сағат етіп белгілеген; Әдістеме 24 сағат ішінде талап етеді (69-тармақ).',
    ru: 'Организация установила срок подтверждения 48 ч; Методика требует 24 ч (п. 69).',
    en: 'The organisation set 48 hours; the methodology asks for 24 hours (§69).',
  },
  value: 90,
  target: 100,
  met: false,
  numerator: 9,
  denominator: 10,
  suppressed: false,
};

describe('KpiTile', () => {
  it("titles the KPI with the organisation's own deadline and shows the note on it, in the page's language", () => {
    const wrapper = mount(KpiTile, {
      ...withPlugin('ru'),
      props: { title: 'Обращения, подтверждённые вовремя', unit: 'percent', value: VALUE },
    });
    expect(wrapper.get('h3').text()).toBe(VALUE.title.ru);
    expect(wrapper.get('.note').text()).toBe(VALUE.note!.ru);
  });

  it('keeps its own title while the value loads, and shows no note where the setting follows the methodology', () => {
    const loading = mount(KpiTile, {
      ...withPlugin('en'),
      props: { title: 'Reports acknowledged in time', unit: 'percent', value: undefined },
    });
    expect(loading.get('h3').text()).toBe('Reports acknowledged in time');
    const plain = mount(KpiTile, {
      ...withPlugin('en'),
      props: { title: 'Reports acknowledged in time', unit: 'percent', value: { ...VALUE, note: null } },
    });
    expect(plain.find('.note').exists()).toBe(false);
  });
});
