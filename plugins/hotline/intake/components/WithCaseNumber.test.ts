import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { intakeMessages } from '../i18n/locales';
import WithCaseNumber from './WithCaseNumber.vue';

describe('WithCaseNumber', () => {
  it('reads as the message says, with the report number in an element that does not wrap', () => {
    for (const [template, text] of [
      [intakeMessages.ru.followUp.reportTitle, 'Обращение HL-2026-0014'],
      [intakeMessages.kk.followUp.reportTitle, 'HL-2026-0014 өтініші'],
      [intakeMessages.kk.receipt.number, 'Өтініш нөмірі: HL-2026-0014'],
    ] as const) {
      const wrapper = mount(WithCaseNumber, { props: { template, number: 'HL-2026-0014' } });
      expect(wrapper.text()).toBe(text);
      expect(wrapper.find('.case-number').text()).toBe('HL-2026-0014');
    }
  });
});
