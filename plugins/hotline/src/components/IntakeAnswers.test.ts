import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import IntakeAnswers from './IntakeAnswers.vue';

const ANSWERS = [
  {
    questionId: 'q-1',
    kind: 'single_choice' as const,
    required: true,
    question: { kk: 'Қалай төленді?', ru: 'Как было оплачено?', en: 'How was it paid?' },
    text: null,
    yes: null,
    choices: [{ kk: 'Қолма-қол', ru: 'Наличными', en: 'In cash' }],
  },
  {
    questionId: 'q-2',
    kind: 'yes_no' as const,
    required: false,
    question: { kk: 'Куәгерлер болды ма?', ru: 'Были ли свидетели?', en: 'Were there witnesses?' },
    text: null,
    yes: null,
    choices: [],
  },
];

describe('IntakeAnswers', () => {
  it("shows each question in the reader's language with its answer, and says which were left unanswered", () => {
    const wrapper = mount(IntakeAnswers, { props: { answers: ANSWERS }, ...withPlugin('ru') });
    expect(wrapper.findAll('dt').map((dt) => dt.text())).toEqual([
      'Как было оплачено?',
      'Были ли свидетели?',
    ]);
    expect(wrapper.findAll('dd').map((dd) => dd.text())).toEqual(['Наличными', 'Нет ответа']);
  });

  it('shows nothing for a report whose category asked no questions of its own', () => {
    const wrapper = mount(IntakeAnswers, { props: { answers: [] }, ...withPlugin('kk') });
    expect(wrapper.find('section').exists()).toBe(false);
  });
});
