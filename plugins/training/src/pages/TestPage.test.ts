import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
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
    expect(graphql.sent('SubmitAttempt')).toHaveLength(0);
    await button(wrapper, 'Finish and see the result').trigger('click');
    await flushPromises();

    expect(graphql.sent('SubmitAttempt')).toEqual([{ attemptId: 'attempt-1' }]);
    expect(router.currentRoute.value.fullPath).toBe('/attempts/attempt-1/result');
    wrapper.unmount();
  });
});
