import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { button } from '../testing/ui';
import SettingsForm from './SettingsForm.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const SETTINGS = {
  acknowledgeHours: 24,
  processingDays: 30,
  retentionYears: 5,
  reporterAccessIdleDays: 90,
  alternateHandler: null,
};
let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('UpdateHotlineSettings', ({ input }) => ({
    updateHotlineSettings: { ...SETTINGS, ...(input as object) },
  }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

function mountForm() {
  const options = withPlugin();
  return mount(SettingsForm, {
    attachTo: document.body,
    props: { settings: SETTINGS },
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
}

async function type(wrapper: ReturnType<typeof mountForm>, id: string, value: string): Promise<void> {
  const input = wrapper.find<HTMLInputElement>(`#${id}`);
  input.element.value = value;
  await input.trigger('input');
  await input.trigger('blur');
}

describe('SettingsForm', () => {
  it('says when the acknowledgement deadline is longer than the methodology’s 24 hours (§69), and not otherwise', async () => {
    const wrapper = mountForm();
    expect(wrapper.find('.above-methodology').exists()).toBe(false);
    await type(wrapper, 'settings-acknowledgeHours', '48');
    expect(wrapper.get('.above-methodology').text()).toBe(
      'You set 48 hours: longer than the 24 hours the methodology asks for (§69). The acknowledgement KPI says so too.',
    );
    await type(wrapper, 'settings-acknowledgeHours', '24');
    expect(wrapper.find('.above-methodology').exists()).toBe(false);
  });

  it('labels the processing deadline as the organisation’s own rule, not the methodology’s', () => {
    const wrapper = mountForm();
    expect(wrapper.text()).toContain('Process a report within (calendar days, the organisation’s own rule)');
    expect(wrapper.text()).toContain('The organisation’s own rule, not the methodology’s');
  });

  it('refuses a value out of range at its field, keeps what was typed and sends nothing', async () => {
    const wrapper = mountForm();
    await type(wrapper, 'settings-acknowledgeHours', '500');
    await button(wrapper, 'Save the settings').trigger('click');
    await flushPromises();

    const input = wrapper.get<HTMLInputElement>('#settings-acknowledgeHours');
    // Not clamped to the nearest allowed value: the person sees what they typed, and why not.
    expect(input.element.value).toBe('500');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toBe('settings-acknowledgeHours-error');
    expect(wrapper.get('#settings-acknowledgeHours-error').text()).toBe(
      'Enter a whole number from 1 to 168.',
    );
    expect(document.activeElement).toBe(input.element);
    expect(graphql.sent('UpdateHotlineSettings')).toEqual([]);
    expect(wrapper.text()).not.toContain('The settings are saved.');
    wrapper.unmount();
  });

  it('shows the server’s refusal of a setting at that field, and never says saved', async () => {
    graphql.on('UpdateHotlineSettings', () => {
      throw new AdalGraphqlError('VALIDATION', 'The processing deadline is 1 to 365 days', {
        details: { field: 'processingDays', min: 1, max: 365 },
      });
    });
    const wrapper = mountForm();
    await type(wrapper, 'settings-processingDays', '45');
    await button(wrapper, 'Save the settings').trigger('click');
    await flushPromises();

    expect(graphql.sent('UpdateHotlineSettings')).toEqual([{ input: { processingDays: 45 } }]);
    expect(wrapper.get('#settings-processingDays-error').text()).toBe('Enter a whole number from 1 to 365.');
    expect(wrapper.text()).not.toContain('The settings are saved.');

    // Changing the value withdraws the refusal.
    await type(wrapper, 'settings-processingDays', '40');
    expect(wrapper.find('#settings-processingDays-error').exists()).toBe(false);
    wrapper.unmount();
  });
});
