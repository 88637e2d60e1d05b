import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { httpsLinkOf } from '../../kernel/https-link.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addYears, parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { optionalText } from '../mitigation/measure-input.js';
import { Risk } from '../risks/risk.entity.js';
import { upsertRisk } from '../risks/risks.js';
import type { RiskView } from '../risks/risk-view.js';
import { ASSESSMENT_ASPECTS, AUDIT_ASPECT, AUDIT_LOOKBACK_YEARS, aspectOf } from './aspects.js';
import {
  ASPECT_RATINGS,
  AssessmentAnswer,
  InitialAssessment,
  type AspectRating,
  type AssessmentStatus,
  type AuditReportRef,
  type IAssessmentAnswer,
  type IInitialAssessment,
} from './programme.entity.js';
import { checkProgrammeYear, createItemLocked, programmeOfYear } from './programme.js';

const FINDING_MAX = 4000;
const TITLE_MAX = 500;
const LINK_MAX = 2000;
const NOTE_MAX = 1000;
const REPORTS_MAX = 50;
const DRAFT_TITLE_MAX = 1000;

/** The source kind a risk drawn from a finding names (the risk register's closed loop). */
export const ASSESSMENT_RISK_SOURCE_KIND = 'assessment_finding';

export interface AssessmentAnswerView {
  id: string;
  aspect: number;
  rating: AspectRating;
  finding: string;
  auditReports: AuditReportRef[];
  answeredAt: Date;
  /** The risks of the register drawn from this finding, as № 7. */
  riskNumbers: number[];
}

export interface InitialAssessmentView {
  id: string;
  year: number;
  status: AssessmentStatus;
  completedAt: Date | null;
  answers: AssessmentAnswerView[];
  /** §64: the aspects still to answer, by number. */
  missingAspects: number[];
  canEdit: boolean;
}

export interface AssessmentAnswerInput {
  assessmentId: string;
  aspect: number;
  rating: string;
  finding: string;
  auditReports?:
    readonly { title: string; date: string; link?: string | null; note?: string | null }[] | null;
}

async function assessmentView(
  em: EntityManager,
  actor: Actor,
  assessment: IInitialAssessment,
): Promise<InitialAssessmentView> {
  const answers = await em.find(
    AssessmentAnswer,
    { assessment: assessment.id },
    { orderBy: { aspect: 'asc' } },
  );
  const risks = answers.length
    ? await em.find(
        Risk,
        {
          organization: actor.organizationId,
          sourceKind: ASSESSMENT_RISK_SOURCE_KIND,
          sourceId: { $in: answers.map((a) => a.id) },
        },
        { fields: ['number', 'sourceId'], orderBy: { number: 'asc' } },
      )
    : [];
  const answered = new Set(answers.map((a) => a.aspect));
  return {
    id: assessment.id,
    year: assessment.year,
    status: assessment.status,
    completedAt: assessment.completedAt ?? null,
    answers: answers.map((a) => ({
      id: a.id,
      aspect: a.aspect,
      rating: a.rating,
      finding: a.finding,
      auditReports: a.auditReports,
      answeredAt: a.answeredAt,
      riskNumbers: risks.filter((r) => r.sourceId === a.id).map((r) => r.number),
    })),
    missingAspects: ASSESSMENT_ASPECTS.map((a) => a.number).filter((n) => !answered.has(n)),
    canEdit: assessment.status === 'in_progress' && actor.roles.some((r) => COMPLIANCE_KEEPERS.includes(r)),
  };
}

/** §64: the year's initial internal assessment as the reader sees it, or null when none is begun. */
export async function initialAssessment(
  em: EntityManager,
  actor: Actor,
  year: number,
): Promise<InitialAssessmentView | null> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the initial assessment');
  const assessment = await em.findOne(InitialAssessment, { organization: actor.organizationId, year });
  return assessment ? assessmentView(em, actor, assessment) : null;
}

/** §64: begins the year's initial assessment; one per organisation and year, a second is a CONFLICT. */
export async function startInitialAssessment(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date,
): Promise<InitialAssessmentView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'carry out the initial assessment');
  checkProgrammeYear(year, now);
  await lockRow(em, Organization, actor.organizationId);
  if (await em.count(InitialAssessment, { organization: actor.organizationId, year }))
    throw ConflictError.because('compliance.assessment.exists', { year });
  const assessment = em.create(InitialAssessment, {
    id: newId(),
    organization: actor.organizationId,
    year,
    status: 'in_progress',
    createdBy: em.getReference(Person, actor.personId),
    createdAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_assessment.started',
    entityType: 'InitialAssessment',
    entityId: assessment.id,
    data: { year },
  });
  await em.flush();
  return assessmentView(em, actor, assessment);
}

async function lockAssessment(em: EntityManager, actor: Actor, id: string): Promise<IInitialAssessment> {
  const assessment = isUuid(id)
    ? await lockedFresh(em, InitialAssessment, { id, organization: actor.organizationId })
    : null;
  if (!assessment) throw NotFoundError.forId('InitialAssessment', id);
  return assessment;
}

/** §64.9: the reports studied, each with its title and a day within the last 2 years, and a link or note. */
function auditReportsOf(input: AssessmentAnswerInput['auditReports'], today: CalendarDay): AuditReportRef[] {
  const reports = input ?? [];
  if (reports.length > REPORTS_MAX)
    throw ValidationError.because('compliance.assessment.tooManyReports', {
      field: 'auditReports',
      max: REPORTS_MAX,
    });
  const earliest = addYears(today, -AUDIT_LOOKBACK_YEARS);
  return reports.map((r, i) => {
    const field = `auditReports.${i}`;
    const title = optionalText(r.title, `${field}.title`, TITLE_MAX);
    if (title === null)
      throw ValidationError.because('compliance.assessment.reportTitle', { field: `${field}.title` });
    const date = parseCalendarDay(r.date ?? '');
    if (!date)
      throw ValidationError.because('kernel.notADate', { field: `${field}.date`, value: r.date ?? '' });
    if (date > today)
      throw ValidationError.because('compliance.assessment.reportFuture', { field: `${field}.date` });
    // §64.9: the reports of the last 2 years
    if (date < earliest)
      throw ValidationError.because('compliance.assessment.reportTooOld', {
        field: `${field}.date`,
        earliest,
      });
    const typed = r.link?.trim() ?? '';
    const link = typed === '' ? null : httpsLinkOf(typed, LINK_MAX);
    if (typed !== '' && !link)
      throw ValidationError.because('compliance.measure.evidenceLink', {
        field: `${field}.link`,
        max: LINK_MAX,
      });
    const note = optionalText(r.note, `${field}.note`, NOTE_MAX);
    if (!link && !note)
      throw ValidationError.because('compliance.assessment.reportEvidence', { field: `${field}.link` });
    return { title, date, link, note };
  });
}

/**
 * §64: saves the answer to one aspect — the finding, the rating and, for §64.9, the auditors'
 * reports of the last 2 years. Saved again, it replaces the earlier answer; a completed
 * assessment is closed (CONFLICT).
 */
export async function saveAssessmentAnswer(
  em: EntityManager,
  actor: Actor,
  input: AssessmentAnswerInput,
  now: Date,
): Promise<InitialAssessmentView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'carry out the initial assessment');
  const assessment = await lockAssessment(em, actor, input.assessmentId);
  if (assessment.status !== 'in_progress') throw ConflictError.because('compliance.assessment.completed');
  if (!aspectOf(input.aspect))
    throw ValidationError.because('compliance.assessment.aspect', { field: 'aspect' });
  if (!(ASPECT_RATINGS as readonly string[]).includes(input.rating))
    throw ValidationError.because('compliance.assessment.rating', { field: 'rating' });
  const finding = optionalText(input.finding, 'finding', FINDING_MAX);
  if (finding === null)
    throw ValidationError.because('compliance.assessment.findingRequired', { field: 'finding' });
  const auditReports =
    input.aspect === AUDIT_ASPECT ? auditReportsOf(input.auditReports, kazakhstanDay(now)) : [];
  const answer = await em.findOne(AssessmentAnswer, { assessment: assessment.id, aspect: input.aspect });
  if (!answer) {
    em.create(AssessmentAnswer, {
      id: newId(),
      organization: actor.organizationId,
      assessment,
      aspect: input.aspect,
      rating: input.rating as AspectRating,
      finding,
      auditReports,
      answeredBy: em.getReference(Person, actor.personId),
      answeredAt: now,
    });
  } else {
    answer.rating = input.rating as AspectRating;
    answer.finding = finding;
    answer.auditReports = auditReports;
    answer.answeredBy = em.getReference(Person, actor.personId);
    answer.answeredAt = now;
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_assessment.answered',
    entityType: 'InitialAssessment',
    entityId: assessment.id,
    data: { year: assessment.year, aspect: input.aspect, rating: input.rating, reports: auditReports.length },
  });
  await em.flush();
  return assessmentView(em, actor, assessment);
}

/**
 * §64: completes the assessment once all 13 aspects are answered (else VALIDATION naming those
 * missing). §64 → §66.1: each aspect found wanting (needs improvement, or missing) becomes a draft
 * item of the year's programme, in its direction, owned by the officer and due by the year's end;
 * the programme is made when there is none.
 */
export async function completeInitialAssessment(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<InitialAssessmentView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'carry out the initial assessment');
  const assessment = await lockAssessment(em, actor, id);
  if (assessment.status !== 'in_progress') throw ConflictError.because('compliance.assessment.completed');
  const answers = await em.find(
    AssessmentAnswer,
    { assessment: assessment.id },
    { orderBy: { aspect: 'asc' } },
  );
  const answered = new Set(answers.map((a) => a.aspect));
  const missing = ASSESSMENT_ASPECTS.map((a) => a.number).filter((n) => !answered.has(n));
  if (missing.length > 0)
    throw ValidationError.because('compliance.assessment.incomplete', { missing: missing.join(', ') });
  const wanting = answers.filter((a) => a.rating !== 'adequate');
  const programme = await programmeOfYear(em, actor, assessment.year, false);
  const owner = await em.findOneOrFail(Person, actor.personId);
  for (const answer of wanting) {
    createItemLocked(
      em,
      actor,
      programme,
      {
        direction: aspectOf(answer.aspect)!.direction,
        title: answer.finding.slice(0, DRAFT_TITLE_MAX),
        owner,
        dueOn: `${assessment.year}-12-31`,
        fromAspect: answer.aspect,
      },
      now,
    );
  }
  assessment.status = 'completed';
  assessment.completedAt = now;
  assessment.completedBy = owner;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_assessment.completed',
    entityType: 'InitialAssessment',
    entityId: assessment.id,
    data: { year: assessment.year, programmeId: programme.id, draftItems: wanting.length },
  });
  await em.flush();
  return assessmentView(em, actor, assessment);
}

export interface FindingRiskInput {
  answerId: string;
  register: string;
  processOrDocument: string;
  probability: number;
  frequency: number;
  impact: number;
}

/**
 * §64 workflow 1: a finding becomes a risk of the catalogue — the register's own creation, with
 * the finding as its scheme and the internal analysis as its source, linked back to the answer.
 */
export async function riskFromAssessmentFinding(
  em: EntityManager,
  actor: Actor,
  input: FindingRiskInput,
  now: Date,
): Promise<RiskView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'keep the risk register');
  const answer: IAssessmentAnswer | null = isUuid(input.answerId)
    ? await em.findOne(AssessmentAnswer, { id: input.answerId, organization: actor.organizationId })
    : null;
  if (!answer) throw NotFoundError.forId('AssessmentAnswer', input.answerId);
  return upsertRisk(
    em,
    actor,
    {
      register: input.register,
      processOrDocument: input.processOrDocument,
      scheme: answer.finding,
      probability: input.probability,
      frequency: input.frequency,
      impact: input.impact,
      source: 'internal_analysis',
      sourceKind: ASSESSMENT_RISK_SOURCE_KIND,
      sourceId: answer.id,
    },
    now,
  );
}
