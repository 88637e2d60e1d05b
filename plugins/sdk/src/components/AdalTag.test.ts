import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import AdalTag from './AdalTag.vue';

describe('AdalTag', () => {
  it('shows its word on the tint of its severity, the primary one when none is given', () => {
    const overdue = mount(AdalTag, { props: { value: 'Мерзімі өтті', severity: 'danger' } });
    expect(overdue.text()).toBe('Мерзімі өтті');
    expect(overdue.attributes('style')).toContain('color: var(--adal-color-danger)');
    expect(overdue.attributes('style')).toContain('background: var(--adal-color-danger-surface)');
    const plain = mount(AdalTag, { props: { value: 3 } });
    expect(plain.text()).toBe('3');
    expect(plain.attributes('style')).toContain('color: var(--adal-color-primary-700)');
    const unknown = mount(AdalTag, { props: { value: 'Жоба', severity: 'draft' } });
    expect(unknown.attributes('style')).toContain('color: var(--adal-color-primary-700)');
  });

  it('shows what its slot holds instead of its value', () => {
    const tag = mount(AdalTag, { props: { severity: 'secondary' }, slots: { default: () => 'Жоба' } });
    expect(tag.text()).toBe('Жоба');
    expect(tag.classes()).toContain('adal-tag');
  });
});
