import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import { definitions, figure } from '../testing/kpi-view-fixture';
import type { KpiDefinition, KpiFigure } from '../stores/kpi-view';
import KpiNumberWidget from './KpiNumberWidget.vue';

const known = new Map(definitions.map((d) => [d.code, d as unknown as KpiDefinition]));

function mountWith(
  values: Record<string, unknown>[],
  amberMargin: number | null = 5,
  locale: 'en' | 'kk' = 'en',
) {
  return mount(KpiNumberWidget, {
    props: { values: values as unknown as KpiFigure[], definitions: known, amberMargin },
    ...withPlugin(locale),
  });
}

describe('the number widget (§69, §74)', () => {
  it('shows the value with its unit and target, green when met', () => {
    const wrapper = mountWith([figure('training.completion', { value: 72, met: true })]);
    expect(wrapper.get('[data-testid="kpi-number-value"]').text()).toBe('72 %');
    expect(wrapper.text()).toContain('Target ≥ 60 %');
    expect(wrapper.get('[data-testid="kpi-light"]').attributes('data-light')).toBe('green');
    expect(wrapper.get('[data-testid="kpi-light"]').text()).toBe('Target met');
  });

  it('reads amber within the margin short of the target and red below it', () => {
    const amber = mountWith([figure('training.completion', { value: 57, met: false })]);
    expect(amber.get('[data-testid="kpi-light"]').attributes('data-light')).toBe('amber');
    expect(amber.get('[data-testid="kpi-light"]').text()).toBe('Close to target');
    const red = mountWith([figure('training.completion', { value: 41, met: false })]);
    expect(red.get('[data-testid="kpi-light"]').attributes('data-light')).toBe('red');
    expect(red.get('[data-testid="kpi-light"]').text()).toBe('Target not met');
  });

  it('shows a withheld small count as "< 5", lit neither way, with no drill-down into it', () => {
    const wrapper = mountWith([figure('training.completion', { value: null, met: null, suppressed: true })]);
    expect(wrapper.get('[data-testid="kpi-number-value"]').text()).toBe('< 5');
    expect(wrapper.get('[data-testid="kpi-light"]').attributes('data-light')).toBe('suppressed');
    expect(wrapper.text()).toContain('Withheld');
    expect(wrapper.findAll('button')).toHaveLength(0);
  });

  it('names the indicator by its title, never its code, in Kazakh without English', () => {
    const wrapper = mountWith(
      [
        figure('training.completion', { value: 57, met: false }),
        figure('hotline.reports_count', { value: 60 }),
      ],
      5,
      'kk',
    );
    expect(wrapper.text()).toContain('Оқытуды аяқтау');
    expect(wrapper.text()).not.toContain('training.completion');
    expect(wrapper.text().replace(/[≥%<]/g, '')).not.toMatch(/[A-Za-z]/);
  });
});
