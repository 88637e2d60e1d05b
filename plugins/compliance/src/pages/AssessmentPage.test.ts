import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import AssessmentPage from './AssessmentPage.vue';

const fake = vi.hoisted(() => ({ current: null as unknown, roles: ['employee', 'compliance_officer'] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => (fake.current as FakeGraphql).client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: fake.roles }, locale: 'en' }),
}));

const answer = (aspect: number) => ({
  __typename: 'AssessmentAnswer',
  id: `a-${aspect}`,
  aspect,
  rating: aspect === 2 ? 'missing' : 'adequate',
  finding: `Found ${aspect}`,
  riskNumbers: aspect === 1 ? [7] : [],
  auditReports: [],
});
const assessment = (answered: number) => ({
  __typename: 'InitialAssessment',
  id: 'as-1',
  year: 2026,
  status: 'in_progress',
  canEdit: true,
  missingAspects: Array.from({ length: 13 - answered }, (_, i) => answered + i + 1),
  answers: Array.from({ length: answered }, (_, i) => answer(i + 1)),
});

let graphql: FakeGraphql;
let current: ReturnType<typeof assessment>;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  current = assessment(5);
  graphql.on('InitialAssessment', () => ({ initialAssessment: current }));
  graphql.on('SaveAssessmentAnswer', () => {
    current = assessment(6);
    return { saveAssessmentAnswer: { id: 'as-1' } };
  });
});

async function mountPage(locale: 'en' | 'kk' = 'en') {
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(AssessmentPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}
const button = (w: Awaited<ReturnType<typeof mountPage>>, label: string) =>
  w.findAll('button').find((b) => b.text() === label)!;

describe('the initial assessment page (§64)', () => {
  it('shows the progress as 5 of 13 and one aspect at a time with its guidance', async () => {
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('5 of 13');
    expect(wrapper.find('progress').attributes('value')).toBe('5');
    expect(wrapper.find('[data-testid="aspect"] h2').text()).toBe('Core activity');
    expect(wrapper.text()).toContain('Risks in the register: № 7');
    await button(wrapper, 'Next').trigger('click');
    expect(wrapper.find('[data-testid="aspect"] h2').text()).toBe(
      'Management’s links with state organisations',
    );
    expect(wrapper.find<HTMLTextAreaElement>('#aspect-finding').element.value).toBe('Found 2');
    expect(wrapper.text()).not.toContain('Complete the assessment');
    wrapper.unmount();
  });

  it('saves the answer of one aspect and asks for the audit reports on §64.9', async () => {
    const wrapper = await mountPage();
    for (let i = 0; i < 5; i++) await button(wrapper, 'Next').trigger('click');
    expect(wrapper.find('[data-testid="aspect"] h2').text()).toBe('Training of staff and suppliers');
    await wrapper.find('#aspect-rating-missing').setValue(true);
    await wrapper.find('#aspect-finding').setValue('Never analysed');
    await button(wrapper, 'Save the answer').trigger('click');
    await flushPromises();
    expect(graphql.sent('SaveAssessmentAnswer')).toEqual([
      {
        input: {
          assessmentId: 'as-1',
          aspect: 6,
          rating: 'missing',
          finding: 'Never analysed',
          auditReports: [],
        },
      },
    ]);
    expect(wrapper.text()).toContain('6 of 13');
    for (let i = 0; i < 3; i++) await button(wrapper, 'Next').trigger('click');
    expect(wrapper.text()).toContain('Auditors’ reports of the last 2 years (§64.9)');
    await button(wrapper, 'Add a report').trigger('click');
    expect(wrapper.findAll('[data-testid="report"]')).toHaveLength(1);
    wrapper.unmount();
  });

  it('turns a finding wanting into a risk of the register', async () => {
    graphql.on('RiskFromAssessmentFinding', () => ({ riskFromAssessmentFinding: { id: 'r', number: 8 } }));
    const wrapper = await mountPage();
    expect(wrapper.findAll('button').filter((b) => b.text() === 'Record as a risk')).toHaveLength(0);
    await button(wrapper, 'Next').trigger('click');
    await button(wrapper, 'Record as a risk').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('Record the finding as a risk');
    const field = (id: string) => document.body.querySelector<HTMLInputElement>(`#${id}`)!;
    field('finding-risk-process').value = 'Procurement';
    field('finding-risk-process').dispatchEvent(new Event('input'));
    for (const id of ['finding-risk-probability', 'finding-risk-frequency', 'finding-risk-impact']) {
      field(id).value = '3';
      field(id).dispatchEvent(new Event('input'));
      field(id).dispatchEvent(new Event('blur'));
    }
    await flushPromises();
    const save = [...document.body.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Save' && b.closest('[role="dialog"]'),
    );
    save!.click();
    await flushPromises();
    expect(graphql.sent('RiskFromAssessmentFinding')).toEqual([
      {
        input: {
          answerId: 'a-2',
          register: 'activity',
          processOrDocument: 'Procurement',
          probability: 3,
          frequency: 3,
          impact: 3,
        },
      },
    ]);
    wrapper.unmount();
  });

  it('speaks Kazakh', async () => {
    const wrapper = await mountPage('kk');
    expect(wrapper.text()).toContain('13 аспектінің 5-і');
    expect(wrapper.find('[data-testid="aspect"] h2').text()).toBe('Ұйымның негізгі қызметі');
    wrapper.unmount();
  });
});
