import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import type { MitigationMeasure } from '../stores/mitigation-plan';
import MeasureReportDialog from './MeasureReportDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    token: 't',
    graphqlUrl: '/graphql',
    viewer: { id: 'v', roles: ['compliance_officer'] },
  }),
}));

let graphql: FakeGraphql;
let pinia: Pinia;

const MEASURE = {
  id: 'm1',
  risk: { id: 'r1', number: 1, register: 'activity', processOrDocument: 'Procurement', level: 'high' },
  measure: 'Two specialists agree each specification',
  executor: { id: 'p1', fullName: 'Officer' },
  deadline: '2026-06-30',
  completionForm: 'Order',
  status: 'planned',
  progressNote: null,
  evidenceLink: null,
  evidenceNote: null,
  doneOn: null,
  linkedKpi: null,
  overdue: false,
} as unknown as MitigationMeasure;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  pinia = createPinia();
  setActivePinia(pinia);
  graphql.on('ReportMitigationMeasure', () => ({ reportMitigationMeasure: { id: 'm1' } }));
});

async function mountDialog() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(MeasureReportDialog, {
    props: { visible: true, measure: MEASURE },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, pinia] },
  });
  await flushPromises();
  return wrapper;
}

const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]')!;
async function type(id: string, value: string) {
  const field = document.body.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await flushPromises();
}
async function choose(id: string) {
  document.body.querySelector<HTMLInputElement>(`#${id}`)!.click();
  await flushPromises();
}
const submit = async () => {
  dialog().querySelector('form')!.dispatchEvent(new Event('submit'));
  await flushPromises();
};

describe('a measure’s progress report (§9.3)', () => {
  it('asks for evidence before a measure is reported done, then sends what was typed, trimmed', async () => {
    const wrapper = await mountDialog();
    await choose('measure-status-done');
    await type('measure-progress', '  Both specialists signed  ');
    await submit();
    expect(graphql.sent('ReportMitigationMeasure')).toEqual([]);
    expect(dialog().textContent).toContain('A done measure needs its evidence');

    await type('measure-evidence-link', ' https://example.kz/orders/2 ');
    await submit();
    const [sent] = graphql.sent('ReportMitigationMeasure') as { input: Record<string, unknown> }[];
    expect(sent!.input).toMatchObject({
      id: 'm1',
      status: 'done',
      progressNote: 'Both specialists signed',
      evidenceLink: 'https://example.kz/orders/2',
      evidenceNote: null,
    });
    expect(sent!.input['doneOn']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    wrapper.unmount();
  });

  it('sends no day done while the measure is in progress', async () => {
    const wrapper = await mountDialog();
    await type('measure-progress', 'Drafting the order');
    await submit();
    const [sent] = graphql.sent('ReportMitigationMeasure') as { input: Record<string, unknown> }[];
    expect(sent!.input).toMatchObject({
      status: 'in_progress',
      progressNote: 'Drafting the order',
      doneOn: null,
    });
    expect(document.body.querySelector('#measure-done-on')).toBeNull();
    wrapper.unmount();
  });
});
