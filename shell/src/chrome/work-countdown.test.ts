import { describe, expect, it } from 'vitest';
import { countdownOf } from './work-countdown';

const NOW = new Date('2026-12-03T10:00:00Z');

describe('countdownOf', () => {
  it('counts an instant deadline within two days in hours, up or past', () => {
    expect(
      countdownOf({ dueAt: '2026-12-03T15:30:00Z', workingDaysLeft: 0, urgency: 'due_soon' }, NOW),
    ).toEqual({
      key: 'home.work.hoursLeft',
      n: 6,
    });
    expect(
      countdownOf({ dueAt: '2026-12-02T08:00:00Z', workingDaysLeft: -1, urgency: 'overdue' }, NOW),
    ).toEqual({
      key: 'home.work.hoursOverdue',
      n: 26,
    });
  });

  it('counts farther deadlines in working days, as the server counted them', () => {
    expect(
      countdownOf({ dueAt: '2026-12-27T10:00:00Z', workingDaysLeft: 15, urgency: 'upcoming' }, NOW),
    ).toEqual({
      key: 'home.work.workingDaysLeft',
      n: 15,
    });
    expect(countdownOf({ dueAt: null, workingDaysLeft: 2, urgency: 'due_soon' }, NOW)).toEqual({
      key: 'home.work.workingDaysLeft',
      n: 2,
    });
    expect(countdownOf({ dueAt: null, workingDaysLeft: 0, urgency: 'due_soon' }, NOW)).toEqual({
      key: 'home.work.dueToday',
      n: 0,
    });
    expect(countdownOf({ dueAt: null, workingDaysLeft: -3, urgency: 'overdue' }, NOW)).toEqual({
      key: 'home.work.workingDaysOverdue',
      n: 3,
    });
  });

  it('adds no countdown to an item overdue since days off: it is neither due today nor a working day late', () => {
    // Friday's deadline, read on Sunday: the server counts no working day between them.
    expect(countdownOf({ dueAt: null, workingDaysLeft: 0, urgency: 'overdue' }, NOW)).toBeNull();
  });

  it('says nothing without a deadline', () => {
    expect(countdownOf({ dueAt: null, workingDaysLeft: null, urgency: 'waiting' }, NOW)).toBeNull();
  });
});
