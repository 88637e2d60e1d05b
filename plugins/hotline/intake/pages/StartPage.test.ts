import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { intakeContext } from '../testing/mount-options';
import StartPage from './StartPage.vue';

const PROFILE = {
  reportsTo: 'state_body_head',
  acknowledgeHours: 48,
  brandColor: null,
  logoDataUrl: null,
} as const;

describe('StartPage', () => {
  it('says to whom the organisation’s compliance function reports, and its own answer deadline, in kk, ru and en', () => {
    const said = (['kk', 'ru', 'en'] as const).map((locale) => {
      const wrapper = mount(StartPage, { ...intakeContext(locale).options, props: { profile: PROFILE } });
      return [wrapper.get('.independent').text(), wrapper.findAll('.steps li')[2]!.text()];
    });
    expect(said[0]![0]).toContain('мемлекеттік органның бірінші басшысына есеп береді');
    expect(said[1]![0]).toContain('подотчётна первому руководителю государственного органа');
    expect(said[2]![0]).toContain('reports to the first head of the state body');
    expect(said.map(([, step]) => step?.includes('48'))).toEqual([true, true, true]);
  });

  it('names the supervisory board where the organisation has one', () => {
    const wrapper = mount(StartPage, {
      ...intakeContext('en').options,
      props: { profile: { ...PROFILE, reportsTo: 'supervisory_board' } },
    });
    expect(wrapper.get('.independent').text()).toBe(
      'Reports are handled by the compliance service, independently of the people concerned; it reports to the supervisory board.',
    );
  });

  it('claims no addressee and the methodology’s 24 hours while the organisation is not known yet', () => {
    const wrapper = mount(StartPage, { ...intakeContext('en').options, props: { profile: null } });
    expect(wrapper.get('.independent').text()).toBe(
      'Reports are handled by the compliance service, independently of the people concerned.',
    );
    expect(wrapper.findAll('.steps li')[2]!.text()).toContain('within 24 hours');
  });
});
