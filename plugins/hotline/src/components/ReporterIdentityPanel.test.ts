import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { ANNA, hotlineCase } from '../testing/samples';
import { button } from '../testing/ui';
import { useHotlineCaseStore } from '../stores/hotline-case';
import ReporterIdentityPanel from './ReporterIdentityPanel.vue';

const UNDERTAKING = {
  version: 'nda-2026-1',
  text: {
    kk: 'Мен жарияламауға міндеттенемін.',
    ru: 'Я обязуюсь не разглашать.',
    en: 'I undertake not to disclose.',
  },
  signedAt: null,
};
const OPEN_CASE = hotlineCase({
  anonymous: false,
  hasReporterIdentity: true,
  viewerCan: { assign: false, acknowledge: true, work: true, readIdentity: true, decideDisclosure: false },
  assignees: [ANNA],
});

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: {
    viewer: { id: 'p-anna', roles: ['hotline_investigator'] },
    graphqlUrl: 'https://adal.example/graphql',
    token: 'token-1',
  },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});
afterEach(() => {
  document.body.innerHTML = '';
});

function mountPanel(locale: 'en' | 'ru' | 'kk' = 'en') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(ReporterIdentityPanel, {
    props: { hotlineCase: OPEN_CASE },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, pinia] },
  });
  useHotlineCaseStore().replace(OPEN_CASE);
  return wrapper;
}

describe('ReporterIdentityPanel and the non-disclosure undertaking (§40.6, §41.3)', () => {
  it('shows the undertaking on a first reading, and reveals the identity once it is signed', async () => {
    let signed = false;
    graphql
      .on('RevealHotlineReporterIdentity', () => {
        if (!signed) {
          throw new AdalGraphqlError('FORBIDDEN', 'Sign the undertaking', {
            details: { messageKey: 'hotline.undertaking.required', params: { version: 'nda-2026-1' } },
          });
        }
        return { revealHotlineReporterIdentity: { name: 'Айгүл Нұрлан', contact: '+7 701 000 00 00' } };
      })
      .on('HotlineNonDisclosureUndertaking', () => ({ hotlineNonDisclosureUndertaking: UNDERTAKING }))
      .on('SignHotlineNonDisclosureUndertaking', () => {
        signed = true;
        return { signHotlineNonDisclosureUndertaking: { ...UNDERTAKING, signedAt: '2026-03-02T20:00:00Z' } };
      });
    const wrapper = mountPanel('ru');
    await button(wrapper, 'Показать имя и контакт').trigger('click');
    await flushPromises();
    const undertaking = wrapper.get('.undertaking');
    expect(undertaking.get('h3').text()).toBe('Обязательство о неразглашении');
    expect(undertaking.get('blockquote').text()).toBe('Я обязуюсь не разглашать.');
    expect(undertaking.text()).toContain('nda-2026-1');
    expect(wrapper.text()).not.toContain('Айгүл');
    // The refusal that brought the undertaking up is not shown as an error.
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);

    await button(wrapper, 'Принимаю обязательство: подписать и показать').trigger('click');
    await flushPromises();
    expect(graphql.sent('SignHotlineNonDisclosureUndertaking')).toEqual([{ version: 'nda-2026-1' }]);
    expect(graphql.sent('RevealHotlineReporterIdentity')).toEqual([{ id: 'case-1' }, { id: 'case-1' }]);
    expect(wrapper.find('.undertaking').exists()).toBe(false);
    expect(wrapper.get('.revealed').text()).toContain('Айгүл Нұрлан');
    wrapper.unmount();
  });

  it('reveals at once for a reader who has signed, without showing the undertaking', async () => {
    graphql.on('RevealHotlineReporterIdentity', () => ({
      revealHotlineReporterIdentity: { name: 'Айгүл Нұрлан', contact: '+7 701 000 00 00' },
    }));
    const wrapper = mountPanel();
    await button(wrapper, 'Reveal the name and contact').trigger('click');
    await flushPromises();
    expect(graphql.sent('HotlineNonDisclosureUndertaking')).toEqual([]);
    expect(wrapper.find('.undertaking').exists()).toBe(false);
    expect(wrapper.get('.revealed').text()).toContain('Айгүл Нұрлан');
    wrapper.unmount();
  });
});
