/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** day_off: nobody works; working_day: a Saturday or Sunday worked because its rest was moved. */
export type CalendarDayKind =
  | 'day_off'
  | 'working_day';

/** A report received by phone, in person or by letter, entered by an operator for the caller (§69). */
export type CallerReportInput = {
  anonymous: boolean;
  /** Answers to the category's custom questions. */
  answers?: Array<IntakeAnswerInput> | null | undefined;
  category: HotlineCategory;
  channel: HotlineChannel;
  contact?: string | null | undefined;
  name?: string | null | undefined;
  what: string;
  when?: string | null | undefined;
  where?: string | null | undefined;
  who?: string | null | undefined;
};

export type CloseCaseInput = {
  /** A concrete, clear answer to the reporter (§69). */
  messageToReporter: string;
  outcome: HotlineOutcome;
};

export type CommissionRecommendationInput = {
  /** YYYY-MM-DD */
  on: string;
  /** The commission’s protocol number or a summary. */
  reference: string;
};

/** To whom the compliance function reports, as the intake tells reporters: the board of directors, a supervisory board, or the first head of a state body. */
export type ComplianceReportsTo =
  | 'board_of_directors'
  | 'state_body_head'
  | 'supervisory_board';

/** A person of the staff (personId), or a name typed in for a member who is not. */
export type DecisionSignatoryInput = {
  name?: string | null | undefined;
  personId?: string | null | undefined;
};

export type DisclosureRequestInput = {
  forPersonId: string;
  reason: string;
};

/** §40.3, §40.5: where the dispute is heard. */
export type DisputeBody =
  | 'conciliation_commission'
  | 'court'
  | 'disciplinary_body';

export type DisputeDecisionInput = {
  /** §40.3; required — without it the decision is a VALIDATION error. */
  agencyRepresentativeAttended?: boolean | null | undefined;
  /** YYYY-MM-DD; today when absent. */
  decidedOn?: string | null | undefined;
  decision: string;
  /** §40.4, §40.7: the members present who signed; at least one. */
  signatories: Array<DecisionSignatoryInput>;
};

export type FindingsInput = {
  findings: string;
  outcome: HotlineOutcome;
};

export type GrantProtectionInput = {
  basis: ProtectionBasis;
  caseId: string;
  personId: string;
};

/** added: a new day; updated: one of the organisation’s days takes the file’s name or kind; unchanged. */
export type HolidayImportChange =
  | 'added'
  | 'unchanged'
  | 'updated';

export type HotlineCaseFilter = {
  assignedToMe?: boolean | null | undefined;
  category?: HotlineCategory | null | undefined;
  channel?: HotlineChannel | null | undefined;
  /** Cases that carry every one of these labels. */
  labels?: Array<string> | null | undefined;
  /** 1 to 100; 25 by default. */
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  /** Only cases whose acknowledgement is overdue. */
  overdueOnly?: boolean | null | undefined;
  priority?: HotlinePriority | null | undefined;
  scope?: HotlineScope | null | undefined;
  /** A case number: "HL-2026-0012", "0012" or "12". */
  search?: string | null | undefined;
  /** Newest first when absent. */
  sort?: HotlineCaseSort | null | undefined;
  status?: HotlineStatus | null | undefined;
};

/** Who runs a case: compliance (the compliance head); alternate (the alternate handler, because the report names a compliance head); awaiting_alternate (it names one, and no alternate handler who is not named too is set). */
export type HotlineCaseHandler =
  | 'alternate'
  | 'awaiting_alternate'
  | 'compliance';

/** Rows withheld from the viewer go last, in the order they came, when sorted by what they do not show. */
export type HotlineCaseSort = {
  direction: SortDirection;
  field: HotlineCaseSortField;
};

/** What the queue is ordered by: when it came (the default), number, urgency (overdue acknowledgements first), processing deadline, status in the order a case goes through, or category. */
export type HotlineCaseSortField =
  | 'category'
  | 'deadline'
  | 'number'
  | 'priority'
  | 'received'
  | 'status'
  | 'urgency';

/** What a report is about (§69): policies and procedures, law, a criminal offence, corruption, transparency in reporting to management, a conflict of interest, or other. */
export type HotlineCategory =
  | 'conflict_of_interest'
  | 'corruption'
  | 'criminal_offence'
  | 'law_violation'
  | 'other'
  | 'policy_violation'
  | 'reporting_transparency';

/** How a report arrived: the web intake, or entered by an operator for a caller (§69: one single hotline). */
export type HotlineChannel =
  | 'in_person'
  | 'letter'
  | 'phone'
  | 'web';

/** Only what is given changes; an empty brandColor goes back to the standard colour. */
export type HotlineIntakeProfileInput = {
  brandColor?: string | null | undefined;
  reportsTo?: ComplianceReportsTo | null | undefined;
};

export type HotlineMessageKind =
  | 'acknowledgement'
  | 'interim_feedback'
  | 'message'
  | 'outcome'
  | 'question'
  | 'reporter';

export type HotlineOutcome =
  | 'not_substantiated'
  | 'out_of_scope'
  | 'partly_substantiated'
  | 'substantiated';

/** How soon the case’s handlers mean to take it up: low, normal, high or urgent. */
export type HotlinePriority =
  | 'high'
  | 'low'
  | 'normal'
  | 'urgent';

export type HotlineSavedFilterInput = {
  assignedToMe?: boolean | null | undefined;
  category?: HotlineCategory | null | undefined;
  channel?: HotlineChannel | null | undefined;
  labels?: Array<string> | null | undefined;
  overdueOnly?: boolean | null | undefined;
  priority?: HotlinePriority | null | undefined;
  search?: string | null | undefined;
  status?: HotlineStatus | null | undefined;
};

/** Triage: whether the hotline handles the report (§69). */
export type HotlineScope =
  | 'in_scope'
  | 'out_of_scope'
  | 'pending';

/** Only the settings given change. */
export type HotlineSettingsInput = {
  acknowledgeHours?: number | null | undefined;
  processingDays?: number | null | undefined;
  reporterAccessIdleDays?: number | null | undefined;
  retentionYears?: number | null | undefined;
};

export type HotlineStatus =
  | 'acknowledged'
  | 'closed'
  | 'in_progress'
  | 'received';

/** What a month counts of the reports received in it: all, acknowledged in time, processed in time, substantiated. */
export type HotlineTrendMeasure =
  | 'acknowledged_in_time'
  | 'processed_in_time'
  | 'received'
  | 'substantiated';

/** Who the action comes from: the employer’s initiative (the only one §40.1 holds for the commission), the employee’s own request, an agreement of the parties, or circumstances beyond the parties’ will. */
export type HrActionInitiator =
  | 'agreement'
  | 'beyond_parties'
  | 'employee'
  | 'employer';

export type HrActionInput = {
  /** YYYY-MM-DD */
  decidedOn: string;
  description: string;
  /** Required: an action without it is a VALIDATION error (hotline.hr.initiatorRequired). */
  initiator?: HrActionInitiator | null | undefined;
  kind: HrActionKind;
  personId: string;
};

/** §40.1: the measures on the employer’s initiative that protection restrains. */
export type HrActionKind =
  | 'disciplinary'
  | 'dismissal'
  | 'transfer';

export type HrActionStatus =
  | 'draft'
  | 'final';

/** An answer to one of the category's custom questions (see intakeQuestions). */
export type IntakeAnswerInput = {
  /** The options chosen. */
  optionIds?: Array<string> | null | undefined;
  questionId: string;
  /** Short or long text, or a date as YYYY-MM-DD. */
  text?: string | null | undefined;
  /** A yes/no question. */
  yes?: boolean | null | undefined;
};

export type IntakeQuestionInput = {
  category: HotlineCategory;
  kind: IntakeQuestionKind;
  /** 2 to 20, for a choice question only. */
  options?: Array<IntakeQuestionOptionInput> | null | undefined;
  required: boolean;
  texts: IntakeQuestionTextInput;
};

/** What a custom question takes for an answer. */
export type IntakeQuestionKind =
  | 'date'
  | 'long_text'
  | 'multiple_choice'
  | 'short_text'
  | 'single_choice'
  | 'yes_no';

export type IntakeQuestionMove =
  | 'down'
  | 'up';

/** An option of a choice question; give its id to keep it when editing. */
export type IntakeQuestionOptionInput = {
  id?: string | null | undefined;
  labels: IntakeQuestionTextInput;
};

/** A text in Kazakh, Russian and English; all three are required (VALIDATION names the missing one). */
export type IntakeQuestionTextInput = {
  en?: string | null | undefined;
  kk?: string | null | undefined;
  ru?: string | null | undefined;
};

/** Interim feedback (§69): the days the check will take, or a reasoned answer without them. */
export type InterimFeedbackInput = {
  body: string;
  /** 1 to 90; becomes the new processing deadline. */
  checkDays?: number | null | undefined;
};

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

export type LabourDisputeInput = {
  /** YYYY-MM-DD */
  appliedOn: string;
  body: DisputeBody;
  personId: string;
};

/** Why a report is out of scope, e.g. personal revenge or an unfounded attack on a reputation (§69). */
export type OutOfScopeReason =
  | 'not_related'
  | 'other'
  | 'personal_revenge'
  | 'reputation_attack';

/** Why a person is protected (§39–§40): they reported openly, or they assisted the check. */
export type ProtectionBasis =
  | 'assisted'
  | 'open_reporter';

export type ProtectionTaskInput = {
  /** A compliance head or compliance officer. */
  ownerId: string;
  /** YYYY-MM-DD, today or later. */
  reviewOn: string;
};

export type RecommendationInput = {
  /** YYYY-MM-DD */
  dueOn: string;
  kind: RecommendationKind;
  ownerId: string;
  text: string;
};

/** What a recommendation asks for; disciplinary, dismissal and legal ones are HR and legal follow-up (§69). */
export type RecommendationKind =
  | 'corrective'
  | 'disciplinary'
  | 'dismissal'
  | 'legal';

/** §40.1: the body the report reached — the organisation’s hotline, or an authorised state body. */
export type ReportedTo =
  | 'hotline'
  | 'state_body';

export type RetaliationRiskInput = {
  level: RetaliationRiskLevel;
  /** Required for medium and high; sealed. */
  reason?: string | null | undefined;
  /** Required for high: the protection task. */
  task?: ProtectionTaskInput | null | undefined;
};

/** The reporter’s and witnesses’ risk of retaliation (ISO 37002 §8.4). */
export type RetaliationRiskLevel =
  | 'high'
  | 'low'
  | 'medium';

export type SortDirection =
  | 'asc'
  | 'desc';

export type StaffMessageInput = {
  /** Up to 5 files of at most 5 MB each. */
  attachments?: Array<File> | null | undefined;
  body: string;
  /** message or question. */
  kind: HotlineMessageKind;
};

export type StateBodyProtectionInput = {
  basis: ProtectionBasis;
  personId: string;
  /** YYYY-MM-DD, the day the report reached the body; not after today. */
  reportedOn: string;
  /** The body, e.g. the Anti-Corruption Agency. */
  stateBodyName: string;
};

export type TriageInput = {
  /** Corrects the category the reporter chose. */
  category?: HotlineCategory | null | undefined;
  /** Internal; never shown to the reporter. */
  note?: string | null | undefined;
  /** Required when out of scope. */
  reason?: OutOfScopeReason | null | undefined;
  /** In scope: the reporter’s and witnesses’ risk of retaliation (ISO 37002 §8.4). */
  retaliationRisk?: RetaliationRiskInput | null | undefined;
  /** in_scope or out_of_scope. */
  scope: HotlineScope;
};

export type AcknowledgeHotlineCaseMutationVariables = Exact<{
  id: string;
  message?: string | null | undefined;
}>;


export type AcknowledgeHotlineCaseMutation = { acknowledgeHotlineCase: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type AddHotlineIntakeQuestionMutationVariables = Exact<{
  input: IntakeQuestionInput;
}>;


export type AddHotlineIntakeQuestionMutation = { addHotlineIntakeQuestion: { id: string, category: HotlineCategory, kind: IntakeQuestionKind, required: boolean, position: number, texts: { kk: string, ru: string, en: string }, options: Array<{ id: string, labels: { kk: string, ru: string, en: string } }> } };

export type AddHotlineNoteMutationVariables = Exact<{
  id: string;
  body: string;
}>;


export type AddHotlineNoteMutation = { addHotlineNote: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type AddHotlineRecommendationMutationVariables = Exact<{
  id: string;
  input: RecommendationInput;
}>;


export type AddHotlineRecommendationMutation = { addHotlineRecommendation: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type AddPublicHolidayMutationVariables = Exact<{
  date: string;
  name: string;
  kind?: CalendarDayKind | null | undefined;
}>;


export type AddPublicHolidayMutation = { addPublicHoliday: { id: string, date: string, kind: CalendarDayKind, national: boolean, name: { kk: string, ru: string, en: string } } };

export type AssignHotlineCaseMutationVariables = Exact<{
  id: string;
  investigatorIds: Array<string> | string;
}>;


export type AssignHotlineCaseMutation = { assignHotlineCase: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type AttachCommissionRecommendationMutationVariables = Exact<{
  id: string;
  input: CommissionRecommendationInput;
}>;


export type AttachCommissionRecommendationMutation = { attachCommissionRecommendation: { id: string, kind: HrActionKind, initiator: HrActionInitiator, decidedOn: string, description: string, status: HrActionStatus, flagged: boolean, flaggedAt: string | null, createdAt: string, commissionRecommendation: string | null, commissionRecommendationOn: string | null, finalizedAt: string | null, person: { id: string, fullName: string } } };

export type BulkAssignHotlineCasesMutationVariables = Exact<{
  caseIds: Array<string> | string;
  investigatorIds: Array<string> | string;
}>;


export type BulkAssignHotlineCasesMutation = { bulkAssignHotlineCases: Array<{ caseId: string, number: string | null, done: boolean, errorCode: string | null, messageKey: string | null, params: unknown }> };

export type BulkCaseResultFieldsFragment = { caseId: string, number: string | null, done: boolean, errorCode: string | null, messageKey: string | null, params: unknown };

export type BulkLabelHotlineCasesMutationVariables = Exact<{
  caseIds: Array<string> | string;
  labels: Array<string> | string;
}>;


export type BulkLabelHotlineCasesMutation = { bulkLabelHotlineCases: Array<{ caseId: string, number: string | null, done: boolean, errorCode: string | null, messageKey: string | null, params: unknown }> };

export type CloseHotlineCaseMutationVariables = Exact<{
  id: string;
  input: CloseCaseInput;
}>;


export type CloseHotlineCaseMutation = { closeHotlineCase: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type CompleteHotlineRecommendationMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type CompleteHotlineRecommendationMutation = { completeHotlineRecommendation: { id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } } };

export type CompleteProtectionTaskMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type CompleteProtectionTaskMutation = { completeProtectionTask: { id: string, caseId: string, caseNumber: string, reviewOn: string, overdue: boolean, createdAt: string, completedAt: string | null, completionNote: string | null, owner: { id: string, fullName: string } } };

export type DashboardCellFieldsFragment = { key: string, count: number | null, display: string };

export type DecideIdentityDisclosureMutationVariables = Exact<{
  id: string;
  approved: boolean;
}>;


export type DecideIdentityDisclosureMutation = { decideIdentityDisclosure: { id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null } };

export type DeclareHotlineCaseConflictMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type DeclareHotlineCaseConflictMutation = { declareHotlineCaseConflict: { id: string } | null };

export type DeleteHotlineFilterMutationVariables = Exact<{
  id: string;
}>;


export type DeleteHotlineFilterMutation = { deleteHotlineFilter: boolean };

export type EnterHotlineReportForCallerMutationVariables = Exact<{
  input: CallerReportInput;
}>;


export type EnterHotlineReportForCallerMutation = { enterHotlineReportForCaller: { receipt: string, number: string } };

export type FinalizeHrActionMutationVariables = Exact<{
  id: string;
}>;


export type FinalizeHrActionMutation = { finalizeHrAction: { id: string, kind: HrActionKind, initiator: HrActionInitiator, decidedOn: string, description: string, status: HrActionStatus, flagged: boolean, flaggedAt: string | null, createdAt: string, commissionRecommendation: string | null, commissionRecommendationOn: string | null, finalizedAt: string | null, person: { id: string, fullName: string } } };

export type GenerateHotlineQuarterlyReportMutationVariables = Exact<{
  quarter: string;
}>;


export type GenerateHotlineQuarterlyReportMutation = { generateHotlineQuarterlyReport: { id: string, quarter: string, firstDay: string, lastDay: string, generatedAt: string, generatedBy: { id: string, fullName: string } | null } };

export type GetHotlineCaseQueryVariables = Exact<{
  id: string;
}>;


export type GetHotlineCaseQuery = { hotlineCase: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type GetHotlineCaseTimelineQueryVariables = Exact<{
  id: string;
}>;


export type GetHotlineCaseTimelineQuery = { hotlineCase: { id: string, timeline: Array<{ id: string, at: string, atPrecision: string, action: string, actor: { id: string, fullName: string } | null, facts: Array<{ key: string, values: Array<string> }> }> } };

export type GetHotlineDashboardQueryVariables = Exact<{
  periodFrom?: string | null | undefined;
  periodTo?: string | null | undefined;
}>;


export type GetHotlineDashboardQuery = { hotlineDashboard: { acknowledgedInTimePercent: number | null, processedInTimePercent: number | null, total: { key: string, count: number | null, display: string }, byStatus: Array<{ key: string, count: number | null, display: string }>, byCategory: Array<{ key: string, count: number | null, display: string }>, byAge: Array<{ key: string, count: number | null, display: string }>, overdueAcknowledgements: { key: string, count: number | null, display: string }, awaitingAlternateHandler: { key: string, count: number | null, display: string } } };

export type GetHotlineIntakeProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type GetHotlineIntakeProfileQuery = { hotlineSettings: { intake: { reportsTo: ComplianceReportsTo, acknowledgeHours: number, brandColor: string | null, logoDataUrl: string | null } } };

export type GetHotlineRetaliationAssessmentQueryVariables = Exact<{
  caseId: string;
}>;


export type GetHotlineRetaliationAssessmentQuery = { hotlineRetaliationAssessment: { level: RetaliationRiskLevel, reason: string | null, assessedAt: string } | null };

export type GetHotlineSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetHotlineSettingsQuery = { hotlineSettings: { acknowledgeHours: number, processingDays: number, retentionYears: number, reporterAccessIdleDays: number, alternateHandler: { id: string, fullName: string } | null } };

export type GetHotlineTrendsQueryVariables = Exact<{
  periodFrom?: string | null | undefined;
  periodTo?: string | null | undefined;
}>;


export type GetHotlineTrendsQuery = { hotlineTrends: { exact: boolean, firstDay: string, lastDay: string, total: { key: string, count: number | null, display: string }, months: Array<{ month: string, received: { key: string, count: number | null, display: string }, acknowledgedInTime: { key: string, count: number | null, display: string }, processedInTime: { key: string, count: number | null, display: string }, substantiated: { key: string, count: number | null, display: string } }>, byCategory: Array<{ key: string, count: number | null, display: string }>, byChannel: Array<{ key: string, count: number | null, display: string }>, byOrgUnit: Array<{ key: string, count: number | null, display: string, names: { kk: string, ru: string, en: string } | null }> } };

export type GiveHotlineInterimFeedbackMutationVariables = Exact<{
  id: string;
  input: InterimFeedbackInput;
}>;


export type GiveHotlineInterimFeedbackMutation = { giveHotlineInterimFeedback: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type GrantProtectionMutationVariables = Exact<{
  input: GrantProtectionInput;
}>;


export type GrantProtectionMutation = { grantProtection: { id: string, basis: ProtectionBasis, reportedTo: ReportedTo, stateBodyName: string | null, reportedOn: string, caseId: string | null, reportNumber: string | null, startsOn: string, endsOn: string, active: boolean, person: { id: string, fullName: string } } };

export type GrantStateBodyProtectionMutationVariables = Exact<{
  input: StateBodyProtectionInput;
}>;


export type GrantStateBodyProtectionMutation = { grantStateBodyProtection: { id: string, basis: ProtectionBasis, reportedTo: ReportedTo, stateBodyName: string | null, reportedOn: string, caseId: string | null, reportNumber: string | null, startsOn: string, endsOn: string, active: boolean, person: { id: string, fullName: string } } };

export type HolidayImportPreviewFieldsFragment = { added: number, updated: number, unchanged: number, rows: Array<{ row: number, date: string, kind: CalendarDayKind, change: HolidayImportChange, name: { kk: string, ru: string, en: string } }>, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> };

export type HotlineAttachmentFieldsFragment = { id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string };

export type HotlineCaseFieldsFragment = { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } };

export type HotlineCaseSummaryFieldsFragment = { id: string, number: string, withheld: boolean, handledBy: HotlineCaseHandler, category: HotlineCategory | null, channel: HotlineChannel | null, status: HotlineStatus, scope: HotlineScope | null, anonymous: boolean | null, receivedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, processBy: string | null, closedAt: string | null, overdueAcknowledgement: boolean | null, acknowledgedInTime: boolean | null, priority: HotlinePriority | null, labels: Array<string> | null, assignees: Array<{ id: string, fullName: string }> | null };

export type HotlineIntakeProfileFieldsFragment = { reportsTo: ComplianceReportsTo, acknowledgeHours: number, brandColor: string | null, logoDataUrl: string | null };

export type HotlineNonDisclosureUndertakingQueryVariables = Exact<{ [key: string]: never; }>;


export type HotlineNonDisclosureUndertakingQuery = { hotlineNonDisclosureUndertaking: { version: string, signedAt: string | null, text: { kk: string, ru: string, en: string } } };

export type HotlineQuarterlyReportFieldsFragment = { id: string, quarter: string, firstDay: string, lastDay: string, generatedAt: string, generatedBy: { id: string, fullName: string } | null };

export type HotlineRecommendationFieldsFragment = { id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } };

export type HotlineSettingsFieldsFragment = { acknowledgeHours: number, processingDays: number, retentionYears: number, reporterAccessIdleDays: number, alternateHandler: { id: string, fullName: string } | null };

export type HrActionFieldsFragment = { id: string, kind: HrActionKind, initiator: HrActionInitiator, decidedOn: string, description: string, status: HrActionStatus, flagged: boolean, flaggedAt: string | null, createdAt: string, commissionRecommendation: string | null, commissionRecommendationOn: string | null, finalizedAt: string | null, person: { id: string, fullName: string } };

export type IdentityDisclosureFieldsFragment = { id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null };

export type ImportHrActionsMutationVariables = Exact<{
  file: File;
}>;


export type ImportHrActionsMutation = { importHrActions: { created: number, flagged: number } };

export type ImportPublicHolidaysMutationVariables = Exact<{
  file: File;
}>;


export type ImportPublicHolidaysMutation = { importPublicHolidays: { added: number, updated: number, unchanged: number, rows: Array<{ row: number, date: string, kind: CalendarDayKind, change: HolidayImportChange, name: { kk: string, ru: string, en: string } }>, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> } };

export type IncompleteCalendarYearsQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type IncompleteCalendarYearsQuery = { incompleteCalendarYears: Array<number> };

export type IntakeAnswerFieldsFragment = { questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> };

export type IntakeQuestionFieldsFragment = { id: string, category: HotlineCategory, kind: IntakeQuestionKind, required: boolean, position: number, texts: { kk: string, ru: string, en: string }, options: Array<{ id: string, labels: { kk: string, ru: string, en: string } }> };

export type LabourDisputeFieldsFragment = { id: string, body: DisputeBody, appliedOn: string, decisionDueOn: string, decidedOn: string | null, decision: string | null, agencyRepresentativeAttended: boolean | null, protocolDueOn: string | null, protocolForwardedOn: string | null, decisionOverdue: boolean, protocolOverdue: boolean, person: { id: string, fullName: string }, signatories: Array<{ personId: string | null, name: string }> };

export type LinkHotlineInvolvedPersonsMutationVariables = Exact<{
  id: string;
  personIds: Array<string> | string;
}>;


export type LinkHotlineInvolvedPersonsMutation = { linkHotlineInvolvedPersons: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } | null };

export type ListHotlineCaseLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListHotlineCaseLabelsQuery = { hotlineCaseLabels: Array<string> };

export type ListHotlineCaseLinksQueryVariables = Exact<{
  caseId: string;
}>;


export type ListHotlineCaseLinksQuery = { hotlineCaseLinks: { retaliationComplaintOf: { id: string, number: string } | null, retaliationComplaints: Array<{ id: string, number: string }> } };

export type ListHotlineCasesQueryVariables = Exact<{
  filter?: HotlineCaseFilter | null | undefined;
}>;


export type ListHotlineCasesQuery = { hotlineCases: { total: number, items: Array<{ id: string, number: string, withheld: boolean, handledBy: HotlineCaseHandler, category: HotlineCategory | null, channel: HotlineChannel | null, status: HotlineStatus, scope: HotlineScope | null, anonymous: boolean | null, receivedAt: string, acknowledgeBy: string | null, acknowledgedAt: string | null, processBy: string | null, closedAt: string | null, overdueAcknowledgement: boolean | null, acknowledgedInTime: boolean | null, priority: HotlinePriority | null, labels: Array<string> | null, assignees: Array<{ id: string, fullName: string }> | null }> } };

export type ListHotlineConflictDeclarationsQueryVariables = Exact<{
  caseId: string;
}>;


export type ListHotlineConflictDeclarationsQuery = { hotlineConflictDeclarations: Array<{ id: string, reason: string, wasAssigned: boolean, declaredAt: string, person: { id: string, fullName: string } }> };

export type ListHotlineDisclosureRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListHotlineDisclosureRequestsQuery = { hotlineDisclosureRequests: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }> };

export type ListHotlineFigureCasesQueryVariables = Exact<{
  periodFrom?: string | null | undefined;
  periodTo?: string | null | undefined;
  month?: string | null | undefined;
  measure?: HotlineTrendMeasure | null | undefined;
  category?: string | null | undefined;
  channel?: string | null | undefined;
  orgUnit?: string | null | undefined;
}>;


export type ListHotlineFigureCasesQuery = { hotlineFigureCases: Array<{ id: string, number: string }> };

export type ListHotlineIntakeQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListHotlineIntakeQuestionsQuery = { hotlineIntakeQuestions: Array<{ id: string, category: HotlineCategory, kind: IntakeQuestionKind, required: boolean, position: number, texts: { kk: string, ru: string, en: string }, options: Array<{ id: string, labels: { kk: string, ru: string, en: string } }> }> };

export type ListHotlineKpisQueryVariables = Exact<{
  codes: Array<string> | string;
  filter?: KpiFilterInput | null | undefined;
}>;


export type ListHotlineKpisQuery = { kpiValues: Array<{ code: string, value: number | null, target: number | null, met: boolean | null, numerator: number | null, denominator: number | null, suppressed: boolean, title: { kk: string, ru: string, en: string }, note: { kk: string, ru: string, en: string } | null }> };

export type ListHotlineQuarterlyReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListHotlineQuarterlyReportsQuery = { hotlineQuarterlyReports: Array<{ id: string, quarter: string, firstDay: string, lastDay: string, generatedAt: string, generatedBy: { id: string, fullName: string } | null }> };

export type ListHotlineRecommendationsQueryVariables = Exact<{
  overdueOnly?: boolean | null | undefined;
}>;


export type ListHotlineRecommendationsQuery = { hotlineRecommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }> };

export type ListHrActionsQueryVariables = Exact<{
  flaggedOnly?: boolean | null | undefined;
}>;


export type ListHrActionsQuery = { hrActions: Array<{ id: string, kind: HrActionKind, initiator: HrActionInitiator, decidedOn: string, description: string, status: HrActionStatus, flagged: boolean, flaggedAt: string | null, createdAt: string, commissionRecommendation: string | null, commissionRecommendationOn: string | null, finalizedAt: string | null, person: { id: string, fullName: string } }> };

export type ListInvestigatorCandidatesQueryVariables = Exact<{
  caseId: string;
}>;


export type ListInvestigatorCandidatesQuery = { hotlineInvestigatorCandidates: Array<{ eligible: boolean, reason: string | null, person: { id: string, fullName: string } }> };

export type ListLabourDisputesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListLabourDisputesQuery = { labourDisputes: Array<{ id: string, body: DisputeBody, appliedOn: string, decisionDueOn: string, decidedOn: string | null, decision: string | null, agencyRepresentativeAttended: boolean | null, protocolDueOn: string | null, protocolForwardedOn: string | null, decisionOverdue: boolean, protocolOverdue: boolean, person: { id: string, fullName: string }, signatories: Array<{ personId: string | null, name: string }> }> };

export type ListProtectionRecordsQueryVariables = Exact<{
  activeOnly?: boolean | null | undefined;
}>;


export type ListProtectionRecordsQuery = { protectionRecords: Array<{ id: string, basis: ProtectionBasis, reportedTo: ReportedTo, stateBodyName: string | null, reportedOn: string, caseId: string | null, reportNumber: string | null, startsOn: string, endsOn: string, active: boolean, person: { id: string, fullName: string } }> };

export type ListProtectionTaskOwnersQueryVariables = Exact<{
  caseId: string;
}>;


export type ListProtectionTaskOwnersQuery = { protectionTaskOwners: Array<{ id: string, fullName: string }> };

export type ListProtectionTasksQueryVariables = Exact<{
  openOnly?: boolean | null | undefined;
}>;


export type ListProtectionTasksQuery = { protectionTasks: Array<{ id: string, caseId: string, caseNumber: string, reviewOn: string, overdue: boolean, createdAt: string, completedAt: string | null, completionNote: string | null, owner: { id: string, fullName: string } }> };

export type ListPublicHolidaysQueryVariables = Exact<{
  year: number;
}>;


export type ListPublicHolidaysQuery = { publicHolidays: Array<{ id: string, date: string, kind: CalendarDayKind, national: boolean, name: { kk: string, ru: string, en: string } }> };

export type ListSavedHotlineFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type ListSavedHotlineFiltersQuery = { mySavedHotlineFilters: Array<{ id: string, name: string, filter: { status: HotlineStatus | null, category: HotlineCategory | null, channel: HotlineChannel | null, priority: HotlinePriority | null, labels: Array<string>, overdueOnly: boolean, assignedToMe: boolean, search: string | null } }> };

export type MoveHotlineIntakeQuestionMutationVariables = Exact<{
  id: string;
  direction: IntakeQuestionMove;
}>;


export type MoveHotlineIntakeQuestionMutation = { moveHotlineIntakeQuestion: Array<{ id: string, category: HotlineCategory, kind: IntakeQuestionKind, required: boolean, position: number, texts: { kk: string, ru: string, en: string }, options: Array<{ id: string, labels: { kk: string, ru: string, en: string } }> }> };

export type NonDisclosureUndertakingFieldsFragment = { version: string, signedAt: string | null, text: { kk: string, ru: string, en: string } };

export type OpenLabourDisputeMutationVariables = Exact<{
  input: LabourDisputeInput;
}>;


export type OpenLabourDisputeMutation = { openLabourDispute: { id: string, body: DisputeBody, appliedOn: string, decisionDueOn: string, decidedOn: string | null, decision: string | null, agencyRepresentativeAttended: boolean | null, protocolDueOn: string | null, protocolForwardedOn: string | null, decisionOverdue: boolean, protocolOverdue: boolean, person: { id: string, fullName: string }, signatories: Array<{ personId: string | null, name: string }> } };

export type OpenRetaliationComplaintMutationVariables = Exact<{
  caseId: string;
  input: CallerReportInput;
}>;


export type OpenRetaliationComplaintMutation = { openRetaliationComplaint: { receipt: string, number: string } };

export type PersonRefFieldsFragment = { id: string, fullName: string };

export type PreviewPublicHolidayImportMutationVariables = Exact<{
  file: File;
}>;


export type PreviewPublicHolidayImportMutation = { previewPublicHolidayImport: { added: number, updated: number, unchanged: number, rows: Array<{ row: number, date: string, kind: CalendarDayKind, change: HolidayImportChange, name: { kk: string, ru: string, en: string } }>, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> } };

export type ProtectionRecordFieldsFragment = { id: string, basis: ProtectionBasis, reportedTo: ReportedTo, stateBodyName: string | null, reportedOn: string, caseId: string | null, reportNumber: string | null, startsOn: string, endsOn: string, active: boolean, person: { id: string, fullName: string } };

export type ProtectionTaskFieldsFragment = { id: string, caseId: string, caseNumber: string, reviewOn: string, overdue: boolean, createdAt: string, completedAt: string | null, completionNote: string | null, owner: { id: string, fullName: string } };

export type PublicHolidayFieldsFragment = { id: string, date: string, kind: CalendarDayKind, national: boolean, name: { kk: string, ru: string, en: string } };

export type RecordDisputeDecisionMutationVariables = Exact<{
  id: string;
  input: DisputeDecisionInput;
}>;


export type RecordDisputeDecisionMutation = { recordDisputeDecision: { id: string, body: DisputeBody, appliedOn: string, decisionDueOn: string, decidedOn: string | null, decision: string | null, agencyRepresentativeAttended: boolean | null, protocolDueOn: string | null, protocolForwardedOn: string | null, decisionOverdue: boolean, protocolOverdue: boolean, person: { id: string, fullName: string }, signatories: Array<{ personId: string | null, name: string }> } };

export type RecordHotlineFindingsMutationVariables = Exact<{
  id: string;
  input: FindingsInput;
}>;


export type RecordHotlineFindingsMutation = { recordHotlineFindings: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type RecordHrActionMutationVariables = Exact<{
  input: HrActionInput;
}>;


export type RecordHrActionMutation = { recordHrAction: { id: string, kind: HrActionKind, initiator: HrActionInitiator, decidedOn: string, description: string, status: HrActionStatus, flagged: boolean, flaggedAt: string | null, createdAt: string, commissionRecommendation: string | null, commissionRecommendationOn: string | null, finalizedAt: string | null, person: { id: string, fullName: string } } };

export type RecordProtocolForwardedMutationVariables = Exact<{
  id: string;
  forwardedOn: string;
}>;


export type RecordProtocolForwardedMutation = { recordProtocolForwarded: { id: string, body: DisputeBody, appliedOn: string, decisionDueOn: string, decidedOn: string | null, decision: string | null, agencyRepresentativeAttended: boolean | null, protocolDueOn: string | null, protocolForwardedOn: string | null, decisionOverdue: boolean, protocolOverdue: boolean, person: { id: string, fullName: string }, signatories: Array<{ personId: string | null, name: string }> } };

export type RemovePublicHolidayMutationVariables = Exact<{
  id: string;
}>;


export type RemovePublicHolidayMutation = { removePublicHoliday: boolean };

export type RequestIdentityDisclosureMutationVariables = Exact<{
  id: string;
  input: DisclosureRequestInput;
}>;


export type RequestIdentityDisclosureMutation = { requestIdentityDisclosure: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type RetireHotlineIntakeQuestionMutationVariables = Exact<{
  id: string;
}>;


export type RetireHotlineIntakeQuestionMutation = { retireHotlineIntakeQuestion: Array<{ id: string, category: HotlineCategory, kind: IntakeQuestionKind, required: boolean, position: number, texts: { kk: string, ru: string, en: string }, options: Array<{ id: string, labels: { kk: string, ru: string, en: string } }> }> };

export type RevealHotlineReporterIdentityMutationVariables = Exact<{
  id: string;
}>;


export type RevealHotlineReporterIdentityMutation = { revealHotlineReporterIdentity: { name: string, contact: string } | null };

export type SaveHotlineFilterMutationVariables = Exact<{
  name: string;
  filter: HotlineSavedFilterInput;
}>;


export type SaveHotlineFilterMutation = { saveHotlineFilter: { id: string, name: string, filter: { status: HotlineStatus | null, category: HotlineCategory | null, channel: HotlineChannel | null, priority: HotlinePriority | null, labels: Array<string>, overdueOnly: boolean, assignedToMe: boolean, search: string | null } } };

export type SavedFilterFieldsFragment = { id: string, name: string, filter: { status: HotlineStatus | null, category: HotlineCategory | null, channel: HotlineChannel | null, priority: HotlinePriority | null, labels: Array<string>, overdueOnly: boolean, assignedToMe: boolean, search: string | null } };

export type SendHotlineMessageMutationVariables = Exact<{
  id: string;
  input: StaffMessageInput;
}>;


export type SendHotlineMessageMutation = { sendHotlineMessage: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type SetHotlineAlternateHandlerMutationVariables = Exact<{
  personId?: string | null | undefined;
}>;


export type SetHotlineAlternateHandlerMutation = { setHotlineAlternateHandler: { acknowledgeHours: number, processingDays: number, retentionYears: number, reporterAccessIdleDays: number, alternateHandler: { id: string, fullName: string } | null } };

export type SetHotlineCaseLabelsMutationVariables = Exact<{
  id: string;
  labels: Array<string> | string;
}>;


export type SetHotlineCaseLabelsMutation = { setHotlineCaseLabels: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type SetHotlineCasePriorityMutationVariables = Exact<{
  id: string;
  priority: HotlinePriority;
}>;


export type SetHotlineCasePriorityMutation = { setHotlineCasePriority: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type SetHotlineIntakeLogoMutationVariables = Exact<{
  logo?: File | null | undefined;
}>;


export type SetHotlineIntakeLogoMutation = { setHotlineIntakeLogo: { reportsTo: ComplianceReportsTo, acknowledgeHours: number, brandColor: string | null, logoDataUrl: string | null } };

export type SignHotlineNonDisclosureUndertakingMutationVariables = Exact<{
  version: string;
}>;


export type SignHotlineNonDisclosureUndertakingMutation = { signHotlineNonDisclosureUndertaking: { version: string, signedAt: string | null, text: { kk: string, ru: string, en: string } } };

export type TriageHotlineCaseMutationVariables = Exact<{
  id: string;
  input: TriageInput;
}>;


export type TriageHotlineCaseMutation = { triageHotlineCase: { id: string, number: string, handledBy: HotlineCaseHandler, category: HotlineCategory, channel: HotlineChannel, status: HotlineStatus, scope: HotlineScope, outOfScopeReason: OutOfScopeReason | null, outOfScopeNote: string | null, anonymous: boolean, hasReporterIdentity: boolean, receivedAt: string, acknowledgeBy: string, acknowledgedAt: string | null, checkDays: number | null, processBy: string, closedAt: string | null, overdueAcknowledgement: boolean, acknowledgedInTime: boolean | null, priority: HotlinePriority, labels: Array<string>, findings: string | null, outcome: HotlineOutcome | null, content: { what: string, when: string | null, where: string | null, who: string | null }, intakeAnswers: Array<{ questionId: string, kind: IntakeQuestionKind, required: boolean, text: string | null, yes: boolean | null, question: { kk: string, ru: string, en: string }, choices: Array<{ kk: string, ru: string, en: string }> }>, assignees: Array<{ id: string, fullName: string }>, involvedPersons: Array<{ id: string, fullName: string }>, messages: Array<{ id: string, author: string, kind: HotlineMessageKind, code: string | null, body: string, createdAt: string, authorPerson: { id: string, fullName: string } | null, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }> }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, fullName: string } }>, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, uploadedBy: string, createdAt: string }>, recommendations: Array<{ id: string, caseId: string, caseNumber: string, kind: RecommendationKind, text: string, dueOn: string, doneAt: string | null, doneNote: string | null, overdue: boolean, owner: { id: string, fullName: string } }>, disclosures: Array<{ id: string, caseId: string, caseNumber: string, reason: string, requestedAt: string, decidedAt: string | null, approved: boolean | null, viewerCanDecide: boolean, requestedBy: { id: string, fullName: string }, requestedFor: { id: string, fullName: string }, decidedBy: { id: string, fullName: string } | null }>, enteredBy: { id: string, fullName: string } | null, viewerCan: { assign: boolean, acknowledge: boolean, work: boolean, readIdentity: boolean, decideDisclosure: boolean } } };

export type UpdateHotlineIntakeProfileMutationVariables = Exact<{
  input: HotlineIntakeProfileInput;
}>;


export type UpdateHotlineIntakeProfileMutation = { updateHotlineIntakeProfile: { reportsTo: ComplianceReportsTo, acknowledgeHours: number, brandColor: string | null, logoDataUrl: string | null } };

export type UpdateHotlineIntakeQuestionMutationVariables = Exact<{
  id: string;
  input: IntakeQuestionInput;
}>;


export type UpdateHotlineIntakeQuestionMutation = { updateHotlineIntakeQuestion: { id: string, category: HotlineCategory, kind: IntakeQuestionKind, required: boolean, position: number, texts: { kk: string, ru: string, en: string }, options: Array<{ id: string, labels: { kk: string, ru: string, en: string } }> } };

export type UpdateHotlineSettingsMutationVariables = Exact<{
  input: HotlineSettingsInput;
}>;


export type UpdateHotlineSettingsMutation = { updateHotlineSettings: { acknowledgeHours: number, processingDays: number, retentionYears: number, reporterAccessIdleDays: number, alternateHandler: { id: string, fullName: string } | null } };

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
export const BulkCaseResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment BulkCaseResultFields on HotlineBulkCaseResult {
  caseId
  number
  done
  errorCode
  messageKey
  params
}
    `, {"fragmentName":"BulkCaseResultFields"}) as unknown as TypedDocumentString<BulkCaseResultFieldsFragment, unknown>;
export const DashboardCellFieldsFragmentDoc = new TypedDocumentString(`
    fragment DashboardCellFields on DashboardCell {
  key
  count
  display
}
    `, {"fragmentName":"DashboardCellFields"}) as unknown as TypedDocumentString<DashboardCellFieldsFragment, unknown>;
export const HolidayImportPreviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment HolidayImportPreviewFields on HolidayImportPreview {
  added
  updated
  unchanged
  rows {
    row
    date
    kind
    name {
      kk
      ru
      en
    }
    change
  }
  errors {
    row
    column
    messageKey
    params
    message
  }
}
    `, {"fragmentName":"HolidayImportPreviewFields"}) as unknown as TypedDocumentString<HolidayImportPreviewFieldsFragment, unknown>;
export const IntakeAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
    `, {"fragmentName":"IntakeAnswerFields"}) as unknown as TypedDocumentString<IntakeAnswerFieldsFragment, unknown>;
export const PersonRefFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonRefFields on PersonRef {
  id
  fullName
}
    `, {"fragmentName":"PersonRefFields"}) as unknown as TypedDocumentString<PersonRefFieldsFragment, unknown>;
export const HotlineAttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
    `, {"fragmentName":"HotlineAttachmentFields"}) as unknown as TypedDocumentString<HotlineAttachmentFieldsFragment, unknown>;
export const HotlineRecommendationFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"HotlineRecommendationFields"}) as unknown as TypedDocumentString<HotlineRecommendationFieldsFragment, unknown>;
export const IdentityDisclosureFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"IdentityDisclosureFields"}) as unknown as TypedDocumentString<IdentityDisclosureFieldsFragment, unknown>;
export const HotlineCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"HotlineCaseFields"}) as unknown as TypedDocumentString<HotlineCaseFieldsFragment, unknown>;
export const HotlineCaseSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineCaseSummaryFields on HotlineCaseSummary {
  id
  number
  withheld
  handledBy
  category
  channel
  status
  scope
  anonymous
  receivedAt
  acknowledgeBy
  acknowledgedAt
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  assignees {
    ...PersonRefFields
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"HotlineCaseSummaryFields"}) as unknown as TypedDocumentString<HotlineCaseSummaryFieldsFragment, unknown>;
export const HotlineIntakeProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineIntakeProfileFields on HotlineIntakeProfile {
  reportsTo
  acknowledgeHours
  brandColor
  logoDataUrl
}
    `, {"fragmentName":"HotlineIntakeProfileFields"}) as unknown as TypedDocumentString<HotlineIntakeProfileFieldsFragment, unknown>;
export const HotlineQuarterlyReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineQuarterlyReportFields on HotlineQuarterlyReport {
  id
  quarter
  firstDay
  lastDay
  generatedAt
  generatedBy {
    id
    fullName
  }
}
    `, {"fragmentName":"HotlineQuarterlyReportFields"}) as unknown as TypedDocumentString<HotlineQuarterlyReportFieldsFragment, unknown>;
export const HotlineSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment HotlineSettingsFields on HotlineSettings {
  acknowledgeHours
  processingDays
  retentionYears
  reporterAccessIdleDays
  alternateHandler {
    ...PersonRefFields
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"HotlineSettingsFields"}) as unknown as TypedDocumentString<HotlineSettingsFieldsFragment, unknown>;
export const HrActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment HrActionFields on HrAction {
  id
  person {
    ...PersonRefFields
  }
  kind
  initiator
  decidedOn
  description
  status
  flagged
  flaggedAt
  createdAt
  commissionRecommendation
  commissionRecommendationOn
  finalizedAt
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"HrActionFields"}) as unknown as TypedDocumentString<HrActionFieldsFragment, unknown>;
export const IntakeQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment IntakeQuestionFields on IntakeQuestion {
  id
  category
  kind
  required
  position
  texts {
    kk
    ru
    en
  }
  options {
    id
    labels {
      kk
      ru
      en
    }
  }
}
    `, {"fragmentName":"IntakeQuestionFields"}) as unknown as TypedDocumentString<IntakeQuestionFieldsFragment, unknown>;
export const LabourDisputeFieldsFragmentDoc = new TypedDocumentString(`
    fragment LabourDisputeFields on LabourDispute {
  id
  person {
    ...PersonRefFields
  }
  body
  appliedOn
  decisionDueOn
  decidedOn
  decision
  agencyRepresentativeAttended
  signatories {
    personId
    name
  }
  protocolDueOn
  protocolForwardedOn
  decisionOverdue
  protocolOverdue
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"LabourDisputeFields"}) as unknown as TypedDocumentString<LabourDisputeFieldsFragment, unknown>;
export const NonDisclosureUndertakingFieldsFragmentDoc = new TypedDocumentString(`
    fragment NonDisclosureUndertakingFields on NonDisclosureUndertaking {
  version
  text {
    kk
    ru
    en
  }
  signedAt
}
    `, {"fragmentName":"NonDisclosureUndertakingFields"}) as unknown as TypedDocumentString<NonDisclosureUndertakingFieldsFragment, unknown>;
export const ProtectionRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProtectionRecordFields on ProtectionRecord {
  id
  person {
    ...PersonRefFields
  }
  basis
  reportedTo
  stateBodyName
  reportedOn
  caseId
  reportNumber
  startsOn
  endsOn
  active
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"ProtectionRecordFields"}) as unknown as TypedDocumentString<ProtectionRecordFieldsFragment, unknown>;
export const ProtectionTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProtectionTaskFields on ProtectionTask {
  id
  caseId
  caseNumber
  owner {
    ...PersonRefFields
  }
  reviewOn
  overdue
  createdAt
  completedAt
  completionNote
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`, {"fragmentName":"ProtectionTaskFields"}) as unknown as TypedDocumentString<ProtectionTaskFieldsFragment, unknown>;
export const PublicHolidayFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicHolidayFields on PublicHoliday {
  id
  date
  kind
  name {
    kk
    ru
    en
  }
  national
}
    `, {"fragmentName":"PublicHolidayFields"}) as unknown as TypedDocumentString<PublicHolidayFieldsFragment, unknown>;
export const SavedFilterFieldsFragmentDoc = new TypedDocumentString(`
    fragment SavedFilterFields on HotlineSavedFilter {
  id
  name
  filter {
    status
    category
    channel
    priority
    labels
    overdueOnly
    assignedToMe
    search
  }
}
    `, {"fragmentName":"SavedFilterFields"}) as unknown as TypedDocumentString<SavedFilterFieldsFragment, unknown>;
export const AcknowledgeHotlineCaseDocument = new TypedDocumentString(`
    mutation AcknowledgeHotlineCase($id: ID!, $message: String) {
  acknowledgeHotlineCase(id: $id, message: $message) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<AcknowledgeHotlineCaseMutation, AcknowledgeHotlineCaseMutationVariables>;
export const AddHotlineIntakeQuestionDocument = new TypedDocumentString(`
    mutation AddHotlineIntakeQuestion($input: IntakeQuestionInput!) {
  addHotlineIntakeQuestion(input: $input) {
    ...IntakeQuestionFields
  }
}
    fragment IntakeQuestionFields on IntakeQuestion {
  id
  category
  kind
  required
  position
  texts {
    kk
    ru
    en
  }
  options {
    id
    labels {
      kk
      ru
      en
    }
  }
}`) as unknown as TypedDocumentString<AddHotlineIntakeQuestionMutation, AddHotlineIntakeQuestionMutationVariables>;
export const AddHotlineNoteDocument = new TypedDocumentString(`
    mutation AddHotlineNote($id: ID!, $body: String!) {
  addHotlineNote(id: $id, body: $body) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<AddHotlineNoteMutation, AddHotlineNoteMutationVariables>;
export const AddHotlineRecommendationDocument = new TypedDocumentString(`
    mutation AddHotlineRecommendation($id: ID!, $input: RecommendationInput!) {
  addHotlineRecommendation(id: $id, input: $input) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<AddHotlineRecommendationMutation, AddHotlineRecommendationMutationVariables>;
export const AddPublicHolidayDocument = new TypedDocumentString(`
    mutation AddPublicHoliday($date: String!, $name: String!, $kind: CalendarDayKind) {
  addPublicHoliday(date: $date, name: $name, kind: $kind) {
    ...PublicHolidayFields
  }
}
    fragment PublicHolidayFields on PublicHoliday {
  id
  date
  kind
  name {
    kk
    ru
    en
  }
  national
}`) as unknown as TypedDocumentString<AddPublicHolidayMutation, AddPublicHolidayMutationVariables>;
export const AssignHotlineCaseDocument = new TypedDocumentString(`
    mutation AssignHotlineCase($id: ID!, $investigatorIds: [ID!]!) {
  assignHotlineCase(id: $id, investigatorIds: $investigatorIds) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<AssignHotlineCaseMutation, AssignHotlineCaseMutationVariables>;
export const AttachCommissionRecommendationDocument = new TypedDocumentString(`
    mutation AttachCommissionRecommendation($id: ID!, $input: CommissionRecommendationInput!) {
  attachCommissionRecommendation(id: $id, input: $input) {
    ...HrActionFields
  }
}
    fragment HrActionFields on HrAction {
  id
  person {
    ...PersonRefFields
  }
  kind
  initiator
  decidedOn
  description
  status
  flagged
  flaggedAt
  createdAt
  commissionRecommendation
  commissionRecommendationOn
  finalizedAt
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<AttachCommissionRecommendationMutation, AttachCommissionRecommendationMutationVariables>;
export const BulkAssignHotlineCasesDocument = new TypedDocumentString(`
    mutation BulkAssignHotlineCases($caseIds: [ID!]!, $investigatorIds: [ID!]!) {
  bulkAssignHotlineCases(caseIds: $caseIds, investigatorIds: $investigatorIds) {
    ...BulkCaseResultFields
  }
}
    fragment BulkCaseResultFields on HotlineBulkCaseResult {
  caseId
  number
  done
  errorCode
  messageKey
  params
}`) as unknown as TypedDocumentString<BulkAssignHotlineCasesMutation, BulkAssignHotlineCasesMutationVariables>;
export const BulkLabelHotlineCasesDocument = new TypedDocumentString(`
    mutation BulkLabelHotlineCases($caseIds: [ID!]!, $labels: [String!]!) {
  bulkLabelHotlineCases(caseIds: $caseIds, labels: $labels) {
    ...BulkCaseResultFields
  }
}
    fragment BulkCaseResultFields on HotlineBulkCaseResult {
  caseId
  number
  done
  errorCode
  messageKey
  params
}`) as unknown as TypedDocumentString<BulkLabelHotlineCasesMutation, BulkLabelHotlineCasesMutationVariables>;
export const CloseHotlineCaseDocument = new TypedDocumentString(`
    mutation CloseHotlineCase($id: ID!, $input: CloseCaseInput!) {
  closeHotlineCase(id: $id, input: $input) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<CloseHotlineCaseMutation, CloseHotlineCaseMutationVariables>;
export const CompleteHotlineRecommendationDocument = new TypedDocumentString(`
    mutation CompleteHotlineRecommendation($id: ID!, $note: String) {
  completeHotlineRecommendation(id: $id, note: $note) {
    ...HotlineRecommendationFields
  }
}
    fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<CompleteHotlineRecommendationMutation, CompleteHotlineRecommendationMutationVariables>;
export const CompleteProtectionTaskDocument = new TypedDocumentString(`
    mutation CompleteProtectionTask($id: ID!, $note: String!) {
  completeProtectionTask(id: $id, note: $note) {
    ...ProtectionTaskFields
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}
fragment ProtectionTaskFields on ProtectionTask {
  id
  caseId
  caseNumber
  owner {
    ...PersonRefFields
  }
  reviewOn
  overdue
  createdAt
  completedAt
  completionNote
}`) as unknown as TypedDocumentString<CompleteProtectionTaskMutation, CompleteProtectionTaskMutationVariables>;
export const DecideIdentityDisclosureDocument = new TypedDocumentString(`
    mutation DecideIdentityDisclosure($id: ID!, $approved: Boolean!) {
  decideIdentityDisclosure(id: $id, approved: $approved) {
    ...IdentityDisclosureFields
  }
}
    fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<DecideIdentityDisclosureMutation, DecideIdentityDisclosureMutationVariables>;
export const DeclareHotlineCaseConflictDocument = new TypedDocumentString(`
    mutation DeclareHotlineCaseConflict($id: ID!, $reason: String!) {
  declareHotlineCaseConflict(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeclareHotlineCaseConflictMutation, DeclareHotlineCaseConflictMutationVariables>;
export const DeleteHotlineFilterDocument = new TypedDocumentString(`
    mutation DeleteHotlineFilter($id: ID!) {
  deleteHotlineFilter(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteHotlineFilterMutation, DeleteHotlineFilterMutationVariables>;
export const EnterHotlineReportForCallerDocument = new TypedDocumentString(`
    mutation EnterHotlineReportForCaller($input: CallerReportInput!) {
  enterHotlineReportForCaller(input: $input) {
    receipt
    number
  }
}
    `) as unknown as TypedDocumentString<EnterHotlineReportForCallerMutation, EnterHotlineReportForCallerMutationVariables>;
export const FinalizeHrActionDocument = new TypedDocumentString(`
    mutation FinalizeHrAction($id: ID!) {
  finalizeHrAction(id: $id) {
    ...HrActionFields
  }
}
    fragment HrActionFields on HrAction {
  id
  person {
    ...PersonRefFields
  }
  kind
  initiator
  decidedOn
  description
  status
  flagged
  flaggedAt
  createdAt
  commissionRecommendation
  commissionRecommendationOn
  finalizedAt
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<FinalizeHrActionMutation, FinalizeHrActionMutationVariables>;
export const GenerateHotlineQuarterlyReportDocument = new TypedDocumentString(`
    mutation GenerateHotlineQuarterlyReport($quarter: String!) {
  generateHotlineQuarterlyReport(quarter: $quarter) {
    ...HotlineQuarterlyReportFields
  }
}
    fragment HotlineQuarterlyReportFields on HotlineQuarterlyReport {
  id
  quarter
  firstDay
  lastDay
  generatedAt
  generatedBy {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<GenerateHotlineQuarterlyReportMutation, GenerateHotlineQuarterlyReportMutationVariables>;
export const GetHotlineCaseDocument = new TypedDocumentString(`
    query GetHotlineCase($id: ID!) {
  hotlineCase(id: $id) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<GetHotlineCaseQuery, GetHotlineCaseQueryVariables>;
export const GetHotlineCaseTimelineDocument = new TypedDocumentString(`
    query GetHotlineCaseTimeline($id: ID!) {
  hotlineCase(id: $id) {
    id
    timeline {
      id
      at
      atPrecision
      action
      actor {
        ...PersonRefFields
      }
      facts {
        key
        values
      }
    }
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<GetHotlineCaseTimelineQuery, GetHotlineCaseTimelineQueryVariables>;
export const GetHotlineDashboardDocument = new TypedDocumentString(`
    query GetHotlineDashboard($periodFrom: DateTime, $periodTo: DateTime) {
  hotlineDashboard(periodFrom: $periodFrom, periodTo: $periodTo) {
    total {
      ...DashboardCellFields
    }
    byStatus {
      ...DashboardCellFields
    }
    byCategory {
      ...DashboardCellFields
    }
    byAge {
      ...DashboardCellFields
    }
    overdueAcknowledgements {
      ...DashboardCellFields
    }
    awaitingAlternateHandler {
      ...DashboardCellFields
    }
    acknowledgedInTimePercent
    processedInTimePercent
  }
}
    fragment DashboardCellFields on DashboardCell {
  key
  count
  display
}`) as unknown as TypedDocumentString<GetHotlineDashboardQuery, GetHotlineDashboardQueryVariables>;
export const GetHotlineIntakeProfileDocument = new TypedDocumentString(`
    query GetHotlineIntakeProfile {
  hotlineSettings {
    intake {
      ...HotlineIntakeProfileFields
    }
  }
}
    fragment HotlineIntakeProfileFields on HotlineIntakeProfile {
  reportsTo
  acknowledgeHours
  brandColor
  logoDataUrl
}`) as unknown as TypedDocumentString<GetHotlineIntakeProfileQuery, GetHotlineIntakeProfileQueryVariables>;
export const GetHotlineRetaliationAssessmentDocument = new TypedDocumentString(`
    query GetHotlineRetaliationAssessment($caseId: ID!) {
  hotlineRetaliationAssessment(caseId: $caseId) {
    level
    reason
    assessedAt
  }
}
    `) as unknown as TypedDocumentString<GetHotlineRetaliationAssessmentQuery, GetHotlineRetaliationAssessmentQueryVariables>;
export const GetHotlineSettingsDocument = new TypedDocumentString(`
    query GetHotlineSettings {
  hotlineSettings {
    ...HotlineSettingsFields
  }
}
    fragment HotlineSettingsFields on HotlineSettings {
  acknowledgeHours
  processingDays
  retentionYears
  reporterAccessIdleDays
  alternateHandler {
    ...PersonRefFields
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<GetHotlineSettingsQuery, GetHotlineSettingsQueryVariables>;
export const GetHotlineTrendsDocument = new TypedDocumentString(`
    query GetHotlineTrends($periodFrom: DateTime, $periodTo: DateTime) {
  hotlineTrends(periodFrom: $periodFrom, periodTo: $periodTo) {
    exact
    firstDay
    lastDay
    total {
      ...DashboardCellFields
    }
    months {
      month
      received {
        ...DashboardCellFields
      }
      acknowledgedInTime {
        ...DashboardCellFields
      }
      processedInTime {
        ...DashboardCellFields
      }
      substantiated {
        ...DashboardCellFields
      }
    }
    byCategory {
      ...DashboardCellFields
    }
    byChannel {
      ...DashboardCellFields
    }
    byOrgUnit {
      key
      count
      display
      names {
        kk
        ru
        en
      }
    }
  }
}
    fragment DashboardCellFields on DashboardCell {
  key
  count
  display
}`) as unknown as TypedDocumentString<GetHotlineTrendsQuery, GetHotlineTrendsQueryVariables>;
export const GiveHotlineInterimFeedbackDocument = new TypedDocumentString(`
    mutation GiveHotlineInterimFeedback($id: ID!, $input: InterimFeedbackInput!) {
  giveHotlineInterimFeedback(id: $id, input: $input) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<GiveHotlineInterimFeedbackMutation, GiveHotlineInterimFeedbackMutationVariables>;
export const GrantProtectionDocument = new TypedDocumentString(`
    mutation GrantProtection($input: GrantProtectionInput!) {
  grantProtection(input: $input) {
    ...ProtectionRecordFields
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}
fragment ProtectionRecordFields on ProtectionRecord {
  id
  person {
    ...PersonRefFields
  }
  basis
  reportedTo
  stateBodyName
  reportedOn
  caseId
  reportNumber
  startsOn
  endsOn
  active
}`) as unknown as TypedDocumentString<GrantProtectionMutation, GrantProtectionMutationVariables>;
export const GrantStateBodyProtectionDocument = new TypedDocumentString(`
    mutation GrantStateBodyProtection($input: StateBodyProtectionInput!) {
  grantStateBodyProtection(input: $input) {
    ...ProtectionRecordFields
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}
fragment ProtectionRecordFields on ProtectionRecord {
  id
  person {
    ...PersonRefFields
  }
  basis
  reportedTo
  stateBodyName
  reportedOn
  caseId
  reportNumber
  startsOn
  endsOn
  active
}`) as unknown as TypedDocumentString<GrantStateBodyProtectionMutation, GrantStateBodyProtectionMutationVariables>;
export const HotlineNonDisclosureUndertakingDocument = new TypedDocumentString(`
    query HotlineNonDisclosureUndertaking {
  hotlineNonDisclosureUndertaking {
    ...NonDisclosureUndertakingFields
  }
}
    fragment NonDisclosureUndertakingFields on NonDisclosureUndertaking {
  version
  text {
    kk
    ru
    en
  }
  signedAt
}`) as unknown as TypedDocumentString<HotlineNonDisclosureUndertakingQuery, HotlineNonDisclosureUndertakingQueryVariables>;
export const ImportHrActionsDocument = new TypedDocumentString(`
    mutation ImportHrActions($file: File!) {
  importHrActions(file: $file) {
    created
    flagged
  }
}
    `) as unknown as TypedDocumentString<ImportHrActionsMutation, ImportHrActionsMutationVariables>;
export const ImportPublicHolidaysDocument = new TypedDocumentString(`
    mutation ImportPublicHolidays($file: File!) {
  importPublicHolidays(file: $file) {
    ...HolidayImportPreviewFields
  }
}
    fragment HolidayImportPreviewFields on HolidayImportPreview {
  added
  updated
  unchanged
  rows {
    row
    date
    kind
    name {
      kk
      ru
      en
    }
    change
  }
  errors {
    row
    column
    messageKey
    params
    message
  }
}`) as unknown as TypedDocumentString<ImportPublicHolidaysMutation, ImportPublicHolidaysMutationVariables>;
export const IncompleteCalendarYearsDocument = new TypedDocumentString(`
    query IncompleteCalendarYears($fromYear: Int!, $toYear: Int!) {
  incompleteCalendarYears(fromYear: $fromYear, toYear: $toYear)
}
    `) as unknown as TypedDocumentString<IncompleteCalendarYearsQuery, IncompleteCalendarYearsQueryVariables>;
export const LinkHotlineInvolvedPersonsDocument = new TypedDocumentString(`
    mutation LinkHotlineInvolvedPersons($id: ID!, $personIds: [ID!]!) {
  linkHotlineInvolvedPersons(id: $id, personIds: $personIds) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<LinkHotlineInvolvedPersonsMutation, LinkHotlineInvolvedPersonsMutationVariables>;
export const ListHotlineCaseLabelsDocument = new TypedDocumentString(`
    query ListHotlineCaseLabels {
  hotlineCaseLabels
}
    `) as unknown as TypedDocumentString<ListHotlineCaseLabelsQuery, ListHotlineCaseLabelsQueryVariables>;
export const ListHotlineCaseLinksDocument = new TypedDocumentString(`
    query ListHotlineCaseLinks($caseId: ID!) {
  hotlineCaseLinks(caseId: $caseId) {
    retaliationComplaintOf {
      id
      number
    }
    retaliationComplaints {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<ListHotlineCaseLinksQuery, ListHotlineCaseLinksQueryVariables>;
export const ListHotlineCasesDocument = new TypedDocumentString(`
    query ListHotlineCases($filter: HotlineCaseFilter) {
  hotlineCases(filter: $filter) {
    total
    items {
      ...HotlineCaseSummaryFields
    }
  }
}
    fragment HotlineCaseSummaryFields on HotlineCaseSummary {
  id
  number
  withheld
  handledBy
  category
  channel
  status
  scope
  anonymous
  receivedAt
  acknowledgeBy
  acknowledgedAt
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  assignees {
    ...PersonRefFields
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<ListHotlineCasesQuery, ListHotlineCasesQueryVariables>;
export const ListHotlineConflictDeclarationsDocument = new TypedDocumentString(`
    query ListHotlineConflictDeclarations($caseId: ID!) {
  hotlineConflictDeclarations(caseId: $caseId) {
    id
    person {
      ...PersonRefFields
    }
    reason
    wasAssigned
    declaredAt
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<ListHotlineConflictDeclarationsQuery, ListHotlineConflictDeclarationsQueryVariables>;
export const ListHotlineDisclosureRequestsDocument = new TypedDocumentString(`
    query ListHotlineDisclosureRequests {
  hotlineDisclosureRequests {
    ...IdentityDisclosureFields
  }
}
    fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<ListHotlineDisclosureRequestsQuery, ListHotlineDisclosureRequestsQueryVariables>;
export const ListHotlineFigureCasesDocument = new TypedDocumentString(`
    query ListHotlineFigureCases($periodFrom: DateTime, $periodTo: DateTime, $month: String, $measure: HotlineTrendMeasure, $category: String, $channel: String, $orgUnit: String) {
  hotlineFigureCases(
    periodFrom: $periodFrom
    periodTo: $periodTo
    month: $month
    measure: $measure
    category: $category
    channel: $channel
    orgUnit: $orgUnit
  ) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<ListHotlineFigureCasesQuery, ListHotlineFigureCasesQueryVariables>;
export const ListHotlineIntakeQuestionsDocument = new TypedDocumentString(`
    query ListHotlineIntakeQuestions {
  hotlineIntakeQuestions {
    ...IntakeQuestionFields
  }
}
    fragment IntakeQuestionFields on IntakeQuestion {
  id
  category
  kind
  required
  position
  texts {
    kk
    ru
    en
  }
  options {
    id
    labels {
      kk
      ru
      en
    }
  }
}`) as unknown as TypedDocumentString<ListHotlineIntakeQuestionsQuery, ListHotlineIntakeQuestionsQueryVariables>;
export const ListHotlineKpisDocument = new TypedDocumentString(`
    query ListHotlineKpis($codes: [String!]!, $filter: KpiFilterInput) {
  kpiValues(codes: $codes, filter: $filter) {
    code
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
    value
    target
    met
    numerator
    denominator
    suppressed
  }
}
    `) as unknown as TypedDocumentString<ListHotlineKpisQuery, ListHotlineKpisQueryVariables>;
export const ListHotlineQuarterlyReportsDocument = new TypedDocumentString(`
    query ListHotlineQuarterlyReports {
  hotlineQuarterlyReports {
    ...HotlineQuarterlyReportFields
  }
}
    fragment HotlineQuarterlyReportFields on HotlineQuarterlyReport {
  id
  quarter
  firstDay
  lastDay
  generatedAt
  generatedBy {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<ListHotlineQuarterlyReportsQuery, ListHotlineQuarterlyReportsQueryVariables>;
export const ListHotlineRecommendationsDocument = new TypedDocumentString(`
    query ListHotlineRecommendations($overdueOnly: Boolean) {
  hotlineRecommendations(overdueOnly: $overdueOnly) {
    ...HotlineRecommendationFields
  }
}
    fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<ListHotlineRecommendationsQuery, ListHotlineRecommendationsQueryVariables>;
export const ListHrActionsDocument = new TypedDocumentString(`
    query ListHrActions($flaggedOnly: Boolean) {
  hrActions(flaggedOnly: $flaggedOnly) {
    ...HrActionFields
  }
}
    fragment HrActionFields on HrAction {
  id
  person {
    ...PersonRefFields
  }
  kind
  initiator
  decidedOn
  description
  status
  flagged
  flaggedAt
  createdAt
  commissionRecommendation
  commissionRecommendationOn
  finalizedAt
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<ListHrActionsQuery, ListHrActionsQueryVariables>;
export const ListInvestigatorCandidatesDocument = new TypedDocumentString(`
    query ListInvestigatorCandidates($caseId: ID!) {
  hotlineInvestigatorCandidates(caseId: $caseId) {
    person {
      ...PersonRefFields
    }
    eligible
    reason
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<ListInvestigatorCandidatesQuery, ListInvestigatorCandidatesQueryVariables>;
export const ListLabourDisputesDocument = new TypedDocumentString(`
    query ListLabourDisputes {
  labourDisputes {
    ...LabourDisputeFields
  }
}
    fragment LabourDisputeFields on LabourDispute {
  id
  person {
    ...PersonRefFields
  }
  body
  appliedOn
  decisionDueOn
  decidedOn
  decision
  agencyRepresentativeAttended
  signatories {
    personId
    name
  }
  protocolDueOn
  protocolForwardedOn
  decisionOverdue
  protocolOverdue
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<ListLabourDisputesQuery, ListLabourDisputesQueryVariables>;
export const ListProtectionRecordsDocument = new TypedDocumentString(`
    query ListProtectionRecords($activeOnly: Boolean) {
  protectionRecords(activeOnly: $activeOnly) {
    ...ProtectionRecordFields
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}
fragment ProtectionRecordFields on ProtectionRecord {
  id
  person {
    ...PersonRefFields
  }
  basis
  reportedTo
  stateBodyName
  reportedOn
  caseId
  reportNumber
  startsOn
  endsOn
  active
}`) as unknown as TypedDocumentString<ListProtectionRecordsQuery, ListProtectionRecordsQueryVariables>;
export const ListProtectionTaskOwnersDocument = new TypedDocumentString(`
    query ListProtectionTaskOwners($caseId: ID!) {
  protectionTaskOwners(caseId: $caseId) {
    ...PersonRefFields
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<ListProtectionTaskOwnersQuery, ListProtectionTaskOwnersQueryVariables>;
export const ListProtectionTasksDocument = new TypedDocumentString(`
    query ListProtectionTasks($openOnly: Boolean) {
  protectionTasks(openOnly: $openOnly, limit: 100) {
    ...ProtectionTaskFields
  }
}
    fragment PersonRefFields on PersonRef {
  id
  fullName
}
fragment ProtectionTaskFields on ProtectionTask {
  id
  caseId
  caseNumber
  owner {
    ...PersonRefFields
  }
  reviewOn
  overdue
  createdAt
  completedAt
  completionNote
}`) as unknown as TypedDocumentString<ListProtectionTasksQuery, ListProtectionTasksQueryVariables>;
export const ListPublicHolidaysDocument = new TypedDocumentString(`
    query ListPublicHolidays($year: Int!) {
  publicHolidays(year: $year) {
    ...PublicHolidayFields
  }
}
    fragment PublicHolidayFields on PublicHoliday {
  id
  date
  kind
  name {
    kk
    ru
    en
  }
  national
}`) as unknown as TypedDocumentString<ListPublicHolidaysQuery, ListPublicHolidaysQueryVariables>;
export const ListSavedHotlineFiltersDocument = new TypedDocumentString(`
    query ListSavedHotlineFilters {
  mySavedHotlineFilters {
    ...SavedFilterFields
  }
}
    fragment SavedFilterFields on HotlineSavedFilter {
  id
  name
  filter {
    status
    category
    channel
    priority
    labels
    overdueOnly
    assignedToMe
    search
  }
}`) as unknown as TypedDocumentString<ListSavedHotlineFiltersQuery, ListSavedHotlineFiltersQueryVariables>;
export const MoveHotlineIntakeQuestionDocument = new TypedDocumentString(`
    mutation MoveHotlineIntakeQuestion($id: ID!, $direction: IntakeQuestionMove!) {
  moveHotlineIntakeQuestion(id: $id, direction: $direction) {
    ...IntakeQuestionFields
  }
}
    fragment IntakeQuestionFields on IntakeQuestion {
  id
  category
  kind
  required
  position
  texts {
    kk
    ru
    en
  }
  options {
    id
    labels {
      kk
      ru
      en
    }
  }
}`) as unknown as TypedDocumentString<MoveHotlineIntakeQuestionMutation, MoveHotlineIntakeQuestionMutationVariables>;
export const OpenLabourDisputeDocument = new TypedDocumentString(`
    mutation OpenLabourDispute($input: LabourDisputeInput!) {
  openLabourDispute(input: $input) {
    ...LabourDisputeFields
  }
}
    fragment LabourDisputeFields on LabourDispute {
  id
  person {
    ...PersonRefFields
  }
  body
  appliedOn
  decisionDueOn
  decidedOn
  decision
  agencyRepresentativeAttended
  signatories {
    personId
    name
  }
  protocolDueOn
  protocolForwardedOn
  decisionOverdue
  protocolOverdue
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<OpenLabourDisputeMutation, OpenLabourDisputeMutationVariables>;
export const OpenRetaliationComplaintDocument = new TypedDocumentString(`
    mutation OpenRetaliationComplaint($caseId: ID!, $input: CallerReportInput!) {
  openRetaliationComplaint(caseId: $caseId, input: $input) {
    receipt
    number
  }
}
    `) as unknown as TypedDocumentString<OpenRetaliationComplaintMutation, OpenRetaliationComplaintMutationVariables>;
export const PreviewPublicHolidayImportDocument = new TypedDocumentString(`
    mutation PreviewPublicHolidayImport($file: File!) {
  previewPublicHolidayImport(file: $file) {
    ...HolidayImportPreviewFields
  }
}
    fragment HolidayImportPreviewFields on HolidayImportPreview {
  added
  updated
  unchanged
  rows {
    row
    date
    kind
    name {
      kk
      ru
      en
    }
    change
  }
  errors {
    row
    column
    messageKey
    params
    message
  }
}`) as unknown as TypedDocumentString<PreviewPublicHolidayImportMutation, PreviewPublicHolidayImportMutationVariables>;
export const RecordDisputeDecisionDocument = new TypedDocumentString(`
    mutation RecordDisputeDecision($id: ID!, $input: DisputeDecisionInput!) {
  recordDisputeDecision(id: $id, input: $input) {
    ...LabourDisputeFields
  }
}
    fragment LabourDisputeFields on LabourDispute {
  id
  person {
    ...PersonRefFields
  }
  body
  appliedOn
  decisionDueOn
  decidedOn
  decision
  agencyRepresentativeAttended
  signatories {
    personId
    name
  }
  protocolDueOn
  protocolForwardedOn
  decisionOverdue
  protocolOverdue
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<RecordDisputeDecisionMutation, RecordDisputeDecisionMutationVariables>;
export const RecordHotlineFindingsDocument = new TypedDocumentString(`
    mutation RecordHotlineFindings($id: ID!, $input: FindingsInput!) {
  recordHotlineFindings(id: $id, input: $input) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<RecordHotlineFindingsMutation, RecordHotlineFindingsMutationVariables>;
export const RecordHrActionDocument = new TypedDocumentString(`
    mutation RecordHrAction($input: HrActionInput!) {
  recordHrAction(input: $input) {
    ...HrActionFields
  }
}
    fragment HrActionFields on HrAction {
  id
  person {
    ...PersonRefFields
  }
  kind
  initiator
  decidedOn
  description
  status
  flagged
  flaggedAt
  createdAt
  commissionRecommendation
  commissionRecommendationOn
  finalizedAt
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<RecordHrActionMutation, RecordHrActionMutationVariables>;
export const RecordProtocolForwardedDocument = new TypedDocumentString(`
    mutation RecordProtocolForwarded($id: ID!, $forwardedOn: String!) {
  recordProtocolForwarded(id: $id, forwardedOn: $forwardedOn) {
    ...LabourDisputeFields
  }
}
    fragment LabourDisputeFields on LabourDispute {
  id
  person {
    ...PersonRefFields
  }
  body
  appliedOn
  decisionDueOn
  decidedOn
  decision
  agencyRepresentativeAttended
  signatories {
    personId
    name
  }
  protocolDueOn
  protocolForwardedOn
  decisionOverdue
  protocolOverdue
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<RecordProtocolForwardedMutation, RecordProtocolForwardedMutationVariables>;
export const RemovePublicHolidayDocument = new TypedDocumentString(`
    mutation RemovePublicHoliday($id: ID!) {
  removePublicHoliday(id: $id)
}
    `) as unknown as TypedDocumentString<RemovePublicHolidayMutation, RemovePublicHolidayMutationVariables>;
export const RequestIdentityDisclosureDocument = new TypedDocumentString(`
    mutation RequestIdentityDisclosure($id: ID!, $input: DisclosureRequestInput!) {
  requestIdentityDisclosure(id: $id, input: $input) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<RequestIdentityDisclosureMutation, RequestIdentityDisclosureMutationVariables>;
export const RetireHotlineIntakeQuestionDocument = new TypedDocumentString(`
    mutation RetireHotlineIntakeQuestion($id: ID!) {
  retireHotlineIntakeQuestion(id: $id) {
    ...IntakeQuestionFields
  }
}
    fragment IntakeQuestionFields on IntakeQuestion {
  id
  category
  kind
  required
  position
  texts {
    kk
    ru
    en
  }
  options {
    id
    labels {
      kk
      ru
      en
    }
  }
}`) as unknown as TypedDocumentString<RetireHotlineIntakeQuestionMutation, RetireHotlineIntakeQuestionMutationVariables>;
export const RevealHotlineReporterIdentityDocument = new TypedDocumentString(`
    mutation RevealHotlineReporterIdentity($id: ID!) {
  revealHotlineReporterIdentity(id: $id) {
    name
    contact
  }
}
    `) as unknown as TypedDocumentString<RevealHotlineReporterIdentityMutation, RevealHotlineReporterIdentityMutationVariables>;
export const SaveHotlineFilterDocument = new TypedDocumentString(`
    mutation SaveHotlineFilter($name: String!, $filter: HotlineSavedFilterInput!) {
  saveHotlineFilter(name: $name, filter: $filter) {
    ...SavedFilterFields
  }
}
    fragment SavedFilterFields on HotlineSavedFilter {
  id
  name
  filter {
    status
    category
    channel
    priority
    labels
    overdueOnly
    assignedToMe
    search
  }
}`) as unknown as TypedDocumentString<SaveHotlineFilterMutation, SaveHotlineFilterMutationVariables>;
export const SendHotlineMessageDocument = new TypedDocumentString(`
    mutation SendHotlineMessage($id: ID!, $input: StaffMessageInput!) {
  sendHotlineMessage(id: $id, input: $input) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<SendHotlineMessageMutation, SendHotlineMessageMutationVariables>;
export const SetHotlineAlternateHandlerDocument = new TypedDocumentString(`
    mutation SetHotlineAlternateHandler($personId: ID) {
  setHotlineAlternateHandler(personId: $personId) {
    ...HotlineSettingsFields
  }
}
    fragment HotlineSettingsFields on HotlineSettings {
  acknowledgeHours
  processingDays
  retentionYears
  reporterAccessIdleDays
  alternateHandler {
    ...PersonRefFields
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<SetHotlineAlternateHandlerMutation, SetHotlineAlternateHandlerMutationVariables>;
export const SetHotlineCaseLabelsDocument = new TypedDocumentString(`
    mutation SetHotlineCaseLabels($id: ID!, $labels: [String!]!) {
  setHotlineCaseLabels(id: $id, labels: $labels) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<SetHotlineCaseLabelsMutation, SetHotlineCaseLabelsMutationVariables>;
export const SetHotlineCasePriorityDocument = new TypedDocumentString(`
    mutation SetHotlineCasePriority($id: ID!, $priority: HotlinePriority!) {
  setHotlineCasePriority(id: $id, priority: $priority) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<SetHotlineCasePriorityMutation, SetHotlineCasePriorityMutationVariables>;
export const SetHotlineIntakeLogoDocument = new TypedDocumentString(`
    mutation SetHotlineIntakeLogo($logo: File) {
  setHotlineIntakeLogo(logo: $logo) {
    ...HotlineIntakeProfileFields
  }
}
    fragment HotlineIntakeProfileFields on HotlineIntakeProfile {
  reportsTo
  acknowledgeHours
  brandColor
  logoDataUrl
}`) as unknown as TypedDocumentString<SetHotlineIntakeLogoMutation, SetHotlineIntakeLogoMutationVariables>;
export const SignHotlineNonDisclosureUndertakingDocument = new TypedDocumentString(`
    mutation SignHotlineNonDisclosureUndertaking($version: String!) {
  signHotlineNonDisclosureUndertaking(version: $version) {
    ...NonDisclosureUndertakingFields
  }
}
    fragment NonDisclosureUndertakingFields on NonDisclosureUndertaking {
  version
  text {
    kk
    ru
    en
  }
  signedAt
}`) as unknown as TypedDocumentString<SignHotlineNonDisclosureUndertakingMutation, SignHotlineNonDisclosureUndertakingMutationVariables>;
export const TriageHotlineCaseDocument = new TypedDocumentString(`
    mutation TriageHotlineCase($id: ID!, $input: TriageInput!) {
  triageHotlineCase(id: $id, input: $input) {
    ...HotlineCaseFields
  }
}
    fragment HotlineAttachmentFields on HotlineAttachmentMeta {
  id
  fileName
  contentType
  sizeBytes
  uploadedBy
  createdAt
}
fragment HotlineCaseFields on HotlineCase {
  id
  number
  handledBy
  category
  channel
  status
  scope
  outOfScopeReason
  outOfScopeNote
  anonymous
  hasReporterIdentity
  receivedAt
  acknowledgeBy
  acknowledgedAt
  checkDays
  processBy
  closedAt
  overdueAcknowledgement
  acknowledgedInTime
  priority
  labels
  findings
  outcome
  content {
    what
    when
    where
    who
  }
  intakeAnswers {
    ...IntakeAnswerFields
  }
  assignees {
    ...PersonRefFields
  }
  involvedPersons {
    ...PersonRefFields
  }
  messages {
    id
    author
    authorPerson {
      ...PersonRefFields
    }
    kind
    code
    body
    createdAt
    attachments {
      ...HotlineAttachmentFields
    }
  }
  notes {
    id
    author {
      ...PersonRefFields
    }
    body
    createdAt
  }
  attachments {
    ...HotlineAttachmentFields
  }
  recommendations {
    ...HotlineRecommendationFields
  }
  disclosures {
    ...IdentityDisclosureFields
  }
  enteredBy {
    ...PersonRefFields
  }
  viewerCan {
    assign
    acknowledge
    work
    readIdentity
    decideDisclosure
  }
}
fragment HotlineRecommendationFields on HotlineRecommendation {
  id
  caseId
  caseNumber
  kind
  text
  owner {
    ...PersonRefFields
  }
  dueOn
  doneAt
  doneNote
  overdue
}
fragment IdentityDisclosureFields on IdentityDisclosure {
  id
  caseId
  caseNumber
  requestedBy {
    ...PersonRefFields
  }
  requestedFor {
    ...PersonRefFields
  }
  reason
  requestedAt
  decidedBy {
    ...PersonRefFields
  }
  decidedAt
  approved
  viewerCanDecide
}
fragment IntakeAnswerFields on IntakeAnswer {
  questionId
  kind
  required
  question {
    kk
    ru
    en
  }
  text
  yes
  choices {
    kk
    ru
    en
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<TriageHotlineCaseMutation, TriageHotlineCaseMutationVariables>;
export const UpdateHotlineIntakeProfileDocument = new TypedDocumentString(`
    mutation UpdateHotlineIntakeProfile($input: HotlineIntakeProfileInput!) {
  updateHotlineIntakeProfile(input: $input) {
    ...HotlineIntakeProfileFields
  }
}
    fragment HotlineIntakeProfileFields on HotlineIntakeProfile {
  reportsTo
  acknowledgeHours
  brandColor
  logoDataUrl
}`) as unknown as TypedDocumentString<UpdateHotlineIntakeProfileMutation, UpdateHotlineIntakeProfileMutationVariables>;
export const UpdateHotlineIntakeQuestionDocument = new TypedDocumentString(`
    mutation UpdateHotlineIntakeQuestion($id: ID!, $input: IntakeQuestionInput!) {
  updateHotlineIntakeQuestion(id: $id, input: $input) {
    ...IntakeQuestionFields
  }
}
    fragment IntakeQuestionFields on IntakeQuestion {
  id
  category
  kind
  required
  position
  texts {
    kk
    ru
    en
  }
  options {
    id
    labels {
      kk
      ru
      en
    }
  }
}`) as unknown as TypedDocumentString<UpdateHotlineIntakeQuestionMutation, UpdateHotlineIntakeQuestionMutationVariables>;
export const UpdateHotlineSettingsDocument = new TypedDocumentString(`
    mutation UpdateHotlineSettings($input: HotlineSettingsInput!) {
  updateHotlineSettings(input: $input) {
    ...HotlineSettingsFields
  }
}
    fragment HotlineSettingsFields on HotlineSettings {
  acknowledgeHours
  processingDays
  retentionYears
  reporterAccessIdleDays
  alternateHandler {
    ...PersonRefFields
  }
}
fragment PersonRefFields on PersonRef {
  id
  fullName
}`) as unknown as TypedDocumentString<UpdateHotlineSettingsMutation, UpdateHotlineSettingsMutationVariables>;