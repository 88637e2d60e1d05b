/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AspectRating =
  | 'adequate'
  | 'missing'
  | 'needs_improvement';

export type AssessmentAnswerInput = {
  /** 1–13 (§64.1–§64.13) */
  aspect: number;
  assessmentId: string;
  /** §64.9 only. */
  auditReports?: Array<AssessmentAuditReportInput> | null | undefined;
  finding: string;
  rating: AspectRating;
};

export type AssessmentAuditReportInput = {
  /** YYYY-MM-DD, within the last 2 years (§64.9) */
  date: string;
  link?: string | null | undefined;
  note?: string | null | undefined;
  title: string;
};

export type AssessmentFindingRiskInput = {
  answerId: string;
  frequency: number;
  impact: number;
  probability: number;
  processOrDocument: string;
  register: string;
};

export type BoardReportInput = {
  highRiskIssues?: string | null | undefined;
  id: string;
  processResults?: string | null | undefined;
  resourceAssessment?: ResourceAssessment | null | undefined;
  resourceReason?: string | null | undefined;
  resourceRequestNote?: string | null | undefined;
  resourceRequests?: Array<ResourceRequest> | null | undefined;
  statusAndPlans?: string | null | undefined;
};

/** h1: January–June; h2: July–December; year: the whole year. */
export type BoardReportPeriod =
  | 'h1'
  | 'h2'
  | 'year';

export type BoardReportStatus =
  | 'draft'
  | 'submitted';

export type ChecklistItemCode =
  | 'anti_corruption_policy'
  | 'bonus_controls'
  | 'business_ethics_code'
  | 'charity_and_sponsorship_procedure'
  | 'compliance_job_descriptions'
  | 'compliance_service_regulation'
  | 'conflict_of_interest_policy'
  | 'due_diligence_procedure'
  | 'gifts_and_hospitality_procedure'
  | 'hiring_controls'
  | 'hotline_and_investigations_policy'
  | 'internal_control_risk_management'
  | 'new_products_budgets_review'
  | 'procurement_controls'
  | 'security_and_internal_audit_checks'
  | 'sponsorship_charity_approval';

export type ChecklistItemInput = {
  code: ChecklistItemCode;
  /** YYYY-MM-DD; with the name, required when adopted */
  documentDate?: string | null | undefined;
  documentName?: string | null | undefined;
  documentNumber?: string | null | undefined;
  documentUrl?: string | null | undefined;
  ownerId?: string | null | undefined;
  status: ChecklistItemStatus;
};

export type ChecklistItemKind =
  | 'control'
  | 'policy';

export type ChecklistItemStatus =
  | 'adopted'
  | 'draft'
  | 'missing';

export type ComplianceAppointingBody =
  | 'board_of_directors'
  | 'first_head'
  | 'other_independent_body'
  | 'supervisory_board';

export type ComplianceAutomationLevel =
  | 'full'
  | 'none'
  | 'partial';

export type ComplianceMemberRole =
  | 'head'
  | 'staff';

export type ComplianceNameTranslationsInput = {
  en?: string | null | undefined;
  kk?: string | null | undefined;
  ru?: string | null | undefined;
};

export type ComplianceProcessInput = {
  /** YYYY-MM-DD; today when absent for a new process. */
  activeFrom?: string | null | undefined;
  /** YYYY-MM-DD; absent while the process runs. */
  activeTo?: string | null | undefined;
  /** Absent for a new process. */
  id?: string | null | undefined;
  name: string;
  names?: ComplianceNameTranslationsInput | null | undefined;
  ownerUnitId?: string | null | undefined;
};

export type CompliancePublicPageInput = {
  enabled: boolean;
  /** 3–60 small Latin letters, digits and hyphens. */
  slug: string;
};

export type ComplianceQuarterlyReportInput = {
  /** 1–4 */
  quarter: number;
  text: string;
  year: number;
};

export type ComplianceServiceAppointmentInput = {
  actNumber?: string | null | undefined;
  appointedBy: ComplianceAppointingBody;
  /** YYYY-MM-DD, not after today */
  appointedOn: string;
  appointingBodyName?: string | null | undefined;
  /** YYYY-MM-DD */
  coiCheckedOn?: string | null | undefined;
  coiOutcome?: string | null | undefined;
  /** §60.2: the other functions it combines, if any. */
  combinedFunctions?: string | null | undefined;
  members: Array<ComplianceServiceMemberInput>;
  /** §60.1: the organisation has no board, supervisory board or other independent body. */
  noIndependentBody?: boolean | null | undefined;
  pay?: string | null | undefined;
  paymentTerms?: string | null | undefined;
  reportsTo?: string | null | undefined;
  /** YYYY-MM-DD */
  termUntil?: string | null | undefined;
};

export type ComplianceServiceMemberInput = {
  personId: string;
  role: ComplianceMemberRole;
};

export type ComplianceServiceWarningCode =
  | 'combines_functions'
  | 'no_coi_check'
  | 'not_appointed'
  | 'understaffed';

export type ComplianceSizingInput = {
  note?: string | null | undefined;
  rows: Array<ComplianceSizingRowInput>;
};

export type ComplianceSizingRowInput = {
  automation: ComplianceAutomationLevel;
  note?: string | null | undefined;
  process: string;
};

export type ImprovementItemInput = {
  action: string;
  /** YYYY-MM-DD; 3 months after the finding when absent, never later (§73). */
  dueOn?: string | null | undefined;
  findingId: string;
  responsibleId: string;
};

export type ImprovementItemStatus =
  | 'done'
  | 'open';

export type InitialAssessmentStatus =
  | 'completed'
  | 'in_progress';

export type InternalAuditCoverageInput = {
  /** Every process covered: the coverage becomes exactly these. */
  processIds: Array<string>;
  /** YYYY-Qn */
  quarter: string;
};

/** What a figure can be split by: `organization` (every KPI: a holding compares its subsidiaries), `org_unit` (an org unit and its subtree), `period`. */
export type KpiDimension =
  | 'org_unit'
  | 'organization'
  | 'period';

/** Whether the target is a floor (at_least) or a ceiling (at_most). */
export type KpiDirection =
  | 'at_least'
  | 'at_most';

export type KpiExportFormat =
  | 'pdf'
  | 'xlsx';

export type KpiFilterInput = {
  /** Restrict to this unit and everything below it; a unit of another organisation is NOT_FOUND. */
  orgUnitId?: string | null | undefined;
  /** The viewer's own organisation (the default) or one of its direct subsidiaries; any other is NOT_FOUND. */
  organizationId?: string | null | undefined;
  /** For a KPI by day, the start of the first day in Kazakhstan (00:00, UTC+5); any other instant is VALIDATION. */
  periodFrom?: string | null | undefined;
  /** For a KPI by day, the start of the last day in Kazakhstan (00:00, UTC+5), included; any other instant is VALIDATION. */
  periodTo?: string | null | undefined;
};

/** How finely the period may be cut: `instant` uses the bounds as given; `day` counts whole days of Kazakhstan (UTC+5) up to yesterday, each bound the start of a day there (a finer one is VALIDATION). */
export type KpiGranularity =
  | 'day'
  | 'instant';

/** The plugin whose pages produce what a KPI counts. */
export type KpiOwnerPlugin =
  | 'admin'
  | 'compliance'
  | 'culture'
  | 'declarations'
  | 'hotline'
  | 'training';

/** A period for whole organisations (no unit: each organisation has its own structure). */
export type KpiPeriodInput = {
  /** For a KPI by day, the day this instant falls on in Kazakhstan is the first day. */
  periodFrom?: string | null | undefined;
  /** For a KPI by day, the day this instant falls on in Kazakhstan is the last day, included. */
  periodTo?: string | null | undefined;
};

export type KpiPeriodKind =
  | 'custom'
  | 'half_year'
  | 'quarter'
  | 'year';

/** text: shown as given; day: a calendar day YYYY-MM-DD; choice and localized: `text` says it in every language. */
export type KpiRecordColumnKind =
  | 'choice'
  | 'day'
  | 'localized'
  | 'text';

export type KpiRecordsPageInput = {
  /** 1 to 100; 25 when none is given. */
  limit?: number | null | undefined;
  offset?: number | null | undefined;
};

export type KpiScheduleFrequency =
  | 'monthly'
  | 'quarterly';

export type KpiScheduleInput = {
  frequency: KpiScheduleFrequency;
  recipientIds: Array<string>;
};

/** count: a number; percent: a share of the denominator; per_100_staff: the numerator per 100 of the headcount (the denominator); days: a median number of days over the denominator’s cases. */
export type KpiUnit =
  | 'count'
  | 'days'
  | 'per_100_staff'
  | 'percent';

export type KpiViewFiltersInput = {
  /** This unit and everything below it. */
  orgUnitId?: string | null | undefined;
  /** A subsidiary of the viewer’s organisation; none: their own. */
  organizationId?: string | null | undefined;
  period: KpiViewPeriodInput;
};

export type KpiViewInput = {
  filters: KpiViewFiltersInput;
  /** None: a new view. */
  id?: string | null | undefined;
  title: string;
  /** The version opened; required with an id. */
  version?: number | null | undefined;
  widgets: Array<KpiWidgetInput>;
};

export type KpiViewPeriodInput = {
  /** A custom period’s first day, YYYY-MM-DD. */
  from?: string | null | undefined;
  kind: KpiPeriodKind;
  /** The quarter (1–4) or the half-year (1–2). */
  part?: number | null | undefined;
  /** A custom period’s last day, included. */
  to?: string | null | undefined;
  year?: number | null | undefined;
};

/** Replaces whom the view is shared with and whether it is mailed. */
export type KpiViewShareInput = {
  personIds: Array<string>;
  roles: Array<string>;
  schedule?: KpiScheduleInput | null | undefined;
};

export type KpiWidgetInput = {
  amberMargin?: number | null | undefined;
  codes: Array<string>;
  h: number;
  /** Chosen by the client; keeps a widget’s commentary across saves. */
  id: string;
  kind: KpiWidgetKind;
  split?: KpiWidgetSplit | null | undefined;
  w: number;
  x: number;
  y: number;
};

export type KpiWidgetKind =
  | 'bars'
  | 'heat_map'
  | 'number'
  | 'table'
  | 'trend';

/** What a bar chart puts side by side: the units below the filter’s unit, or the holding’s subsidiaries. */
export type KpiWidgetSplit =
  | 'org_unit'
  | 'organization';

/** Interface language: Kazakh (default), Russian or English. */
export type Locale =
  | 'en'
  | 'kk'
  | 'ru';

export type ManagementActivityInput = {
  kind: ManagementActivityKind;
  personId: string;
  planId: string;
  /** YYYY-MM-DD, within the plan’s year. */
  plannedOn: string;
  title: string;
};

export type ManagementActivityKind =
  | 'communication'
  | 'meeting'
  | 'other'
  | 'training';

export type MitigationMeasureInput = {
  completionForm: string;
  /** YYYY-MM-DD */
  deadline: string;
  executorId: string;
  linkedKpi?: string | null | undefined;
  measure: string;
  planId: string;
  riskId: string;
};

export type MitigationMeasureReportInput = {
  /** YYYY-MM-DD; today when done without it. */
  doneOn?: string | null | undefined;
  /** An https link to the evidence. */
  evidenceLink?: string | null | undefined;
  evidenceNote?: string | null | undefined;
  id: string;
  progressNote?: string | null | undefined;
  status: MitigationMeasureStatus;
};

export type MitigationMeasureStatus =
  | 'done'
  | 'in_progress'
  | 'planned';

export type MitigationMeasureUpdateInput = {
  completionForm?: string | null | undefined;
  /** YYYY-MM-DD */
  deadline?: string | null | undefined;
  executorId?: string | null | undefined;
  id: string;
  linkedKpi?: string | null | undefined;
  measure?: string | null | undefined;
  riskId?: string | null | undefined;
};

export type MitigationPlanAction =
  | 'approve'
  | 'edit'
  | 'publish'
  | 'report';

export type MitigationPlanStatus =
  | 'approved'
  | 'draft';

export type MitigationRiskConfidentiality =
  | 'commercial'
  | 'confidential'
  | 'insider'
  | 'none'
  | 'personal';

export type MitigationRiskLevel =
  | 'critical'
  | 'high'
  | 'low'
  | 'medium';

export type MitigationRiskRegister =
  | 'activity'
  | 'legal_acts';

export type ProgrammeAudience =
  | 'all_staff'
  | 'management';

/** §65–§72: leadership (§66) … conflicts of interest (§72); other (§65: the list is open). */
export type ProgrammeDirection =
  | 'candidate_due_diligence'
  | 'conflicts_of_interest'
  | 'hotline_investigation'
  | 'leadership'
  | 'other'
  | 'policies_procedures'
  | 'supplier_due_diligence'
  | 'training_communication';

export type ProgrammeItemInput = {
  direction: ProgrammeDirection;
  /** YYYY-MM-DD, within the programme’s year */
  dueOn: string;
  ownerId: string;
  programmeId: string;
  title: string;
};

export type ProgrammeItemReportInput = {
  /** Required when cancelled. */
  cancelReason?: string | null | undefined;
  /** YYYY-MM-DD; today when done without it. */
  doneOn?: string | null | undefined;
  /** An https link to the evidence. */
  evidenceLink?: string | null | undefined;
  evidenceNote?: string | null | undefined;
  id: string;
  progressNote?: string | null | undefined;
  status: ProgrammeItemStatus;
};

export type ProgrammeItemStatus =
  | 'cancelled'
  | 'done'
  | 'in_progress'
  | 'planned';

export type ProgrammeItemUpdateInput = {
  direction?: ProgrammeDirection | null | undefined;
  /** YYYY-MM-DD */
  dueOn?: string | null | undefined;
  id: string;
  ownerId?: string | null | undefined;
  title?: string | null | undefined;
  /** The version read; a changed item is a CONFLICT. */
  version: number;
};

export type ProgrammePresentationInput = {
  audience: ProgrammeAudience;
  /** For all staff, everyone working in the organisation when left out. */
  invitedIds?: Array<string> | null | undefined;
  note?: string | null | undefined;
  presentIds: Array<string>;
  /** YYYY-MM-DD, not after today */
  presentedOn: string;
  programmeId: string;
};

export type PublicProposalAnswerInput = {
  /** How it is applied, or why it cannot be (§9.5). */
  answer: string;
  decision: PublicProposalDecision;
  id: string;
};

export type PublicProposalDecision =
  | 'accepted'
  | 'rejected';

export type PublicProposalStatus =
  | 'accepted'
  | 'new'
  | 'rejected';

/** §66.2: whether the compliance service’s resources suffice. */
export type ResourceAssessment =
  | 'insufficient'
  | 'partly'
  | 'sufficient';

export type ResourceRequest =
  | 'automation'
  | 'budget'
  | 'staff';

/** §9.4: protected information the risk carries; such a risk is never published. */
export type RiskConfidentiality =
  | 'commercial'
  | 'confidential'
  | 'insider'
  | 'none'
  | 'personal';

export type RiskFilter = {
  level?: RiskLevel | null | undefined;
  /** 1 to 100, 25 unless given. */
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  positionId?: string | null | undefined;
  procurement?: boolean | null | undefined;
  register?: RiskRegister | null | undefined;
  /** In the process or document and the scheme, or a number (№ 7 or 7). */
  search?: string | null | undefined;
  source?: RiskSource | null | undefined;
  status?: RiskStatus | null | undefined;
};

export type RiskInput = {
  confidentiality?: RiskConfidentiality | null | undefined;
  /** §9.2: required, 1 to the scale. */
  frequency?: number | null | undefined;
  /** The risk to edit; none to create one. */
  id?: string | null | undefined;
  /** Required, 1 to the scale. */
  impact?: number | null | undefined;
  /** YYYY-MM-DD */
  lastReviewedOn?: string | null | undefined;
  positionIds?: Array<string> | null | undefined;
  /** §9.2: required, 1 to the scale. */
  probability?: number | null | undefined;
  processOrDocument: string;
  procurement?: boolean | null | undefined;
  /** Why the score or status changes; required when they do. */
  reason?: string | null | undefined;
  register: RiskRegister;
  scheme: string;
  source: RiskSource;
  /** The source record; one source proposes at most one risk (else CONFLICT). */
  sourceId?: string | null | undefined;
  /** The source record’s kind (hotline_case, conflict_case, audit_finding, assessment_finding, see RiskSourceKind); never its content. Left out of an edit, the link stays. */
  sourceKind?: string | null | undefined;
  status?: RiskStatus | null | undefined;
  /** The version the edit was made on (from Risk.version). */
  version?: number | null | undefined;
};

/** §9.2: the band of score = max(probability, frequency) × impact as a share of the top score n×n: below 20 % low, below 40 % medium, below 70 % high, else critical. */
export type RiskLevel =
  | 'critical'
  | 'high'
  | 'low'
  | 'medium';

export type RiskMovementDirection =
  | 'across'
  | 'appeared'
  | 'down'
  | 'left'
  | 'up';

/** Annex 1: legal_acts — risks in legal acts and internal documents; activity — risks in the organisational and management activity. */
export type RiskRegister =
  | 'activity'
  | 'legal_acts';

/** §9.1, §11: where the risk was found. */
export type RiskSource =
  | 'audit'
  | 'complaint'
  | 'conflict_of_interest'
  | 'external_analysis'
  | 'hotline'
  | 'internal_analysis'
  | 'media';

/** §9.1, §11: the record a risk is proposed from — a substantiated hotline case, a settled conflict of interest, a self-assessment (internal audit) finding. */
export type RiskSourceKind =
  | 'assessment_finding'
  | 'audit_finding'
  | 'conflict_case'
  | 'hotline_case';

export type RiskStatus =
  | 'mitigated'
  | 'open'
  | 'retired';

/** §9.1: a change in the law, in the structure or headcount, in the duties of risk-exposed posts, or another change. */
export type RiskTriggerKind =
  | 'duties_change'
  | 'law_change'
  | 'other'
  | 'structure_change';

/** A role granted in an organisation; every member is also an employee. */
export type Role =
  | 'auditor'
  | 'board_member'
  | 'compliance_head'
  | 'compliance_officer'
  | 'employee'
  | 'ethics_commissioner'
  | 'first_head'
  | 'hotline_investigator'
  | 'hr_officer'
  | 'org_admin'
  | 'training_admin';

export type SelfAssessmentFindingInput = {
  drawnProcessId: string;
  severity: SelfAssessmentFindingSeverity;
  text: string;
};

export type SelfAssessmentFindingSeverity =
  | 'high'
  | 'low'
  | 'medium';

export type StandardAdoptionInput = {
  actNumber: string;
  /** YYYY-MM-DD, not after today */
  adoptedOn: string;
  approvedBy: StandardApprover;
  /** The management body that approved it. */
  approverBody?: string | null | undefined;
  /** The person who approved it (the first head). */
  approverName?: string | null | undefined;
  /** An https link to the act’s text. */
  documentUrl?: string | null | undefined;
  note?: string | null | undefined;
};

export type StandardApprover =
  | 'first_head'
  | 'management_body';

export type StandardPublicationInput = {
  /** YYYY-MM-DD, not before the adoption */
  publishedOn: string;
  /** An https link; required unless on the intranet. */
  publishedUrl?: string | null | undefined;
  publishedWhere: StandardPublicationPlace;
};

export type StandardPublicationPlace =
  | 'intranet'
  | 'other'
  | 'website';

export type StandardWarning =
  | 'not_adopted'
  | 'not_on_website'
  | 'not_published';

export type ProgrammeItemFieldsFragment = { id: string, direction: ProgrammeDirection, title: string, dueOn: string, status: ProgrammeItemStatus, progressNote: string | null, evidenceLink: string | null, evidenceNote: string | null, doneOn: string | null, cancelReason: string | null, fromAspect: number | null, version: number, overdue: boolean, canReport: boolean, owner: { id: string, fullName: string } };

export type CreateComplianceProgrammeMutationVariables = Exact<{
  year: number;
}>;


export type CreateComplianceProgrammeMutation = { createComplianceProgramme: { id: string } };

export type AddProgrammeItemMutationVariables = Exact<{
  input: ProgrammeItemInput;
}>;


export type AddProgrammeItemMutation = { addProgrammeItem: { id: string } };

export type UpdateProgrammeItemMutationVariables = Exact<{
  input: ProgrammeItemUpdateInput;
}>;


export type UpdateProgrammeItemMutation = { updateProgrammeItem: { id: string } };

export type ReportProgrammeItemMutationVariables = Exact<{
  input: ProgrammeItemReportInput;
}>;


export type ReportProgrammeItemMutation = { reportProgrammeItem: { id: string } };

export type RecordProgrammePresentationMutationVariables = Exact<{
  input: ProgrammePresentationInput;
}>;


export type RecordProgrammePresentationMutation = { recordProgrammePresentation: { id: string } };

export type StartInitialAssessmentMutationVariables = Exact<{
  year: number;
}>;


export type StartInitialAssessmentMutation = { startInitialAssessment: { id: string } };

export type SaveAssessmentAnswerMutationVariables = Exact<{
  input: AssessmentAnswerInput;
}>;


export type SaveAssessmentAnswerMutation = { saveAssessmentAnswer: { id: string } };

export type CompleteInitialAssessmentMutationVariables = Exact<{
  id: string;
}>;


export type CompleteInitialAssessmentMutation = { completeInitialAssessment: { id: string } };

export type RiskFromAssessmentFindingMutationVariables = Exact<{
  input: AssessmentFindingRiskInput;
}>;


export type RiskFromAssessmentFindingMutation = { riskFromAssessmentFinding: { id: string, number: number } };

export type AnnualProgrammeQueryVariables = Exact<{
  year: number;
}>;


export type AnnualProgrammeQuery = { complianceProgramme: { id: string, year: number, canEdit: boolean, presentedToManagement: boolean, presentedToAllStaff: boolean, items: Array<{ id: string, direction: ProgrammeDirection, title: string, dueOn: string, status: ProgrammeItemStatus, progressNote: string | null, evidenceLink: string | null, evidenceNote: string | null, doneOn: string | null, cancelReason: string | null, fromAspect: number | null, version: number, overdue: boolean, canReport: boolean, owner: { id: string, fullName: string } }>, presentations: Array<{ id: string, presentedOn: string, audience: ProgrammeAudience, note: string | null, invitedCount: number, presentCount: number, present: Array<{ id: string, fullName: string }> }> } | null };

export type MyProgrammeItemsQueryVariables = Exact<{
  year: number;
}>;


export type MyProgrammeItemsQuery = { myProgrammeItems: Array<{ id: string, direction: ProgrammeDirection, title: string, dueOn: string, status: ProgrammeItemStatus, progressNote: string | null, evidenceLink: string | null, evidenceNote: string | null, doneOn: string | null, cancelReason: string | null, fromAspect: number | null, version: number, overdue: boolean, canReport: boolean, owner: { id: string, fullName: string } }> };

export type InitialAssessmentQueryVariables = Exact<{
  year: number;
}>;


export type InitialAssessmentQuery = { initialAssessment: { id: string, year: number, status: InitialAssessmentStatus, canEdit: boolean, missingAspects: Array<number>, answers: Array<{ id: string, aspect: number, rating: AspectRating, finding: string, riskNumbers: Array<number>, auditReports: Array<{ title: string, date: string, link: string | null, note: string | null }> }> } | null };

export type BoardReportFieldsFragment = { id: string, year: number, period: BoardReportPeriod, status: BoardReportStatus, statusAndPlans: string | null, highRiskIssues: string | null, processResults: string | null, resourceAssessment: ResourceAssessment | null, resourceReason: string | null, resourceRequests: Array<ResourceRequest>, resourceRequestNote: string | null, submittedAt: string | null, readByMe: boolean, submittedBy: { id: string, fullName: string } | null, figures: { takenAt: string, responsiblePeople: number, minResponsiblePeople: number, kpis: Array<{ code: string, paragraph: string, unit: string, value: number | null, target: number | null, met: boolean | null, title: { kk: string, ru: string, en: string } }>, openRisks: { low: number, medium: number, high: number, critical: number }, measures: { total: number, done: number, overdue: number } } };

export type CreateBoardReportMutationVariables = Exact<{
  year: number;
  period: BoardReportPeriod;
}>;


export type CreateBoardReportMutation = { createBoardReport: { id: string, year: number, period: BoardReportPeriod, status: BoardReportStatus, statusAndPlans: string | null, highRiskIssues: string | null, processResults: string | null, resourceAssessment: ResourceAssessment | null, resourceReason: string | null, resourceRequests: Array<ResourceRequest>, resourceRequestNote: string | null, submittedAt: string | null, readByMe: boolean, submittedBy: { id: string, fullName: string } | null, figures: { takenAt: string, responsiblePeople: number, minResponsiblePeople: number, kpis: Array<{ code: string, paragraph: string, unit: string, value: number | null, target: number | null, met: boolean | null, title: { kk: string, ru: string, en: string } }>, openRisks: { low: number, medium: number, high: number, critical: number }, measures: { total: number, done: number, overdue: number } } } };

export type UpdateBoardReportMutationVariables = Exact<{
  input: BoardReportInput;
}>;


export type UpdateBoardReportMutation = { updateBoardReport: { id: string, year: number, period: BoardReportPeriod, status: BoardReportStatus, statusAndPlans: string | null, highRiskIssues: string | null, processResults: string | null, resourceAssessment: ResourceAssessment | null, resourceReason: string | null, resourceRequests: Array<ResourceRequest>, resourceRequestNote: string | null, submittedAt: string | null, readByMe: boolean, submittedBy: { id: string, fullName: string } | null, figures: { takenAt: string, responsiblePeople: number, minResponsiblePeople: number, kpis: Array<{ code: string, paragraph: string, unit: string, value: number | null, target: number | null, met: boolean | null, title: { kk: string, ru: string, en: string } }>, openRisks: { low: number, medium: number, high: number, critical: number }, measures: { total: number, done: number, overdue: number } } } };

export type SubmitBoardReportMutationVariables = Exact<{
  id: string;
}>;


export type SubmitBoardReportMutation = { submitBoardReport: { id: string, year: number, period: BoardReportPeriod, status: BoardReportStatus, statusAndPlans: string | null, highRiskIssues: string | null, processResults: string | null, resourceAssessment: ResourceAssessment | null, resourceReason: string | null, resourceRequests: Array<ResourceRequest>, resourceRequestNote: string | null, submittedAt: string | null, readByMe: boolean, submittedBy: { id: string, fullName: string } | null, figures: { takenAt: string, responsiblePeople: number, minResponsiblePeople: number, kpis: Array<{ code: string, paragraph: string, unit: string, value: number | null, target: number | null, met: boolean | null, title: { kk: string, ru: string, en: string } }>, openRisks: { low: number, medium: number, high: number, critical: number }, measures: { total: number, done: number, overdue: number } } } };

export type MarkBoardReportReadMutationVariables = Exact<{
  id: string;
}>;


export type MarkBoardReportReadMutation = { markBoardReportRead: { id: string, readByMe: boolean } };

export type CreateManagementPlanMutationVariables = Exact<{
  year: number;
  memberIds: Array<string> | string;
}>;


export type CreateManagementPlanMutation = { createManagementPlan: { id: string } };

export type AddManagementActivityMutationVariables = Exact<{
  input: ManagementActivityInput;
}>;


export type AddManagementActivityMutation = { addManagementActivity: { id: string } };

export type RecordManagementParticipationMutationVariables = Exact<{
  activityId: string;
  participatedOn?: string | null | undefined;
}>;


export type RecordManagementParticipationMutation = { recordManagementParticipation: { id: string } };

export type BoardPageQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardPageQuery = { boardReports: Array<{ id: string, year: number, period: BoardReportPeriod, status: BoardReportStatus, resourceAssessment: ResourceAssessment | null, submittedAt: string | null, readByMe: boolean, submittedBy: { id: string, fullName: string } | null }>, managementPlans: Array<{ id: string, year: number, members: Array<{ id: string, fullName: string, tookPart: boolean, activities: Array<{ id: string, title: string, kind: ManagementActivityKind, plannedOn: string, participatedOn: string | null }> }> }> };

export type BoardReportQueryVariables = Exact<{
  id: string;
}>;


export type BoardReportQuery = { boardReport: { id: string, year: number, period: BoardReportPeriod, status: BoardReportStatus, statusAndPlans: string | null, highRiskIssues: string | null, processResults: string | null, resourceAssessment: ResourceAssessment | null, resourceReason: string | null, resourceRequests: Array<ResourceRequest>, resourceRequestNote: string | null, submittedAt: string | null, readByMe: boolean, submittedBy: { id: string, fullName: string } | null, figures: { takenAt: string, responsiblePeople: number, minResponsiblePeople: number, kpis: Array<{ code: string, paragraph: string, unit: string, value: number | null, target: number | null, met: boolean | null, title: { kk: string, ru: string, en: string } }>, openRisks: { low: number, medium: number, high: number, critical: number }, measures: { total: number, done: number, overdue: number } } } };

export type SaveComplianceProcessMutationVariables = Exact<{
  input: ComplianceProcessInput;
}>;


export type SaveComplianceProcessMutation = { saveComplianceProcess: { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null } };

export type ArchiveComplianceProcessMutationVariables = Exact<{
  id: string;
}>;


export type ArchiveComplianceProcessMutation = { archiveComplianceProcess: { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null } };

export type RecordInternalAuditCoverageMutationVariables = Exact<{
  input: InternalAuditCoverageInput;
}>;


export type RecordInternalAuditCoverageMutation = { recordInternalAuditCoverage: { quarter: string, processIds: Array<string>, fixed: boolean } };

export type StandardAdoptionFieldsFragment = { id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null };

export type AntiCorruptionStandardFieldsFragment = { warnings: Array<StandardWarning>, current: { id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null } | null, history: Array<{ id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null }> };

export type ComplianceServiceFieldsFragment = { appointedBy: ComplianceAppointingBody | null, appointingBodyName: string | null, noIndependentBody: boolean, appointedOn: string | null, actNumber: string | null, termUntil: string | null, pay: string | null, paymentTerms: string | null, combinedFunctions: string | null, coiCheckedOn: string | null, coiOutcome: string | null, reportsTo: string | null, sizingNote: string | null, members: Array<{ id: string, fullName: string, role: ComplianceMemberRole }>, responsiblePeople: Array<{ id: string, fullName: string }>, sizing: Array<{ process: string, automation: ComplianceAutomationLevel, note: string | null }>, warnings: Array<{ code: ComplianceServiceWarningCode, paragraph: string }> };

export type ProgrammeChecklistFieldsFragment = { policiesAdopted: number, policiesTotal: number, controlsAdopted: number, controlsTotal: number, items: Array<{ code: ChecklistItemCode, kind: ChecklistItemKind, paragraph: string, status: ChecklistItemStatus, documentName: string | null, documentNumber: string | null, documentDate: string | null, documentUrl: string | null, owner: { id: string, fullName: string } | null }> };

export type RecordAntiCorruptionStandardMutationVariables = Exact<{
  input: StandardAdoptionInput;
}>;


export type RecordAntiCorruptionStandardMutation = { recordAntiCorruptionStandard: { warnings: Array<StandardWarning>, current: { id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null } | null, history: Array<{ id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null }> } };

export type RecordStandardPublicationMutationVariables = Exact<{
  input: StandardPublicationInput;
}>;


export type RecordStandardPublicationMutation = { recordStandardPublication: { warnings: Array<StandardWarning>, current: { id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null } | null, history: Array<{ id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null }> } };

export type RecordComplianceServiceAppointmentMutationVariables = Exact<{
  input: ComplianceServiceAppointmentInput;
}>;


export type RecordComplianceServiceAppointmentMutation = { recordComplianceServiceAppointment: { appointedBy: ComplianceAppointingBody | null, appointingBodyName: string | null, noIndependentBody: boolean, appointedOn: string | null, actNumber: string | null, termUntil: string | null, pay: string | null, paymentTerms: string | null, combinedFunctions: string | null, coiCheckedOn: string | null, coiOutcome: string | null, reportsTo: string | null, sizingNote: string | null, members: Array<{ id: string, fullName: string, role: ComplianceMemberRole }>, responsiblePeople: Array<{ id: string, fullName: string }>, sizing: Array<{ process: string, automation: ComplianceAutomationLevel, note: string | null }>, warnings: Array<{ code: ComplianceServiceWarningCode, paragraph: string }> } };

export type SetComplianceServiceSizingMutationVariables = Exact<{
  input: ComplianceSizingInput;
}>;


export type SetComplianceServiceSizingMutation = { setComplianceServiceSizing: { appointedBy: ComplianceAppointingBody | null, appointingBodyName: string | null, noIndependentBody: boolean, appointedOn: string | null, actNumber: string | null, termUntil: string | null, pay: string | null, paymentTerms: string | null, combinedFunctions: string | null, coiCheckedOn: string | null, coiOutcome: string | null, reportsTo: string | null, sizingNote: string | null, members: Array<{ id: string, fullName: string, role: ComplianceMemberRole }>, responsiblePeople: Array<{ id: string, fullName: string }>, sizing: Array<{ process: string, automation: ComplianceAutomationLevel, note: string | null }>, warnings: Array<{ code: ComplianceServiceWarningCode, paragraph: string }> } };

export type UpdateChecklistItemMutationVariables = Exact<{
  input: ChecklistItemInput;
}>;


export type UpdateChecklistItemMutation = { updateChecklistItem: { policiesAdopted: number, policiesTotal: number, controlsAdopted: number, controlsTotal: number, items: Array<{ code: ChecklistItemCode, kind: ChecklistItemKind, paragraph: string, status: ChecklistItemStatus, documentName: string | null, documentNumber: string | null, documentDate: string | null, documentUrl: string | null, owner: { id: string, fullName: string } | null }> } };

export type ComplianceProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceProgrammeQuery = { antiCorruptionStandard: { warnings: Array<StandardWarning>, current: { id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null } | null, history: Array<{ id: string, actNumber: string, adoptedOn: string, approvedBy: StandardApprover, approverName: string | null, approverBody: string | null, documentUrl: string | null, note: string | null, publishedWhere: StandardPublicationPlace | null, publishedUrl: string | null, publishedOn: string | null, supersededAt: string | null }> }, complianceService: { appointedBy: ComplianceAppointingBody | null, appointingBodyName: string | null, noIndependentBody: boolean, appointedOn: string | null, actNumber: string | null, termUntil: string | null, pay: string | null, paymentTerms: string | null, combinedFunctions: string | null, coiCheckedOn: string | null, coiOutcome: string | null, reportsTo: string | null, sizingNote: string | null, members: Array<{ id: string, fullName: string, role: ComplianceMemberRole }>, responsiblePeople: Array<{ id: string, fullName: string }>, sizing: Array<{ process: string, automation: ComplianceAutomationLevel, note: string | null }>, warnings: Array<{ code: ComplianceServiceWarningCode, paragraph: string }> }, programmeChecklist: { policiesAdopted: number, policiesTotal: number, controlsAdopted: number, controlsTotal: number, items: Array<{ code: ChecklistItemCode, kind: ChecklistItemKind, paragraph: string, status: ChecklistItemStatus, documentName: string | null, documentNumber: string | null, documentDate: string | null, documentUrl: string | null, owner: { id: string, fullName: string } | null }> } };

export type SetCompliancePublicPageMutationVariables = Exact<{
  input: CompliancePublicPageInput;
}>;


export type SetCompliancePublicPageMutation = { setCompliancePublicPage: { slug: string | null, enabled: boolean, path: string | null } };

export type SetRiskPublishedMutationVariables = Exact<{
  riskId: string;
  published: boolean;
}>;


export type SetRiskPublishedMutation = { setRiskPublished: { id: string, published: boolean } };

export type PublishQuarterlyReportMutationVariables = Exact<{
  input: ComplianceQuarterlyReportInput;
}>;


export type PublishQuarterlyReportMutation = { publishQuarterlyReport: { id: string } };

export type AnswerPublicProposalMutationVariables = Exact<{
  input: PublicProposalAnswerInput;
}>;


export type AnswerPublicProposalMutation = { answerPublicProposal: { id: string } };

export type CompliancePublicQueryVariables = Exact<{ [key: string]: never; }>;


export type CompliancePublicQuery = { compliancePublicPage: { slug: string | null, enabled: boolean, path: string | null, lastEndedYear: number, lastEndedQuarter: number }, publishableRisks: Array<{ id: string, number: number, processOrDocument: string, level: MitigationRiskLevel, confidentiality: MitigationRiskConfidentiality, published: boolean, publishable: boolean }>, complianceQuarterlyReports: Array<{ id: string, year: number, quarter: number, text: string, publishedAt: string }>, publicProposals: Array<{ id: string, receipt: string, text: string, contact: string | null, submittedAt: string, status: PublicProposalStatus, answer: string | null }> };

export type ImportRisksMutationVariables = Exact<{
  register: RiskRegister;
  file: File;
}>;


export type ImportRisksMutation = { importRisks: { imported: number, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> } };

export type KpiBenchmarkQueryVariables = Exact<{
  filter?: KpiPeriodInput | null | undefined;
}>;


export type KpiBenchmarkQuery = { kpiBenchmark: { companies: number, measures: Array<{ code: string, unit: KpiUnit, direction: KpiDirection, rank: number | null, ranked: number, min: number | null, median: number | null, max: number | null, title: { kk: string, ru: string, en: string }, own: { value: number | null, suppressed: boolean }, peers: Array<{ value: number | null, suppressed: boolean }> }> } };

export type KpiCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiCatalogueQuery = { kpiCatalog: Array<{ code: string, paragraph: string, unit: KpiUnit, target: number | null, direction: KpiDirection, dimensions: Array<KpiDimension>, ownerPlugin: KpiOwnerPlugin, readers: Array<Role>, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, formula: { kk: string, ru: string, en: string } }> };

export type KpiDrillDownQueryVariables = Exact<{
  code: string;
  filter?: KpiFilterInput | null | undefined;
}>;


export type KpiDrillDownQuery = { kpiDrillDown: { code: string, whole: { code: string, value: number | null, target: number | null, met: boolean | null, suppressed: boolean, title: { kk: string, ru: string, en: string }, note: { kk: string, ru: string, en: string } | null }, units: Array<{ hasChildren: boolean, name: { kk: string, ru: string, en: string }, orgUnit: { id: string, name: string }, value: { code: string, value: number | null, target: number | null, met: boolean | null, suppressed: boolean, title: { kk: string, ru: string, en: string }, note: { kk: string, ru: string, en: string } | null } }> } };

export type KpiRecordsQueryVariables = Exact<{
  code: string;
  filter?: KpiFilterInput | null | undefined;
  page?: KpiRecordsPageInput | null | undefined;
}>;


export type KpiRecordsQuery = { kpiRecords: { code: string, total: number, columns: Array<{ key: string, kind: KpiRecordColumnKind, title: { kk: string, ru: string, en: string } }>, rows: Array<{ id: string, label: string, cells: Array<{ key: string, value: string | null, text: { kk: string, ru: string, en: string } | null }> }> } };

export type KpiViewFieldsFragment = { id: string, title: string, version: number, canEdit: boolean, canSignOff: boolean, updatedAt: string, owner: { id: string, fullName: string }, filters: { organization: { id: string, name: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } | null, period: { kind: KpiPeriodKind, year: number | null, part: number | null, from: string, to: string, key: string } }, widgets: Array<{ id: string, kind: KpiWidgetKind, codes: Array<string>, split: KpiWidgetSplit | null, x: number, y: number, w: number, h: number, amberMargin: number | null }>, shares: { roles: Array<string>, people: Array<{ id: string, fullName: string }> } | null, schedule: { frequency: KpiScheduleFrequency, recipients: Array<{ id: string, fullName: string }> } | null, signOffs: Array<{ periodKey: string, signedAt: string, viewVersion: number, signedBy: { id: string, fullName: string } }> };

export type KpiFigureValueFragment = { code: string, value: number | null, target: number | null, met: boolean | null, suppressed: boolean, title: { kk: string, ru: string, en: string }, note: { kk: string, ru: string, en: string } | null };

export type KpiWidgetCommentFieldsFragment = { widgetId: string, periodKey: string, text: string, updatedAt: string, author: { id: string, fullName: string } };

export type SaveKpiViewMutationVariables = Exact<{
  input: KpiViewInput;
}>;


export type SaveKpiViewMutation = { saveKpiView: { id: string, title: string, version: number, canEdit: boolean, canSignOff: boolean, updatedAt: string, owner: { id: string, fullName: string }, filters: { organization: { id: string, name: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } | null, period: { kind: KpiPeriodKind, year: number | null, part: number | null, from: string, to: string, key: string } }, widgets: Array<{ id: string, kind: KpiWidgetKind, codes: Array<string>, split: KpiWidgetSplit | null, x: number, y: number, w: number, h: number, amberMargin: number | null }>, shares: { roles: Array<string>, people: Array<{ id: string, fullName: string }> } | null, schedule: { frequency: KpiScheduleFrequency, recipients: Array<{ id: string, fullName: string }> } | null, signOffs: Array<{ periodKey: string, signedAt: string, viewVersion: number, signedBy: { id: string, fullName: string } }> } };

export type CreateKpiViewMutationVariables = Exact<{
  input: KpiViewInput;
}>;


export type CreateKpiViewMutation = { saveKpiView: { id: string } };

export type DuplicateKpiViewMutationVariables = Exact<{
  id: string;
}>;


export type DuplicateKpiViewMutation = { duplicateKpiView: { id: string } };

export type DeleteKpiViewMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteKpiViewMutation = { deleteKpiView: boolean };

export type ShareKpiViewMutationVariables = Exact<{
  id: string;
  input: KpiViewShareInput;
}>;


export type ShareKpiViewMutation = { shareKpiView: { id: string, title: string, version: number, canEdit: boolean, canSignOff: boolean, updatedAt: string, owner: { id: string, fullName: string }, filters: { organization: { id: string, name: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } | null, period: { kind: KpiPeriodKind, year: number | null, part: number | null, from: string, to: string, key: string } }, widgets: Array<{ id: string, kind: KpiWidgetKind, codes: Array<string>, split: KpiWidgetSplit | null, x: number, y: number, w: number, h: number, amberMargin: number | null }>, shares: { roles: Array<string>, people: Array<{ id: string, fullName: string }> } | null, schedule: { frequency: KpiScheduleFrequency, recipients: Array<{ id: string, fullName: string }> } | null, signOffs: Array<{ periodKey: string, signedAt: string, viewVersion: number, signedBy: { id: string, fullName: string } }> } };

export type CommentKpiWidgetMutationVariables = Exact<{
  viewId: string;
  widgetId: string;
  periodKey: string;
  text: string;
}>;


export type CommentKpiWidgetMutation = { commentKpiWidget: { id: string, version: number } };

export type SignOffKpiViewMutationVariables = Exact<{
  id: string;
  periodKey: string;
  version: number;
}>;


export type SignOffKpiViewMutation = { signOffKpiView: { id: string, title: string, version: number, canEdit: boolean, canSignOff: boolean, updatedAt: string, owner: { id: string, fullName: string }, filters: { organization: { id: string, name: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } | null, period: { kind: KpiPeriodKind, year: number | null, part: number | null, from: string, to: string, key: string } }, widgets: Array<{ id: string, kind: KpiWidgetKind, codes: Array<string>, split: KpiWidgetSplit | null, x: number, y: number, w: number, h: number, amberMargin: number | null }>, shares: { roles: Array<string>, people: Array<{ id: string, fullName: string }> } | null, schedule: { frequency: KpiScheduleFrequency, recipients: Array<{ id: string, fullName: string }> } | null, signOffs: Array<{ periodKey: string, signedAt: string, viewVersion: number, signedBy: { id: string, fullName: string } }> } };

export type ExportKpiViewMutationVariables = Exact<{
  id: string;
  format: KpiExportFormat;
  filters?: KpiViewFiltersInput | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type ExportKpiViewMutation = { exportKpiView: { fileName: string, contentType: string, content: string } };

export type KpiViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiViewsQuery = { kpiViews: Array<{ id: string, title: string, sharedWithMe: boolean, widgetCount: number, updatedAt: string, owner: { id: string, fullName: string } }> };

export type KpiViewQueryVariables = Exact<{
  id: string;
}>;


export type KpiViewQuery = { kpiView: { id: string, title: string, version: number, canEdit: boolean, canSignOff: boolean, updatedAt: string, owner: { id: string, fullName: string }, filters: { organization: { id: string, name: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } | null, period: { kind: KpiPeriodKind, year: number | null, part: number | null, from: string, to: string, key: string } }, widgets: Array<{ id: string, kind: KpiWidgetKind, codes: Array<string>, split: KpiWidgetSplit | null, x: number, y: number, w: number, h: number, amberMargin: number | null }>, shares: { roles: Array<string>, people: Array<{ id: string, fullName: string }> } | null, schedule: { frequency: KpiScheduleFrequency, recipients: Array<{ id: string, fullName: string }> } | null, signOffs: Array<{ periodKey: string, signedAt: string, viewVersion: number, signedBy: { id: string, fullName: string } }> } };

export type KpiCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiCatalogQuery = { kpiCatalog: Array<{ code: string, context: string, recordsReadable: boolean, granularity: KpiGranularity, dimensions: Array<KpiDimension>, direction: KpiDirection, paragraph: string, target: number | null, unit: KpiUnit, title: { kk: string, ru: string, en: string } }> };

export type KpiViewOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiViewOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: string, names: { kk: string, ru: string, en: string }, parent: { id: string } | null }> };

export type KpiOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiOrganizationsQuery = { kpiOrganizations: Array<{ id: string, own: boolean, name: { kk: string, ru: string, en: string } }> };

export type KpiViewFiguresQueryVariables = Exact<{
  id: string;
  filters?: KpiViewFiltersInput | null | undefined;
}>;


export type KpiViewFiguresQuery = { kpiViewFigures: { periodKey: string, from: string, to: string, frozen: boolean, signOff: { periodKey: string, signedAt: string, viewVersion: number, signedBy: { id: string, fullName: string } } | null, widgets: Array<{ widgetId: string, refused: boolean, values: Array<{ code: string, value: number | null, target: number | null, met: boolean | null, suppressed: boolean, title: { kk: string, ru: string, en: string }, note: { kk: string, ru: string, en: string } | null }>, series: Array<{ periodKey: string, from: string, to: string, values: Array<{ code: string, value: number | null, target: number | null, met: boolean | null, suppressed: boolean, title: { kk: string, ru: string, en: string }, note: { kk: string, ru: string, en: string } | null }> }>, bars: Array<{ orgUnitId: string | null, organizationId: string | null, label: { kk: string, ru: string, en: string }, values: Array<{ code: string, value: number | null, target: number | null, met: boolean | null, suppressed: boolean, title: { kk: string, ru: string, en: string }, note: { kk: string, ru: string, en: string } | null }> }>, heatMap: { register: RiskRegister, asOf: string, compareWith: string | null, scale: number, cells: Array<{ likelihood: number, impact: number, score: number, level: RiskLevel, risks: Array<{ id: string, code: string, processOrDocument: string, probability: number, frequency: number, impact: number, level: RiskLevel }> }>, movements: Array<{ id: string, code: string, processOrDocument: string, direction: RiskMovementDirection, from: { likelihood: number, impact: number } | null, to: { likelihood: number, impact: number } | null }> } | null, comment: { widgetId: string, periodKey: string, text: string, updatedAt: string, author: { id: string, fullName: string } } | null }> } };

export type MitigationMeasureFieldsFragment = { id: string, measure: string, deadline: string, completionForm: string, status: MitigationMeasureStatus, progressNote: string | null, evidenceLink: string | null, evidenceNote: string | null, doneOn: string | null, linkedKpi: string | null, overdue: boolean, risk: { id: string, number: number, register: MitigationRiskRegister, processOrDocument: string, level: MitigationRiskLevel }, executor: { id: string, fullName: string } };

export type CreateMitigationPlanMutationVariables = Exact<{
  year: number;
}>;


export type CreateMitigationPlanMutation = { createMitigationPlan: { id: string } };

export type ApproveMitigationPlanMutationVariables = Exact<{
  id: string;
}>;


export type ApproveMitigationPlanMutation = { approveMitigationPlan: { id: string } };

export type PublishMitigationPlanMutationVariables = Exact<{
  id: string;
  controlledBy?: string | null | undefined;
}>;


export type PublishMitigationPlanMutation = { publishMitigationPlan: { id: string } };

export type AddMitigationMeasureMutationVariables = Exact<{
  input: MitigationMeasureInput;
}>;


export type AddMitigationMeasureMutation = { addMitigationMeasure: { id: string } };

export type UpdateMitigationMeasureMutationVariables = Exact<{
  input: MitigationMeasureUpdateInput;
}>;


export type UpdateMitigationMeasureMutation = { updateMitigationMeasure: { id: string } };

export type ReportMitigationMeasureMutationVariables = Exact<{
  input: MitigationMeasureReportInput;
}>;


export type ReportMitigationMeasureMutation = { reportMitigationMeasure: { id: string } };

export type MitigationPlanQueryVariables = Exact<{
  year: number;
}>;


export type MitigationPlanQuery = { mitigationPlan: { id: string, year: number, status: MitigationPlanStatus, approvalRequired: boolean, approvedAt: string | null, controlledBy: string | null, publishedAt: string | null, awaitingRescore: Array<string>, actions: Array<MitigationPlanAction>, approvedBy: { id: string, fullName: string } | null, measures: Array<{ id: string, measure: string, deadline: string, completionForm: string, status: MitigationMeasureStatus, progressNote: string | null, evidenceLink: string | null, evidenceNote: string | null, doneOn: string | null, linkedKpi: string | null, overdue: boolean, risk: { id: string, number: number, register: MitigationRiskRegister, processOrDocument: string, level: MitigationRiskLevel }, executor: { id: string, fullName: string } }> } | null, publishableRisks: Array<{ id: string, number: number, processOrDocument: string, level: MitigationRiskLevel }> };

export type RiskFieldsFragment = { id: string, number: number, code: string, register: RiskRegister, processOrDocument: string, scheme: string, probability: number, frequency: number, impact: number, level: RiskLevel, source: RiskSource, sourceKind: string | null, sourceReference: string | null, confidentiality: RiskConfidentiality, procurement: boolean, lastReviewedOn: string | null, status: RiskStatus, version: number, positions: Array<{ id: string, titles: { kk: string, ru: string, en: string } }> };

export type RiskChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskChoicesQuery = { riskScale: { size: number }, riskPositionChoices: Array<{ id: string, title: string, exposed: boolean, titles: { kk: string, ru: string, en: string } }>, riskRemapping: { lastIdentifiedOn: string | null, identificationDueOn: string | null, identificationOverdue: boolean, openTriggers: Array<{ id: string, kind: RiskTriggerKind, note: string, occurredOn: string }> } };

export type RiskHeatMapQueryVariables = Exact<{
  register: RiskRegister;
  asOf: string;
  compareWith?: string | null | undefined;
}>;


export type RiskHeatMapQuery = { riskHeatMap: { register: RiskRegister, asOf: string, compareWith: string | null, scale: number, cells: Array<{ likelihood: number, impact: number, score: number, level: RiskLevel, risks: Array<{ id: string, code: string, processOrDocument: string, probability: number, frequency: number, impact: number, level: RiskLevel }> }>, movements: Array<{ id: string, code: string, processOrDocument: string, direction: RiskMovementDirection, from: { likelihood: number, impact: number } | null, to: { likelihood: number, impact: number } | null }> } };

export type RiskProposalQueryVariables = Exact<{
  sourceKind: RiskSourceKind;
  sourceId: string;
}>;


export type RiskProposalQuery = { riskProposal: { register: RiskRegister, positionIds: Array<string>, source: RiskSource, sourceKind: RiskSourceKind, sourceId: string, sourceReference: string, processOrDocument: { kk: string, ru: string, en: string }, scheme: { kk: string, ru: string, en: string } } };

export type RecordRiskTriggerMutationVariables = Exact<{
  kind: RiskTriggerKind;
  note: string;
  occurredOn: string;
}>;


export type RecordRiskTriggerMutation = { recordRiskTrigger: { id: string } };

export type CompleteRiskRemappingMutationVariables = Exact<{
  triggerId?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type CompleteRiskRemappingMutation = { completeRiskRemapping: { lastIdentifiedOn: string | null, identificationDueOn: string | null, identificationOverdue: boolean, openTriggers: Array<{ id: string, kind: RiskTriggerKind, note: string, occurredOn: string }> } };

export type RisksQueryVariables = Exact<{
  filter?: RiskFilter | null | undefined;
}>;


export type RisksQuery = { risks: { total: number, rows: Array<{ id: string, number: number, code: string, register: RiskRegister, processOrDocument: string, scheme: string, probability: number, frequency: number, impact: number, level: RiskLevel, source: RiskSource, sourceKind: string | null, sourceReference: string | null, confidentiality: RiskConfidentiality, procurement: boolean, lastReviewedOn: string | null, status: RiskStatus, version: number, positions: Array<{ id: string, titles: { kk: string, ru: string, en: string } }> }> } };

export type ComplianceProcessFieldsFragment = { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null };

export type SelfAssessmentFieldsFragment = { quarter: string, reviewedQuarter: string, reviewedFrom: string, reviewedTo: string, drawn: boolean, drawnAt: string | null, eligibleCount: number, drawable: boolean, drawnBy: { id: string, fullName: string } | null, processes: Array<{ id: string, process: { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null }, findings: Array<{ id: string, text: string, severity: SelfAssessmentFindingSeverity, recordedAt: string, latestDueOn: string, recordedBy: { id: string, fullName: string }, items: Array<{ id: string, action: string, dueOn: string, status: ImprovementItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, responsible: { id: string, fullName: string } }> }> }> };

export type DrawSelfAssessmentMutationVariables = Exact<{
  quarter: string;
}>;


export type DrawSelfAssessmentMutation = { drawSelfAssessment: { quarter: string, reviewedQuarter: string, reviewedFrom: string, reviewedTo: string, drawn: boolean, drawnAt: string | null, eligibleCount: number, drawable: boolean, drawnBy: { id: string, fullName: string } | null, processes: Array<{ id: string, process: { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null }, findings: Array<{ id: string, text: string, severity: SelfAssessmentFindingSeverity, recordedAt: string, latestDueOn: string, recordedBy: { id: string, fullName: string }, items: Array<{ id: string, action: string, dueOn: string, status: ImprovementItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, responsible: { id: string, fullName: string } }> }> }> } };

export type RecordSelfAssessmentFindingMutationVariables = Exact<{
  input: SelfAssessmentFindingInput;
}>;


export type RecordSelfAssessmentFindingMutation = { recordSelfAssessmentFinding: { quarter: string, reviewedQuarter: string, reviewedFrom: string, reviewedTo: string, drawn: boolean, drawnAt: string | null, eligibleCount: number, drawable: boolean, drawnBy: { id: string, fullName: string } | null, processes: Array<{ id: string, process: { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null }, findings: Array<{ id: string, text: string, severity: SelfAssessmentFindingSeverity, recordedAt: string, latestDueOn: string, recordedBy: { id: string, fullName: string }, items: Array<{ id: string, action: string, dueOn: string, status: ImprovementItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, responsible: { id: string, fullName: string } }> }> }> } };

export type AddImprovementItemMutationVariables = Exact<{
  input: ImprovementItemInput;
}>;


export type AddImprovementItemMutation = { addImprovementItem: { quarter: string, reviewedQuarter: string, reviewedFrom: string, reviewedTo: string, drawn: boolean, drawnAt: string | null, eligibleCount: number, drawable: boolean, drawnBy: { id: string, fullName: string } | null, processes: Array<{ id: string, process: { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null }, findings: Array<{ id: string, text: string, severity: SelfAssessmentFindingSeverity, recordedAt: string, latestDueOn: string, recordedBy: { id: string, fullName: string }, items: Array<{ id: string, action: string, dueOn: string, status: ImprovementItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, responsible: { id: string, fullName: string } }> }> }> } };

export type CompleteImprovementItemMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type CompleteImprovementItemMutation = { completeImprovementItem: { quarter: string, reviewedQuarter: string, reviewedFrom: string, reviewedTo: string, drawn: boolean, drawnAt: string | null, eligibleCount: number, drawable: boolean, drawnBy: { id: string, fullName: string } | null, processes: Array<{ id: string, process: { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null }, findings: Array<{ id: string, text: string, severity: SelfAssessmentFindingSeverity, recordedAt: string, latestDueOn: string, recordedBy: { id: string, fullName: string }, items: Array<{ id: string, action: string, dueOn: string, status: ImprovementItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, responsible: { id: string, fullName: string } }> }> }> } };

export type SelfAssessmentQueryVariables = Exact<{
  quarter: string;
  reviewed: string;
}>;


export type SelfAssessmentQuery = { selfAssessment: { quarter: string, reviewedQuarter: string, reviewedFrom: string, reviewedTo: string, drawn: boolean, drawnAt: string | null, eligibleCount: number, drawable: boolean, drawnBy: { id: string, fullName: string } | null, processes: Array<{ id: string, process: { id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null }, findings: Array<{ id: string, text: string, severity: SelfAssessmentFindingSeverity, recordedAt: string, latestDueOn: string, recordedBy: { id: string, fullName: string }, items: Array<{ id: string, action: string, dueOn: string, status: ImprovementItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, responsible: { id: string, fullName: string } }> }> }> }, internalAuditCoverage: { quarter: string, processIds: Array<string>, fixed: boolean }, complianceProcesses: Array<{ id: string, name: string, activeFrom: string, activeTo: string | null, archived: boolean, names: { kk: string, ru: string, en: string }, translations: { kk: string | null, ru: string | null, en: string | null }, ownerUnit: { id: string, name: { kk: string, ru: string, en: string } } | null }> };

export type UpsertRiskMutationVariables = Exact<{
  input: RiskInput;
}>;


export type UpsertRiskMutation = { upsertRisk: { id: string, number: number, code: string, register: RiskRegister, processOrDocument: string, scheme: string, probability: number, frequency: number, impact: number, level: RiskLevel, source: RiskSource, sourceKind: string | null, sourceReference: string | null, confidentiality: RiskConfidentiality, procurement: boolean, lastReviewedOn: string | null, status: RiskStatus, version: number, positions: Array<{ id: string, titles: { kk: string, ru: string, en: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProgrammeItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgrammeItemFields on ProgrammeItem {
  id
  direction
  title
  owner {
    id
    fullName
  }
  dueOn
  status
  progressNote
  evidenceLink
  evidenceNote
  doneOn
  cancelReason
  fromAspect
  version
  overdue
  canReport
}
    `, {"fragmentName":"ProgrammeItemFields"}) as unknown as TypedDocumentString<ProgrammeItemFieldsFragment, unknown>;
export const BoardReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoardReportFields on BoardReport {
  id
  year
  period
  status
  statusAndPlans
  highRiskIssues
  processResults
  resourceAssessment
  resourceReason
  resourceRequests
  resourceRequestNote
  submittedAt
  submittedBy {
    id
    fullName
  }
  readByMe
  figures {
    takenAt
    kpis {
      code
      title {
        kk
        ru
        en
      }
      paragraph
      unit
      value
      target
      met
    }
    openRisks {
      low
      medium
      high
      critical
    }
    measures {
      total
      done
      overdue
    }
    responsiblePeople
    minResponsiblePeople
  }
}
    `, {"fragmentName":"BoardReportFields"}) as unknown as TypedDocumentString<BoardReportFieldsFragment, unknown>;
export const StandardAdoptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment StandardAdoptionFields on StandardAdoption {
  id
  actNumber
  adoptedOn
  approvedBy
  approverName
  approverBody
  documentUrl
  note
  publishedWhere
  publishedUrl
  publishedOn
  supersededAt
}
    `, {"fragmentName":"StandardAdoptionFields"}) as unknown as TypedDocumentString<StandardAdoptionFieldsFragment, unknown>;
export const AntiCorruptionStandardFieldsFragmentDoc = new TypedDocumentString(`
    fragment AntiCorruptionStandardFields on AntiCorruptionStandard {
  current {
    ...StandardAdoptionFields
  }
  history {
    ...StandardAdoptionFields
  }
  warnings
}
    fragment StandardAdoptionFields on StandardAdoption {
  id
  actNumber
  adoptedOn
  approvedBy
  approverName
  approverBody
  documentUrl
  note
  publishedWhere
  publishedUrl
  publishedOn
  supersededAt
}`, {"fragmentName":"AntiCorruptionStandardFields"}) as unknown as TypedDocumentString<AntiCorruptionStandardFieldsFragment, unknown>;
export const ComplianceServiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplianceServiceFields on ComplianceService {
  appointedBy
  appointingBodyName
  noIndependentBody
  appointedOn
  actNumber
  termUntil
  pay
  paymentTerms
  combinedFunctions
  coiCheckedOn
  coiOutcome
  reportsTo
  members {
    id
    fullName
    role
  }
  responsiblePeople {
    id
    fullName
  }
  sizing {
    process
    automation
    note
  }
  sizingNote
  warnings {
    code
    paragraph
  }
}
    `, {"fragmentName":"ComplianceServiceFields"}) as unknown as TypedDocumentString<ComplianceServiceFieldsFragment, unknown>;
export const ProgrammeChecklistFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgrammeChecklistFields on ProgrammeChecklist {
  items {
    code
    kind
    paragraph
    status
    documentName
    documentNumber
    documentDate
    documentUrl
    owner {
      id
      fullName
    }
  }
  policiesAdopted
  policiesTotal
  controlsAdopted
  controlsTotal
}
    `, {"fragmentName":"ProgrammeChecklistFields"}) as unknown as TypedDocumentString<ProgrammeChecklistFieldsFragment, unknown>;
export const KpiViewFieldsFragmentDoc = new TypedDocumentString(`
    fragment KpiViewFields on KpiView {
  id
  title
  version
  owner {
    id
    fullName
  }
  canEdit
  canSignOff
  filters {
    organization {
      id
      name {
        kk
        ru
        en
      }
    }
    orgUnit {
      id
      name
      names {
        kk
        ru
        en
      }
    }
    period {
      kind
      year
      part
      from
      to
      key
    }
  }
  widgets {
    id
    kind
    codes
    split
    x
    y
    w
    h
    amberMargin
  }
  shares {
    roles
    people {
      id
      fullName
    }
  }
  schedule {
    frequency
    recipients {
      id
      fullName
    }
  }
  signOffs {
    periodKey
    signedBy {
      id
      fullName
    }
    signedAt
    viewVersion
  }
  updatedAt
}
    `, {"fragmentName":"KpiViewFields"}) as unknown as TypedDocumentString<KpiViewFieldsFragment, unknown>;
export const KpiFigureValueFragmentDoc = new TypedDocumentString(`
    fragment KpiFigureValue on KpiValue {
  code
  value
  target
  met
  suppressed
  title {
    kk
    ru
    en
  }
  note {
    kk
    ru
    en
  }
}
    `, {"fragmentName":"KpiFigureValue"}) as unknown as TypedDocumentString<KpiFigureValueFragment, unknown>;
export const KpiWidgetCommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment KpiWidgetCommentFields on KpiWidgetComment {
  widgetId
  periodKey
  text
  author {
    id
    fullName
  }
  updatedAt
}
    `, {"fragmentName":"KpiWidgetCommentFields"}) as unknown as TypedDocumentString<KpiWidgetCommentFieldsFragment, unknown>;
export const MitigationMeasureFieldsFragmentDoc = new TypedDocumentString(`
    fragment MitigationMeasureFields on MitigationMeasure {
  id
  risk {
    id
    number
    register
    processOrDocument
    level
  }
  measure
  executor {
    id
    fullName
  }
  deadline
  completionForm
  status
  progressNote
  evidenceLink
  evidenceNote
  doneOn
  linkedKpi
  overdue
}
    `, {"fragmentName":"MitigationMeasureFields"}) as unknown as TypedDocumentString<MitigationMeasureFieldsFragment, unknown>;
export const RiskFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskFields on Risk {
  id
  number
  code
  register
  processOrDocument
  scheme
  positions {
    id
    titles {
      kk
      ru
      en
    }
  }
  probability
  frequency
  impact
  level
  source
  sourceKind
  sourceReference
  confidentiality
  procurement
  lastReviewedOn
  status
  version
}
    `, {"fragmentName":"RiskFields"}) as unknown as TypedDocumentString<RiskFieldsFragment, unknown>;
export const ComplianceProcessFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}
    `, {"fragmentName":"ComplianceProcessFields"}) as unknown as TypedDocumentString<ComplianceProcessFieldsFragment, unknown>;
export const SelfAssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment SelfAssessmentFields on SelfAssessment {
  quarter
  reviewedQuarter
  reviewedFrom
  reviewedTo
  drawn
  drawnAt
  drawnBy {
    id
    fullName
  }
  eligibleCount
  drawable
  processes {
    id
    process {
      ...ComplianceProcessFields
    }
    findings {
      id
      text
      severity
      recordedAt
      recordedBy {
        id
        fullName
      }
      latestDueOn
      items {
        id
        action
        responsible {
          id
          fullName
        }
        dueOn
        status
        overdue
        completedOn
        completionNote
      }
    }
  }
}
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}`, {"fragmentName":"SelfAssessmentFields"}) as unknown as TypedDocumentString<SelfAssessmentFieldsFragment, unknown>;
export const CreateComplianceProgrammeDocument = new TypedDocumentString(`
    mutation CreateComplianceProgramme($year: Int!) {
  createComplianceProgramme(year: $year) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateComplianceProgrammeMutation, CreateComplianceProgrammeMutationVariables>;
export const AddProgrammeItemDocument = new TypedDocumentString(`
    mutation AddProgrammeItem($input: ProgrammeItemInput!) {
  addProgrammeItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddProgrammeItemMutation, AddProgrammeItemMutationVariables>;
export const UpdateProgrammeItemDocument = new TypedDocumentString(`
    mutation UpdateProgrammeItem($input: ProgrammeItemUpdateInput!) {
  updateProgrammeItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProgrammeItemMutation, UpdateProgrammeItemMutationVariables>;
export const ReportProgrammeItemDocument = new TypedDocumentString(`
    mutation ReportProgrammeItem($input: ProgrammeItemReportInput!) {
  reportProgrammeItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportProgrammeItemMutation, ReportProgrammeItemMutationVariables>;
export const RecordProgrammePresentationDocument = new TypedDocumentString(`
    mutation RecordProgrammePresentation($input: ProgrammePresentationInput!) {
  recordProgrammePresentation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordProgrammePresentationMutation, RecordProgrammePresentationMutationVariables>;
export const StartInitialAssessmentDocument = new TypedDocumentString(`
    mutation StartInitialAssessment($year: Int!) {
  startInitialAssessment(year: $year) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartInitialAssessmentMutation, StartInitialAssessmentMutationVariables>;
export const SaveAssessmentAnswerDocument = new TypedDocumentString(`
    mutation SaveAssessmentAnswer($input: AssessmentAnswerInput!) {
  saveAssessmentAnswer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveAssessmentAnswerMutation, SaveAssessmentAnswerMutationVariables>;
export const CompleteInitialAssessmentDocument = new TypedDocumentString(`
    mutation CompleteInitialAssessment($id: ID!) {
  completeInitialAssessment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompleteInitialAssessmentMutation, CompleteInitialAssessmentMutationVariables>;
export const RiskFromAssessmentFindingDocument = new TypedDocumentString(`
    mutation RiskFromAssessmentFinding($input: AssessmentFindingRiskInput!) {
  riskFromAssessmentFinding(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<RiskFromAssessmentFindingMutation, RiskFromAssessmentFindingMutationVariables>;
export const AnnualProgrammeDocument = new TypedDocumentString(`
    query AnnualProgramme($year: Int!) {
  complianceProgramme(year: $year) {
    id
    year
    canEdit
    presentedToManagement
    presentedToAllStaff
    items {
      ...ProgrammeItemFields
    }
    presentations {
      id
      presentedOn
      audience
      note
      invitedCount
      presentCount
      present {
        id
        fullName
      }
    }
  }
}
    fragment ProgrammeItemFields on ProgrammeItem {
  id
  direction
  title
  owner {
    id
    fullName
  }
  dueOn
  status
  progressNote
  evidenceLink
  evidenceNote
  doneOn
  cancelReason
  fromAspect
  version
  overdue
  canReport
}`) as unknown as TypedDocumentString<AnnualProgrammeQuery, AnnualProgrammeQueryVariables>;
export const MyProgrammeItemsDocument = new TypedDocumentString(`
    query MyProgrammeItems($year: Int!) {
  myProgrammeItems(year: $year) {
    ...ProgrammeItemFields
  }
}
    fragment ProgrammeItemFields on ProgrammeItem {
  id
  direction
  title
  owner {
    id
    fullName
  }
  dueOn
  status
  progressNote
  evidenceLink
  evidenceNote
  doneOn
  cancelReason
  fromAspect
  version
  overdue
  canReport
}`) as unknown as TypedDocumentString<MyProgrammeItemsQuery, MyProgrammeItemsQueryVariables>;
export const InitialAssessmentDocument = new TypedDocumentString(`
    query InitialAssessment($year: Int!) {
  initialAssessment(year: $year) {
    id
    year
    status
    canEdit
    missingAspects
    answers {
      id
      aspect
      rating
      finding
      riskNumbers
      auditReports {
        title
        date
        link
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InitialAssessmentQuery, InitialAssessmentQueryVariables>;
export const CreateBoardReportDocument = new TypedDocumentString(`
    mutation CreateBoardReport($year: Int!, $period: BoardReportPeriod!) {
  createBoardReport(year: $year, period: $period) {
    ...BoardReportFields
  }
}
    fragment BoardReportFields on BoardReport {
  id
  year
  period
  status
  statusAndPlans
  highRiskIssues
  processResults
  resourceAssessment
  resourceReason
  resourceRequests
  resourceRequestNote
  submittedAt
  submittedBy {
    id
    fullName
  }
  readByMe
  figures {
    takenAt
    kpis {
      code
      title {
        kk
        ru
        en
      }
      paragraph
      unit
      value
      target
      met
    }
    openRisks {
      low
      medium
      high
      critical
    }
    measures {
      total
      done
      overdue
    }
    responsiblePeople
    minResponsiblePeople
  }
}`) as unknown as TypedDocumentString<CreateBoardReportMutation, CreateBoardReportMutationVariables>;
export const UpdateBoardReportDocument = new TypedDocumentString(`
    mutation UpdateBoardReport($input: BoardReportInput!) {
  updateBoardReport(input: $input) {
    ...BoardReportFields
  }
}
    fragment BoardReportFields on BoardReport {
  id
  year
  period
  status
  statusAndPlans
  highRiskIssues
  processResults
  resourceAssessment
  resourceReason
  resourceRequests
  resourceRequestNote
  submittedAt
  submittedBy {
    id
    fullName
  }
  readByMe
  figures {
    takenAt
    kpis {
      code
      title {
        kk
        ru
        en
      }
      paragraph
      unit
      value
      target
      met
    }
    openRisks {
      low
      medium
      high
      critical
    }
    measures {
      total
      done
      overdue
    }
    responsiblePeople
    minResponsiblePeople
  }
}`) as unknown as TypedDocumentString<UpdateBoardReportMutation, UpdateBoardReportMutationVariables>;
export const SubmitBoardReportDocument = new TypedDocumentString(`
    mutation SubmitBoardReport($id: ID!) {
  submitBoardReport(id: $id) {
    ...BoardReportFields
  }
}
    fragment BoardReportFields on BoardReport {
  id
  year
  period
  status
  statusAndPlans
  highRiskIssues
  processResults
  resourceAssessment
  resourceReason
  resourceRequests
  resourceRequestNote
  submittedAt
  submittedBy {
    id
    fullName
  }
  readByMe
  figures {
    takenAt
    kpis {
      code
      title {
        kk
        ru
        en
      }
      paragraph
      unit
      value
      target
      met
    }
    openRisks {
      low
      medium
      high
      critical
    }
    measures {
      total
      done
      overdue
    }
    responsiblePeople
    minResponsiblePeople
  }
}`) as unknown as TypedDocumentString<SubmitBoardReportMutation, SubmitBoardReportMutationVariables>;
export const MarkBoardReportReadDocument = new TypedDocumentString(`
    mutation MarkBoardReportRead($id: ID!) {
  markBoardReportRead(id: $id) {
    id
    readByMe
  }
}
    `) as unknown as TypedDocumentString<MarkBoardReportReadMutation, MarkBoardReportReadMutationVariables>;
export const CreateManagementPlanDocument = new TypedDocumentString(`
    mutation CreateManagementPlan($year: Int!, $memberIds: [ID!]!) {
  createManagementPlan(year: $year, memberIds: $memberIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateManagementPlanMutation, CreateManagementPlanMutationVariables>;
export const AddManagementActivityDocument = new TypedDocumentString(`
    mutation AddManagementActivity($input: ManagementActivityInput!) {
  addManagementActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddManagementActivityMutation, AddManagementActivityMutationVariables>;
export const RecordManagementParticipationDocument = new TypedDocumentString(`
    mutation RecordManagementParticipation($activityId: ID!, $participatedOn: String) {
  recordManagementParticipation(
    activityId: $activityId
    participatedOn: $participatedOn
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordManagementParticipationMutation, RecordManagementParticipationMutationVariables>;
export const BoardPageDocument = new TypedDocumentString(`
    query BoardPage {
  boardReports {
    id
    year
    period
    status
    resourceAssessment
    submittedAt
    submittedBy {
      id
      fullName
    }
    readByMe
  }
  managementPlans {
    id
    year
    members {
      id
      fullName
      tookPart
      activities {
        id
        title
        kind
        plannedOn
        participatedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardPageQuery, BoardPageQueryVariables>;
export const BoardReportDocument = new TypedDocumentString(`
    query BoardReport($id: ID!) {
  boardReport(id: $id) {
    ...BoardReportFields
  }
}
    fragment BoardReportFields on BoardReport {
  id
  year
  period
  status
  statusAndPlans
  highRiskIssues
  processResults
  resourceAssessment
  resourceReason
  resourceRequests
  resourceRequestNote
  submittedAt
  submittedBy {
    id
    fullName
  }
  readByMe
  figures {
    takenAt
    kpis {
      code
      title {
        kk
        ru
        en
      }
      paragraph
      unit
      value
      target
      met
    }
    openRisks {
      low
      medium
      high
      critical
    }
    measures {
      total
      done
      overdue
    }
    responsiblePeople
    minResponsiblePeople
  }
}`) as unknown as TypedDocumentString<BoardReportQuery, BoardReportQueryVariables>;
export const SaveComplianceProcessDocument = new TypedDocumentString(`
    mutation SaveComplianceProcess($input: ComplianceProcessInput!) {
  saveComplianceProcess(input: $input) {
    ...ComplianceProcessFields
  }
}
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}`) as unknown as TypedDocumentString<SaveComplianceProcessMutation, SaveComplianceProcessMutationVariables>;
export const ArchiveComplianceProcessDocument = new TypedDocumentString(`
    mutation ArchiveComplianceProcess($id: ID!) {
  archiveComplianceProcess(id: $id) {
    ...ComplianceProcessFields
  }
}
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}`) as unknown as TypedDocumentString<ArchiveComplianceProcessMutation, ArchiveComplianceProcessMutationVariables>;
export const RecordInternalAuditCoverageDocument = new TypedDocumentString(`
    mutation RecordInternalAuditCoverage($input: InternalAuditCoverageInput!) {
  recordInternalAuditCoverage(input: $input) {
    quarter
    processIds
    fixed
  }
}
    `) as unknown as TypedDocumentString<RecordInternalAuditCoverageMutation, RecordInternalAuditCoverageMutationVariables>;
export const RecordAntiCorruptionStandardDocument = new TypedDocumentString(`
    mutation RecordAntiCorruptionStandard($input: StandardAdoptionInput!) {
  recordAntiCorruptionStandard(input: $input) {
    ...AntiCorruptionStandardFields
  }
}
    fragment StandardAdoptionFields on StandardAdoption {
  id
  actNumber
  adoptedOn
  approvedBy
  approverName
  approverBody
  documentUrl
  note
  publishedWhere
  publishedUrl
  publishedOn
  supersededAt
}
fragment AntiCorruptionStandardFields on AntiCorruptionStandard {
  current {
    ...StandardAdoptionFields
  }
  history {
    ...StandardAdoptionFields
  }
  warnings
}`) as unknown as TypedDocumentString<RecordAntiCorruptionStandardMutation, RecordAntiCorruptionStandardMutationVariables>;
export const RecordStandardPublicationDocument = new TypedDocumentString(`
    mutation RecordStandardPublication($input: StandardPublicationInput!) {
  recordStandardPublication(input: $input) {
    ...AntiCorruptionStandardFields
  }
}
    fragment StandardAdoptionFields on StandardAdoption {
  id
  actNumber
  adoptedOn
  approvedBy
  approverName
  approverBody
  documentUrl
  note
  publishedWhere
  publishedUrl
  publishedOn
  supersededAt
}
fragment AntiCorruptionStandardFields on AntiCorruptionStandard {
  current {
    ...StandardAdoptionFields
  }
  history {
    ...StandardAdoptionFields
  }
  warnings
}`) as unknown as TypedDocumentString<RecordStandardPublicationMutation, RecordStandardPublicationMutationVariables>;
export const RecordComplianceServiceAppointmentDocument = new TypedDocumentString(`
    mutation RecordComplianceServiceAppointment($input: ComplianceServiceAppointmentInput!) {
  recordComplianceServiceAppointment(input: $input) {
    ...ComplianceServiceFields
  }
}
    fragment ComplianceServiceFields on ComplianceService {
  appointedBy
  appointingBodyName
  noIndependentBody
  appointedOn
  actNumber
  termUntil
  pay
  paymentTerms
  combinedFunctions
  coiCheckedOn
  coiOutcome
  reportsTo
  members {
    id
    fullName
    role
  }
  responsiblePeople {
    id
    fullName
  }
  sizing {
    process
    automation
    note
  }
  sizingNote
  warnings {
    code
    paragraph
  }
}`) as unknown as TypedDocumentString<RecordComplianceServiceAppointmentMutation, RecordComplianceServiceAppointmentMutationVariables>;
export const SetComplianceServiceSizingDocument = new TypedDocumentString(`
    mutation SetComplianceServiceSizing($input: ComplianceSizingInput!) {
  setComplianceServiceSizing(input: $input) {
    ...ComplianceServiceFields
  }
}
    fragment ComplianceServiceFields on ComplianceService {
  appointedBy
  appointingBodyName
  noIndependentBody
  appointedOn
  actNumber
  termUntil
  pay
  paymentTerms
  combinedFunctions
  coiCheckedOn
  coiOutcome
  reportsTo
  members {
    id
    fullName
    role
  }
  responsiblePeople {
    id
    fullName
  }
  sizing {
    process
    automation
    note
  }
  sizingNote
  warnings {
    code
    paragraph
  }
}`) as unknown as TypedDocumentString<SetComplianceServiceSizingMutation, SetComplianceServiceSizingMutationVariables>;
export const UpdateChecklistItemDocument = new TypedDocumentString(`
    mutation UpdateChecklistItem($input: ChecklistItemInput!) {
  updateChecklistItem(input: $input) {
    ...ProgrammeChecklistFields
  }
}
    fragment ProgrammeChecklistFields on ProgrammeChecklist {
  items {
    code
    kind
    paragraph
    status
    documentName
    documentNumber
    documentDate
    documentUrl
    owner {
      id
      fullName
    }
  }
  policiesAdopted
  policiesTotal
  controlsAdopted
  controlsTotal
}`) as unknown as TypedDocumentString<UpdateChecklistItemMutation, UpdateChecklistItemMutationVariables>;
export const ComplianceProgrammeDocument = new TypedDocumentString(`
    query ComplianceProgramme {
  antiCorruptionStandard {
    ...AntiCorruptionStandardFields
  }
  complianceService {
    ...ComplianceServiceFields
  }
  programmeChecklist {
    ...ProgrammeChecklistFields
  }
}
    fragment StandardAdoptionFields on StandardAdoption {
  id
  actNumber
  adoptedOn
  approvedBy
  approverName
  approverBody
  documentUrl
  note
  publishedWhere
  publishedUrl
  publishedOn
  supersededAt
}
fragment AntiCorruptionStandardFields on AntiCorruptionStandard {
  current {
    ...StandardAdoptionFields
  }
  history {
    ...StandardAdoptionFields
  }
  warnings
}
fragment ComplianceServiceFields on ComplianceService {
  appointedBy
  appointingBodyName
  noIndependentBody
  appointedOn
  actNumber
  termUntil
  pay
  paymentTerms
  combinedFunctions
  coiCheckedOn
  coiOutcome
  reportsTo
  members {
    id
    fullName
    role
  }
  responsiblePeople {
    id
    fullName
  }
  sizing {
    process
    automation
    note
  }
  sizingNote
  warnings {
    code
    paragraph
  }
}
fragment ProgrammeChecklistFields on ProgrammeChecklist {
  items {
    code
    kind
    paragraph
    status
    documentName
    documentNumber
    documentDate
    documentUrl
    owner {
      id
      fullName
    }
  }
  policiesAdopted
  policiesTotal
  controlsAdopted
  controlsTotal
}`) as unknown as TypedDocumentString<ComplianceProgrammeQuery, ComplianceProgrammeQueryVariables>;
export const SetCompliancePublicPageDocument = new TypedDocumentString(`
    mutation SetCompliancePublicPage($input: CompliancePublicPageInput!) {
  setCompliancePublicPage(input: $input) {
    slug
    enabled
    path
  }
}
    `) as unknown as TypedDocumentString<SetCompliancePublicPageMutation, SetCompliancePublicPageMutationVariables>;
export const SetRiskPublishedDocument = new TypedDocumentString(`
    mutation SetRiskPublished($riskId: ID!, $published: Boolean!) {
  setRiskPublished(riskId: $riskId, published: $published) {
    id
    published
  }
}
    `) as unknown as TypedDocumentString<SetRiskPublishedMutation, SetRiskPublishedMutationVariables>;
export const PublishQuarterlyReportDocument = new TypedDocumentString(`
    mutation PublishQuarterlyReport($input: ComplianceQuarterlyReportInput!) {
  publishQuarterlyReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishQuarterlyReportMutation, PublishQuarterlyReportMutationVariables>;
export const AnswerPublicProposalDocument = new TypedDocumentString(`
    mutation AnswerPublicProposal($input: PublicProposalAnswerInput!) {
  answerPublicProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AnswerPublicProposalMutation, AnswerPublicProposalMutationVariables>;
export const CompliancePublicDocument = new TypedDocumentString(`
    query CompliancePublic {
  compliancePublicPage {
    slug
    enabled
    path
    lastEndedYear
    lastEndedQuarter
  }
  publishableRisks {
    id
    number
    processOrDocument
    level
    confidentiality
    published
    publishable
  }
  complianceQuarterlyReports {
    id
    year
    quarter
    text
    publishedAt
  }
  publicProposals {
    id
    receipt
    text
    contact
    submittedAt
    status
    answer
  }
}
    `) as unknown as TypedDocumentString<CompliancePublicQuery, CompliancePublicQueryVariables>;
export const ImportRisksDocument = new TypedDocumentString(`
    mutation ImportRisks($register: RiskRegister!, $file: File!) {
  importRisks(register: $register, file: $file) {
    imported
    errors {
      row
      column
      messageKey
      params
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportRisksMutation, ImportRisksMutationVariables>;
export const KpiBenchmarkDocument = new TypedDocumentString(`
    query KpiBenchmark($filter: KpiPeriodInput) {
  kpiBenchmark(filter: $filter) {
    companies
    measures {
      code
      title {
        kk
        ru
        en
      }
      unit
      direction
      own {
        value
        suppressed
      }
      rank
      ranked
      min
      median
      max
      peers {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpiBenchmarkQuery, KpiBenchmarkQueryVariables>;
export const KpiCatalogueDocument = new TypedDocumentString(`
    query KpiCatalogue {
  kpiCatalog {
    code
    title {
      kk
      ru
      en
    }
    description {
      kk
      ru
      en
    }
    formula {
      kk
      ru
      en
    }
    paragraph
    unit
    target
    direction
    dimensions
    ownerPlugin
    readers
  }
}
    `) as unknown as TypedDocumentString<KpiCatalogueQuery, KpiCatalogueQueryVariables>;
export const KpiDrillDownDocument = new TypedDocumentString(`
    query KpiDrillDown($code: String!, $filter: KpiFilterInput) {
  kpiDrillDown(code: $code, filter: $filter) {
    code
    whole {
      ...KpiFigureValue
    }
    units {
      hasChildren
      name {
        kk
        ru
        en
      }
      orgUnit {
        id
        name
      }
      value {
        ...KpiFigureValue
      }
    }
  }
}
    fragment KpiFigureValue on KpiValue {
  code
  value
  target
  met
  suppressed
  title {
    kk
    ru
    en
  }
  note {
    kk
    ru
    en
  }
}`) as unknown as TypedDocumentString<KpiDrillDownQuery, KpiDrillDownQueryVariables>;
export const KpiRecordsDocument = new TypedDocumentString(`
    query KpiRecords($code: String!, $filter: KpiFilterInput, $page: KpiRecordsPageInput) {
  kpiRecords(code: $code, filter: $filter, page: $page) {
    code
    total
    columns {
      key
      kind
      title {
        kk
        ru
        en
      }
    }
    rows {
      id
      label
      cells {
        key
        value
        text {
          kk
          ru
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpiRecordsQuery, KpiRecordsQueryVariables>;
export const SaveKpiViewDocument = new TypedDocumentString(`
    mutation SaveKpiView($input: KpiViewInput!) {
  saveKpiView(input: $input) {
    ...KpiViewFields
  }
}
    fragment KpiViewFields on KpiView {
  id
  title
  version
  owner {
    id
    fullName
  }
  canEdit
  canSignOff
  filters {
    organization {
      id
      name {
        kk
        ru
        en
      }
    }
    orgUnit {
      id
      name
      names {
        kk
        ru
        en
      }
    }
    period {
      kind
      year
      part
      from
      to
      key
    }
  }
  widgets {
    id
    kind
    codes
    split
    x
    y
    w
    h
    amberMargin
  }
  shares {
    roles
    people {
      id
      fullName
    }
  }
  schedule {
    frequency
    recipients {
      id
      fullName
    }
  }
  signOffs {
    periodKey
    signedBy {
      id
      fullName
    }
    signedAt
    viewVersion
  }
  updatedAt
}`) as unknown as TypedDocumentString<SaveKpiViewMutation, SaveKpiViewMutationVariables>;
export const CreateKpiViewDocument = new TypedDocumentString(`
    mutation CreateKpiView($input: KpiViewInput!) {
  saveKpiView(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateKpiViewMutation, CreateKpiViewMutationVariables>;
export const DuplicateKpiViewDocument = new TypedDocumentString(`
    mutation DuplicateKpiView($id: ID!) {
  duplicateKpiView(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DuplicateKpiViewMutation, DuplicateKpiViewMutationVariables>;
export const DeleteKpiViewDocument = new TypedDocumentString(`
    mutation DeleteKpiView($id: ID!, $version: Int!) {
  deleteKpiView(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteKpiViewMutation, DeleteKpiViewMutationVariables>;
export const ShareKpiViewDocument = new TypedDocumentString(`
    mutation ShareKpiView($id: ID!, $input: KpiViewShareInput!) {
  shareKpiView(id: $id, input: $input) {
    ...KpiViewFields
  }
}
    fragment KpiViewFields on KpiView {
  id
  title
  version
  owner {
    id
    fullName
  }
  canEdit
  canSignOff
  filters {
    organization {
      id
      name {
        kk
        ru
        en
      }
    }
    orgUnit {
      id
      name
      names {
        kk
        ru
        en
      }
    }
    period {
      kind
      year
      part
      from
      to
      key
    }
  }
  widgets {
    id
    kind
    codes
    split
    x
    y
    w
    h
    amberMargin
  }
  shares {
    roles
    people {
      id
      fullName
    }
  }
  schedule {
    frequency
    recipients {
      id
      fullName
    }
  }
  signOffs {
    periodKey
    signedBy {
      id
      fullName
    }
    signedAt
    viewVersion
  }
  updatedAt
}`) as unknown as TypedDocumentString<ShareKpiViewMutation, ShareKpiViewMutationVariables>;
export const CommentKpiWidgetDocument = new TypedDocumentString(`
    mutation CommentKpiWidget($viewId: ID!, $widgetId: String!, $periodKey: String!, $text: String!) {
  commentKpiWidget(
    viewId: $viewId
    widgetId: $widgetId
    periodKey: $periodKey
    text: $text
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CommentKpiWidgetMutation, CommentKpiWidgetMutationVariables>;
export const SignOffKpiViewDocument = new TypedDocumentString(`
    mutation SignOffKpiView($id: ID!, $periodKey: String!, $version: Int!) {
  signOffKpiView(id: $id, periodKey: $periodKey, version: $version) {
    ...KpiViewFields
  }
}
    fragment KpiViewFields on KpiView {
  id
  title
  version
  owner {
    id
    fullName
  }
  canEdit
  canSignOff
  filters {
    organization {
      id
      name {
        kk
        ru
        en
      }
    }
    orgUnit {
      id
      name
      names {
        kk
        ru
        en
      }
    }
    period {
      kind
      year
      part
      from
      to
      key
    }
  }
  widgets {
    id
    kind
    codes
    split
    x
    y
    w
    h
    amberMargin
  }
  shares {
    roles
    people {
      id
      fullName
    }
  }
  schedule {
    frequency
    recipients {
      id
      fullName
    }
  }
  signOffs {
    periodKey
    signedBy {
      id
      fullName
    }
    signedAt
    viewVersion
  }
  updatedAt
}`) as unknown as TypedDocumentString<SignOffKpiViewMutation, SignOffKpiViewMutationVariables>;
export const ExportKpiViewDocument = new TypedDocumentString(`
    mutation ExportKpiView($id: ID!, $format: KpiExportFormat!, $filters: KpiViewFiltersInput, $locale: Locale) {
  exportKpiView(id: $id, format: $format, filters: $filters, locale: $locale) {
    fileName
    contentType
    content
  }
}
    `) as unknown as TypedDocumentString<ExportKpiViewMutation, ExportKpiViewMutationVariables>;
export const KpiViewsDocument = new TypedDocumentString(`
    query KpiViews {
  kpiViews {
    id
    title
    owner {
      id
      fullName
    }
    sharedWithMe
    widgetCount
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<KpiViewsQuery, KpiViewsQueryVariables>;
export const KpiViewDocument = new TypedDocumentString(`
    query KpiView($id: ID!) {
  kpiView(id: $id) {
    ...KpiViewFields
  }
}
    fragment KpiViewFields on KpiView {
  id
  title
  version
  owner {
    id
    fullName
  }
  canEdit
  canSignOff
  filters {
    organization {
      id
      name {
        kk
        ru
        en
      }
    }
    orgUnit {
      id
      name
      names {
        kk
        ru
        en
      }
    }
    period {
      kind
      year
      part
      from
      to
      key
    }
  }
  widgets {
    id
    kind
    codes
    split
    x
    y
    w
    h
    amberMargin
  }
  shares {
    roles
    people {
      id
      fullName
    }
  }
  schedule {
    frequency
    recipients {
      id
      fullName
    }
  }
  signOffs {
    periodKey
    signedBy {
      id
      fullName
    }
    signedAt
    viewVersion
  }
  updatedAt
}`) as unknown as TypedDocumentString<KpiViewQuery, KpiViewQueryVariables>;
export const KpiCatalogDocument = new TypedDocumentString(`
    query KpiCatalog {
  kpiCatalog {
    code
    context
    recordsReadable
    granularity
    dimensions
    direction
    paragraph
    target
    unit
    title {
      kk
      ru
      en
    }
  }
}
    `) as unknown as TypedDocumentString<KpiCatalogQuery, KpiCatalogQueryVariables>;
export const KpiViewOrgUnitsDocument = new TypedDocumentString(`
    query KpiViewOrgUnits {
  orgUnits {
    id
    name
    names {
      kk
      ru
      en
    }
    parent {
      id
    }
    path
  }
}
    `) as unknown as TypedDocumentString<KpiViewOrgUnitsQuery, KpiViewOrgUnitsQueryVariables>;
export const KpiOrganizationsDocument = new TypedDocumentString(`
    query KpiOrganizations {
  kpiOrganizations {
    id
    own
    name {
      kk
      ru
      en
    }
  }
}
    `) as unknown as TypedDocumentString<KpiOrganizationsQuery, KpiOrganizationsQueryVariables>;
export const KpiViewFiguresDocument = new TypedDocumentString(`
    query KpiViewFigures($id: ID!, $filters: KpiViewFiltersInput) {
  kpiViewFigures(id: $id, filters: $filters) {
    periodKey
    from
    to
    frozen
    signOff {
      periodKey
      signedBy {
        id
        fullName
      }
      signedAt
      viewVersion
    }
    widgets {
      widgetId
      refused
      values {
        ...KpiFigureValue
      }
      series {
        periodKey
        from
        to
        values {
          ...KpiFigureValue
        }
      }
      bars {
        label {
          kk
          ru
          en
        }
        orgUnitId
        organizationId
        values {
          ...KpiFigureValue
        }
      }
      heatMap {
        register
        asOf
        compareWith
        scale
        cells {
          likelihood
          impact
          score
          level
          risks {
            id
            code
            processOrDocument
            probability
            frequency
            impact
            level
          }
        }
        movements {
          id
          code
          processOrDocument
          from {
            likelihood
            impact
          }
          to {
            likelihood
            impact
          }
          direction
        }
      }
      comment {
        ...KpiWidgetCommentFields
      }
    }
  }
}
    fragment KpiFigureValue on KpiValue {
  code
  value
  target
  met
  suppressed
  title {
    kk
    ru
    en
  }
  note {
    kk
    ru
    en
  }
}
fragment KpiWidgetCommentFields on KpiWidgetComment {
  widgetId
  periodKey
  text
  author {
    id
    fullName
  }
  updatedAt
}`) as unknown as TypedDocumentString<KpiViewFiguresQuery, KpiViewFiguresQueryVariables>;
export const CreateMitigationPlanDocument = new TypedDocumentString(`
    mutation CreateMitigationPlan($year: Int!) {
  createMitigationPlan(year: $year) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateMitigationPlanMutation, CreateMitigationPlanMutationVariables>;
export const ApproveMitigationPlanDocument = new TypedDocumentString(`
    mutation ApproveMitigationPlan($id: ID!) {
  approveMitigationPlan(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApproveMitigationPlanMutation, ApproveMitigationPlanMutationVariables>;
export const PublishMitigationPlanDocument = new TypedDocumentString(`
    mutation PublishMitigationPlan($id: ID!, $controlledBy: String) {
  publishMitigationPlan(id: $id, controlledBy: $controlledBy) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishMitigationPlanMutation, PublishMitigationPlanMutationVariables>;
export const AddMitigationMeasureDocument = new TypedDocumentString(`
    mutation AddMitigationMeasure($input: MitigationMeasureInput!) {
  addMitigationMeasure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMitigationMeasureMutation, AddMitigationMeasureMutationVariables>;
export const UpdateMitigationMeasureDocument = new TypedDocumentString(`
    mutation UpdateMitigationMeasure($input: MitigationMeasureUpdateInput!) {
  updateMitigationMeasure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateMitigationMeasureMutation, UpdateMitigationMeasureMutationVariables>;
export const ReportMitigationMeasureDocument = new TypedDocumentString(`
    mutation ReportMitigationMeasure($input: MitigationMeasureReportInput!) {
  reportMitigationMeasure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportMitigationMeasureMutation, ReportMitigationMeasureMutationVariables>;
export const MitigationPlanDocument = new TypedDocumentString(`
    query MitigationPlan($year: Int!) {
  mitigationPlan(year: $year) {
    id
    year
    status
    approvalRequired
    approvedBy {
      id
      fullName
    }
    approvedAt
    controlledBy
    publishedAt
    awaitingRescore
    actions
    measures {
      ...MitigationMeasureFields
    }
  }
  publishableRisks {
    id
    number
    processOrDocument
    level
  }
}
    fragment MitigationMeasureFields on MitigationMeasure {
  id
  risk {
    id
    number
    register
    processOrDocument
    level
  }
  measure
  executor {
    id
    fullName
  }
  deadline
  completionForm
  status
  progressNote
  evidenceLink
  evidenceNote
  doneOn
  linkedKpi
  overdue
}`) as unknown as TypedDocumentString<MitigationPlanQuery, MitigationPlanQueryVariables>;
export const RiskChoicesDocument = new TypedDocumentString(`
    query RiskChoices {
  riskScale {
    size
  }
  riskPositionChoices {
    id
    title
    titles {
      kk
      ru
      en
    }
    exposed
  }
  riskRemapping {
    lastIdentifiedOn
    identificationDueOn
    identificationOverdue
    openTriggers {
      id
      kind
      note
      occurredOn
    }
  }
}
    `) as unknown as TypedDocumentString<RiskChoicesQuery, RiskChoicesQueryVariables>;
export const RiskHeatMapDocument = new TypedDocumentString(`
    query RiskHeatMap($register: RiskRegister!, $asOf: String!, $compareWith: String) {
  riskHeatMap(register: $register, asOf: $asOf, compareWith: $compareWith) {
    register
    asOf
    compareWith
    scale
    cells {
      likelihood
      impact
      score
      level
      risks {
        id
        code
        processOrDocument
        probability
        frequency
        impact
        level
      }
    }
    movements {
      id
      code
      processOrDocument
      from {
        likelihood
        impact
      }
      to {
        likelihood
        impact
      }
      direction
    }
  }
}
    `) as unknown as TypedDocumentString<RiskHeatMapQuery, RiskHeatMapQueryVariables>;
export const RiskProposalDocument = new TypedDocumentString(`
    query RiskProposal($sourceKind: RiskSourceKind!, $sourceId: ID!) {
  riskProposal(sourceKind: $sourceKind, sourceId: $sourceId) {
    register
    processOrDocument {
      kk
      ru
      en
    }
    scheme {
      kk
      ru
      en
    }
    positionIds
    source
    sourceKind
    sourceId
    sourceReference
  }
}
    `) as unknown as TypedDocumentString<RiskProposalQuery, RiskProposalQueryVariables>;
export const RecordRiskTriggerDocument = new TypedDocumentString(`
    mutation RecordRiskTrigger($kind: RiskTriggerKind!, $note: String!, $occurredOn: String!) {
  recordRiskTrigger(kind: $kind, note: $note, occurredOn: $occurredOn) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordRiskTriggerMutation, RecordRiskTriggerMutationVariables>;
export const CompleteRiskRemappingDocument = new TypedDocumentString(`
    mutation CompleteRiskRemapping($triggerId: ID, $note: String) {
  completeRiskRemapping(triggerId: $triggerId, note: $note) {
    lastIdentifiedOn
    identificationDueOn
    identificationOverdue
    openTriggers {
      id
      kind
      note
      occurredOn
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteRiskRemappingMutation, CompleteRiskRemappingMutationVariables>;
export const RisksDocument = new TypedDocumentString(`
    query Risks($filter: RiskFilter) {
  risks(filter: $filter) {
    total
    rows {
      ...RiskFields
    }
  }
}
    fragment RiskFields on Risk {
  id
  number
  code
  register
  processOrDocument
  scheme
  positions {
    id
    titles {
      kk
      ru
      en
    }
  }
  probability
  frequency
  impact
  level
  source
  sourceKind
  sourceReference
  confidentiality
  procurement
  lastReviewedOn
  status
  version
}`) as unknown as TypedDocumentString<RisksQuery, RisksQueryVariables>;
export const DrawSelfAssessmentDocument = new TypedDocumentString(`
    mutation DrawSelfAssessment($quarter: String!) {
  drawSelfAssessment(quarter: $quarter) {
    ...SelfAssessmentFields
  }
}
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}
fragment SelfAssessmentFields on SelfAssessment {
  quarter
  reviewedQuarter
  reviewedFrom
  reviewedTo
  drawn
  drawnAt
  drawnBy {
    id
    fullName
  }
  eligibleCount
  drawable
  processes {
    id
    process {
      ...ComplianceProcessFields
    }
    findings {
      id
      text
      severity
      recordedAt
      recordedBy {
        id
        fullName
      }
      latestDueOn
      items {
        id
        action
        responsible {
          id
          fullName
        }
        dueOn
        status
        overdue
        completedOn
        completionNote
      }
    }
  }
}`) as unknown as TypedDocumentString<DrawSelfAssessmentMutation, DrawSelfAssessmentMutationVariables>;
export const RecordSelfAssessmentFindingDocument = new TypedDocumentString(`
    mutation RecordSelfAssessmentFinding($input: SelfAssessmentFindingInput!) {
  recordSelfAssessmentFinding(input: $input) {
    ...SelfAssessmentFields
  }
}
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}
fragment SelfAssessmentFields on SelfAssessment {
  quarter
  reviewedQuarter
  reviewedFrom
  reviewedTo
  drawn
  drawnAt
  drawnBy {
    id
    fullName
  }
  eligibleCount
  drawable
  processes {
    id
    process {
      ...ComplianceProcessFields
    }
    findings {
      id
      text
      severity
      recordedAt
      recordedBy {
        id
        fullName
      }
      latestDueOn
      items {
        id
        action
        responsible {
          id
          fullName
        }
        dueOn
        status
        overdue
        completedOn
        completionNote
      }
    }
  }
}`) as unknown as TypedDocumentString<RecordSelfAssessmentFindingMutation, RecordSelfAssessmentFindingMutationVariables>;
export const AddImprovementItemDocument = new TypedDocumentString(`
    mutation AddImprovementItem($input: ImprovementItemInput!) {
  addImprovementItem(input: $input) {
    ...SelfAssessmentFields
  }
}
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}
fragment SelfAssessmentFields on SelfAssessment {
  quarter
  reviewedQuarter
  reviewedFrom
  reviewedTo
  drawn
  drawnAt
  drawnBy {
    id
    fullName
  }
  eligibleCount
  drawable
  processes {
    id
    process {
      ...ComplianceProcessFields
    }
    findings {
      id
      text
      severity
      recordedAt
      recordedBy {
        id
        fullName
      }
      latestDueOn
      items {
        id
        action
        responsible {
          id
          fullName
        }
        dueOn
        status
        overdue
        completedOn
        completionNote
      }
    }
  }
}`) as unknown as TypedDocumentString<AddImprovementItemMutation, AddImprovementItemMutationVariables>;
export const CompleteImprovementItemDocument = new TypedDocumentString(`
    mutation CompleteImprovementItem($id: ID!, $note: String) {
  completeImprovementItem(id: $id, note: $note) {
    ...SelfAssessmentFields
  }
}
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}
fragment SelfAssessmentFields on SelfAssessment {
  quarter
  reviewedQuarter
  reviewedFrom
  reviewedTo
  drawn
  drawnAt
  drawnBy {
    id
    fullName
  }
  eligibleCount
  drawable
  processes {
    id
    process {
      ...ComplianceProcessFields
    }
    findings {
      id
      text
      severity
      recordedAt
      recordedBy {
        id
        fullName
      }
      latestDueOn
      items {
        id
        action
        responsible {
          id
          fullName
        }
        dueOn
        status
        overdue
        completedOn
        completionNote
      }
    }
  }
}`) as unknown as TypedDocumentString<CompleteImprovementItemMutation, CompleteImprovementItemMutationVariables>;
export const SelfAssessmentDocument = new TypedDocumentString(`
    query SelfAssessment($quarter: String!, $reviewed: String!) {
  selfAssessment(quarter: $quarter) {
    ...SelfAssessmentFields
  }
  internalAuditCoverage(quarter: $reviewed) {
    quarter
    processIds
    fixed
  }
  complianceProcesses {
    ...ComplianceProcessFields
  }
}
    fragment ComplianceProcessFields on ComplianceProcess {
  id
  name
  names {
    kk
    ru
    en
  }
  translations {
    kk
    ru
    en
  }
  ownerUnit {
    id
    name {
      kk
      ru
      en
    }
  }
  activeFrom
  activeTo
  archived
}
fragment SelfAssessmentFields on SelfAssessment {
  quarter
  reviewedQuarter
  reviewedFrom
  reviewedTo
  drawn
  drawnAt
  drawnBy {
    id
    fullName
  }
  eligibleCount
  drawable
  processes {
    id
    process {
      ...ComplianceProcessFields
    }
    findings {
      id
      text
      severity
      recordedAt
      recordedBy {
        id
        fullName
      }
      latestDueOn
      items {
        id
        action
        responsible {
          id
          fullName
        }
        dueOn
        status
        overdue
        completedOn
        completionNote
      }
    }
  }
}`) as unknown as TypedDocumentString<SelfAssessmentQuery, SelfAssessmentQueryVariables>;
export const UpsertRiskDocument = new TypedDocumentString(`
    mutation UpsertRisk($input: RiskInput!) {
  upsertRisk(input: $input) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  number
  code
  register
  processOrDocument
  scheme
  positions {
    id
    titles {
      kk
      ru
      en
    }
  }
  probability
  frequency
  impact
  level
  source
  sourceKind
  sourceReference
  confidentiality
  procurement
  lastReviewedOn
  status
  version
}`) as unknown as TypedDocumentString<UpsertRiskMutation, UpsertRiskMutationVariables>;