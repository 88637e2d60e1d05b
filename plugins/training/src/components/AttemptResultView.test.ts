import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { question, result } from '../testing/samples';
import { withPlugin } from '../testing/mount-options';
import { chooseOption } from '../testing/ui';
import AttemptResultView from './AttemptResultView.vue';

describe('AttemptResultView', () => {
  it('shows a failed score against the pass mark, the wrong answers and the retake', async () => {
    const wrapper = mount(AttemptResultView, {
      props: {
        result: result({ scorePercent: 50, passMark: 60, wrongQuestionIds: ['q-multiple'] }),
        wrongQuestions: [question('multiple')],
        certificateHref: null,
        attemptsLeft: 2,
        canRetake: true,
      },
      ...withPlugin(),
    });
    expect(wrapper.get('[data-testid="result-verdict"]').text()).toBe('Not passed');
    expect(wrapper.get('[data-testid="result-score"]').text()).toBe('Your score: 50 %');
    expect(wrapper.text()).toContain('Pass mark: 60 %');
    expect(wrapper.findAll('ol li').map((li) => li.text())).toEqual(['Question q-multiple']);
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
        wrongQuestions: [],
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

  it('says nothing about which answers were wrong when the test does not allow the review', () => {
    const wrapper = mount(AttemptResultView, {
      props: {
        result: result(),
        wrongQuestions: null,
        certificateHref: null,
        attemptsLeft: 0,
        canRetake: false,
      },
      ...withPlugin(),
    });
    expect(wrapper.text()).not.toContain('Questions answered wrongly');
    expect(wrapper.text()).toContain('No attempts left.');
  });
});
