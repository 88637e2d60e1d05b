import type { RetaliationRiskInput, RetaliationRiskLevel } from '../graphql/generated/graphql';
import { calendarDay } from './calendar-day';

export const RETALIATION_RISK_LEVELS: readonly RetaliationRiskLevel[] = ['low', 'medium', 'high'];

/** The retaliation-risk part of the triage form, as the person fills it in. */
export interface RetaliationRiskDraft {
  level: RetaliationRiskLevel;
  reason: string;
  ownerId: string | null;
  reviewOn: Date | null;
}

export function emptyRetaliationRisk(): RetaliationRiskDraft {
  return { level: 'low', reason: '', ownerId: null, reviewOn: null };
}

/** What is missing: the reason for medium and high; for high, the task's owner and review date. */
export function retaliationRiskProblems(draft: RetaliationRiskDraft): {
  reason: boolean;
  owner: boolean;
  reviewOn: boolean;
} {
  const high = draft.level === 'high';
  return {
    reason: draft.level !== 'low' && draft.reason.trim() === '',
    owner: high && draft.ownerId === null,
    reviewOn: high && draft.reviewOn === null,
  };
}

export function retaliationRiskInput(draft: RetaliationRiskDraft): RetaliationRiskInput {
  const reason = draft.reason.trim();
  return {
    level: draft.level,
    ...(reason !== '' && draft.level !== 'low' ? { reason } : {}),
    ...(draft.level === 'high' && draft.ownerId && draft.reviewOn
      ? { task: { ownerId: draft.ownerId, reviewOn: calendarDay(draft.reviewOn) } }
      : {}),
  };
}
