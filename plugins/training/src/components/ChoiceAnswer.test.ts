import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { question } from '../testing/samples';
import { withPlugin } from '../testing/mount-options';
import ChoiceAnswer from './ChoiceAnswer.vue';

describe('ChoiceAnswer', () => {
  it('offers one radio button per option, each labelled with its text, for a single choice', async () => {
    const wrapper = mount(ChoiceAnswer, {
      props: { question: question('single'), modelValue: [] },
      ...withPlugin(),
    });
    const radios = wrapper.findAll('input[type="radio"]');
    expect(radios).toHaveLength(3);
    for (const radio of radios) {
      const label = wrapper.find(`label[for="${radio.attributes('id')}"]`);
      expect(label.exists()).toBe(true);
    }
    expect(wrapper.findAll('label').map((l) => l.text())).toEqual(['Option A', 'Option B', 'Option C']);
    expect(new Set(radios.map((r) => r.attributes('name'))).size).toBe(1);

    await radios[1]!.trigger('change');
    expect(wrapper.emitted('update:modelValue')).toEqual([[['q-single-b']]]);
  });

  it('offers two choices for a true/false question', () => {
    const wrapper = mount(ChoiceAnswer, {
      props: { question: question('true_false'), modelValue: [] },
      ...withPlugin(),
    });
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(2);
  });

  it('adds to and removes from the chosen options with checkboxes for a multiple choice', async () => {
    const wrapper = mount(ChoiceAnswer, {
      props: { question: question('multiple'), modelValue: ['q-multiple-a'] },
      ...withPlugin(),
    });
    const boxes = wrapper.findAll('input[type="checkbox"]');
    expect(boxes).toHaveLength(3);
    expect((boxes[0]!.element as HTMLInputElement).checked).toBe(true);

    await boxes[2]!.trigger('change');
    await boxes[0]!.trigger('change');
    expect(wrapper.emitted('update:modelValue')).toEqual([[['q-multiple-a', 'q-multiple-c']], [[]]]);
  });
});
