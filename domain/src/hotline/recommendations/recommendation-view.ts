import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { formatCaseNumber } from '../cases/case-number.js';
import type { PersonRef } from '../cases/case-summary.js';
import type { IHotlineRecommendation, RecommendationKind } from './hotline-recommendation.entity.js';
import type { IHotlineReport } from '../cases/hotline-report.entity.js';

export interface HotlineRecommendationView {
  id: string;
  caseId: string;
  caseNumber: string;
  kind: RecommendationKind;
  text: string;
  owner: PersonRef;
  /** YYYY-MM-DD. */
  dueOn: string;
  doneAt: Date | null;
  doneNote: string | null;
  overdue: boolean;
}

/** §69: a recommendation not done by the end of its due date (a day in Kazakhstan) is overdue. */
export function isRecommendationOverdue(r: IHotlineRecommendation, now: Date): boolean {
  return !r.doneAt && kazakhstanDay(now) > r.dueOn;
}

export function recommendationView(
  r: IHotlineRecommendation,
  report: Pick<IHotlineReport, 'id' | 'number' | 'receivedAt'>,
  now: Date,
): HotlineRecommendationView {
  return {
    id: r.id,
    caseId: report.id,
    caseNumber: formatCaseNumber(report.number, report.receivedAt),
    kind: r.kind,
    text: r.text,
    owner: { id: r.owner.id, fullName: r.owner.fullName },
    dueOn: r.dueOn,
    doneAt: r.doneAt ?? null,
    doneNote: r.doneNote ?? null,
    overdue: isRecommendationOverdue(r, now),
  };
}
