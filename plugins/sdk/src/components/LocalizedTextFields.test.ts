import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { pluginMountOptions } from '../testing';
import LocalizedTextFields from './LocalizedTextFields.vue';

function mountFields(props: Record<string, unknown> = {}) {
  return mount(LocalizedTextFields, {
    props: {
      id: 'title',
      legend: 'Course title',
      hint: 'Kazakh and Russian are required.',
      modelValue: { kk: 'Сыбайлас', ru: '', en: '' },
      ...props,
    },
    ...pluginMountOptions({ kk: {}, ru: {}, en: {} }, 'ru'),
  });
}

describe('LocalizedTextFields', () => {
  it('gives each language its own labelled field, marked with its language, in the interface language', () => {
    const wrapper = mountFields({ required: ['kk', 'ru'], requiredText: 'обязательно' });
    const inputs = wrapper.findAll('input');
    expect(inputs.map((input) => input.attributes('lang'))).toEqual(['kk', 'ru', 'en']);
    expect(inputs.map((input) => wrapper.find(`label[for="${input.attributes('id')}"]`).text())).toEqual([
      'По-казахски * (обязательно)',
      'По-русски * (обязательно)',
      'По-английски',
    ]);
    expect(inputs[0]!.element.value).toBe('Сыбайлас');
    expect(inputs[0]!.attributes('aria-describedby')).toContain('title-hint');
  });

  it('sends the whole text with the one language changed, and shows a language’s error at its field', async () => {
    const wrapper = mountFields({
      error: (locale: string) => (locale === 'ru' ? 'Напишите по-русски.' : undefined),
    });
    await wrapper.findAll('input')[1]!.setValue('Коррупция');
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ kk: 'Сыбайлас', ru: 'Коррупция', en: '' }]]);
    expect(wrapper.emitted('edited')).toHaveLength(1);
    const ru = wrapper.findAll('input')[1]!;
    expect(ru.attributes('aria-invalid')).toBe('true');
    expect(wrapper.find(`#${ru.attributes('aria-describedby')!.split(' ')[0]}`).text()).toBe(
      'Напишите по-русски.',
    );
  });

  it('offers a textarea of the given rows for a longer text', () => {
    const wrapper = mountFields({ rows: 4 });
    expect(wrapper.findAll('textarea')).toHaveLength(3);
    expect(wrapper.findAll('input')).toHaveLength(0);
  });
});
