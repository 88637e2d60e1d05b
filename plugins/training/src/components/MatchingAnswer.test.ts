import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { question } from '../testing/samples';
import { withPlugin } from '../testing/mount-options';
import MatchingAnswer from './MatchingAnswer.vue';
import type { MatchPair } from '../stores/attempt';

describe('MatchingAnswer', () => {
  it('names each list by the line it matches', () => {
    const wrapper = mount(MatchingAnswer, {
      props: { question: question('matching'), modelValue: [] },
      ...withPlugin(),
    });
    const combos = wrapper.findAll('[role="combobox"]');
    expect(combos).toHaveLength(3);
    const labels = combos.map((combo) => wrapper.find(`#${combo.attributes('aria-labelledby')}`).text());
    expect(labels).toEqual(['Option A', 'Option B', 'Option C']);
  });

  it('replaces the pair of a line when another match is chosen and drops it when cleared', async () => {
    const pairs: MatchPair[] = [
      { optionId: 'q-matching-a', matchId: 'q-matching-x' },
      { optionId: 'q-matching-b', matchId: 'q-matching-y' },
    ];
    const wrapper = mount(MatchingAnswer, {
      props: { question: question('matching'), modelValue: pairs },
      ...withPlugin(),
    });
    const selects = wrapper.findAllComponents({ name: 'Select' });
    selects[0]!.vm.$emit('update:modelValue', 'q-matching-z');
    selects[1]!.vm.$emit('update:modelValue', null);
    await wrapper.vm.$nextTick();

    expect(wrapper.emitted('update:modelValue')).toEqual([
      [
        [
          { optionId: 'q-matching-b', matchId: 'q-matching-y' },
          { optionId: 'q-matching-a', matchId: 'q-matching-z' },
        ],
      ],
      [[{ optionId: 'q-matching-a', matchId: 'q-matching-x' }]],
    ]);
  });
});
