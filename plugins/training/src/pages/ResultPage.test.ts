import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { assignment, attempt, question, result, text } from '../testing/samples';
import ResultPage from './ResultPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: ['employee'] },
    locale: 'en',
    graphqlUrl: '/graphql',
  }),
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ListMyAssignments', () => ({
    myAssignments: [assignment({ attempts: 1, attemptsLeft: 2, status: 'failed' })],
  }));
});

async function mountResult() {
  const Stub = { template: '<p>page</p>' };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'my-training', component: Stub },
      { path: '/tests/:testId', name: 'test', component: Stub },
      { path: '/attempts/:attemptId/result', name: 'result', component: ResultPage, props: true },
    ],
  });
  await router.push('/attempts/attempt-1/result');
  const options = withPlugin();
  const wrapper = mount(ResultPage, {
    props: { attemptId: 'attempt-1' },
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

const asked = [question('single', 'q1'), question('true_false', 'q2')];

describe('ResultPage', () => {
  it('reviews every question in the order asked, with the right answer and the explanation, when the test allows it', async () => {
    graphql.on('GetAttemptResult', () => ({
      attempt: attempt({ status: 'submitted', questions: asked }),
      attemptResult: result({
        wrongQuestionIds: ['q2'],
        review: [
          // The server's order does not matter: the page follows the order the questions were asked.
          {
            questionId: 'q2',
            correct: false,
            given: { optionIds: ['q2-b'], pairs: null },
            rightAnswer: { optionIds: ['q2-a'], pairs: null },
            explanation: text('A gift above the limit is handed over (§18).'),
          },
          {
            questionId: 'q1',
            correct: true,
            given: { optionIds: ['q1-a'], pairs: null },
            rightAnswer: { optionIds: ['q1-a'], pairs: null },
            explanation: null,
          },
        ],
      }),
    }));
    const wrapper = await mountResult();
    // The result names its course, as the learner may have several.
    expect(wrapper.get('[data-testid="result-course"]').text()).toBe('Anti-corruption basics');
    expect(wrapper.get('h2').text()).toBe('Review of your answers');
    const articles = wrapper.findAll('article');
    expect(articles.map((a) => a.get('h3 span').text())).toEqual(['Question 1', 'Question 2']);
    expect(articles.map((a) => a.get('.verdict').text())).toEqual(['✓ Right', '✗ Wrong']);
    expect(articles[1]!.text()).toContain('Your answer');
    expect(articles[1]!.text()).toContain('Option B');
    expect(articles[1]!.text()).toContain('Right answer');
    expect(articles[1]!.text()).toContain('A gift above the limit is handed over (§18).');
    expect(articles[0]!.text()).not.toContain('Explanation');
    expect(wrapper.text()).toContain('Attempts left: 2');
  });

  it('shows only the score and the verdict when the test does not allow the review', async () => {
    graphql.on('GetAttemptResult', () => ({
      attempt: attempt({ status: 'submitted', questions: asked }),
      attemptResult: result({ scorePercent: 50, review: null, wrongQuestionIds: null }),
    }));
    const wrapper = await mountResult();
    expect(wrapper.get('[data-testid="result-score"]').text()).toBe('Your score: 50 %');
    expect(wrapper.get('[data-testid="result-verdict"]').text()).toBe('Not passed');
    expect(wrapper.find('article').exists()).toBe(false);
    expect(wrapper.text()).toContain('This test does not show the right answers after finishing.');
  });
});
