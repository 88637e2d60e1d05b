import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { CLOSED_SURVEY, OPEN_SURVEY } from '../testing/survey-fixture';
import SurveysPage from './SurveysPage.vue';

const fake = vi.hoisted(() => ({ current: null as unknown, roles: ['employee'] as string[] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => (fake.current as FakeGraphql).client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: fake.roles }, locale: 'en' }),
}));

let graphql: FakeGraphql;

const text = (en: string) => ({ kk: `${en} kk`, ru: `${en} ru`, en });
const DRAFT = {
  ...OPEN_SURVEY,
  id: 'draft',
  status: 'draft' as const,
  phase: 'draft' as const,
  asked: false,
  readsResults: true,
  askedCount: 0,
  answeredCount: 0,
};
const TEMPLATE = {
  cultureSurveyTemplate: {
    title: text('Anti-corruption culture survey, 2026'),
    intro: text('On behalf of the management'),
    questions: [
      { kind: 'likert', required: true, statement: text('I know how to report corruption safely') },
      { kind: 'text', required: false, statement: text('What would help you?') },
    ],
  },
};

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['employee', 'compliance_officer'];
  graphql.on('CultureSurveys', () => ({ cultureSurveys: [DRAFT, CLOSED_SURVEY] }));
  graphql.on('CultureSurveyOrgUnits', () => ({ orgUnits: [] }));
});

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(SurveysPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()], stubs: { RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return wrapper;
}

function button(wrapper: Awaited<ReturnType<typeof mountPage>>, label: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('SurveysPage (§68)', () => {
  it('lists the surveys with their phase and participation; a draft can be edited or opened', async () => {
    const wrapper = await mountPage();
    const items = wrapper.findAll('[data-testid="survey-item"]');
    expect(items[0]!.text()).toContain('Draft');
    expect(items[0]!.text()).toContain('Open the survey');
    expect(items[1]!.text()).toContain('Closed');
    expect(items[1]!.text()).toContain('Answered: 9 of 12');
    expect(items[1]!.text()).not.toContain('Close the survey');
    wrapper.unmount();
  });

  it('starts a new survey from the §68 template and saves it as a draft', async () => {
    graphql.on('CultureSurveyTemplate', () => TEMPLATE);
    graphql.on('SaveCultureSurvey', () => ({ saveCultureSurvey: { ...DRAFT, id: 'new' } }));
    const wrapper = await mountPage();
    await button(wrapper, 'New survey').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="edited-question"]')).toHaveLength(2);
    expect((wrapper.find('#survey-title-ru').element as HTMLInputElement).value).toBe(
      'Anti-corruption culture survey, 2026 ru',
    );
    // Without its days the draft is not sent.
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('choose both days');
    expect(graphql.sent('SaveCultureSurvey')).toEqual([]);
    wrapper.unmount();
  });

  it('saves a draft edited: its questions keep their ids and order, the days as they were', async () => {
    graphql.on('SaveCultureSurvey', () => ({ saveCultureSurvey: DRAFT }));
    const wrapper = await mountPage();
    await button(wrapper, 'Edit').trigger('click');
    await flushPromises();
    await button(wrapper, 'Down').trigger('click');
    await wrapper.find('#survey-title-en').setValue('Culture survey, spring');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const [sent] = graphql.sent('SaveCultureSurvey') as { input: Record<string, unknown> }[];
    expect(sent?.input).toMatchObject({
      id: 'draft',
      title: { en: 'Culture survey, spring' },
      audience: 'all_employees',
      orgUnitIds: [],
      opensOn: '2026-06-08',
      closesOn: '2026-06-20',
    });
    expect((sent?.input['questions'] as { id: string }[]).map((q) => q.id)).toEqual(['q2', 'q1', 'q3']);
    wrapper.unmount();
  });

  it('asks before opening a draft, then opens it', async () => {
    graphql.on('OpenCultureSurvey', () => ({
      openCultureSurvey: { ...DRAFT, status: 'open', phase: 'open' },
    }));
    const wrapper = await mountPage();
    await button(wrapper, 'Open the survey').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Once the survey is open its questions no longer change');
    expect(graphql.sent('OpenCultureSurvey')).toEqual([]);
    const confirm = wrapper.findAll('[role="dialog"] button').find((b) => b.text() === 'Open the survey');
    await confirm!.trigger('click');
    await flushPromises();
    expect(graphql.sent('OpenCultureSurvey')).toEqual([{ id: 'draft' }]);
    expect(wrapper.findAll('[data-testid="survey-item"]')[0]!.text()).toContain('Close the survey');
    wrapper.unmount();
  });

  it('lets the first head follow the surveys without changing them', async () => {
    fake.roles = ['employee', 'first_head'];
    graphql.on('CultureSurveys', () => ({ cultureSurveys: [CLOSED_SURVEY] }));
    const wrapper = await mountPage();
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('New survey');
    expect(wrapper.text()).toContain('Answered: 9 of 12');
    wrapper.unmount();
  });
});
