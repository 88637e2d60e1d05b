import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { question, result, text } from '../testing/samples';
import { withPlugin } from '../testing/mount-options';
import type { ReviewItem } from '../stores/attempt-result';
import { chooseOption } from '../testing/ui';
import AttemptResultView from './AttemptResultView.vue';

function reviewed(
  number: number,
  kind: Parameters<typeof question>[0],
  entry: Partial<ReviewItem['entry']>,
): ReviewItem {
  const asked = question(kind, `q${number}`);
  return {
    number,
    question: asked,
    entry: {
      questionId: asked.id,
      correct: true,
      given: null,
      rightAnswer: { optionIds: [`q${number}-a`], pairs: null },
      explanation: null,
      ...entry,
    },
  };
}

describe('AttemptResultView', () => {
  it('reviews each question: the answer given, right or wrong in words, the right answer and why', async () => {
    const wrapper = mount(AttemptResultView, {
      props: {
        result: result({ scorePercent: 50, passMark: 60, wrongQuestionIds: ['q2'] }),
        review: [
          reviewed(1, 'single', { given: { optionIds: ['q1-a'], pairs: null } }),
          reviewed(2, 'multiple', {
            correct: false,
            given: { optionIds: ['q2-c'], pairs: null },
            rightAnswer: { optionIds: ['q2-b', 'q2-a'], pairs: null },
            explanation: text('Gifts are declined under §18.'),
          }),
          reviewed(3, 'matching', {
            correct: false,
            given: null,
            rightAnswer: {
              optionIds: null,
              pairs: [
                { optionId: 'q3-a', matchId: 'q3-y' },
                { optionId: 'q3-b', matchId: 'q3-x' },
              ],
            },
          }),
        ],
        certificateHref: null,
        attemptsLeft: 2,
        canRetake: true,
      },
      ...withPlugin(),
    });
    expect(wrapper.get('[data-testid="result-verdict"]').text()).toBe('Not passed');
    expect(wrapper.get('[data-testid="result-score"]').text()).toBe('Your score: 50 %');
    expect(wrapper.text()).toContain('Pass mark: 60 %');
    expect(wrapper.get('[data-testid="verdict-1"]').text()).toBe('✓ Right');
    expect(wrapper.get('[data-testid="verdict-2"]').text()).toBe('✗ Wrong');
    const [, second, third] = wrapper.findAll('article');
    const lines = (article: typeof second, i: number) => {
      const dd = article!.findAll('dd').at(i);
      return dd!.findAll('li').map((li) => li.text());
    };
    // Options named in the order they were shown, whatever order the key holds them in.
    expect(lines(second, 0)).toEqual(['Option C']);
    expect(lines(second, 1)).toEqual(['Option A', 'Option B']);
    expect(second!.findAll('dd')[2]!.text()).toBe('Gifts are declined under §18.');
    expect(third!.findAll('dd')[0]!.text()).toBe('No answer was given.');
    expect(lines(third, 1)).toEqual(['Option A → Match y', 'Option B → Match x']);
    expect(wrapper.text()).toContain('Explanation');
    expect(wrapper.text()).not.toContain('All answers are correct.');
    expect(wrapper.text()).toContain('Attempts left: 2');
    expect(wrapper.find('a[download]').exists()).toBe(false);

    const retake = wrapper.findAll('button').find((b) => b.text() === 'Take the test again');
    await retake!.trigger('click');
    expect(wrapper.emitted('retake')).toHaveLength(1);
  });

  it('offers the certificate after a pass, in the interface language or another one chosen, and no retake', async () => {
    const wrapper = mount(AttemptResultView, {
      attachTo: document.body,
      props: {
        result: result({
          scorePercent: 66.67,
          passed: true,
          certificateCode: 'ABC123',
          wrongQuestionIds: [],
        }),
        review: [reviewed(1, 'single', { given: { optionIds: ['q1-a'], pairs: null } })],
        certificateHref: (lang: string) => `http://gateway/training/certificates/ABC123.pdf?lang=${lang}`,
        attemptsLeft: 1,
        canRetake: false,
      },
      ...withPlugin(),
    });
    expect(wrapper.get('[data-testid="result-verdict"]').text()).toBe('Passed');
    expect(wrapper.get('[data-testid="result-score"]').text()).toBe('Your score: 66.7 %');
    expect(wrapper.get('a[download]').attributes('href')).toBe(
      'http://gateway/training/certificates/ABC123.pdf?lang=en',
    );
    expect(wrapper.text()).toContain('All answers are correct.');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Take the test again')).toBe(false);
    await chooseOption(wrapper, '#result-certificate-language', 'Kazakh');
    expect(wrapper.get('a[download]').attributes('href')).toBe(
      'http://gateway/training/certificates/ABC123.pdf?lang=kk',
    );
    wrapper.unmount();
  });

  it('shows only the score and the verdict when the test does not allow the review, and says so', () => {
    const wrapper = mount(AttemptResultView, {
      props: {
        result: result(),
        review: null,
        certificateHref: null,
        attemptsLeft: 0,
        canRetake: false,
      },
      ...withPlugin(),
    });
    expect(wrapper.find('article').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Right answer');
    expect(wrapper.text()).toContain('This test does not show the right answers after finishing.');
    expect(wrapper.text()).toContain('No attempts left.');
  });
});
