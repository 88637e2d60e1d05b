import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import Select from 'primevue/select';
import { formatDay } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import type { ConflictCase } from '../stores/conflicts';
import ConflictCasePage from './ConflictCasePage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'first-head', roles: ['employee', 'first_head'] }, locale: 'en' }),
}));

const person = (id: string, fullName: string) => ({ id, fullName });

/** Relatives in direct subordination (Annex 2, case 2), concluded and waiting for the first head. */
const CASE: ConflictCase = {
  id: 'case-1',
  number: 'CI-2026-0007',
  status: 'awaiting_decision',
  notifier: person('p1', 'Ерлан Жұмабаев'),
  relatedPersonName: 'Айдос Жұмабаев',
  relationKind: 'sibling_full',
  relatedEmployee: person('p2', 'Айдос Жұмабаев'),
  counterparty: 'Treasury',
  matter: 'My brother is appointed to my unit',
  decisionAtStake: 'His appointment',
  typicalCase: 'c2',
  notifiedOn: '2026-11-02',
  forwardOwner: person('m1', 'Менеджер'),
  forwardDueOn: '2026-11-05',
  forwardedOn: '2026-11-03',
  forwardedBy: person('m1', 'Менеджер'),
  concludeDueOn: '2026-11-17',
  concludedOn: '2026-11-10',
  concludedBy: person('o1', 'Officer'),
  conflictFound: true,
  conclusion: 'There is a conflict',
  identifiedOn: '2026-11-10',
  deputy: null,
  decideDueOn: '2026-11-24',
  decidedOn: null,
  decidedBy: null,
  measures: [],
  assignedCourse: null,
  assignableCourses: [
    {
      id: 'course-1',
      title: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest in practice' },
    },
  ],
  decisionNote: null,
  referral: null,
  transferDueOn: null,
  transferredOn: null,
  transferNote: null,
  settledOn: null,
  settledInTime: null,
  currentStep: 'decide',
  dueOn: '2026-11-24',
  overdue: false,
  actions: ['decide'],
} as ConflictCase;

const TEMPLATE = {
  code: 'c2',
  title: { kk: 'kk', ru: 'ru', en: 'Relatives appointed in direct subordination to each other' },
  measures: ['transfer_to_equivalent_post'],
  prescription: {
    kk: 'kk',
    ru: 'ru',
    en: 'Transfer one of the relatives to another post without direct subordination.',
  },
  referral: 'anti_corruption_agency',
};

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('GetConflictCase', () => ({ conflictOfInterestCase: CASE }));
  graphql.on('ConflictTypicalCases', () => ({ conflictTypicalCases: [TEMPLATE] }));
  graphql.on('DecideConflictOfInterest', () => ({
    decideConflictOfInterest: { ...CASE, status: 'awaiting_transfer', actions: [] },
  }));
});

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(ConflictCasePage, {
    props: { id: 'case-1' },
    attachTo: document.body,
    global: {
      plugins: [...options.global.plugins, createPinia()],
      stubs: { RouterLink: { template: '<a><slot /></a>' } },
    },
  });
  await flushPromises();
  return wrapper;
}

describe('ConflictCasePage', () => {
  it('Annex 2: starts the decision of a typical case from its prescribed measures and referral', async () => {
    const wrapper = await mountPage();
    const form = wrapper.findAll('form').find((f) => f.text().includes('Record the decision'))!;
    expect(form.text()).toContain(
      'Annex 2 prescribes: Transfer one of the relatives to another post without direct subordination.',
    );
    const checked = (id: string) => (wrapper.find(`#${id}`).element as HTMLInputElement).checked;
    expect(checked('measure-transfer_to_equivalent_post')).toBe(true);
    expect(checked('measure-remove_from_matter')).toBe(false);
    expect(form.text()).toContain('To the Anti-Corruption Agency (as Annex 2 prescribes)');
    // Referring is the officer's call: nothing is referred until they choose it.
    expect(checked('referral-none')).toBe(true);

    await wrapper.find('#referral-anti_corruption_agency').setValue(true);
    await wrapper.find('#conflict-decision-note').setValue('Order No. 45');
    await form.trigger('submit');
    await flushPromises();
    expect(graphql.sent('DecideConflictOfInterest')).toEqual([
      {
        id: 'case-1',
        input: {
          measures: ['transfer_to_equivalent_post'],
          note: 'Order No. 45',
          referral: 'anti_corruption_agency',
          course: null,
        },
      },
    ]);
    wrapper.unmount();
  });

  it('§15.4: assigns a short course as a measure, asking for the course and its day first', async () => {
    const wrapper = await mountPage();
    const form = () => wrapper.findAll('form').find((f) => f.text().includes('Record the decision'))!;
    expect(wrapper.find('#conflict-course').exists()).toBe(false);
    await wrapper.find('#measure-transfer_to_equivalent_post').setValue(false);
    await wrapper.find('#measure-assign_course').setValue(true);
    await wrapper.find('#conflict-decision-note').setValue('Order No. 46');
    await form().trigger('submit');
    await flushPromises();
    // Nothing is sent without the course.
    expect(graphql.sent('DecideConflictOfInterest')).toEqual([]);
    expect(form().text()).toContain('Choose the course');

    wrapper.findComponent(Select).vm.$emit('update:modelValue', 'course-1');
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2026, 11, 20));
    await flushPromises();
    await form().trigger('submit');
    await flushPromises();
    expect(graphql.sent('DecideConflictOfInterest')).toEqual([
      {
        id: 'case-1',
        input: {
          measures: ['assign_course'],
          note: 'Order No. 46',
          referral: null,
          course: { courseId: 'course-1', dueOn: '2026-12-20' },
        },
      },
    ]);
    wrapper.unmount();
  });

  it('names the course a decision assigned, with its day', async () => {
    graphql.on('GetConflictCase', () => ({
      conflictOfInterestCase: {
        ...CASE,
        status: 'settled',
        actions: [],
        measures: ['assign_course'],
        decisionNote: 'Order No. 46',
        assignedCourse: {
          courseId: 'course-1',
          title: {
            kk: 'Мүдделер қақтығысы',
            ru: 'Конфликт интересов',
            en: 'Conflict of interest in practice',
          },
          dueOn: '2026-12-20',
        },
        assignableCourses: [],
      },
    }));
    const wrapper = await mountPage();
    expect(wrapper.find('.assigned-course').text()).toBe(
      `Conflict of interest in practice, to be completed by ${formatDay('2026-12-20', 'en')}`,
    );
    wrapper.unmount();
  });
});
