import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { NamedPerson } from '../../hotline/protection/protection.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { choiceOf, optionalText } from '../service/service-input.js';
import {
  BOARD_REPORT_PERIODS,
  BoardReport,
  BoardReportReading,
  RESOURCE_ASSESSMENTS,
  RESOURCE_REQUESTS,
  type BoardReportFigures,
  type BoardReportPeriod,
  type BoardReportStatus,
  type IBoardReport,
  type ResourceAssessment,
  type ResourceRequest,
} from './board.entity.js';
import { boardReportFigures, periodDays } from './board-figures.js';

const SECTION_MAX = 20_000;

export interface BoardReportSummary {
  id: string;
  year: number;
  period: BoardReportPeriod;
  status: BoardReportStatus;
  resourceAssessment: ResourceAssessment | null;
  submittedAt: Date | null;
  submittedBy: NamedPerson | null;
  /** Whether the reader has marked the submitted report read. */
  readByMe: boolean;
}

export interface BoardReportView extends BoardReportSummary {
  statusAndPlans: string | null;
  highRiskIssues: string | null;
  processResults: string | null;
  resourceReason: string | null;
  resourceRequests: ResourceRequest[];
  resourceRequestNote: string | null;
  /** A draft's figures as of now; a submitted report's as they were when submitted. */
  figures: BoardReportFigures;
  createdBy: NamedPerson;
  updatedAt: Date;
}

const named = (person: { id: string; fullName: string } | null | undefined): NamedPerson | null =>
  person ? { id: person.id, fullName: person.fullName } : null;

function summaryOf(report: IBoardReport, readByMe: boolean): BoardReportSummary {
  return {
    id: report.id,
    year: report.year,
    period: report.period,
    status: report.status,
    resourceAssessment: report.resourceAssessment ?? null,
    submittedAt: report.submittedAt ?? null,
    submittedBy: named(report.submittedBy),
    readByMe,
  };
}

async function viewOf(
  em: EntityManager,
  actor: Actor,
  report: IBoardReport,
  now: Date,
): Promise<BoardReportView> {
  await em.populate(report, ['createdBy', 'submittedBy']);
  const read = await em.count(BoardReportReading, { report: report.id, person: actor.personId });
  return {
    ...summaryOf(report, read > 0),
    statusAndPlans: report.statusAndPlans ?? null,
    highRiskIssues: report.highRiskIssues ?? null,
    processResults: report.processResults ?? null,
    resourceReason: report.resourceReason ?? null,
    resourceRequests: report.resourceRequests,
    resourceRequestNote: report.resourceRequestNote ?? null,
    figures: report.figures ?? (await boardReportFigures(em, actor, report.year, report.period, now)),
    createdBy: named(report.createdBy)!,
    updatedAt: report.updatedAt,
  };
}

/** Drafts are the keepers' own work; the board, the first head and the auditors read what was submitted. */
function visibleStatuses(actor: Actor): BoardReportStatus[] {
  return hasAnyRole(actor, COMPLIANCE_KEEPERS) ? ['draft', 'submitted'] : ['submitted'];
}

/** §66.1, §69: the organisation's reports to the board, the latest period first. */
export async function boardReports(em: EntityManager, actor: Actor): Promise<BoardReportSummary[]> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the reports to the board');
  const reports = await em.find(
    BoardReport,
    { organization: actor.organizationId, status: { $in: visibleStatuses(actor) } },
    { populate: ['submittedBy'], orderBy: { year: 'desc', period: 'desc', createdAt: 'desc' } },
  );
  const readings = reports.length
    ? await em.find(BoardReportReading, { report: { $in: reports.map((r) => r.id) }, person: actor.personId })
    : [];
  const read = new Set(readings.map((r) => r.report.id));
  return reports.map((r) => summaryOf(r, read.has(r.id)));
}

async function visibleReport(em: EntityManager, actor: Actor, id: string): Promise<IBoardReport> {
  const report = await em.findOne(BoardReport, {
    id,
    organization: actor.organizationId,
    status: { $in: visibleStatuses(actor) },
  });
  if (!report) throw NotFoundError.forId('BoardReport', id);
  return report;
}

/** One report with its figures: a draft's as of now, a submitted one's as they were. */
export async function boardReport(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<BoardReportView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read a report to the board');
  return viewOf(em, actor, await visibleReport(em, actor, id), now);
}

export interface BoardReportPeriodInput {
  year: number;
  period: string;
}

/**
 * §66.1, §69: a keeper starts the report for a half-year or a year that has begun (this year's or
 * last year's); one per period — a second is a CONFLICT. Reports take turns on the organisation's row.
 */
export async function createBoardReport(
  em: EntityManager,
  actor: Actor,
  input: BoardReportPeriodInput,
  now: Date,
): Promise<BoardReportView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'draft a report to the board');
  const period = choiceOf(input.period, BOARD_REPORT_PERIODS, 'period');
  const today = kazakhstanDay(now);
  const thisYear = Number(today.slice(0, 4));
  const begun =
    Number.isInteger(input.year) &&
    input.year >= thisYear - 1 &&
    input.year <= thisYear &&
    periodDays(input.year, period).first <= today;
  if (!begun) throw ValidationError.because('compliance.boardReport.period', { field: 'period' });
  await lockRow(em, Organization, actor.organizationId);
  const exists = await em.count(BoardReport, {
    organization: actor.organizationId,
    year: input.year,
    period,
  });
  if (exists) throw ConflictError.because('compliance.boardReport.exists', { year: input.year });
  const me = em.getReference(Person, actor.personId);
  const report = em.create(BoardReport, {
    id: newId(),
    organization: actor.organizationId,
    year: input.year,
    period,
    status: 'draft',
    resourceRequests: [],
    createdBy: me,
    createdAt: now,
    updatedBy: me,
    updatedAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_board_report.created',
    entityType: 'BoardReport',
    entityId: report.id,
    data: { year: input.year, period },
  });
  await em.flush();
  return viewOf(em, actor, report, now);
}

export interface BoardReportInput {
  id: string;
  statusAndPlans?: string | null;
  highRiskIssues?: string | null;
  processResults?: string | null;
  resourceAssessment?: string | null;
  resourceReason?: string | null;
  resourceRequests?: readonly string[] | null;
  resourceRequestNote?: string | null;
}

/** The draft, locked for change; a submitted one is a CONFLICT. */
async function lockedDraft(em: EntityManager, actor: Actor, id: string): Promise<IBoardReport> {
  const report = await lockedFresh(em, BoardReport, { id, organization: actor.organizationId });
  if (!report) throw NotFoundError.forId('BoardReport', id);
  if (report.status === 'submitted') throw ConflictError.because('compliance.boardReport.submitted');
  return report;
}

/** §66.1–§66.2: the officer's narrative and the resource assessment of a draft. */
export async function updateBoardReport(
  em: EntityManager,
  actor: Actor,
  input: BoardReportInput,
  now: Date,
): Promise<BoardReportView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'write a report to the board');
  const report = await lockedDraft(em, actor, input.id);
  report.statusAndPlans = optionalText(input.statusAndPlans, 'statusAndPlans', SECTION_MAX);
  report.highRiskIssues = optionalText(input.highRiskIssues, 'highRiskIssues', SECTION_MAX);
  report.processResults = optionalText(input.processResults, 'processResults', SECTION_MAX);
  report.resourceAssessment = input.resourceAssessment
    ? choiceOf(input.resourceAssessment, RESOURCE_ASSESSMENTS, 'resourceAssessment')
    : null;
  report.resourceReason = optionalText(input.resourceReason, 'resourceReason', SECTION_MAX);
  const requests = (input.resourceRequests ?? []).map((r) =>
    choiceOf(r, RESOURCE_REQUESTS, 'resourceRequests'),
  );
  report.resourceRequests = RESOURCE_REQUESTS.filter((r) => requests.includes(r));
  report.resourceRequestNote = optionalText(input.resourceRequestNote, 'resourceRequestNote', SECTION_MAX);
  report.updatedBy = em.getReference(Person, actor.personId);
  report.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_board_report.updated',
    entityType: 'BoardReport',
    entityId: report.id,
    data: { resourceAssessment: report.resourceAssessment ?? null },
  });
  await em.flush();
  return viewOf(em, actor, report, now);
}

/**
 * §66.1–§66.2, §69: submits the report to the board. The status and plans are written and the
 * resources assessed — when they do not fully suffice, why and what is asked for. The figures are
 * taken now and kept as they were; the board members find the report in My work.
 */
export async function submitBoardReport(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<BoardReportView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'submit a report to the board');
  const report = await lockedDraft(em, actor, id);
  if (!report.statusAndPlans) {
    throw ValidationError.because('compliance.boardReport.statusRequired', { field: 'statusAndPlans' });
  }
  if (!report.resourceAssessment) {
    throw ValidationError.because('compliance.boardReport.resourcesRequired', {
      field: 'resourceAssessment',
    });
  }
  if (report.resourceAssessment !== 'sufficient') {
    if (!report.resourceReason) {
      throw ValidationError.because('compliance.boardReport.resourceReasonRequired', {
        field: 'resourceReason',
      });
    }
    if (report.resourceRequests.length === 0) {
      throw ValidationError.because('compliance.boardReport.resourceRequestRequired', {
        field: 'resourceRequests',
      });
    }
  }
  report.figures = await boardReportFigures(em, actor, report.year, report.period, now);
  report.status = 'submitted';
  report.submittedBy = em.getReference(Person, actor.personId);
  report.submittedAt = now;
  report.updatedBy = em.getReference(Person, actor.personId);
  report.updatedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_board_report.submitted',
    entityType: 'BoardReport',
    entityId: report.id,
    data: { year: report.year, period: report.period, resourceAssessment: report.resourceAssessment },
  });
  await em.flush();
  return viewOf(em, actor, report, now);
}

/** §69: a reader of a submitted report marks it read; its My work item is then gone. Twice is once. */
export async function markBoardReportRead(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<BoardReportSummary> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read a report to the board');
  const report = await em.findOne(
    BoardReport,
    { id, organization: actor.organizationId, status: 'submitted' },
    { populate: ['submittedBy'] },
  );
  if (!report) throw NotFoundError.forId('BoardReport', id);
  const inserted = await em.execute<{ id: string }[]>(
    `insert into compliance_board_report_reading (id, organization_id, report_id, person_id, read_at)
     values (?, ?, ?, ?, ?) on conflict (report_id, person_id) do nothing returning id`,
    [newId(), actor.organizationId, report.id, actor.personId, now],
  );
  if (inserted.length > 0) {
    await recordAudit(em, actor, {
      organizationId: actor.organizationId,
      action: 'compliance_board_report.read',
      entityType: 'BoardReport',
      entityId: report.id,
      data: {},
    });
  }
  return summaryOf(report, true);
}
