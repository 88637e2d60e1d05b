import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import MultiSelect from 'primevue/multiselect';
import Select from 'primevue/select';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { activity, plan } from '../testing/plan-fixture';
import { useCulturePlanStore } from '../stores/culture-plan';
import ActivityDialog from './ActivityDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: ['compliance_officer'] }, locale: 'en' }),
}));

const COURSE = {
  id: 'course-1',
  title: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflict of interest' },
};

let graphql: FakeGraphql;
let pinia: Pinia;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  pinia = createPinia();
  setActivePinia(pinia);
  graphql.on('CultureOrgUnits', () => ({ orgUnits: [] }));
  graphql.on('CultureLinkableCourses', () => ({ cultureLinkableCourses: [COURSE] }));
  graphql.on('CultureLinkableSessions', () => ({ cultureLinkableSessions: [] }));
  graphql.on('CultureRiskChoices', () => ({
    riskChoices: [{ id: 'risk-9', code: '№ 9', processOrDocument: 'Procurement of works' }],
  }));
  graphql.on('CulturePlan', () => ({
    culturePlan: plan({ actions: ['edit', 'submit'] }),
    culturePlanYears: [],
  }));
  useCulturePlanStore().plan = plan({ actions: ['edit', 'submit'] });
  useCulturePlanStore().year = 2027;
});

async function mountDialog(editing = activity({ actions: ['edit', 'remove'] })) {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(ActivityDialog, {
    props: { visible: true, planYear: 2027, activity: editing },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, pinia] },
  });
  await flushPromises();
  return wrapper;
}

describe('the activity dialog', () => {
  it("shows the server's refusal of the deadline at the deadline, and nothing else", async () => {
    graphql.on('UpdateCultureActivity', () => {
      throw new AdalGraphqlError('VALIDATION', "The deadline must fall within 2027, the plan's year", {
        details: {
          messageKey: 'culture.activity.deadlineOutsideYear',
          params: { year: 2027 },
          field: 'deadline',
        },
      });
    });
    const wrapper = await mountDialog();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('UpdateCultureActivity')).toHaveLength(1);
    expect(wrapper.get('#activity-deadline-error').text()).toBe(
      "The deadline must fall within 2027, the plan's year.",
    );
    expect(wrapper.find('.p-message').exists()).toBe(false);
    expect(wrapper.emitted('saved')).toBeUndefined();
    wrapper.unmount();
  });

  it("sends the activity's fields as edited, then reads the plan again", async () => {
    const edited = activity({ title: 'Seminar with a test', checkForm: 'test', course: COURSE });
    graphql.on('UpdateCultureActivity', () => ({ updateCultureActivity: edited }));
    const wrapper = await mountDialog();
    await wrapper.get('#activity-title').setValue('  Seminar with a test ');
    await wrapper.get('#activity-check-test').trigger('click');
    await flushPromises();
    const course = wrapper.findAllComponents(Select).find((s) => s.props('inputId') === 'activity-course')!;
    course.vm.$emit('update:modelValue', 'course-1');
    const risks = wrapper.findComponent(MultiSelect);
    expect(risks.props('inputId')).toBe('activity-risks');
    expect(risks.props('modelValue')).toEqual(['risk-7']);
    risks.vm.$emit('update:modelValue', ['risk-7', 'risk-9']);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('UpdateCultureActivity')).toEqual([
      {
        id: 'a-1',
        input: {
          kind: 'educational',
          topics: ['conflict_of_interest_cases'],
          title: 'Seminar with a test',
          description: null,
          audience: 'whole_org',
          orgUnitIds: [],
          role: null,
          deadline: '2027-04-15',
          responsibleIds: ['p-hr'],
          risks: ['Туыстарды жұмысқа алу'],
          riskIds: ['risk-7', 'risk-9'],
          checkForm: 'test',
          checkNoneReason: null,
          courseId: 'course-1',
          sessionId: null,
          plannedParticipants: 40,
        },
      },
    ]);
    // The plan is read again: its warnings depend on every activity.
    expect(graphql.sent('CulturePlan')).toEqual([{ year: 2027 }]);
    expect(wrapper.emitted('saved')).toEqual([[edited]]);
    wrapper.unmount();
  });

  it("offers the register's risks by number and process, and the old text notes only to remove", async () => {
    const wrapper = await mountDialog();
    const risks = wrapper.findComponent(MultiSelect);
    expect(risks.props('options')).toEqual([
      { id: 'risk-7', label: '№ 7 · Hiring of relatives' },
      { id: 'risk-9', label: '№ 9 · Procurement of works' },
    ]);
    expect(risks.props('filter')).toBe(true);
    expect(wrapper.get('label[for="activity-risks"]').text()).toBe('Corruption risks it answers');
    expect(wrapper.get('#activity-risk-notes').text()).toBe('Risks noted as text before the register');
    await wrapper.get('button[aria-label="Remove the note: Туыстарды жұмысқа алу"]').trigger('click');
    expect(wrapper.find('#activity-risk-notes').exists()).toBe(false);
    wrapper.unmount();

    const fresh = await mountDialog(null as never);
    expect(fresh.find('#activity-risk-notes').exists()).toBe(false);
    expect(fresh.findAll('input[type="text"]').map((i) => i.attributes('id'))).not.toContain('activity-risk');
    expect(fresh.findComponent(MultiSelect).props('modelValue')).toEqual([]);
    fresh.unmount();
  });

  it('asks for what a new activity lacks before sending it', async () => {
    const wrapper = await mountDialog(null as never);
    await wrapper.get('#activity-check-none').trigger('click');
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('AddCultureActivity')).toEqual([]);
    expect(wrapper.get('#activity-title-error').text()).toBe('Name the task.');
    expect(wrapper.get('#activity-deadline-error').text()).toBe('Choose the deadline.');
    expect(wrapper.get('#activity-responsible-error').text()).toBe('Choose at least one responsible person.');
    expect(wrapper.get('#activity-check-none-reason-error').text()).toBe(
      'Say why the knowledge is not checked.',
    );
    wrapper.unmount();
  });

  it('names the topics with the paragraph whose recurring event they count for', async () => {
    const wrapper = await mountDialog();
    const topics = wrapper.findAll('fieldset.group label').map((l) => l.text());
    expect(topics).toEqual([
      'Typical conflict-of-interest cases (§19)',
      'Reporter protection, the safe channel and incentives (§39)',
      "The first head's meeting on declaring (§29)",
      'Training of the staff responsible for anti-corruption (§5.4)',
      'Training of procurement staff (§52.3)',
      'Schedule of consultations (§38.1)',
      'Corruption offences and liability',
      'Fair HR practice',
      'Other',
    ]);
    wrapper.unmount();
  });
});
