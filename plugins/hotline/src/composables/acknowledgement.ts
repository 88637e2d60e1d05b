/** What a case's acknowledgement deadline looks like at a given moment (§69: within 24 hours of receipt). */
export type AcknowledgementState =
  /** Answered before its deadline or after it, or closed without ever being answered. */
  | { kind: 'done'; answered: 'in_time' | 'late' | 'never' }
  | { kind: 'overdue'; minutesLate: number }
  | { kind: 'due'; minutesLeft: number; urgent: boolean };

/** Under this many minutes left, the badge turns to a warning. */
const URGENT_MINUTES = 4 * 60;

export interface AcknowledgementFacts {
  acknowledgeBy: string;
  acknowledgedAt?: string | null | undefined;
  closedAt?: string | null | undefined;
  overdueAcknowledgement: boolean;
  /** The domain's verdict once acknowledged (§69, as the KPI counts it). */
  acknowledgedInTime?: boolean | null | undefined;
}

export function acknowledgementState(facts: AcknowledgementFacts, now: Date): AcknowledgementState {
  if (facts.acknowledgedAt) return { kind: 'done', answered: facts.acknowledgedInTime ? 'in_time' : 'late' };
  if (facts.closedAt) return { kind: 'done', answered: 'never' };
  const minutes = Math.floor((new Date(facts.acknowledgeBy).getTime() - now.getTime()) / 60_000);
  // The server's flag wins over a browser clock that runs slow; the clock makes the badge turn
  // overdue on an open page without reloading.
  if (facts.overdueAcknowledgement || minutes < 0)
    return { kind: 'overdue', minutesLate: Math.max(0, -minutes) };
  return { kind: 'due', minutesLeft: minutes, urgent: minutes < URGENT_MINUTES };
}
