import { describe, expect, it } from 'vitest';
import { useQuestionForm } from './question-form';

const text = (ru: string) => ({ kk: ru, ru, en: '' });

describe('the question form', () => {
  it('pairs each item with a match of its own when the question becomes a matching one', () => {
    const form = useQuestionForm();
    form.reset(null, 'p1');
    form.setKind('matching');
    expect(form.options.value.map((o) => o.match)).toEqual([0, 1]);
    expect(form.matches.value).toHaveLength(2);
    form.addOption();
    expect(form.options.value.map((o) => o.match)).toEqual([0, 1, 2]);
    expect(form.input().options.every((o) => o.correct === undefined)).toBe(true);
  });

  it('leaves the items of a removed match unpaired and keeps the others’ pairs', () => {
    const form = useQuestionForm();
    form.reset(null, 'p1');
    form.setKind('matching');
    form.addOption();
    form.options.value[2]!.match = 0;
    form.options.value[0]!.match = 2;
    form.removeMatch(1);
    expect(form.options.value.map((o) => o.match)).toEqual([1, null, 0]);
    expect(form.input().matches).toHaveLength(2);
  });

  it('keeps one right option in a single-choice question and sends no explanation left blank', () => {
    const form = useQuestionForm();
    form.reset(null, 'p1');
    form.options.value = [
      { text: text('А'), correct: true, match: null },
      { text: text('Б'), correct: true, match: null },
    ];
    form.setKind('single');
    expect(form.options.value.map((o) => o.correct)).toEqual([true, false]);
    form.chooseRight(1);
    form.moveOption(1, -1);
    expect(form.input()).toMatchObject({
      kind: 'single',
      options: [
        { text: text('Б'), correct: true },
        { text: text('А'), correct: false },
      ],
      matches: null,
      explanation: null,
    });
  });

  it('gives a true/false question its two options', () => {
    const form = useQuestionForm();
    form.reset(null, 'p1');
    form.addOption();
    form.setKind('true_false');
    expect(form.options.value.map((o) => o.text.ru)).toEqual(['Да', 'Нет']);
  });

  it('gives a new question turned true/false its two options, and keeps two the trainer wrote', () => {
    const form = useQuestionForm();
    form.reset(null, 'p1');
    form.setKind('true_false');
    expect(form.options.value.map((o) => o.text.kk)).toEqual(['Иә', 'Жоқ']);
    expect(form.options.value.map((o) => o.correct)).toEqual([true, false]);

    form.reset(null, 'p1');
    form.options.value[0]!.text = text('Верно');
    form.options.value[1]!.text = text('Неверно');
    form.setKind('true_false');
    expect(form.options.value.map((o) => o.text.ru)).toEqual(['Верно', 'Неверно']);
  });
});
