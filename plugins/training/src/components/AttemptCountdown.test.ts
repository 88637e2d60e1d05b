import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import AttemptCountdown from './AttemptCountdown.vue';

const START = Date.parse('2026-11-25T10:00:00Z');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('AttemptCountdown', () => {
  it('counts down to the server deadline, warns once a minute is left and reports the end', async () => {
    const wrapper = mount(AttemptCountdown, {
      props: { deadline: '2026-11-25T10:01:05Z' },
      ...withPlugin(),
    });
    expect(wrapper.get('[role="timer"]').text()).toBe('Time left: 01:05');
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Less than 5 min left.');

    await vi.advanceTimersByTimeAsync(6_000);
    expect(wrapper.get('[role="timer"]').text()).toBe('Time left: 00:59');
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Less than 1 min left.');
    expect(wrapper.emitted('expired')).toBeUndefined();

    await vi.advanceTimersByTimeAsync(60_000);
    expect(wrapper.get('[role="timer"]').text()).toBe('Time left: 00:00');
    expect(wrapper.emitted('expired')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(wrapper.emitted('expired')).toHaveLength(1);
  });

  it('tells screen readers the time left at 10, 5 and 1 minutes only, not every second', async () => {
    const wrapper = mount(AttemptCountdown, {
      props: { deadline: '2026-11-25T10:12:00Z' },
      ...withPlugin(),
    });
    const live = () => wrapper.get('[aria-live="polite"]').text();
    const heard = new Set<string>([live()]);
    // Twelve minutes, second by second: the polite region changes three times.
    for (let second = 0; second < 12 * 60 - 1; second += 1) {
      await vi.advanceTimersByTimeAsync(1_000);
      heard.add(live());
    }
    expect([...heard]).toEqual([
      '',
      'Less than 10 min left.',
      'Less than 5 min left.',
      'Less than 1 min left.',
    ]);
    expect(wrapper.get('[role="timer"]').attributes('aria-live')).toBe('off');
    wrapper.unmount();
  });
});
