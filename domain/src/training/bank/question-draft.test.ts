import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../kernel/error-messages.js';
import { checkedDraft, draftOf, draftProblems, type QuestionDraft } from './question-draft.js';

const yes = { kk: 'Иә', ru: 'Да' };
const no = { kk: 'Жоқ', ru: 'Нет' };
const text = { kk: 'Сыйлық алуға бола ма?', ru: 'Можно ли принять подарок?' };

function fields(draft: QuestionDraft): [string, string][] {
  return draftProblems(draft).map((p) => [p.field, p.messageKey]);
}

describe('the rules of a question', () => {
  it('takes a single-choice question with one right option', () => {
    expect(
      fields({ kind: 'single', text, options: [{ text: yes, correct: true }, { text: no }, { text: no }] }),
    ).toEqual([]);
  });

  it('refuses a choice question with no right answer, on its options', () => {
    expect(fields({ kind: 'single', text, options: [{ text: yes }, { text: no }] })).toEqual([
      ['options', 'training.question.noRightAnswer'],
    ]);
    expect(fields({ kind: 'multiple', text, options: [{ text: yes }, { text: no }] })).toEqual([
      ['options', 'training.question.noRightAnswer'],
    ]);
    expect(fields({ kind: 'true_false', text, options: [{ text: yes }, { text: no }] })).toEqual([
      ['options', 'training.question.noRightAnswer'],
    ]);
  });

  it('refuses every option right in a single-choice or true/false question, but not in a multiple one', () => {
    const all = [
      { text: yes, correct: true },
      { text: no, correct: true },
    ];
    expect(fields({ kind: 'single', text, options: all })).toEqual([
      ['options', 'training.question.allRight'],
    ]);
    expect(fields({ kind: 'true_false', text, options: all })).toEqual([
      ['options', 'training.question.allRight'],
    ]);
    expect(fields({ kind: 'multiple', text, options: all })).toEqual([]);
    expect(fields({ kind: 'single', text, options: [...all, { text: { kk: 'Б', ru: 'Б' } }] })).toEqual([
      ['options', 'training.question.oneRight'],
    ]);
  });

  it('needs the question and each option in Kazakh and Russian, English optional', () => {
    expect(
      fields({
        kind: 'single',
        text: { kk: '', ru: 'Вопрос', en: 'Question' },
        options: [{ text: yes, correct: true }, { text: { kk: 'Жоқ', ru: ' ' } }],
      }),
    ).toEqual([
      ['text', 'training.question.textRequired'],
      ['options.1.text', 'training.question.optionText'],
    ]);
  });

  it('has 2 to 8 options, a true/false question exactly 2', () => {
    const option = { text: yes };
    expect(fields({ kind: 'single', text, options: [{ text: yes, correct: true }] })).toEqual([
      ['options', 'training.question.optionCount'],
    ]);
    expect(
      fields({ kind: 'multiple', text, options: [{ text: yes, correct: true }, ...Array(8).fill(option)] }),
    ).toEqual([['options', 'training.question.optionCount']]);
    expect(
      fields({ kind: 'true_false', text, options: [{ text: yes, correct: true }, option, option] }),
    ).toEqual([['options', 'training.question.trueFalseOptions']]);
  });

  it('pairs every matching item with one match of its own', () => {
    const matches = [
      { kk: '7 күн', ru: '7 дней' },
      { kk: '2 апта', ru: '2 недели' },
    ];
    expect(
      fields({
        kind: 'matching',
        text,
        options: [
          { text: yes, match: 1 },
          { text: no, match: 0 },
        ],
        matches,
      }),
    ).toEqual([]);
    expect(
      fields({
        kind: 'matching',
        text,
        options: [
          { text: yes, match: 0 },
          { text: no, match: null },
        ],
        matches,
      }),
    ).toEqual([['options.1.match', 'training.question.unpaired']]);
    expect(
      fields({
        kind: 'matching',
        text,
        options: [
          { text: yes, match: 0 },
          { text: no, match: 0 },
        ],
        matches,
      }),
    ).toEqual([['options.1.match', 'training.question.matchTwice']]);
    expect(
      fields({
        kind: 'matching',
        text,
        options: [
          { text: yes, match: 0 },
          { text: no, match: 5 },
        ],
        matches,
      }),
    ).toEqual([['options.1.match', 'training.question.unpaired']]);
  });

  it('takes an explanation in Kazakh and Russian, or none', () => {
    const options = [{ text: yes, correct: true }, { text: no }];
    expect(fields({ kind: 'single', text, options, explanation: { kk: '', ru: '' } })).toEqual([]);
    expect(fields({ kind: 'single', text, options, explanation: { kk: 'Себебі', ru: '' } })).toEqual([
      ['explanation', 'training.question.explanationIncomplete'],
    ]);
  });

  it('says every problem with a message of the catalogue', () => {
    const keys = draftProblems({ kind: 'matching', text: { kk: '', ru: '' }, options: [{ text: yes }] });
    for (const problem of keys) expect(ERROR_MESSAGES[problem.messageKey]).toBeTruthy();
  });

  it('stores a matching question so that it reads back as written', () => {
    const draft: QuestionDraft = {
      kind: 'matching',
      text: { ...text, en: 'May one accept a gift?' },
      options: [
        { text: { ...yes, en: 'Yes' }, match: 1 },
        { text: { ...no, en: 'No' }, match: 0 },
      ],
      matches: [
        { kk: 'А', ru: 'А', en: 'A' },
        { kk: 'Б', ru: 'Б', en: 'B' },
      ],
      explanation: { kk: 'Т', ru: 'П', en: 'E' },
    };
    const stored = checkedDraft(draft);
    const key = stored.answerKey as { pairs: Record<string, string> };
    expect(key.pairs[stored.options[0]!.id]).toBe(stored.matches![1]!.id);
    expect(
      draftOf({
        ...stored,
        id: 'q',
        organization: null,
        pool: null,
        retiredAt: null,
        createdAt: new Date(),
      } as never),
    ).toEqual(draft);
  });
});
