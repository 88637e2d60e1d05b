import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createI18n } from 'vue-i18n';
import PrimeVue from 'primevue/config';
import { AdalGraphqlError } from '../graphql/errors';
import { adalPrimeVueOptions } from '../theme';
import ErrorState from './ErrorState.vue';

const pluginMessages = {
  ru: { common: { retry: 'Повторить' }, errors: { CONFLICT: 'Это уже сделано или больше невозможно.' } },
};

function mountState(error: AdalGraphqlError) {
  return mount(ErrorState, {
    props: { error },
    global: {
      plugins: [
        createI18n({ legacy: false, locale: 'ru', messages: pluginMessages }),
        [PrimeVue, adalPrimeVueOptions],
      ],
    },
  });
}

describe('ErrorState', () => {
  it("says the domain's message in the interface language, never the server's English", () => {
    const error = new AdalGraphqlError('CONFLICT', 'All 3 attempts at this test are used', {
      details: { messageKey: 'training.attempt.allUsed', params: { maxAttempts: 3 } },
    });
    const text = mountState(error).get('[role="alert"]').text();
    expect(text).toContain('Это уже сделано или больше невозможно.');
    expect(text).toContain('Все попытки этого теста (3) использованы');
    expect(text).not.toContain('attempts');
  });

  it('shows only the general text when the key is unknown to the catalogue', () => {
    const error = new AdalGraphqlError('CONFLICT', 'Something new happened', {
      details: { messageKey: 'training.attempt.somethingNew', params: {} },
    });
    expect(mountState(error).get('[role="alert"]').text()).toBe('Это уже сделано или больше невозможно.');
  });
});
