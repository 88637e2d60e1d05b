import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import DatePicker from 'primevue/datepicker';
import Select from 'primevue/select';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { testRouter } from '../testing/router';
import { calendarDay } from '../composables/assignment-form';
import KnowledgeGapsPage from './KnowledgeGapsPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: ['employee', 'compliance_officer'] },
    locale: 'en',
    token: 'token-1',
    graphqlUrl: 'https://adal.test/graphql',
  }),
}));

let graphql: FakeGraphql;

const text = (en: string, ru = en) => ({ kk: en, ru, en });
const figures = (asked: number, wrong: number, wrongPercent: number) => ({ asked, wrong, wrongPercent });
const unit = (id: string, name: string) => ({ id, names: text(name) });

function report(overrides: Record<string, unknown> = {}) {
  return {
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    attempts: 8,
    people: 8,
    suppressed: false,
    orgUnit: unit('root', 'Head office'),
    total: figures(32, 15, 46.9),
    questions: [
      {
        questionId: 'q1',
        text: text('Can you accept a gift worth more than 2 MCI?'),
        poolTitle: text('Gifts'),
        topic: 'gifts',
        figures: figures(8, 8, 100),
      },
      {
        questionId: 'q2',
        text: text('Whom do you tell about a conflict of interest?'),
        poolTitle: text('Conflicts'),
        topic: 'conflict_of_interest',
        figures: figures(8, 3, 37.5),
      },
    ],
    topics: [
      { topic: 'gifts', questions: 2, figures: figures(16, 11, 68.8) },
      { topic: 'conflict_of_interest', questions: 2, figures: figures(16, 4, 25) },
    ],
    units: [
      { orgUnit: unit('fin', 'Finance'), suppressed: false, people: 6, figures: figures(24, 11, 45.8) },
      { orgUnit: unit('legal', 'Legal'), suppressed: true, people: null, figures: null },
    ],
    ...overrides,
  };
}

beforeEach(() => {
  graphql = new FakeGraphql()
    .on('ListTrainingCourses', () => ({
      trainingCourses: [
        { id: 'c1', title: text('Gifts and conflicts') },
        { id: 'c2', title: text('Procurement') },
      ],
    }))
    .on('ListOrgUnits', () => ({
      orgUnits: [
        { id: 'root', name: 'Head office', names: text('Head office'), path: '/root/' },
        { id: 'fin', name: 'Finance', names: text('Finance'), path: '/root/fin/' },
      ],
    }))
    .on('GetTrainingKnowledgeGaps', () => ({ trainingKnowledgeGaps: report() }));
  fake.current = graphql;
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountPage() {
  const options = withPlugin();
  const router = await testRouter('/knowledge-gaps');
  const wrapper = mount(KnowledgeGapsPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

function rowsOf(wrapper: Awaited<ReturnType<typeof mountPage>>, table: number): string[][] {
  const found = wrapper.findAll('table').at(table);
  if (!found) throw new Error(`no table ${table}`);
  return found.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
}

describe('KnowledgeGapsPage', () => {
  it('shows the first course’s questions most often missed first, with a bar for the share, the topics and the units', async () => {
    const wrapper = await mountPage();
    // The first course and the twelve months up to today, for the whole organisation.
    const [sent] = graphql.sent('GetTrainingKnowledgeGaps');
    expect(sent).toMatchObject({ courseId: 'c1', orgUnitId: null });
    const now = new Date();
    expect(sent?.['periodFrom']).toBe(
      calendarDay(new Date(now.getFullYear() - 1, now.getMonth(), now.getDate() + 1)),
    );
    expect(sent?.['periodTo']).toBe(calendarDay(now));
    expect(wrapper.text()).toContain('8 attempts by 8 people');
    expect(rowsOf(wrapper, 0)).toEqual([
      ['1', 'Can you accept a gift worth more than 2 MCI?', 'Gifts and hospitality', '8', '8', '100 %'],
      ['2', 'Whom do you tell about a conflict of interest?', 'Conflict of interest', '8', '3', '37.5 %'],
    ]);
    const bars = wrapper.findAll('.fill').map((bar) => (bar.element as HTMLElement).style.width);
    expect(bars).toEqual(['100%', '37.5%']);
    expect(rowsOf(wrapper, 1)).toEqual([
      ['Gifts and hospitality', '2', '16', '68.8 %'],
      ['Conflict of interest', '2', '16', '25 %'],
    ]);
    // A unit where fewer than 5 people took the test shows no figure.
    expect(rowsOf(wrapper, 2)).toEqual([
      ['Finance', '6', '45.8 %'],
      ['Legal', 'Fewer than 5', '—'],
    ]);
    // A unit opens as the filter; a withheld one does not.
    expect(wrapper.find('[aria-label="Show the questions of Legal"]').exists()).toBe(false);
    await wrapper.get('[aria-label="Show the questions of Finance"]').trigger('click');
    await flushPromises();
    expect(graphql.sent('GetTrainingKnowledgeGaps').at(-1)).toMatchObject({
      courseId: 'c1',
      orgUnitId: 'fin',
    });
  });

  it('asks again for another course, period and unit, and says when nobody took the test', async () => {
    const wrapper = await mountPage();
    graphql.on('GetTrainingKnowledgeGaps', () => ({
      trainingKnowledgeGaps: report({
        attempts: 0,
        people: 0,
        total: figures(0, 0, 0),
        questions: [],
        topics: [],
        units: [],
      }),
    }));
    const [course, orgUnit] = wrapper.findAllComponents(Select);
    course!.vm.$emit('update:modelValue', 'c2');
    orgUnit!.vm.$emit('update:modelValue', 'fin');
    const [from, to] = wrapper.findAllComponents(DatePicker);
    from!.vm.$emit('update:modelValue', new Date(2025, 0, 1));
    to!.vm.$emit('update:modelValue', new Date(2025, 11, 31));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('GetTrainingKnowledgeGaps').at(-1)).toEqual({
      courseId: 'c2',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      orgUnitId: 'fin',
    });
    expect(wrapper.text()).toContain('No one finished this course’s test in this period.');
    expect(wrapper.findAll('table')).toHaveLength(0);
  });

  it('says a period ending before it starts next to its end and does not ask', async () => {
    const wrapper = await mountPage();
    const asked = graphql.sent('GetTrainingKnowledgeGaps').length;
    const [from, to] = wrapper.findAllComponents(DatePicker);
    from!.vm.$emit('update:modelValue', new Date(2026, 5, 1));
    to!.vm.$emit('update:modelValue', new Date(2026, 0, 1));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('GetTrainingKnowledgeGaps')).toHaveLength(asked);
    const field = wrapper.find('#gaps-to').element.closest('.adal-field') ?? wrapper.element;
    expect(field.textContent).toContain('The period must end on or after its first day.');
  });

  it('withholds a small unit’s figures with a notice saying why', async () => {
    graphql.on('GetTrainingKnowledgeGaps', () => ({
      trainingKnowledgeGaps: report({
        suppressed: true,
        orgUnit: unit('legal', 'Legal'),
        total: null,
        questions: [],
        topics: [],
        units: [],
      }),
    }));
    const wrapper = await mountPage();
    expect(wrapper.find('[role="note"]').text()).toContain('Fewer than 5 people of Legal took the test');
    expect(wrapper.findAll('table')).toHaveLength(0);
  });

  it('downloads the report as XLSX with the viewer’s token, the filter and the interface language', async () => {
    const send = vi.fn(
      async () =>
        new Response('xlsx', {
          headers: {
            'content-disposition': 'attachment; filename="knowledge-gaps-2026-01-01-2026-03-31.xlsx"',
          },
        }),
    );
    vi.stubGlobal('fetch', send);
    URL.createObjectURL = vi.fn(() => 'blob:gaps');
    URL.revokeObjectURL = vi.fn();
    const wrapper = await mountPage();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Download XLSX')!
      .trigger('click');
    await flushPromises();
    const [url, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    const asked = new URL(url);
    expect(asked.pathname).toBe('/training/knowledge-gaps.xlsx');
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({ courseId: 'c1', lang: 'en' });
    expect(asked.searchParams.has('orgUnitId')).toBe(false);
    expect(init.headers).toEqual({ authorization: 'Bearer token-1' });
  });
});
