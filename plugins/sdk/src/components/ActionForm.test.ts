import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createI18n } from 'vue-i18n';
import PrimeVue from 'primevue/config';
import { withKitMessages } from '../kit-messages';
import { adalPrimeVueOptions } from '../theme';
import ActionForm from './ActionForm.vue';

function mountForm(destructive?: boolean) {
  return mount(ActionForm, {
    props: { submitLabel: 'Remove', submitting: false, error: null, ...(destructive ? { destructive } : {}) },
    global: {
      plugins: [
        createI18n({ legacy: false, locale: 'en', messages: withKitMessages({ kk: {}, ru: {}, en: {} }) }),
        [PrimeVue, adalPrimeVueOptions],
      ],
    },
  });
}

const submit = (wrapper: ReturnType<typeof mountForm>) => wrapper.get('button[type="submit"]');

describe('ActionForm', () => {
  it('shows a removal or a withdrawal in the danger colour, and any other action as the main one', () => {
    expect(submit(mountForm(true)).classes()).toContain('p-button-danger');
    expect(submit(mountForm()).classes()).not.toContain('p-button-danger');
    expect(mountForm().get('button[type="button"]').text()).toBe('Cancel');
  });
});
