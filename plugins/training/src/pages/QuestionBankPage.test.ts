import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import type { BankQuestion } from '../stores/question-bank';
import QuestionBankPage from './QuestionBankPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    viewer: { id: 'viewer', roles: ['employee', 'training_admin'] },
    locale: 'en',
    token: 'token',
    graphqlUrl: 'http://gateway.test/graphql',
  }),
}));

let graphql: FakeGraphql;

const text = (ru: string, en = ru) => ({ kk: `${ru} (kk)`, ru, en });

const single: BankQuestion = {
  id: 'q1',
  poolId: 'p1',
  kind: 'single',
  text: text('Кому сдают подарок?', 'Who receives a gift handed in?'),
  options: [
    { text: text('Комплаенс-службе', 'The compliance unit'), correct: true, match: null },
    { text: text('Коллеге', 'A colleague'), correct: false, match: null },
  ],
  matches: null,
  explanation: null,
};

function bank(questions: BankQuestion[] = [single]) {
  return {
    trainingQuestionBank: {
      courseId: 'c1',
      courseTitle: text('Подарки', 'Gifts'),
      pools: [{ id: 'p1', title: text('Основной', 'Main'), questionCount: questions.length }],
      total: questions.length,
      questions,
    },
  };
}

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

async function mountPage() {
  const options = withPlugin();
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/courses/:id/questions', name: 'course-questions', component: { template: '<p/>' } },
      { path: '/courses/:id/test', name: 'course-test', component: { template: '<p/>' } },
    ],
  });
  await router.push('/courses/c1/questions');
  const wrapper = mount(QuestionBankPage, {
    props: { id: 'c1' },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountPage>>;
const button = (wrapper: Wrapper, label: string) => wrapper.findAll('button').find((b) => b.text() === label);

describe('QuestionBankPage', () => {
  it('shows the pools with their counts and the questions in the interface language, kind and pool in words', async () => {
    graphql.on('GetQuestionBank', () => bank());
    const wrapper = await mountPage();
    expect(wrapper.find('h1').text()).toBe('Question bank: Gifts');
    expect(wrapper.find('.pools').text()).toContain('Main');
    expect(wrapper.find('.pools').text()).toContain('Questions: 1');
    const row = wrapper.find('tbody tr').text();
    expect(row).toContain('Who receives a gift handed in?');
    expect(row).toContain('Single choice');
    expect(row).toContain('Main');
    wrapper.unmount();
  });

  it('finds questions by a word and a kind', async () => {
    graphql.on('GetQuestionBank', () => bank([]));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('No questions yet.');
    await wrapper.find('#bank-search').setValue('подарок');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('GetQuestionBank').at(-1)).toMatchObject({
      courseId: 'c1',
      search: 'подарок',
      offset: 0,
    });
    expect(wrapper.text()).toContain('No question matches the search.');
    wrapper.unmount();
  });

  it('shows the refusal of a question without a right answer next to its options, then saves it once marked', async () => {
    const multiple: BankQuestion = {
      ...single,
      id: 'q3',
      kind: 'multiple',
      text: text('Официальные подарки', 'Official gifts'),
    };
    graphql.on('GetQuestionBank', () => bank([multiple]));
    graphql.on('EditTrainingQuestion', ({ input }) => {
      const options = (input as { options: { correct?: boolean }[] }).options;
      if (!options.some((o) => o.correct)) {
        throw new AdalGraphqlError('VALIDATION', 'Mark the right answer', {
          details: { messageKey: 'training.question.noRightAnswer', params: {}, field: 'options' },
        });
      }
      return { editTrainingQuestion: { id: 'q4' } };
    });
    const wrapper = await mountPage();
    await button(wrapper, 'Edit')!.trigger('click');
    await flushPromises();
    expect(wrapper.find<HTMLInputElement>('#question-text-ru').element.value).toBe('Официальные подарки');
    await wrapper.find('#question-option-0-right').setValue(false);
    const form = wrapper.findAll('form').find((f) => f.find('#question-text-kk').exists())!;
    await form.trigger('submit');
    await flushPromises();
    const refusal = wrapper.find('fieldset.options .field-error');
    expect(refusal.text()).toBe('Mark the right answer');
    expect(wrapper.text()).toContain('Edit the question');

    await wrapper.find('#question-option-1-right').setValue(true);
    await form.trigger('submit');
    await flushPromises();
    const sent = graphql.sent('EditTrainingQuestion').at(-1) as {
      id: string;
      input: { poolId: string; options: { correct: boolean }[] };
    };
    expect(sent.id).toBe('q3');
    expect(sent.input.poolId).toBe('p1');
    expect(sent.input.options.map((o) => o.correct)).toEqual([false, true]);
    expect(wrapper.text()).not.toContain('Edit the question');
    wrapper.unmount();
  });

  it('asks before retiring a question and retires it only once confirmed', async () => {
    graphql.on('GetQuestionBank', () => bank());
    graphql.on('RetireTrainingQuestion', () => ({ retireTrainingQuestion: 'q1' }));
    const wrapper = await mountPage();
    await button(wrapper, 'Retire')!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Retire the question?');
    expect(graphql.sent('RetireTrainingQuestion')).toEqual([]);
    const confirm = wrapper.findAll('.p-dialog button').find((b) => b.text() === 'Retire')!;
    await confirm.trigger('click');
    await flushPromises();
    expect(graphql.sent('RetireTrainingQuestion')).toEqual([{ id: 'q1' }]);
    wrapper.unmount();
  });
});
