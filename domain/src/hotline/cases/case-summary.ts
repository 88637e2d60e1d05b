import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseHandler } from './case-handler.js';
import { formatCaseNumber } from './case-number.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import type {
  HotlineCategory,
  HotlineChannel,
  HotlinePriority,
  HotlineScope,
  HotlineStatus,
  IHotlineReport,
} from './hotline-report.entity.js';

export interface PersonRef {
  id: string;
  fullName: string;
}

/** A case in the queue: no content, nothing about the reporter but whether they are anonymous. */
export interface HotlineCaseSummary {
  id: string;
  number: string;
  category: HotlineCategory;
  channel: HotlineChannel;
  status: HotlineStatus;
  scope: HotlineScope;
  anonymous: boolean;
  receivedAt: Date;
  acknowledgeBy: Date;
  acknowledgedAt: Date | null;
  processBy: Date;
  closedAt: Date | null;
  overdueAcknowledgement: boolean;
  /** Whether the acknowledgement came by its deadline; null until it comes. */
  acknowledgedInTime: boolean | null;
  assignees: PersonRef[];
  handledBy: CaseHandler;
  priority: HotlinePriority;
  labels: string[];
}

/**
 * A case in a compliance head's queue that names a compliance head (ADR 008): only that it
 * exists — its number, when it came, its status and that the alternate handler has it.
 */
export interface WithheldCaseSummary {
  id: string;
  number: string;
  status: HotlineStatus;
  receivedAt: Date;
  handledBy: CaseHandler;
}

/** A row of the queue: the whole summary, or only that the case exists (`withheld`). */
export type HotlineQueueItem =
  (HotlineCaseSummary & { withheld: false }) | (WithheldCaseSummary & { withheld: true });

/** §69: first feedback within 24 hours; a case still waiting for it past the deadline is overdue. */
export function isAcknowledgementOverdue(report: IHotlineReport, now: Date): boolean {
  return (
    !report.acknowledgedAt && report.status !== 'closed' && now.getTime() > report.acknowledgeBy.getTime()
  );
}

/**
 * §69: an acknowledgement counts as in time when it came by the deadline, as the hotline's KPI and
 * dashboard count it (`acknowledged_at <= acknowledge_by`); null while none has come.
 */
export function wasAcknowledgedInTime(report: IHotlineReport): boolean | null {
  return report.acknowledgedAt ? report.acknowledgedAt.getTime() <= report.acknowledgeBy.getTime() : null;
}

/** The current investigators of each case, in one query. */
export async function assigneesOf(
  em: EntityManager,
  reportIds: readonly string[],
): Promise<Map<string, PersonRef[]>> {
  const byReport = new Map<string, PersonRef[]>();
  if (reportIds.length === 0) return byReport;
  const assignments = await em.find(
    HotlineCaseAssignment,
    { report: { $in: [...reportIds] }, unassignedAt: null },
    { populate: ['investigator'], orderBy: { assignedAt: 'asc' } },
  );
  for (const a of assignments) {
    const list = byReport.get(a.report.id) ?? [];
    list.push({ id: a.investigator.id, fullName: a.investigator.fullName });
    byReport.set(a.report.id, list);
  }
  return byReport;
}

export function caseSummary(
  report: IHotlineReport,
  assignees: PersonRef[],
  handledBy: CaseHandler,
  now: Date,
): HotlineCaseSummary {
  return {
    id: report.id,
    number: formatCaseNumber(report.number, report.receivedAt),
    category: report.category,
    channel: report.channel,
    status: report.status,
    scope: report.scope,
    anonymous: report.anonymous,
    receivedAt: report.receivedAt,
    acknowledgeBy: report.acknowledgeBy,
    acknowledgedAt: report.acknowledgedAt ?? null,
    processBy: report.processBy,
    closedAt: report.closedAt ?? null,
    overdueAcknowledgement: isAcknowledgementOverdue(report, now),
    acknowledgedInTime: wasAcknowledgedInTime(report),
    assignees,
    handledBy,
    priority: report.priority,
    labels: [...report.labels],
  };
}

export function withheldSummary(report: IHotlineReport, handledBy: CaseHandler): WithheldCaseSummary {
  return {
    id: report.id,
    number: formatCaseNumber(report.number, report.receivedAt),
    status: report.status,
    receivedAt: report.receivedAt,
    handledBy,
  };
}
