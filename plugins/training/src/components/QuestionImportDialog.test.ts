import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import type { QuestionImportPreview } from '../stores/question-bank';
import QuestionImportDialog from './QuestionImportDialog.vue';

const text = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

const withProblems: QuestionImportPreview = {
  rows: [
    {
      row: 2,
      pool: 'Main',
      newPool: true,
      kind: 'single',
      text: text('Who receives a gift?'),
      optionCount: 2,
    },
  ],
  problems: [
    { row: 3, column: 'right', messageKey: 'training.question.noRightAnswer', params: null, message: 'x' },
    {
      row: 4,
      column: 'match_2_kk',
      messageKey: 'training.question.unpaired',
      params: { option: 2 },
      message: 'x',
    },
  ],
  poolsToCreate: ['Main'],
};
const clean: QuestionImportPreview = { ...withProblems, problems: [] };

function mountDialog(preview: QuestionImportPreview, run = vi.fn(async () => 1), locale: 'en' | 'ru' = 'en') {
  const options = withPlugin(locale);
  return mount(QuestionImportDialog, {
    props: {
      visible: true,
      preview: vi.fn(async () => preview),
      run,
      downloadTemplate: vi.fn(async () => 'x'),
    },
    attachTo: document.body,
    global: { plugins: options.global.plugins },
  });
}

const file = new File(['x'], 'questions.xlsx');
const button = (wrapper: ReturnType<typeof mountDialog>, label: string) =>
  wrapper.findAll('button').find((b) => b.text() === label);

async function choose(wrapper: ReturnType<typeof mountDialog>) {
  const input = wrapper.find<HTMLInputElement>('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  await button(wrapper, 'Check the file')!.trigger('click');
  await flushPromises();
}

describe('QuestionImportDialog', () => {
  it('lists every problem by row and column in words and offers no import while any remains', async () => {
    const run = vi.fn(async () => 1);
    const wrapper = mountDialog(withProblems, run);
    await choose(wrapper);
    const problems = wrapper.findAll('section')[0]!;
    const rows = problems.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows).toEqual([
      ['3', 'Right answers', 'Mark the right answer'],
      ['4', 'Match 2 (kk)', 'Pair item 2 with one of the matches'],
    ]);
    expect(wrapper.text()).toContain('Main (new)');
    expect(wrapper.findAll('button').some((b) => b.text().startsWith('Import'))).toBe(false);
    expect(run).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('imports a clean file once checked, and says how many questions came in', async () => {
    const run = vi.fn(async () => 1);
    const wrapper = mountDialog(clean, run);
    await choose(wrapper);
    await button(wrapper, 'Import questions: 1')!.trigger('click');
    await flushPromises();
    expect(run).toHaveBeenCalledWith(file);
    expect(wrapper.text()).toContain('Questions imported: 1.');
    wrapper.unmount();
  });

  it('says the problems in the interface language', async () => {
    const wrapper = mountDialog(
      withProblems,
      vi.fn(async () => 1),
      'ru',
    );
    const input = wrapper.find<HTMLInputElement>('input[type="file"]');
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
    await button(wrapper, 'Проверить файл')!.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Пара 2 (kk)');
    expect(wrapper.text()).toContain('Отметьте правильный ответ');
    wrapper.unmount();
  });
});
