import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { button } from '../testing/ui';
import QuestionsPage from './QuestionsPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { viewer: { id: 'p-head', roles: ['compliance_head'] }, graphqlUrl: '/graphql', token: 't' },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const question = (id: string, position: number, en: string) => ({
  id,
  category: 'policy_violation',
  kind: 'short_text',
  required: position === 1,
  position,
  texts: { kk: `${en} (kk)`, ru: `${en} (ru)`, en },
  options: [],
});
const FIRST = question('q-1', 1, 'Which policy was broken?');
const SECOND = question('q-2', 2, 'Since when?');
let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('ListHotlineIntakeQuestions', () => ({ hotlineIntakeQuestions: [SECOND, FIRST] }))
    .on('RetireHotlineIntakeQuestion', () => ({ retireHotlineIntakeQuestion: [SECOND] }))
    .on('MoveHotlineIntakeQuestion', () => ({
      moveHotlineIntakeQuestion: [
        { ...SECOND, position: 1 },
        { ...FIRST, position: 2 },
      ],
    }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountPage() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(QuestionsPage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

function questionTexts(): string[] {
  return [...document.querySelectorAll('tbody .text')].map((cell) => cell.textContent ?? '');
}

describe('QuestionsPage', () => {
  it("lists the category's questions in their order and moves one up", async () => {
    const wrapper = await mountPage();
    expect(questionTexts()).toEqual(['Which policy was broken?', 'Since when?']);
    await wrapper.find('[aria-label="Move “Since when?” up"]').trigger('click');
    await flushPromises();
    expect(graphql.sent('MoveHotlineIntakeQuestion')).toEqual([{ id: 'q-2', direction: 'up' }]);
    expect(questionTexts()).toEqual(['Since when?', 'Which policy was broken?']);
    wrapper.unmount();
  });

  it('asks before removing a question, and removes it only once confirmed', async () => {
    const wrapper = await mountPage();
    await wrapper.find('[aria-label="Remove “Which policy was broken?”"]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('Remove the question from the form?');
    expect(graphql.sent('RetireHotlineIntakeQuestion')).toEqual([]);
    const confirm = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find(
      (b) => b.textContent?.trim() === 'Remove the question',
    );
    confirm!.click();
    await flushPromises();
    expect(graphql.sent('RetireHotlineIntakeQuestion')).toEqual([{ id: 'q-1' }]);
    expect(questionTexts()).toEqual(['Since when?']);
    wrapper.unmount();
  });

  it('says what to do when a category asks nothing of its own yet', async () => {
    graphql.on('ListHotlineIntakeQuestions', () => ({ hotlineIntakeQuestions: [] }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('This category asks no questions of its own yet.');
    expect(button(wrapper, 'Add a question').exists()).toBe(true);
    wrapper.unmount();
  });
});
