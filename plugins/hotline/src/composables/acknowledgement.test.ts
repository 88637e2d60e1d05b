import { describe, expect, it } from 'vitest';
import { acknowledgementState } from './acknowledgement';

const receivedAt8 = { acknowledgeBy: '2026-03-03T08:00:00Z', overdueAcknowledgement: false };

describe('acknowledgementState', () => {
  it('counts down to the 24-hour deadline and warns in its last 4 hours (§69)', () => {
    expect(acknowledgementState(receivedAt8, new Date('2026-03-02T20:00:00Z'))).toEqual({
      kind: 'due',
      minutesLeft: 720,
      urgent: false,
    });
    expect(acknowledgementState(receivedAt8, new Date('2026-03-03T04:30:00Z'))).toEqual({
      kind: 'due',
      minutesLeft: 210,
      urgent: true,
    });
  });

  it('turns overdue when the deadline passes on an open page, or when the server says so', () => {
    expect(acknowledgementState(receivedAt8, new Date('2026-03-03T09:15:00Z'))).toEqual({
      kind: 'overdue',
      minutesLate: 75,
    });
    expect(
      acknowledgementState(
        { ...receivedAt8, overdueAcknowledgement: true },
        new Date('2026-03-03T07:59:00Z'),
      ),
    ).toEqual({ kind: 'overdue', minutesLate: 0 });
  });

  it('is done once acknowledged, in time or late as the server judged it, or closed unanswered', () => {
    const late = new Date('2026-03-05T00:00:00Z');
    const inTime = { ...receivedAt8, acknowledgedAt: '2026-03-02T09:00:00Z', acknowledgedInTime: true };
    expect(acknowledgementState(inTime, late)).toEqual({
      kind: 'done',
      answered: 'in_time',
    });
    const after = { ...receivedAt8, acknowledgedAt: '2026-03-03T08:01:00Z', acknowledgedInTime: false };
    expect(acknowledgementState(after, late)).toEqual({
      kind: 'done',
      answered: 'late',
    });
    expect(
      acknowledgementState(
        { ...receivedAt8, overdueAcknowledgement: true, closedAt: '2026-03-04T09:00:00Z' },
        late,
      ),
    ).toEqual({ kind: 'done', answered: 'never' });
  });
});
