import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { button } from '../testing/ui';
import { SEARCH_DELAY_MS } from '@adal/sdk';
import SettingsPage from './SettingsPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { viewer: { id: 'p-head', roles: ['compliance_head'] }, graphqlUrl: '/graphql', token: 't' },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const BOARD = { id: 'p-board', fullName: 'Дана Әлімжанова' };
const defaults = {
  acknowledgeHours: 24,
  processingDays: 30,
  retentionYears: 5,
  reporterAccessIdleDays: 90,
  alternateHandler: null as typeof BOARD | null,
};
const INTAKE = {
  reportsTo: 'board_of_directors',
  acknowledgeHours: 24,
  brandColor: null as string | null,
  logoDataUrl: null as string | null,
};
let graphql: FakeGraphql;

beforeEach(() => {
  fake.context.viewer.roles = ['compliance_head'];
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('GetHotlineSettings', () => ({ hotlineSettings: defaults }))
    .on('GetHotlineIntakeProfile', () => ({ hotlineSettings: { intake: INTAKE } }))
    .on('UpdateHotlineIntakeProfile', ({ input }) => ({
      updateHotlineIntakeProfile: { ...INTAKE, ...(input as object) },
    }))
    .on('UpdateHotlineSettings', ({ input }) => ({
      updateHotlineSettings: { ...defaults, ...(input as object) },
    }))
    .on('SetHotlineAlternateHandler', ({ personId }) => ({
      setHotlineAlternateHandler: { ...defaults, alternateHandler: personId === BOARD.id ? BOARD : null },
    }))
    .on('SearchPeople', () => ({
      people: [
        { ...BOARD, email: 'board@corp.kz', orgUnit: { id: 'hq', names: { kk: 'HQ', ru: 'HQ', en: 'HQ' } } },
      ],
    }))
    .on('IncompleteCalendarYears', () => ({ incompleteCalendarYears: [] }))
    .on('ListPublicHolidays', () => ({
      publicHolidays: [
        {
          id: 'h1',
          date: '2026-03-21',
          kind: 'day_off',
          national: true,
          name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
        },
        {
          id: 'h2',
          date: '2026-03-28',
          kind: 'working_day',
          national: false,
          name: { kk: 'Жұмыс күні', ru: 'Рабочий день', en: 'Worked Saturday' },
        },
      ],
    }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(SettingsPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

describe('SettingsPage', () => {
  it('lets the compliance head say to whom compliance reports and set a readable colour for the intake page', async () => {
    const wrapper = await mountPage();
    const section = wrapper.get('[aria-labelledby="intake-profile-heading"]');
    expect(section.get('h2').text()).toBe('The public intake page');
    await section.get('#intake-reports-to-supervisory_board').setValue(true);
    const color = section.get<HTMLInputElement>('#intake-color');
    await color.setValue('#ffd700');
    await button(wrapper, 'Save the intake page').trigger('click');
    await flushPromises();
    // Yellow under white text fails WCAG AA: refused here, nothing sent.
    expect(section.text()).toContain('White text on this colour has a contrast of 1.4:1, below the 4.5:1');
    expect(graphql.sent('UpdateHotlineIntakeProfile')).toEqual([]);
    await color.setValue('#1d4e89');
    await button(wrapper, 'Save the intake page').trigger('click');
    await flushPromises();
    expect(graphql.sent('UpdateHotlineIntakeProfile')).toEqual([
      { input: { reportsTo: 'supervisory_board', brandColor: '#1d4e89' } },
    ]);
    expect(section.text()).toContain('The intake page is saved.');
    wrapper.unmount();
  });

  it('sends only the settings that changed', async () => {
    const wrapper = await mountPage();
    const hours = wrapper.find<HTMLInputElement>('#settings-acknowledgeHours');
    expect(hours.element.value).toBe('24');
    hours.element.value = '12';
    await hours.trigger('input');
    await hours.trigger('blur');
    await button(wrapper, 'Save the settings').trigger('click');
    await flushPromises();
    expect(graphql.sent('UpdateHotlineSettings')).toEqual([{ input: { acknowledgeHours: 12 } }]);
    expect(wrapper.text()).toContain('The settings are saved.');
    wrapper.unmount();
  });

  it('lists the year’s days, with national holidays fixed and the organisation’s own removable', async () => {
    const wrapper = await mountPage();
    const rows = wrapper.findAll('.list li');
    expect(rows.map((row) => row.text())).toEqual([
      expect.stringContaining('Nauryz'),
      expect.stringContaining('Worked Saturday'),
    ]);
    expect(rows[0]!.text()).toContain('Public holiday');
    expect(rows[0]!.find('button').exists()).toBe(false);
    expect(rows[1]!.text()).toContain('Worked day');
    expect(rows[1]!.find('button').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows the compliance head who the alternate handler is, without a way to choose them', async () => {
    graphql.on('GetHotlineSettings', () => ({ hotlineSettings: { ...defaults, alternateHandler: BOARD } }));
    const wrapper = await mountPage();
    const section = wrapper.find('[aria-labelledby="alternate-heading"]');
    expect(section.text()).toContain('The alternate handler is Дана Әлімжанова.');
    expect(section.find('input').exists()).toBe(false);
    wrapper.unmount();
  });

  it('lets the first head name the alternate handler, and shows her neither the deadlines nor the calendar', async () => {
    fake.context.viewer.roles = ['first_head'];
    const wrapper = await mountPage();
    expect(wrapper.find('#settings-acknowledgeHours').exists()).toBe(false);
    expect(wrapper.find('[aria-labelledby="holidays-heading"]').exists()).toBe(false);
    expect(graphql.sent('ListPublicHolidays')).toEqual([]);

    await wrapper.find('#alternate-handler').setValue('дана');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DELAY_MS + 20));
    await flushPromises();
    await wrapper.find('[role="option"]').trigger('click');
    await button(wrapper, 'Save the alternate handler').trigger('click');
    await flushPromises();
    expect(graphql.sent('SetHotlineAlternateHandler')).toEqual([{ personId: BOARD.id }]);
    expect(wrapper.text()).toContain('The alternate handler is saved.');

    // Taking the alternate handler off leaves their cases with nobody: it is confirmed first.
    await wrapper.find(`button[aria-label="Remove ${BOARD.fullName}"]`).trigger('click');
    await button(wrapper, 'Save the alternate handler').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain(`${BOARD.fullName} will no longer be the alternate handler.`);
    await button(wrapper, 'Cancel').trigger('click');
    expect(graphql.sent('SetHotlineAlternateHandler')).toEqual([{ personId: BOARD.id }]);
    await button(wrapper, 'Save the alternate handler').trigger('click');
    await button(wrapper, 'Yes, remove').trigger('click');
    await flushPromises();
    expect(graphql.sent('SetHotlineAlternateHandler')).toEqual([{ personId: BOARD.id }, { personId: null }]);
    expect(wrapper.text()).toContain('cases that name the compliance head wait for one');
    wrapper.unmount();
  });
});
