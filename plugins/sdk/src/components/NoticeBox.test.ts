import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import NoticeBox from './NoticeBox.vue';

describe('NoticeBox', () => {
  it('is a note by default, a polite status when live, and an alert when it reports a failure', () => {
    const role = (props: Record<string, unknown>) =>
      mount(NoticeBox, { props, slots: { default: 'Closing is final.' } })
        .get('.adal-notice')
        .attributes('role');
    expect(role({})).toBe('note');
    expect(role({ tone: 'warning', live: true })).toBe('status');
    expect(role({ tone: 'danger' })).toBe('alert');
  });

  it('carries its tone in a class of the kit, so the theme colours it', () => {
    const wrapper = mount(NoticeBox, { props: { tone: 'warning' }, slots: { default: 'Read it aloud.' } });
    expect(wrapper.classes()).toEqual(['adal-notice', 'adal-notice-warning']);
    expect(wrapper.text()).toBe('Read it aloud.');
  });
});
