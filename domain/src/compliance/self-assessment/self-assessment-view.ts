import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addMonths, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { COMPLIANCE_READERS } from '../compliance-roles.js';
import { eligibleProcessIds } from './draw.js';
import { processView, type AssessmentPerson, type ProcessView } from './process-view.js';
import { currentQuarter, quarterDays, type Quarter } from '../../kernel/quarters.js';
import { parseQuarter, reviewedQuarter } from './quarter.js';
import {
  ImprovementItem,
  SelfAssessment,
  SelfAssessmentFinding,
  SelfAssessmentProcess,
  type FindingSeverity,
  type ImprovementStatus,
} from './self-assessment.entity.js';

/** §73 step 5: the improvement plan is carried out within 3 months, before the next assessment. */
export const IMPROVEMENT_MONTHS = 3;

/** The last day an improvement of a finding recorded at `recordedAt` may be due on. */
export function latestDueOn(recordedAt: Date): CalendarDay {
  return addMonths(kazakhstanDay(recordedAt), IMPROVEMENT_MONTHS);
}

export interface ImprovementItemView {
  id: string;
  action: string;
  responsible: AssessmentPerson;
  dueOn: CalendarDay;
  status: ImprovementStatus;
  /** Open past its due day (Kazakhstan's today). */
  overdue: boolean;
  completedOn: CalendarDay | null;
  completionNote: string | null;
}

export interface FindingView {
  id: string;
  text: string;
  severity: FindingSeverity;
  recordedAt: Date;
  recordedBy: AssessmentPerson;
  /** The latest due day its improvements may have (§73: 3 months). */
  latestDueOn: CalendarDay;
  items: ImprovementItemView[];
}

export interface DrawnProcessView {
  id: string;
  process: ProcessView;
  findings: FindingView[];
}

export interface SelfAssessmentView {
  quarter: Quarter;
  reviewedQuarter: Quarter;
  reviewedFrom: CalendarDay;
  reviewedTo: CalendarDay;
  drawn: boolean;
  drawnAt: Date | null;
  drawnBy: AssessmentPerson | null;
  /** As recorded at the draw, or, before it, how many a draw would choose from now. */
  eligibleCount: number;
  /** The quarter has begun and is not drawn yet. */
  drawable: boolean;
  processes: DrawnProcessView[];
}

const named = (person: { id: string; fullName: string }): AssessmentPerson => ({
  id: person.id,
  fullName: person.fullName,
});

/** The quarter's self-assessment: drawn or not, its processes, findings and improvement plan. */
export async function selfAssessment(
  em: EntityManager,
  actor: Actor,
  quarterText: string,
  now: Date,
): Promise<SelfAssessmentView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the self-assessment');
  return selfAssessmentView(em, actor, parseQuarter(quarterText), now);
}

/** The view of a parsed quarter, one statement per level (assessment, processes, findings, items). */
export async function selfAssessmentView(
  em: EntityManager,
  actor: Actor,
  quarter: Quarter,
  now: Date,
): Promise<SelfAssessmentView> {
  const reviewed = reviewedQuarter(quarter);
  const { from, to } = quarterDays(reviewed);
  const today = kazakhstanDay(now);
  const assessment = await em.findOne(
    SelfAssessment,
    { organization: actor.organizationId, quarter },
    { populate: ['drawnBy'] },
  );
  const base = { quarter, reviewedQuarter: reviewed, reviewedFrom: from, reviewedTo: to };
  if (!assessment) {
    return {
      ...base,
      drawn: false,
      drawnAt: null,
      drawnBy: null,
      eligibleCount: (await eligibleProcessIds(em, actor.organizationId, quarter)).length,
      drawable: quarter <= currentQuarter(now),
      processes: [],
    };
  }
  const drawn = await em.find(
    SelfAssessmentProcess,
    { assessment: assessment.id },
    { populate: ['process', 'process.ownerUnit'], orderBy: { position: 'asc' } },
  );
  const findings = drawn.length
    ? await em.find(
        SelfAssessmentFinding,
        { drawnProcess: { $in: drawn.map((d) => d.id) } },
        { populate: ['recordedBy'], orderBy: { recordedAt: 'asc', id: 'asc' } },
      )
    : [];
  const items = findings.length
    ? await em.find(
        ImprovementItem,
        { finding: { $in: findings.map((f) => f.id) } },
        { populate: ['responsible'], orderBy: { dueOn: 'asc', createdAt: 'asc' } },
      )
    : [];
  const itemView = (item: (typeof items)[number]): ImprovementItemView => ({
    id: item.id,
    action: item.action,
    responsible: named(item.responsible),
    dueOn: toDay(item.dueOn),
    status: item.status,
    overdue: item.status === 'open' && toDay(item.dueOn) < today,
    completedOn: item.completedOn ? toDay(item.completedOn) : null,
    completionNote: item.completionNote ?? null,
  });
  return {
    ...base,
    drawn: true,
    drawnAt: assessment.drawnAt,
    drawnBy: named(assessment.drawnBy),
    eligibleCount: assessment.eligibleCount,
    drawable: false,
    processes: drawn.map((d) => ({
      id: d.id,
      process: processView(d.process),
      findings: findings
        .filter((f) => f.drawnProcess.id === d.id)
        .map((f) => ({
          id: f.id,
          text: f.text,
          severity: f.severity,
          recordedAt: f.recordedAt,
          recordedBy: named(f.recordedBy),
          latestDueOn: latestDueOn(f.recordedAt),
          items: items.filter((i) => i.finding.id === f.id).map(itemView),
        })),
    })),
  };
}
