import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import { HAMPER } from '../testing/gift-fixture';
import GiftFacts from './GiftFacts.vue';

describe('GiftFacts', () => {
  it('shows a foreign amount with the rate it was converted at', () => {
    const gift = { ...HAMPER, valueAmount: 200, currency: 'USD', exchangeRate: 505, valueTenge: 101000 };
    const wrapper = mount(GiftFacts, { props: { gift }, global: withPlugin('ru').global });
    const value = wrapper.text().replace(/\s+/g, ' ');
    expect(value).toContain('= 101 000 ₸');
    expect(value).toMatch(/курс: 1 [^=]+ = 505 ₸/);
    expect(value).not.toContain('USD');
  });

  it('shows no rate for tenge', () => {
    const wrapper = mount(GiftFacts, { props: { gift: HAMPER }, global: withPlugin('ru').global });
    expect(wrapper.text()).not.toContain('курс');
  });
});
