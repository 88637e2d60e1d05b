import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import MyEventsSection from './MyEventsSection.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const event = (extra: Record<string, unknown>) => ({
  activityId: 'a-1',
  planYear: 2027,
  kind: 'educational',
  title: 'Seminar',
  description: null,
  deadline: '2027-04-15',
  status: 'planned',
  heldOn: null,
  ...extra,
});

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

async function mountSection(locale: AdalLocale = 'en') {
  const options = withPlugin(locale);
  const wrapper = mount(MyEventsSection, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

describe('the events I am invited to', () => {
  it('says when there is none', async () => {
    graphql.on('MyCultureEvents', () => ({ myCultureEvents: [] }));
    const wrapper = await mountSection();
    expect(wrapper.get('h2').text()).toBe('Events I am invited to');
    expect(wrapper.text()).toContain('No culture events for you from a month back to three months ahead.');
    expect(wrapper.findAll('h3')).toHaveLength(0);
    wrapper.unmount();
  });

  it('lists the coming ones by their day, then the ones recently held, latest first', async () => {
    graphql.on('MyCultureEvents', () => ({
      myCultureEvents: [
        event({
          activityId: 'a-held-1',
          title: 'Reporter protection, Q1',
          status: 'done',
          deadline: '2027-03-20',
          heldOn: '2027-03-10',
        }),
        event({
          activityId: 'a-held-2',
          title: 'Declaring meeting',
          status: 'done',
          deadline: '2027-03-31',
          heldOn: '2027-03-30',
        }),
        event({
          activityId: 'a-may',
          title: 'Procurement training',
          deadline: '2027-05-25',
          kind: 'informational',
        }),
        event({
          activityId: 'a-apr',
          title: 'Conflict of interest seminar',
          deadline: '2027-04-15',
          status: 'in_progress',
          description: 'Room 301, 10:00',
        }),
      ],
    }));
    const wrapper = await mountSection();
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Coming up', 'Recently held']);
    const items = wrapper.findAll('[data-testid="my-culture-event"]').map((li) => li.text());
    expect(items).toEqual([
      'By 04/15/2027Conflict of interest seminarEducational In progressRoom 301, 10:00',
      'By 05/25/2027Procurement trainingInformational',
      'Held on 03/30/2027Declaring meetingEducational',
      'Held on 03/10/2027Reporter protection, Q1Educational',
    ]);
    wrapper.unmount();
  });

  it('says the day in Kazakh as Kazakh writes it', async () => {
    graphql.on('MyCultureEvents', () => ({ myCultureEvents: [event({})] }));
    const wrapper = await mountSection('kk');
    expect(wrapper.get('[data-testid="my-culture-event"]').text()).toContain('15.04.2027 дейін');
    expect(wrapper.get('h3').text()).toBe('Алдағы');
    wrapper.unmount();
  });
});
