import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { attempt, question, result } from '../testing/samples';
import TestPage from './TestPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

async function mountTest() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/tests/:testId', name: 'test', component: TestPage, props: true },
      { path: '/attempts/:attemptId/result', name: 'result', component: { template: '<p>result</p>' } },
    ],
  });
  await router.push('/tests/test-1');
  const options = withPlugin();
  const wrapper = mount(TestPage, {
    props: { testId: 'test-1' },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return { wrapper, router };
}

function button(wrapper: Awaited<ReturnType<typeof mountTest>>['wrapper'], label: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('TestPage', () => {
  it('resumes at the first unanswered question, saves an answer on change and submits after confirmation', async () => {
    const [first, second] = [question('single', 'q1'), question('true_false', 'q2')];
    graphql
      .on('StartAttempt', () => ({
        startAttempt: attempt({
          questions: [first!, second!],
          answers: [{ questionId: 'q1', optionIds: ['q1-a'], pairs: null }],
        }),
      }))
      .on('SaveAnswer', () => ({ saveAnswer: {} }))
      .on('SubmitAttempt', () => ({ submitAttempt: result({ attemptId: 'attempt-1' }) }));
    const { wrapper, router } = await mountTest();

    expect(wrapper.text()).toContain('Question 2 of 2');
    expect(wrapper.text()).toContain('Answered: 1 of 2');
    await wrapper.findAll('input[type="radio"]')[1]!.trigger('change');
    await flushPromises();
    expect(graphql.sent('SaveAnswer')).toEqual([
      { attemptId: 'attempt-1', answer: { questionId: 'q2', optionIds: ['q2-b'] } },
    ]);
    expect(wrapper.text()).toContain('The answer is saved.');
    expect(wrapper.text()).toContain('Answered: 2 of 2');

    await button(wrapper, 'Finish the test').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Summary before finishing');
    await button(wrapper, 'Submit all and finish').trigger('click');
    await flushPromises();
    expect(graphql.sent('SubmitAttempt')).toHaveLength(0);
    await button(wrapper, 'Finish and see the result').trigger('click');
    await flushPromises();

    expect(graphql.sent('SubmitAttempt')).toEqual([{ attemptId: 'attempt-1' }]);
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/attempts/attempt-1/result'));
    wrapper.unmount();
  });

  it('shows each question in the navigator as answered, unanswered or flagged, in words, and flags on the server', async () => {
    const questions = [question('single', 'q1'), question('single', 'q2'), question('single', 'q3')];
    graphql
      .on('StartAttempt', () => ({
        startAttempt: attempt({
          questions: questions.map((q, i) => ({ ...q, flagged: i === 2 })),
          answers: [{ questionId: 'q1', optionIds: ['q1-a'], pairs: null }],
        }),
      }))
      .on('FlagQuestion', () => ({ flagQuestion: { id: 'attempt-1', questions: [] } }));
    const { wrapper } = await mountTest();

    const nav = () => wrapper.findAll('nav [data-testid^="nav-"]');
    expect(nav().map((b) => b.attributes('aria-label'))).toEqual([
      'Question 1: answered',
      'Question 2: no answer',
      'Question 3: no answer, flagged',
    ]);
    // Resumed at the first unanswered question, which the navigator marks as the current one.
    expect(nav()[1]!.attributes('aria-current')).toBe('step');
    expect(wrapper.get('nav .toggle').text()).toContain('Questions: 1 of 3 answered, 1 flagged');

    const flag = wrapper.get('[data-testid="flag-toggle"]');
    expect(flag.attributes('aria-pressed')).toBe('false');
    await flag.trigger('click');
    await flushPromises();
    expect(graphql.sent('FlagQuestion')).toEqual([
      { attemptId: 'attempt-1', questionId: 'q2', flagged: true },
    ]);
    expect(wrapper.get('[data-testid="flag-toggle"]').attributes('aria-pressed')).toBe('true');
    expect(nav()[1]!.attributes('aria-label')).toBe('Question 2: no answer, flagged');

    await nav()[2]!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Question 3 of 3');
    expect(document.activeElement?.classList.contains('question-area')).toBe(true);
    wrapper.unmount();
  });

  it('puts the flag back when the server refuses it, and says so', async () => {
    graphql
      .on('StartAttempt', () => ({ startAttempt: attempt({ questions: [question('single', 'q1')] }) }))
      .on('FlagQuestion', () => {
        throw new AdalGraphqlError('CONFLICT', 'The attempt is already closed');
      });
    const { wrapper } = await mountTest();
    await wrapper.get('[data-testid="flag-toggle"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="flag-toggle"]').attributes('aria-pressed')).toBe('false');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'The flag was not saved. Try again or check the connection.',
    );
    wrapper.unmount();
  });

  it('lists the unanswered and the flagged questions before finishing, each a way back to it', async () => {
    const questions = [question('single', 'q1'), question('single', 'q2'), question('single', 'q3')];
    graphql.on('StartAttempt', () => ({
      startAttempt: attempt({
        questions: questions.map((q, i) => ({ ...q, flagged: i === 0 })),
        answers: [{ questionId: 'q1', optionIds: ['q1-a'], pairs: null }],
      }),
    }));
    const { wrapper } = await mountTest();
    await button(wrapper, 'Finish the test').trigger('click');
    await flushPromises();

    expect(
      wrapper
        .get('[data-testid="summary-unanswered"]')
        .findAll('button')
        .map((b) => b.text()),
    ).toEqual(['Go to question 2', 'Go to question 3']);
    expect(
      wrapper
        .get('[data-testid="summary-flagged"]')
        .findAll('button')
        .map((b) => b.text()),
    ).toEqual(['Go to question 1']);
    expect(wrapper.text()).toContain('Without an answer: 2');
    await button(wrapper, 'Go to question 3').trigger('click');
    await flushPromises();
    expect(wrapper.text()).not.toContain('Summary before finishing');
    expect(wrapper.text()).toContain('Question 3 of 3');
    wrapper.unmount();
  });
});
