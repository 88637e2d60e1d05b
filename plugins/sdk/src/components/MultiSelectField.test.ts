import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import MultiSelect from 'primevue/multiselect';
import MultiSelectField from './MultiSelectField.vue';
import RiskChips from './RiskChips.vue';

const OPTIONS = [
  { id: 'risk-7', label: '№ 7 · Hiring of relatives' },
  { id: 'risk-9', label: '№ 9 · Procurement of works' },
];

describe('MultiSelectField', () => {
  it('is named by its label, described by its hint and error, and gives back the chosen ids', async () => {
    const wrapper = mount(MultiSelectField, {
      props: {
        id: 'risks',
        label: 'Risks it answers',
        hint: 'Type a number',
        error: 'Choose risks of your register',
        options: OPTIONS,
        modelValue: ['risk-7'],
        filter: true,
      },
      global: { plugins: [PrimeVue] },
      attachTo: document.body,
    });
    expect(wrapper.get('label').attributes('for')).toBe('risks');
    const input = wrapper.get('#risks');
    expect(input.attributes('aria-labelledby')).toBe('risks-label');
    expect(input.attributes('aria-describedby')).toBe('risks-error risks-hint');
    const select = wrapper.getComponent(MultiSelect);
    expect(select.props('filter')).toBe(true);
    expect(select.props('display')).toBe('chip');
    expect(wrapper.text()).toContain('№ 7 · Hiring of relatives');
    select.vm.$emit('update:modelValue', ['risk-7', 'risk-9']);
    expect(wrapper.emitted('update:modelValue')).toEqual([[['risk-7', 'risk-9']]]);
    wrapper.unmount();
  });
});

describe('RiskChips', () => {
  it('shows each risk by its number, the process read out and shown as its tooltip', () => {
    const wrapper = mount(RiskChips, {
      props: {
        label: 'Risks it answers',
        risks: [{ id: 'risk-7', code: '№ 7', processOrDocument: 'Hiring of relatives' }],
      },
    });
    expect(wrapper.get('ul').attributes('aria-label')).toBe('Risks it answers');
    const chip = wrapper.get('li');
    expect(chip.attributes('title')).toBe('Hiring of relatives');
    expect(chip.text()).toBe('№ 7: Hiring of relatives');
  });

  it('shows nothing when it answers no risk', () => {
    const wrapper = mount(RiskChips, { props: { label: 'Risks it answers', risks: [] } });
    expect(wrapper.find('ul').exists()).toBe(false);
  });
});
