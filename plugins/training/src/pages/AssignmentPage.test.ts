import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import MultiSelect from 'primevue/multiselect';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import type {
  EnrolmentStatus,
  GetTrainingAssignmentQuery,
  TrainingAssignmentFieldsFragment,
} from '../graphql/generated/graphql';
import type { AssignmentEnrolment } from '../stores/training-assignment';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { text } from '../testing/samples';
import AssignmentPage from './AssignmentPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;
let assignment: TrainingAssignmentFieldsFragment;
let history: GetTrainingAssignmentQuery['trainingAssignmentHistory'];
let people: AssignmentEnrolment[];
const asked: Record<string, unknown>[] = [];

function person(name: string, status: EnrolmentStatus, overrides: Partial<AssignmentEnrolment> = {}) {
  return {
    id: `e-${name}`,
    personId: `p-${name}`,
    fullName: name,
    email: `${name.toLowerCase()}@example.kz`,
    orgUnitNames: text('Finance'),
    status,
    dueOn: '2027-03-31',
    extendedFrom: null,
    attempts: status === 'not_started' ? 0 : 1,
    lastScorePercent: status === 'passed' ? 90 : null,
    ...overrides,
  };
}

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  asked.length = 0;
  assignment = {
    id: 'a1',
    course: { id: 'c1', title: text('General course') },
    audience: 'whole_org',
    orgUnitIds: [],
    role: null,
    newHireMonths: null,
    dueOn: '2027-03-31',
    recurrence: 'once',
    riskIds: ['risk-7'],
    answeredRisks: [{ id: 'risk-7', code: '№ 7', processOrDocument: 'Hiring of relatives' }],
    enrolled: 2,
    active: true,
  };
  history = [];
  people = [person('Aida', 'passed'), person('Bek', 'not_started')];
  graphql
    .on('GetTrainingAssignment', () => ({
      trainingAssignment: assignment,
      trainingAssignmentHistory: history,
    }))
    .on('ListOrgUnits', () => ({ orgUnits: [] }))
    .on('TrainingRiskChoices', () => ({
      riskChoices: [{ id: 'risk-9', code: '№ 9', processOrDocument: 'Procurement of works' }],
    }))
    .on('ListTrainingAssignmentEnrolments', (variables) => {
      asked.push(variables);
      const rows = people.filter(
        (row) =>
          (!variables['status'] || row.status === variables['status']) &&
          (!variables['search'] || row.fullName.toLowerCase().includes(String(variables['search']))),
      );
      return { trainingAssignmentEnrolments: { total: rows.length, rows } };
    });
});

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(AssignmentPage, {
    props: { id: 'a1' },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), await testRouter('/assignments/a1')] },
  });
  await flushPromises();
  return wrapper;
}

type Page = Awaited<ReturnType<typeof mountPage>>;
const button = (wrapper: Page, label: string) => wrapper.findAll('button').find((b) => b.text() === label);
const dialogButton = (wrapper: Page, label: string) =>
  wrapper
    .get('.p-dialog')
    .findAll('button')
    .find((b) => b.text() === label);
const tableRows = (wrapper: Page) =>
  wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));

describe('AssignmentPage', () => {
  it('shows the assignment, its people with status and due date, and its history', async () => {
    history = [
      {
        id: 'h1',
        kind: 'reminded',
        changedAt: '2026-12-04T06:00:00Z',
        changedByName: 'Dana Admin',
        before: {},
        after: { reminded: 3 },
      } as GetTrainingAssignmentQuery['trainingAssignmentHistory'][number],
    ];
    people = [person('Aida', 'passed'), person('Bek', 'overdue', { extendedFrom: '2027-01-31' })];
    const wrapper = await mountPage();
    expect(wrapper.find('h1').text()).toBe('General course');
    expect(wrapper.find('[data-testid="assignment-state"]').text()).toBe('Active');
    const risks = wrapper.get('ul[aria-label="Risks it answers"]');
    expect(risks.findAll('li').map((li) => li.attributes('title'))).toEqual(['Hiring of relatives']);
    expect(risks.text()).toContain('№ 7');
    const rows = tableRows(wrapper);
    expect(rows.map((row) => row.slice(1, 3))).toEqual([
      ['AidaFinance', 'Passed'],
      ['BekFinance', 'Overdue'],
    ]);
    expect(rows[1]?.[3]).toContain('extended, was');
    expect(rows[0]?.[4]).toContain('90');
    expect(wrapper.text()).toContain('Dana Admin');
    expect(wrapper.text()).toContain('sent a reminder now to 3');
    wrapper.unmount();
  });

  it('filters the people by status on the server', async () => {
    const wrapper = await mountPage();
    const select = wrapper.findComponent({ name: 'SelectField' });
    select.vm.$emit('update:modelValue', 'passed');
    await flushPromises();
    expect(asked.at(-1)).toMatchObject({ status: 'passed', offset: 0 });
    expect(tableRows(wrapper).map((row) => row[1])).toEqual(['AidaFinance']);
    wrapper.unmount();
  });

  it('asks before deactivating, saying open enrolments are withdrawn and results kept', async () => {
    graphql.on('DeactivateTrainingAssignment', () => {
      assignment = { ...assignment, active: false };
      return { deactivateTrainingAssignment: assignment };
    });
    const wrapper = await mountPage();
    await button(wrapper, 'Deactivate')?.trigger('click');
    await flushPromises();
    const dialog = wrapper.get('.p-dialog');
    expect(dialog.text()).toContain('Open enrolments will be withdrawn');
    expect(dialog.text()).toContain('Results already achieved are kept');
    expect(graphql.sent('DeactivateTrainingAssignment')).toEqual([]);
    await dialogButton(wrapper, 'Deactivate')?.trigger('click');
    await flushPromises();
    expect(graphql.sent('DeactivateTrainingAssignment')).toEqual([{ id: 'a1' }]);
    expect(wrapper.get('[data-testid="assignment-state"]').text()).toBe('Deactivated');
    expect(wrapper.text()).toContain('Open enrolments were withdrawn');
    wrapper.unmount();
  });

  it('says how many will be reminded, then how many were sent', async () => {
    graphql.on('SendTrainingReminderNow', () => ({ sendTrainingReminderNow: 1 }));
    const wrapper = await mountPage();
    await button(wrapper, 'Send a reminder now')?.trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="remind-count"]').text()).toContain(
      'People who have not passed yet: 1.',
    );
    expect(graphql.sent('SendTrainingReminderNow')).toEqual([]);
    await dialogButton(wrapper, 'Send')?.trigger('click');
    await flushPromises();
    expect(graphql.sent('SendTrainingReminderNow')).toEqual([{ assignmentId: 'a1' }]);
    expect(wrapper.text()).toContain('Reminders sent: 1.');
    wrapper.unmount();
  });

  it('shows a refused extension next to the date field, and extends the chosen people', async () => {
    let refuse = true;
    graphql.on('ExtendTrainingDueDate', (variables) => {
      if (refuse) {
        throw new AdalGraphqlError('VALIDATION', 'An extension must end after today', {
          details: { field: 'dueOn', messageKey: 'training.assignment.extensionNotAhead' },
        });
      }
      return { extendTrainingDueDate: (variables['personIds'] as string[]).length };
    });
    const wrapper = await mountPage();
    await wrapper.get('input#assignment-person-e-Bek').setValue(true);
    await button(wrapper, 'Extend the due date')?.trigger('click');
    await flushPromises();
    expect(wrapper.get('.p-dialog').text()).toContain('People chosen: 1.');
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2020, 0, 1));
    await dialogButton(wrapper, 'Extend')?.trigger('click');
    await flushPromises();
    expect(graphql.sent('ExtendTrainingDueDate')).toEqual([
      { assignmentId: 'a1', personIds: ['p-Bek'], dueOn: '2020-01-01' },
    ]);
    expect(wrapper.get('#assignment-extend-to-error').text()).toBe('An extension must end after today');
    // Nothing changed: the dialog stays open with the chosen people.
    expect(wrapper.get('.p-dialog').text()).toContain('People chosen: 1.');
    refuse = false;
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2027, 5, 30));
    await dialogButton(wrapper, 'Extend')?.trigger('click');
    await flushPromises();
    expect(graphql.sent('ExtendTrainingDueDate').at(-1)).toEqual({
      assignmentId: 'a1',
      personIds: ['p-Bek'],
      dueOn: '2027-06-30',
    });
    expect(wrapper.find('.p-dialog').exists()).toBe(false);
    expect(wrapper.text()).toContain('Due date extended for: 1.');
    wrapper.unmount();
  });

  it('edits the audience, due date and risks in the assignment form, showing a refused date next to its field', async () => {
    let refuse = true;
    graphql.on('EditTrainingAssignment', ({ input }) => {
      if (refuse) {
        throw new AdalGraphqlError('VALIDATION', 'Choose a due date from today on', {
          details: { field: 'dueOn', messageKey: 'training.assignment.dueInPast' },
        });
      }
      assignment = { ...assignment, ...(input as object) };
      return { editTrainingAssignment: assignment };
    });
    const wrapper = await mountPage();
    await button(wrapper, 'Change audience, due date or risks')?.trigger('click');
    await flushPromises();
    const dialog = wrapper.get('.p-dialog');
    expect(dialog.text()).toContain('Change the assignment');
    // The course and the recurrence stay: the form does not offer them.
    expect(dialog.find('#assignment-course').exists()).toBe(false);
    expect(dialog.find('#assignment-recurrence').exists()).toBe(false);
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2020, 0, 1));
    await dialog.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('EditTrainingAssignment')).toEqual([
      { id: 'a1', input: { audience: 'whole_org', dueOn: '2020-01-01', riskIds: ['risk-7'] } },
    ]);
    expect(wrapper.get('#assignment-due-on-error').text()).toBe('Choose a due date from today on');
    refuse = false;
    wrapper.findComponent(DatePicker).vm.$emit('update:modelValue', new Date(2027, 3, 30));
    // The risks it answers stay offered with the register's open ones, by number and process.
    const risks = wrapper.findComponent(MultiSelect);
    expect(risks.props('options')).toEqual([
      { id: 'risk-7', label: '№ 7 · Hiring of relatives' },
      { id: 'risk-9', label: '№ 9 · Procurement of works' },
    ]);
    risks.vm.$emit('update:modelValue', ['risk-9']);
    await wrapper.get('.p-dialog form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('EditTrainingAssignment').at(-1)).toEqual({
      id: 'a1',
      input: { audience: 'whole_org', dueOn: '2027-04-30', riskIds: ['risk-9'] },
    });
    expect(wrapper.find('.p-dialog').exists()).toBe(false);
    expect(wrapper.text()).toContain('The assignment was changed.');
    wrapper.unmount();
  });
});
