import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import InputNumber from 'primevue/inputnumber';
import { AdalGraphqlError, type AdalRole } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { SEARCH_DELAY_MS } from '@adal/sdk';
import type { TrainingSessionFieldsFragment } from '../graphql/generated/graphql';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { recordedAttendance, trainingSession } from '../testing/samples';
import type { RecordedAttendance } from '../stores/training-session';
import SessionPage from './SessionPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null, roles: [] as string[] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: fake.roles }, locale: 'en' }),
}));

const UNIT = { id: 'unit-1', names: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' } };
const DANA = { id: 'person-1', fullName: 'Дана Омарова', email: 'd.omarova@example.kz', orgUnit: UNIT };
const BOLAT = { id: 'person-2', fullName: 'Болат Омаров', email: 'b.omarov@example.kz', orgUnit: UNIT };

let graphql: FakeGraphql;
let session: TrainingSessionFieldsFragment;
let attendance: RecordedAttendance[];

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  session = trainingSession({ attended: 0, absent: 0 });
  attendance = [];
  graphql
    .on('GetTrainingSession', () => ({ trainingSession: session, sessionAttendance: attendance }))
    .on('SearchPeople', ({ search }) => ({
      people: [DANA, BOLAT].filter((person) => person.fullName.toLowerCase().includes(String(search))),
    }));
});

afterEach(() => {
  vi.useRealTimers();
});

async function mountPage(roles: AdalRole[] = ['training_admin']) {
  fake.roles = roles;
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(SessionPage, {
    props: { id: session.id },
    attachTo: document.body,
    global: {
      ...options.global,
      plugins: [...options.global.plugins, createPinia(), await testRouter(`/sessions/${session.id}`)],
    },
  });
  await flushPromises();
  return wrapper;
}

type Page = Awaited<ReturnType<typeof mountPage>>;
const button = (wrapper: Page, label: string) => wrapper.findAll('button').find((b) => b.text() === label);
const tableRows = (wrapper: Page) =>
  wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));

async function addPerson(wrapper: Page, text: string, name: string): Promise<void> {
  await wrapper.find('#attendance-person').setValue(text);
  await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
  await flushPromises();
  await wrapper
    .findAll('[role="option"]')
    .find((option) => option.find('.name').text() === name)
    ?.trigger('click');
}

describe('SessionPage', () => {
  it('shows a reader the session and its attendance, without changes to make', async () => {
    session = trainingSession({ attended: 1, absent: 1 });
    attendance = [
      recordedAttendance(),
      recordedAttendance({
        ...BOLAT,
        personId: BOLAT.id,
        status: 'absent',
        reason: 'Іссапарда',
        scorePercent: null,
      }),
    ];
    const wrapper = await mountPage(['auditor']);
    expect(wrapper.get('h1').text()).toBe('Conflicts of interest');
    const details = wrapper.get('dl').text();
    expect(details).toContain('Seminar');
    expect(details).toContain('90 min');
    expect(details).toContain('Yes, each attendee’s score is recorded');
    expect(wrapper.get('dl a').attributes()).toMatchObject({
      href: 'https://intranet.example.kz/coi.pdf',
      target: '_blank',
    });
    expect(wrapper.text()).toContain('Attended: 1. Absent: 1.');
    // By name, in the interface language's alphabetical order.
    expect(tableRows(wrapper)).toEqual([
      ['Болат Омаров', 'b.omarov@example.kz', 'Absent', '—', 'Іссапарда'],
      ['Дана Омарова', 'd.omarova@example.kz', 'Attended', '80 %', '—'],
    ]);
    expect(wrapper.find('[role="group"]').exists()).toBe(false);
    expect(wrapper.find('#attendance-person').exists()).toBe(false);
    wrapper.unmount();
  });

  it('records one person attended with a score and one absent with the reason, and shows the new counts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    graphql.on('RecordSessionAttendance', ({ entries }) => {
      session = { ...session, attended: 1, absent: 1 };
      attendance = [
        recordedAttendance({ scorePercent: 85 }),
        recordedAttendance({
          ...BOLAT,
          personId: BOLAT.id,
          status: 'absent',
          reason: 'Еңбек демалысында',
          scorePercent: null,
        }),
      ];
      return { recordSessionAttendance: (entries as unknown[]).length };
    });
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('No attendance is recorded yet.');
    await addPerson(wrapper, 'омаров', 'Дана Омарова');
    await addPerson(wrapper, 'омаров', 'Болат Омаров');
    expect(wrapper.findAll('.row > legend').map((legend) => legend.text())).toEqual([
      '1. Дана Омарова',
      '2. Болат Омаров',
    ]);
    wrapper.findComponent(InputNumber).vm.$emit('update:modelValue', 85);
    await wrapper.find('#attendance-1-absent').setValue(true);
    await wrapper.find('form.sheet').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#attendance-1-reason-error').text()).toBe('Say why the person could not attend.');
    expect(graphql.sent('RecordSessionAttendance')).toEqual([]);

    await wrapper.find('#attendance-1-reason').setValue('Еңбек демалысында');
    expect(button(wrapper, 'Save attendance (2)')?.attributes('type')).toBe('submit');
    await wrapper.find('form.sheet').trigger('submit');
    await flushPromises();
    expect(graphql.sent('RecordSessionAttendance')).toEqual([
      {
        sessionId: 'session-1',
        entries: [
          { personId: 'person-1', status: 'attended', scorePercent: 85 },
          { personId: 'person-2', status: 'absent', reason: 'Еңбек демалысында' },
        ],
      },
    ]);
    expect(wrapper.text()).toContain('Attendance entries saved: 2.');
    expect(wrapper.text()).toContain('Attended: 1. Absent: 1.');
    expect(tableRows(wrapper).map((row) => row.slice(0, 4))).toEqual([
      ['Болат Омаров', 'b.omarov@example.kz', 'Absent', '—'],
      ['Дана Омарова', 'd.omarova@example.kz', 'Attended', '85 %'],
    ]);
    expect(wrapper.find('.rows').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows a refused row at that row and keeps every row and the recorded list as they were', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    attendance = [recordedAttendance({ scorePercent: 70 })];
    session = trainingSession({ attended: 1, absent: 0 });
    graphql.on('RecordSessionAttendance', () => {
      throw new AdalGraphqlError('VALIDATION', 'Row 2: this person is not on the organisation’s staff', {
        details: {
          messageKey: 'training.attendance.unknownPerson',
          params: { row: 2 },
          field: 'entries.1.personId',
        },
      });
    });
    const wrapper = await mountPage();
    await addPerson(wrapper, 'омаров', 'Дана Омарова');
    await addPerson(wrapper, 'омаров', 'Болат Омаров');
    await wrapper.find('form.sheet').trigger('submit');
    await flushPromises();

    const rows = wrapper.findAll('.rows > li');
    expect(rows[0]!.find('.adal-field-error').exists()).toBe(false);
    expect(rows[1]!.classes()).toContain('refused');
    expect(rows[1]!.get('.adal-field-error').text()).toBe(
      'Row 2: this person is not on the organisation’s staff',
    );
    expect(wrapper.text()).toContain('Nothing was saved. Correct the marked row and save again.');
    expect(wrapper.findAll('.row > legend')).toHaveLength(2);
    expect(tableRows(wrapper)).toEqual([['Дана Омарова', 'd.omarova@example.kz', 'Attended', '70 %', '—']]);
    expect(graphql.sent('GetTrainingSession')).toHaveLength(1);
    wrapper.unmount();
  });

  it('asks before cancelling a session, then shows it cancelled with no attendance to record', async () => {
    session = trainingSession({
      status: 'planned',
      heldOn: null,
      plannedOn: '2026-01-10',
      attended: 0,
      absent: 0,
    });
    graphql.on('SetTrainingSessionStatus', ({ status }) => ({
      setTrainingSessionStatus: { ...session, status, heldOn: null },
    }));
    const wrapper = await mountPage();
    await button(wrapper, 'Cancel the session')?.trigger('click');
    await flushPromises();
    expect(wrapper.get('.p-dialog').text()).toContain('Cancel this session?');
    expect(graphql.sent('SetTrainingSessionStatus')).toEqual([]);
    await wrapper
      .get('.p-dialog')
      .findAll('button')
      .find((b) => b.text() === 'Cancel the session')
      ?.trigger('click');
    await flushPromises();
    expect(graphql.sent('SetTrainingSessionStatus')).toEqual([
      { id: 'session-1', status: 'cancelled', heldOn: null },
    ]);
    expect(wrapper.get('dl').text()).toContain('Cancelled');
    expect(wrapper.text()).toContain('The session was cancelled, so there is no attendance to record.');
    expect(button(wrapper, 'Plan again')).toBeDefined();
    wrapper.unmount();
  });

  it('records no attendance before the session’s day', async () => {
    session = trainingSession({ status: 'planned', heldOn: null, plannedOn: '2999-01-10' });
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('Attendance can be recorded from the session’s day, 01/10/2999.');
    expect(wrapper.find('#attendance-person').exists()).toBe(false);
    wrapper.unmount();
  });

  it('takes attendance on the session’s day in Kazakhstan, while a browser in UTC is still on the day before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T20:00:00Z'));
    session = trainingSession({ status: 'planned', heldOn: null, plannedOn: '2026-12-07' });
    const wrapper = await mountPage();
    expect(wrapper.text()).not.toContain('Attendance can be recorded from the session’s day');
    expect(wrapper.find('#attendance-person').exists()).toBe(true);
    expect(button(wrapper, 'Mark as held')).toBeDefined();
    wrapper.unmount();
  });
});
