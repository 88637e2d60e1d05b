import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { CLOSED_SURVEY, OPEN_SURVEY, UNITS } from '../testing/survey-fixture';
import SurveyPage from './SurveyPage.vue';

const fake = vi.hoisted(() => ({ current: null as unknown, roles: ['employee'] as string[] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => (fake.current as FakeGraphql).client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: fake.roles },
    locale: 'en',
    token: 't',
    graphqlUrl: '/graphql',
  }),
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['employee'];
});

async function mountPage() {
  const options = withPlugin();
  const wrapper = mount(SurveyPage, {
    props: { id: 's1' },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()], stubs: { RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return wrapper;
}

describe('SurveyPage for a person of the audience (§68)', () => {
  beforeEach(() => {
    graphql.on('CultureSurvey', () => ({ cultureSurvey: OPEN_SURVEY }));
  });

  it('says the survey is anonymous and asks one question per block, a statement on five large choices', async () => {
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('This survey is anonymous.');
    expect(wrapper.text()).toContain('Only the fact that you have answered is recorded');
    const blocks = wrapper.findAll('[data-testid="survey-question"]');
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.findAll('input[type="radio"]').map((r) => r.attributes('value'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(blocks[0]!.text()).toContain('Strongly disagree');
    expect(blocks[2]!.find('textarea').exists()).toBe(true);
    expect(graphql.sent('CultureSurveyParticipation')).toEqual([]);
    wrapper.unmount();
  });

  it('names the statements left unanswered and sends nothing', async () => {
    const wrapper = await mountPage();
    await wrapper.find('#answer-q1-4').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const blocks = wrapper.findAll('[data-testid="survey-question"]');
    expect(blocks[0]!.text()).not.toContain('Choose a point from 1 to 5');
    expect(blocks[1]!.text()).toContain('Choose a point from 1 to 5');
    expect(graphql.sent('AnswerCultureSurvey')).toEqual([]);
    wrapper.unmount();
  });

  it('sends each answer and thanks the person', async () => {
    graphql.on('AnswerCultureSurvey', () => ({ answerCultureSurvey: { ...OPEN_SURVEY, answered: true } }));
    const wrapper = await mountPage();
    await wrapper.find('#answer-q1-5').setValue(true);
    await wrapper.find('#answer-q2-2').setValue(true);
    await wrapper.find('#answer-q3').setValue('  More examples from our work  ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('AnswerCultureSurvey')).toEqual([
      {
        id: 's1',
        answers: [
          { questionId: 'q1', likert: 5 },
          { questionId: 'q2', likert: 2 },
          { questionId: 'q3', text: 'More examples from our work' },
        ],
      },
    ]);
    expect(wrapper.text()).toContain('Thank you! Your answers have been sent anonymously.');
    expect(wrapper.find('form').exists()).toBe(false);
    wrapper.unmount();
  });

  it('offers no form once answered', async () => {
    graphql.on('CultureSurvey', () => ({ cultureSurvey: { ...OPEN_SURVEY, answered: true } }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('You have answered this survey. Thank you.');
    expect(wrapper.find('form').exists()).toBe(false);
    wrapper.unmount();
  });
});

const participation = (results: 'shown' | 'too_few' | 'remainder_too_few') => ({
  cultureSurvey: {
    id: 's1',
    participation: {
      id: 's1:',
      orgUnitId: null,
      totals: { asked: 12, answered: 9, share: 75, withheld: false, results },
      units: [
        {
          id: 'u1',
          orgUnitId: 'u1',
          names: UNITS.sales,
          hasChildren: false,
          figures: { asked: 8, answered: 7, share: 87.5, withheld: false, results: 'shown' },
        },
        {
          id: 'u2',
          orgUnitId: 'u2',
          names: UNITS.legal,
          hasChildren: false,
          figures: { asked: null, answered: null, share: null, withheld: true, results: 'too_few' },
        },
      ],
    },
  },
});

const RESULTS = {
  cultureSurveyResults: {
    id: 's1:',
    responses: 9,
    questions: [
      { id: 'q1', answered: 9, withheld: false, average: 3.2, distribution: [1, 2, 2, 2, 2] },
      { id: 'q2', answered: 4, withheld: true, average: null, distribution: null },
      { id: 'q3', answered: 3, withheld: true, average: null, distribution: null },
    ],
    freeTexts: [{ id: 'q3', texts: ['Clearer rules', 'A poster of the hotline'] }],
  },
};

describe('SurveyPage for the compliance staff (§68)', () => {
  beforeEach(() => {
    fake.roles = ['employee', 'compliance_officer'];
    graphql.on('CultureSurvey', () => ({ cultureSurvey: CLOSED_SURVEY }));
  });

  it('shows participation by unit, a unit of fewer than 5 people without figures', async () => {
    graphql.on('CultureSurveyParticipation', () => participation('shown'));
    graphql.on('CultureSurveyResults', () => RESULTS);
    const wrapper = await mountPage();
    const rows = wrapper.findAll('[data-testid="participation-unit"]');
    expect(rows[0]!.text()).toContain('Sales');
    expect(rows[0]!.text()).toContain('87.5%');
    expect(rows[1]!.text()).toContain('Fewer than 5 people: not shown');
    wrapper.unmount();
  });

  it('shows each statement’s average and spread as bars, withheld ones as fewer than 5, and the free texts', async () => {
    graphql.on('CultureSurveyParticipation', () => participation('shown'));
    graphql.on('CultureSurveyResults', () => RESULTS);
    const wrapper = await mountPage();
    const results = wrapper.findAll('[data-testid="question-result"]');
    expect(results[0]!.text()).toContain('Average: 3.2 of 5');
    expect(results[0]!.findAll('tr')).toHaveLength(5);
    expect(results[0]!.text()).toContain('1 — Strongly disagree');
    expect(results[0]!.text()).toContain('2 (22.2%)');
    expect(results[1]!.text()).toContain('Fewer than 5 answers to this question: not shown.');
    expect(wrapper.findAll('[data-testid="free-text"]').map((li) => li.text())).toEqual([
      'Clearer rules',
      'A poster of the hotline',
    ]);
    expect(graphql.sent('CultureSurveyResults')).toEqual([{ id: 's1', orgUnitId: null }]);
    wrapper.unmount();
  });

  it('never asks for the results of a group under 5: it says so instead', async () => {
    graphql.on('CultureSurveyParticipation', () => participation('too_few'));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('Fewer than 5 answers: results are not shown.');
    expect(graphql.sent('CultureSurveyResults')).toEqual([]);
    wrapper.unmount();
  });

  it('drills into a unit and asks for its results only', async () => {
    graphql.on('CultureSurveyParticipation', (variables) =>
      variables['orgUnitId'] === 'u1'
        ? {
            cultureSurvey: {
              id: 's1',
              participation: { ...participation('shown').cultureSurvey.participation, units: [] },
            },
          }
        : participation('shown'),
    );
    graphql.on('CultureSurveyResults', () => RESULTS);
    const wrapper = await mountPage();
    await wrapper.find('[data-testid="participation-unit"] button').trigger('click');
    await flushPromises();
    expect(graphql.sent('CultureSurveyResults')).toEqual([
      { id: 's1', orgUnitId: null },
      { id: 's1', orgUnitId: 'u1' },
    ]);
    expect(wrapper.text()).toContain('Results for: Sales');
    wrapper.unmount();
  });

  it('waits for the closing before any result, and offers the reminder while it is open', async () => {
    graphql.on('CultureSurvey', () => ({
      cultureSurvey: { ...CLOSED_SURVEY, status: 'open', phase: 'open' },
    }));
    graphql.on('CultureSurveyParticipation', () => participation('shown'));
    graphql.on('RemindCultureSurvey', () => ({ remindCultureSurvey: 3 }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain(
      'Results are shown once the survey stops taking answers, after 06/20/2026',
    );
    expect(graphql.sent('CultureSurveyResults')).toEqual([]);
    const remind = wrapper.findAll('button').find((b) => b.text() === 'Remind those who have not answered');
    await remind!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Reminders sent: 3.');
    wrapper.unmount();
  });
});
