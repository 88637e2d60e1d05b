import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { WorkItem } from './api';
import HomePage from './HomePage.vue';
import { createChromeI18n } from './i18n';

const work = vi.hoisted(() => ({ answer: (_items: WorkItem[]) => undefined as void }));
vi.mock('./api', () => ({
  loadMyWork: () => new Promise<WorkItem[]>((resolve) => (work.answer = resolve)),
}));

const organization = { kk: '«Адал Холдинг» АҚ', ru: 'АО «Адал Холдинг»', en: 'Adal Holding JSC' };
const item: WorkItem = {
  id: 'training:a1',
  plugin: 'training',
  kind: 'course',
  subject: { kk: 'Кіріспе курс', ru: 'Вводный курс', en: 'Introductory course' },
  path: '/training',
  dueOn: '2026-12-18',
  dueAt: null,
  urgency: 'upcoming',
  workingDaysLeft: 8,
  count: null,
};

function mountHome(name: string | null) {
  return mount(HomePage, {
    props: { name, organization, navigation: [] },
    global: { plugins: [createChromeI18n()] },
  });
}

describe('HomePage', () => {
  it('appears whole, once the work list has arrived, so nothing below it jumps down the screen', async () => {
    const home = mountHome('Ерлан Жұмабаев');
    await flushPromises();
    expect(home.find('h1').exists()).toBe(false);
    expect(home.get('[role="status"]').text()).not.toBe('');

    work.answer([item]);
    await flushPromises();
    expect(home.get('h1').text()).toContain('Ерлан Жұмабаев');
    expect(home.findAll('.work-item')).toHaveLength(1);
    expect(home.text()).toContain('Бөлімдер');
  });

  it('waits for the viewer after a reload rather than greet no one', async () => {
    const home = mountHome(null);
    work.answer([]);
    await flushPromises();
    expect(home.find('h1').exists()).toBe(false);

    await home.setProps({ name: 'Ерлан Жұмабаев' });
    expect(home.get('h1').text()).toContain('Ерлан Жұмабаев');
  });
});
