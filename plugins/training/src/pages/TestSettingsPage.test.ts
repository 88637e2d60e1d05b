import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import InputNumber from 'primevue/inputnumber';
import { createMemoryHistory, createRouter } from 'vue-router';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import TestSettingsPage from './TestSettingsPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: ['employee', 'training_admin'] }, locale: 'en' }),
}));

let graphql: FakeGraphql;
const text = (en: string) => ({ kk: en, ru: en, en });
const settings = {
  id: 't1',
  draws: [{ poolId: 'p1', count: 2 }],
  shuffle: true,
  timeLimitMinutes: 20,
  maxAttempts: 3,
  passMark: 70,
  reviewAllowed: true,
  lessonsRequiredBeforeTest: false,
};

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('GetTestSettings', () => ({
    trainingQuestionBank: {
      courseId: 'c1',
      courseTitle: text('Gifts'),
      pools: [
        { id: 'p1', title: text('Main'), questionCount: 5 },
        { id: 'p2', title: text('Cases'), questionCount: 3 },
      ],
    },
    trainingTestSettings: settings,
  }));
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
  await router.push('/courses/c1/test');
  const wrapper = mount(TestSettingsPage, {
    props: { id: 'c1' },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

function numberField(wrapper: Awaited<ReturnType<typeof mountPage>>, inputId: string) {
  return wrapper.findAllComponents(InputNumber).find((c) => c.props('inputId') === inputId)!;
}

describe('TestSettingsPage', () => {
  it('shows the settings with a count per pool and saves them', async () => {
    graphql.on('EditTrainingTest', ({ input }) => ({
      editTrainingTest: { ...settings, ...(input as object), id: 't1' },
    }));
    const wrapper = await mountPage();
    expect(wrapper.find('h1').text()).toBe('Test settings: Gifts');
    expect(wrapper.text()).toContain('Main (holds 5)');
    expect(wrapper.text()).toContain('Each attempt gets 2 questions.');
    numberField(wrapper, 'draw-p2').vm.$emit('update:modelValue', 1);
    await wrapper.find('#test-lessons-first').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('EditTrainingTest')).toEqual([
      {
        courseId: 'c1',
        input: {
          draws: [
            { poolId: 'p1', count: 2 },
            { poolId: 'p2', count: 1 },
          ],
          shuffle: true,
          timeLimitMinutes: 20,
          maxAttempts: 3,
          passMark: 70,
          reviewAllowed: true,
          lessonsRequiredBeforeTest: true,
        },
      },
    ]);
    expect(wrapper.text()).toContain('The settings are saved.');
    wrapper.unmount();
  });

  it('shows a pass mark under 60 % and a draw larger than its pool refused at their own fields', async () => {
    graphql.on('EditTrainingTest', ({ input }) => {
      const { passMark } = input as { passMark: number };
      if (passMark < 60) {
        throw new AdalGraphqlError('VALIDATION', 'low', {
          details: { messageKey: 'training.test.passMarkTooLow', params: {}, field: 'passMark' },
        });
      }
      throw new AdalGraphqlError('VALIDATION', 'too many', {
        details: { messageKey: 'training.test.drawTooMany', params: { holds: 3 }, field: 'draws.1.count' },
      });
    });
    const wrapper = await mountPage();
    numberField(wrapper, 'test-pass-mark').vm.$emit('update:modelValue', 55);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const passMark = wrapper.find('#test-pass-mark-error');
    expect(passMark.text()).toBe('The pass mark is at least 60 % (§5.3, §35.3)');

    numberField(wrapper, 'test-pass-mark').vm.$emit('update:modelValue', 80);
    numberField(wrapper, 'draw-p2').vm.$emit('update:modelValue', 4);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#draw-p2-error').text()).toBe(
      'The pool holds 3 question(s); draw at most that many',
    );
    expect(wrapper.find('#test-pass-mark-error').exists()).toBe(false);
    wrapper.unmount();
  });
});
