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
    // Dates where the case records them: received and acknowledged, not yet closed.
    expect(
      stages.map((stage) => (stage.find('time').exists() ? stage.get('time').attributes('datetime') : null)),
    ).toEqual(['2025-03-03T09:00:00.000Z', '2025-03-03T15:00:00.000Z', null, null]);
  });

  it('lets the reporter re-read what, when, where and who as they wrote it, with their files to download', async () => {
    const wrapper = mount(ReportOverview, {
      ...intakeContext('ru').options,
      props: {
        report: reporterReport({ attachments: [{ id: 'f1', fileName: 'contract.pdf', sizeBytes: 4096 }] }),
      },
    });
    const section = wrapper.get('.your-report');
    expect(section.get('h2').text()).toBe('Что вы сообщили');
    expect(section.get('.what').text()).toBe(
      'The head of procurement took an envelope from a supplier.\nThe tender went to that supplier.',
    );
    expect(section.get('.detail-when dd').text()).toBe('March 2025');
    expect(section.get('.detail-where dd').text()).toBe('не указано');
    expect(section.get('.detail-who dd').text()).toBe('Head of procurement');
    await section.get('button').trigger('click');
    expect(wrapper.emitted('download')).toEqual([[{ id: 'f1', fileName: 'contract.pdf', sizeBytes: 4096 }]]);
  });
});
