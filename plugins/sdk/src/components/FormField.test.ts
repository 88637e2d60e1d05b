import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mount } from '@vue/test-utils';
import FormField from './FormField.vue';

function mountField(error?: string, more: Record<string, unknown> = {}) {
  return mount(FormField, {
    props: { id: 'case-note', label: 'Note', error, ...more },
    slots: {
      default: (bound: { inputId: string; describedBy: string | undefined; invalid: boolean }) =>
        h('input', {
          id: bound.inputId,
          'aria-describedby': bound.describedBy,
          'aria-invalid': bound.invalid,
        }),
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

  it('puts its hint and error between the label and the control, and is described by both, error first', () => {
    const wrapper = mountField('Write the note first.', { hint: 'What you did and when.' });
    expect(wrapper.get('input').attributes('aria-describedby')).toBe('case-note-error case-note-hint');
    const order = [...wrapper.element.children].map((child) => child.className || child.tagName);
    expect(order).toEqual(['adal-field-label', 'adal-field-hint', 'adal-field-error', 'INPUT']);
  });

  it('marks a required field with an asterisk that screen readers hear as words', () => {
    const wrapper = mountField(undefined, { required: true, requiredText: 'required' });
    expect(wrapper.get('label').text()).toBe('Note * (required)');
    expect(wrapper.get('[aria-hidden="true"]').text()).toBe('*');
  });

  it('leaves the announcing to an error summary when the form has one', () => {
    const wrapper = mountField('Write the note first.', { announce: false });
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.get('.adal-field-error').text()).toBe('Write the note first.');
  });
});
