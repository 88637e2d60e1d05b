import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { intakeContext } from '../testing/mount-options';
import { reporterReport } from '../testing/samples';
import ReportOverview from './ReportOverview.vue';

describe('ReportOverview', () => {
  it('shows the stages as numbered steps, the passed ones ticked, so that they do not read as choices', () => {
    const wrapper = mount(ReportOverview, {
      ...intakeContext('en').options,
      props: { report: reporterReport({ status: 'in_progress' }) },
    });
    const stages = wrapper.findAll('.stages li');
    expect(stages.map((stage) => stage.get('.dot').text())).toEqual(['✓', '✓', '3', '4']);
    expect(stages[2]!.attributes('aria-current')).toBe('step');
    expect(wrapper.find('.stages input').exists()).toBe(false);
  });
});
