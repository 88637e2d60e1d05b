import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { HAMPER } from '../testing/gift-fixture';
import MyGiftsSection from './MyGiftsSection.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('MyGiftPreApprovals', () => ({ myGiftPreApprovals: [] }));
});

async function mountSection() {
  const options = withPlugin();
  const wrapper = mount(MyGiftsSection, {
    attachTo: document.body,
    global: {
      plugins: [...options.global.plugins, createPinia()],
      stubs: { RouterLink: { template: '<a><slot /></a>' } },
    },
  });
  await flushPromises();
  return wrapper;
}

describe('MyGiftsSection', () => {
  it('says what to do when nothing is declared', async () => {
    graphql.on('MyGifts', () => ({ myGifts: [] }));
    const wrapper = await mountSection();
    expect(wrapper.text()).toContain(
      'You have declared nothing yet. When you are offered a gift, press “Declare”.',
    );
    wrapper.unmount();
  });

  it('§17.5: shows a received gift’s last day to hand it over, overdue, with the hand-over to record', async () => {
    graphql.on('MyGifts', () => ({ myGifts: [HAMPER] }));
    const wrapper = await mountSection();
    const item = wrapper.get('[data-testid="my-gift"]');
    expect(item.text()).toContain('Асқар Нұрланов');
    expect(item.text()).toContain('Hand over by');
    expect(item.text()).toContain('Overdue');
    expect(item.findAll('button').some((b) => b.text() === 'Record the hand-over')).toBe(true);
    wrapper.unmount();
  });

  it('offers nothing to hand over once it is handed over', async () => {
    graphql.on('MyGifts', () => ({
      myGifts: [{ ...HAMPER, handedOverOn: '2026-06-07', handOverOverdue: false }],
    }));
    const wrapper = await mountSection();
    expect(wrapper.get('[data-testid="my-gift"]').text()).not.toContain('Hand over by');
    wrapper.unmount();
  });
});
