import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mount } from '@vue/test-utils';
import FormField from './FormField.vue';

function mountField(error?: string) {
  return mount(FormField, {
    props: { id: 'case-note', label: 'Note', error },
    slots: {
      default: (bound: { inputId: string; errorId: string | undefined; invalid: boolean }) =>
        h('input', { id: bound.inputId, 'aria-describedby': bound.errorId, 'aria-invalid': bound.invalid }),
    },
  });
}

describe('FormField', () => {
  it('names the control by its label', () => {
    const wrapper = mountField();
    expect(wrapper.get('label').attributes('for')).toBe('case-note');
    expect(wrapper.get('input').attributes('id')).toBe('case-note');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('describes the control by its error, announced when it appears', () => {
    const wrapper = mountField('Write the note first.');
    const error = wrapper.get('[role="alert"]');
    expect(error.text()).toBe('Write the note first.');
    expect(wrapper.get('input').attributes('aria-describedby')).toBe(error.attributes('id'));
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('true');
  });
});
