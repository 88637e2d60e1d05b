import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import MultiSelect from 'primevue/multiselect';
import Select from 'primevue/select';
import type { TrainingAssignmentFieldsFragment } from '../graphql/generated/graphql';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import AssignmentsPage from './AssignmentsPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const byUnits: TrainingAssignmentFieldsFragment = {
  id: 'a1',
  course: { id: 'c1', title: { kk: 'Жалпы курс', ru: 'Общий курс', en: 'General course' } },
  audience: 'org_units',
  orgUnitIds: ['u2'],
  role: null,
  newHireMonths: null,
  dueOn: '2026-12-31',
  recurrence: 'half_yearly',
  riskIds: [],
  answeredRisks: [],
  enrolled: 12,
  active: true,
};

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('ListTrainingCourses', () => ({ trainingCourses: [{ id: 'c1', title: byUnits.course.title }] }))
    .on('TrainingRiskChoices', () => ({
      riskChoices: [
        { id: 'risk-7', code: '№ 7', processOrDocument: 'Hiring of relatives' },
        { id: 'risk-9', code: '№ 9', processOrDocument: 'Procurement of works' },
      ],
    }))
    .on('ListOrgUnits', () => ({
      orgUnits: [
        { id: 'u1', name: 'Holding', names: { kk: 'Холдинг', ru: 'Холдинг', en: 'Holding' }, path: '/u1/' },
        {
          id: 'u2',
          name: 'Procurement',
          names: { kk: 'Сатып алу', ru: 'Закупки', en: 'Procurement' },
          path: '/u1/u2/',
        },
      ],
    }));
});

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(AssignmentsPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/assignments')] },
  });
  await flushPromises();
  return wrapper;
}

describe('AssignmentsPage', () => {
  it('says so when nothing is assigned yet', async () => {
    graphql.on('ListTrainingAssignments', () => ({ trainingAssignments: [] }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('No courses are assigned yet.');
    wrapper.unmount();
  });

  it('lists assignments with their audience in words and checks the new-assignment form before sending', async () => {
    graphql.on('ListTrainingAssignments', () => ({ trainingAssignments: [byUnits] }));
    const wrapper = await mountPage();
    const row = wrapper.find('tbody tr').text();
    expect(row).toContain('General course');
    expect(row).toContain('Org units: Procurement');
    expect(row).toContain('Every half-year');
    expect(row).toContain('12');
    // The course opens the assignment's page.
    expect(wrapper.find('tbody tr a').attributes('href')).toBe('/assignments/a1');

    const open = wrapper.findAll('button').find((b) => b.text() === 'New assignment');
    await open?.trigger('click');
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Choose a course.');
    expect(wrapper.text()).toContain('Choose a due date.');
    expect(graphql.sent('CreateTrainingAssignment')).toEqual([]);
    wrapper.unmount();
  });

  it("assigns a course naming the register's risks it answers, chosen by number and process", async () => {
    graphql.on('ListTrainingAssignments', () => ({ trainingAssignments: [] }));
    graphql.on('CreateTrainingAssignment', () => ({ createTrainingAssignment: byUnits }));
    const wrapper = await mountPage();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'New assignment')
      ?.trigger('click');
    await flushPromises();
    const risks = wrapper.findComponent(MultiSelect);
    expect(wrapper.get('label[for="assignment-risks"]').text()).toBe('Corruption risks the training answers');
    expect(risks.props('filter')).toBe(true);
    expect(risks.props('options')).toEqual([
      { id: 'risk-7', label: '№ 7 · Hiring of relatives' },
      { id: 'risk-9', label: '№ 9 · Procurement of works' },
    ]);
    wrapper
      .findAllComponents(Select)
      .find((select) => select.props('inputId') === 'assignment-course')!
      .vm.$emit('update:modelValue', 'c1');
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2027, 2, 31));
    risks.vm.$emit('update:modelValue', ['risk-9']);
    await flushPromises();
    await wrapper.find('.p-dialog form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('CreateTrainingAssignment')).toEqual([
      {
        input: {
          courseId: 'c1',
          audience: 'whole_org',
          dueOn: '2027-03-31',
          recurrence: 'once',
          riskIds: ['risk-9'],
        },
      },
    ]);
    wrapper.unmount();
  });

  it('names an assignment to procurement staff and offers that audience in the form (§52.3)', async () => {
    const toBuyers = { ...byUnits, audience: 'procurement_staff' as const, orgUnitIds: [] };
    graphql.on('ListTrainingAssignments', () => ({ trainingAssignments: [toBuyers] }));
    const wrapper = await mountPage();
    expect(wrapper.find('tbody tr').text()).toContain('Staff taking part in procurement');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'New assignment')
      ?.trigger('click');
    await flushPromises();
    const audience = wrapper
      .findAllComponents({ name: 'SelectField' })
      .find((field) => field.props('id') === 'assignment-audience');
    expect(audience?.props('options')).toContainEqual({
      id: 'procurement_staff',
      label: 'Staff taking part in procurement',
    });
    wrapper.unmount();
  });

  it('sorts by due date and narrows to the courses whose title matches the search', async () => {
    const later = {
      ...byUnits,
      id: 'a2',
      course: { id: 'c2', title: { kk: 'Этика', ru: 'Этика', en: 'Ethics' } },
      dueOn: '2027-03-01',
    };
    const sooner = {
      ...byUnits,
      id: 'a3',
      course: { id: 'c3', title: { kk: 'Сыбайлас', ru: 'Коррупция', en: 'Bribery' } },
      dueOn: '2026-06-30',
    };
    graphql.on('ListTrainingAssignments', () => ({ trainingAssignments: [later, byUnits, sooner] }));
    const wrapper = await mountPage();
    const titles = () => wrapper.findAll('tbody tr').map((tr) => tr.find('td').text());
    expect(titles()).toEqual(['Ethics', 'General course', 'Bribery']);
    const due = wrapper.findAll('th').find((th) => th.text() === 'Due date')!;
    await due.trigger('click');
    expect(titles()).toEqual(['Bribery', 'General course', 'Ethics']);
    expect(due.attributes('aria-sort')).toBe('ascending');
    await due.trigger('click');
    expect(titles()).toEqual(['Ethics', 'General course', 'Bribery']);
    await wrapper.find('#assignments-search').setValue('eth');
    expect(titles()).toEqual(['Ethics']);
    await wrapper.find('#assignments-search').setValue('nothing like it');
    expect(wrapper.get('.adal-table-empty').text()).toBe('No assignment matches the search.');
    expect(wrapper.find('#assignments-search').exists()).toBe(true);
    wrapper.unmount();
  });

  it('ties each field error to its control, so a screen reader reads it with the field', async () => {
    graphql.on('ListTrainingAssignments', () => ({ trainingAssignments: [] }));
    const wrapper = await mountPage();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'New assignment')
      ?.trigger('click');
    await flushPromises();
    const course = wrapper.find('#assignment-course');
    const dueOn = wrapper.find('#assignment-due-on');
    expect(course.attributes('aria-describedby')).toBeUndefined();
    expect(dueOn.attributes('aria-describedby')).toBeUndefined();

    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const describedText = (id: string | undefined) => document.getElementById(id ?? '')?.textContent;
    expect(describedText(course.attributes('aria-describedby'))).toBe('Choose a course.');
    expect(describedText(dueOn.attributes('aria-describedby'))).toBe('Choose a due date.');
    expect(course.attributes('aria-labelledby')).toBe('assignment-course-label');
    expect(document.getElementById('assignment-course-label')?.textContent).toBe('Course');
    wrapper.unmount();
  });
});
