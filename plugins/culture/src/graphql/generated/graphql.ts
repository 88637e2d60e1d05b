/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CultureActivityAction =
  | 'add_evidence'
  | 'edit'
  | 'remove'
  | 'report';

export type CultureActivityAudience =
  | 'managers'
  | 'org_units'
  | 'procurement_staff'
  | 'restricted_positions'
  | 'risk_exposed_positions'
  | 'role'
  | 'whole_org';

export type CultureActivityInput = {
  audience: CultureActivityAudience;
  checkForm: CultureCheckForm;
  checkNoneReason?: string | null | undefined;
  /** A test activity’s training course. */
  courseId?: string | null | undefined;
  /** YYYY-MM-DD, within the plan’s year */
  deadline: string;
  description?: string | null | undefined;
  kind: CultureActivityKind;
  orgUnitIds?: Array<string> | null | undefined;
  plannedParticipants?: number | null | undefined;
  responsibleIds: Array<string>;
  /** §9.1, §34: risks of the register it answers (VALIDATION for another’s); left out, they stay. */
  riskIds?: Array<string> | null | undefined;
  risks?: Array<string> | null | undefined;
  role?: Role | null | undefined;
  /** A classroom activity’s training session, where its attendance is recorded. */
  sessionId?: string | null | undefined;
  title: string;
  topics?: Array<CultureActivityTopic> | null | undefined;
};

/** §32: educational, informational or organisational. */
export type CultureActivityKind =
  | 'educational'
  | 'informational'
  | 'organisational';

export type CultureActivityReportInput = {
  /** When done; a linked course or session gives its own. */
  actualParticipants?: number | null | undefined;
  /** YYYY-MM-DD, when done */
  heldOn?: string | null | undefined;
  incentives?: Array<CultureIncentiveInput> | null | undefined;
  /** Required when cancelled: why. */
  note?: string | null | undefined;
  /** in_progress, done or cancelled */
  status: CultureActivityStatus;
};

export type CultureActivityStatus =
  | 'cancelled'
  | 'done'
  | 'in_progress'
  | 'planned';

/** What an activity is about, where another chapter asks for a recurring event (§19, §39, §29, §5.4, §52.3, §38.1). */
export type CultureActivityTopic =
  | 'conflict_of_interest_cases'
  | 'consultation_schedule'
  | 'corruption_offences'
  | 'declaration_meeting'
  | 'hr_practice'
  | 'other'
  | 'procurement_training'
  | 'reporter_protection'
  | 'responsible_staff_training';

/** §35.1, §33: how the knowledge gained is checked. */
export type CultureCheckForm =
  | 'none'
  | 'questionnaire'
  | 'survey'
  | 'test';

export type CultureEvidenceInput = {
  kind: CultureEvidenceKind;
  title: string;
  /** A link (https) for kind link. */
  url?: string | null | undefined;
};

export type CultureEvidenceKind =
  | 'attendance'
  | 'file'
  | 'link'
  | 'photo';

export type CultureIncentiveInput = {
  description: string;
  kind: CultureIncentiveKind;
  people: number;
};

export type CultureIncentiveKind =
  | 'financial'
  | 'non_financial';

export type CultureMaterialFilter = {
  kind?: CultureMaterialKind | null | undefined;
  /** Part of the title in any language. */
  search?: string | null | undefined;
  status?: CultureMaterialStatus | null | undefined;
};

export type CultureMaterialInput = {
  /** Calendar days from publication, 1 to 365; 10 when none is given. */
  acknowledgementDays?: number | null | undefined;
  audienceAll: boolean;
  /** Each unit with its subtree. */
  audienceOrgUnitIds?: Array<string> | null | undefined;
  audienceRoles?: Array<Role> | null | undefined;
  /** Rich text (HTML), sanitised on the server. */
  body?: CultureMaterialTextInput | null | undefined;
  /** The material to change; none for a new draft. */
  id?: string | null | undefined;
  kind: CultureMaterialKind;
  /** https only; a material has a file or a link, not both. */
  linkUrl?: string | null | undefined;
  /** Drops the uploaded file (to give a link instead). */
  removeFile?: boolean | null | undefined;
  requiresAcknowledgement: boolean;
  source?: CultureMaterialSource | null | undefined;
  /** Names the source when it is `other`. */
  sourceName?: string | null | undefined;
  subject: CultureMaterialSubject;
  title: CultureMaterialTextInput;
};

/** §32.2, §35.6: a memo, a short guide (what to do in a conflict-of-interest or corruption-risk situation), a guide or instruction, a video, a presentation, a booklet. */
export type CultureMaterialKind =
  | 'booklet'
  | 'guide'
  | 'memo'
  | 'presentation'
  | 'short_guide'
  | 'video';

export type CultureMaterialPageInput = {
  /** 1 to 50; 25 when none is given. */
  limit?: number | null | undefined;
  offset?: number | null | undefined;
};

/** §35.4: an outside source — U4, the Anti-Corruption Knowledge Hub, the Basel Institute, or another named one. */
export type CultureMaterialSource =
  | 'basel_institute'
  | 'knowledge_hub'
  | 'other'
  | 'u4';

export type CultureMaterialStatus =
  | 'draft'
  | 'published'
  | 'withdrawn';

export type CultureMaterialSubject =
  | 'anti_corruption_policy'
  | 'conflict_of_interest'
  | 'corruption_risk'
  | 'other';

/** A text in each language; the title needs Kazakh or Russian, the rest may be blank. */
export type CultureMaterialTextInput = {
  en?: string | null | undefined;
  kk?: string | null | undefined;
  ru?: string | null | undefined;
};

export type CulturePlanAction =
  | 'amend'
  | 'approve'
  | 'close'
  | 'edit'
  | 'return'
  | 'submit';

export type CulturePlanDetailsInput = {
  /** §35.1: the other plan of the organisation this one is merged into. */
  mergedInto?: string | null | undefined;
  mergedNote?: string | null | undefined;
  /** §35.1: the corruption-risk analysis the plan is drawn from. */
  riskBasis?: string | null | undefined;
  /** §35.3: how many employees are to pass the test with at least 60 %. */
  targetPassed?: number | null | undefined;
};

export type CulturePlanStatus =
  | 'approved'
  | 'closed'
  | 'draft'
  | 'in_execution'
  | 'submitted';

export type CultureSurveyAnswerInput = {
  /** A statement: a point from 1 to 5. */
  likert?: number | null | undefined;
  questionId: string;
  /** A free question: the text. */
  text?: string | null | undefined;
};

/** Everyone on the staff, or the people of some units’ subtrees. */
export type CultureSurveyAudience =
  | 'all_employees'
  | 'org_units';

/** shown; too_few (under 5 answers); remainder_too_few (a wider group would keep 1 to 4 answers beside it). */
export type CultureSurveyGroupResults =
  | 'remainder_too_few'
  | 'shown'
  | 'too_few';

/** draft; upcoming (opened, before its opening day); open (takes answers); ended (past its closing day); closed. */
export type CultureSurveyPhase =
  | 'closed'
  | 'draft'
  | 'ended'
  | 'open'
  | 'upcoming';

export type CultureSurveyQuestionInput = {
  /** A draft's question keeps its id; a new one is given one. */
  id?: string | null | undefined;
  kind: CultureSurveyQuestionKind;
  required: boolean;
  statement: LocalizedTextInput;
};

/** A statement answered on a scale of 1 (strongly disagree) to 5 (strongly agree), or a free text. */
export type CultureSurveyQuestionKind =
  | 'likert'
  | 'text';

export type CultureSurveyStatus =
  | 'closed'
  | 'draft'
  | 'open';

/** Kazakh and Russian are required; English falls back to Russian. */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  kk: string;
  ru: string;
};

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

export type SaveCultureSurveyInput = {
  audience: CultureSurveyAudience;
  /** YYYY-MM-DD, on or after opensOn. */
  closesOn: string;
  /** The draft to change; none: a new survey. */
  id?: string | null | undefined;
  intro: LocalizedTextInput;
  /** YYYY-MM-DD */
  opensOn: string;
  /** For org_units: the units whose subtrees are asked. */
  orgUnitIds?: Array<string> | null | undefined;
  /** In the order they are asked. */
  questions: Array<CultureSurveyQuestionInput>;
  title: LocalizedTextInput;
};

export type AcknowledgeCultureMaterialMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeCultureMaterialMutation = { acknowledgeCultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type AnswerCultureSurveyMutationVariables = Exact<{
  id: string;
  answers: Array<CultureSurveyAnswerInput> | CultureSurveyAnswerInput;
}>;


export type AnswerCultureSurveyMutation = { answerCultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type CloseCultureSurveyMutationVariables = Exact<{
  id: string;
}>;


export type CloseCultureSurveyMutation = { closeCultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type CultureActivityFieldsFragment = { id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> };

export type CultureActivityQueryVariables = Exact<{
  id: string;
}>;


export type CultureActivityQuery = { cultureActivity: { id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> } };

export type CultureLinkableCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureLinkableCoursesQuery = { cultureLinkableCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> };

export type CultureLinkableSessionsQueryVariables = Exact<{
  year: number;
}>;


export type CultureLinkableSessionsQuery = { cultureLinkableSessions: Array<{ id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } }> };

export type CultureOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: string, names: { kk: string, ru: string, en: string } }> };

export type CultureRiskChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureRiskChoicesQuery = { riskChoices: Array<{ id: string, code: string, processOrDocument: string }> };

export type AddCultureActivityMutationVariables = Exact<{
  planId: string;
  input: CultureActivityInput;
}>;


export type AddCultureActivityMutation = { addCultureActivity: { id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> } };

export type UpdateCultureActivityMutationVariables = Exact<{
  id: string;
  input: CultureActivityInput;
}>;


export type UpdateCultureActivityMutation = { updateCultureActivity: { id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> } };

export type RemoveCultureActivityMutationVariables = Exact<{
  id: string;
}>;


export type RemoveCultureActivityMutation = { removeCultureActivity: boolean };

export type ReportCultureActivityMutationVariables = Exact<{
  id: string;
  input: CultureActivityReportInput;
}>;


export type ReportCultureActivityMutation = { reportCultureActivity: { id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> } };

export type AddCultureEvidenceMutationVariables = Exact<{
  activityId: string;
  input: CultureEvidenceInput;
  file?: File | null | undefined;
}>;


export type AddCultureEvidenceMutation = { addCultureEvidence: { id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> } };

export type RemoveCultureEvidenceMutationVariables = Exact<{
  id: string;
}>;


export type RemoveCultureEvidenceMutation = { removeCultureEvidence: { id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> } };

export type CultureMaterialFieldsFragment = { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null };

export type CultureMaterialQueryVariables = Exact<{
  id: string;
}>;


export type CultureMaterialQuery = { cultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, figures: { audience: number, acknowledged: number, share: number | null, missing: number, byOrgUnit: Array<{ audience: number | null, acknowledged: number | null, share: number | null, withheld: boolean, orgUnit: { id: string, name: { kk: string, ru: string, en: string } } }>, notAcknowledged: Array<{ personId: string, fullName: string, orgUnit: { id: string, name: { kk: string, ru: string, en: string } } }> } | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type CultureMaterialFiguresFieldsFragment = { audience: number, acknowledged: number, share: number | null, missing: number, byOrgUnit: Array<{ audience: number | null, acknowledged: number | null, share: number | null, withheld: boolean, orgUnit: { id: string, name: { kk: string, ru: string, en: string } } }>, notAcknowledged: Array<{ personId: string, fullName: string, orgUnit: { id: string, name: { kk: string, ru: string, en: string } } }> };

export type CultureMaterialForEditQueryVariables = Exact<{
  id: string;
}>;


export type CultureMaterialForEditQuery = { cultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type CultureMaterialOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureMaterialOrgUnitsQuery = { orgUnits: Array<{ id: string, path: string, names: { kk: string, ru: string, en: string } }> };

export type CultureMaterialsQueryVariables = Exact<{
  filter?: CultureMaterialFilter | null | undefined;
  page?: CultureMaterialPageInput | null | undefined;
}>;


export type CultureMaterialsQuery = { cultureMaterials: { total: number, rows: Array<{ id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, requiresAcknowledgement: boolean, updatedAt: string, title: { kk: string, ru: string, en: string }, counts: { audience: number, acknowledged: number, share: number | null } | null }> } };

export type CulturePlanFieldsFragment = { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> };

export type CulturePlanQueryVariables = Exact<{
  year: number;
}>;


export type CulturePlanQuery = { culturePlan: { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> } | null, culturePlanYears: Array<{ id: string, year: number, status: CulturePlanStatus }> };

export type CreateCulturePlanMutationVariables = Exact<{
  year: number;
  copyFrom?: string | null | undefined;
}>;


export type CreateCulturePlanMutation = { createCulturePlan: { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> } };

export type UpdateCulturePlanMutationVariables = Exact<{
  id: string;
  input: CulturePlanDetailsInput;
}>;


export type UpdateCulturePlanMutation = { updateCulturePlan: { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> } };

export type SubmitCulturePlanMutationVariables = Exact<{
  id: string;
}>;


export type SubmitCulturePlanMutation = { submitCulturePlan: { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> } };

export type ApproveCulturePlanMutationVariables = Exact<{
  id: string;
}>;


export type ApproveCulturePlanMutation = { approveCulturePlan: { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> } };

export type ReturnCulturePlanMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type ReturnCulturePlanMutation = { returnCulturePlan: { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> } };

export type AmendCulturePlanMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type AmendCulturePlanMutation = { amendCulturePlan: { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> } };

export type CloseCulturePlanMutationVariables = Exact<{
  id: string;
  report: string;
}>;


export type CloseCulturePlanMutation = { closeCulturePlan: { id: string, year: number, status: CulturePlanStatus, version: number, riskBasis: string | null, targetPassed: number | null, mergedInto: string | null, mergedNote: string | null, copiedFromYear: number | null, amendmentReason: string | null, returnNote: string | null, submittedAt: string | null, closingReport: string | null, closedAt: string | null, actions: Array<CulturePlanAction>, submittedBy: { id: string, fullName: string } | null, closedBy: { id: string, fullName: string } | null, activities: Array<{ id: string, planId: string, planYear: number, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, orgUnitIds: Array<string>, role: Role | null, deadline: string, risks: Array<string>, riskIds: Array<string>, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, status: CultureActivityStatus, overdue: boolean, heldOn: string | null, actualParticipants: number | null, reportNote: string | null, reportedAt: string | null, actions: Array<CultureActivityAction>, responsible: Array<{ id: string, fullName: string }>, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null>, course: { id: string, title: { kk: string, ru: string, en: string } } | null, session: { id: string, plannedOn: string, topic: { kk: string, ru: string, en: string } } | null, incentives: Array<{ kind: CultureIncentiveKind, description: string, people: number }>, reportedBy: { id: string, fullName: string } | null, results: { participants: number, passed: number } | null, evidence: Array<{ id: string, kind: CultureEvidenceKind, title: string, url: string | null, fileName: string | null, contentType: string | null, sizeBytes: number | null, addedAt: string, addedBy: { id: string, fullName: string } }> }>, warnings: Array<{ rule: string, paragraph: string, state: string, period: { code: string, from: string, to: string } }>, versions: Array<{ number: number, reason: string | null, approvedAt: string, approvedBy: { id: string, fullName: string } }> } };

export type CulturePlanVersionQueryVariables = Exact<{
  planId: string;
  number: number;
}>;


export type CulturePlanVersionQuery = { culturePlanVersion: { planId: string, year: number, number: number, reason: string | null, riskBasis: string | null, targetPassed: number | null, approvedAt: string, approvedBy: { id: string, fullName: string }, activities: Array<{ id: string, kind: CultureActivityKind, topics: Array<CultureActivityTopic>, title: string, description: string | null, audience: CultureActivityAudience, role: Role | null, deadline: string, checkForm: CultureCheckForm, checkNoneReason: string | null, plannedParticipants: number | null, risks: Array<string> }> } };

export type CultureSurveyFieldsFragment = { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> };

export type CultureSurveyQueryVariables = Exact<{
  id: string;
}>;


export type CultureSurveyQuery = { cultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type CultureSurveyOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureSurveyOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: string, names: { kk: string, ru: string, en: string } }> };

export type CultureSurveyParticipationQueryVariables = Exact<{
  id: string;
  orgUnitId?: string | null | undefined;
}>;


export type CultureSurveyParticipationQuery = { cultureSurvey: { id: string, participation: { id: string, orgUnitId: string | null, totals: { asked: number | null, answered: number | null, share: number | null, withheld: boolean, results: CultureSurveyGroupResults }, units: Array<{ id: string, orgUnitId: string, hasChildren: boolean, names: { kk: string, ru: string, en: string }, figures: { asked: number | null, answered: number | null, share: number | null, withheld: boolean, results: CultureSurveyGroupResults } }> } | null } };

export type CultureSurveyResultsQueryVariables = Exact<{
  id: string;
  orgUnitId?: string | null | undefined;
}>;


export type CultureSurveyResultsQuery = { cultureSurveyResults: { id: string, responses: number, questions: Array<{ id: string, answered: number, withheld: boolean, average: number | null, distribution: Array<number> | null }>, freeTexts: Array<{ id: string, texts: Array<string> }> | null } };

export type CultureSurveyTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureSurveyTemplateQuery = { cultureSurveyTemplate: { title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }> } };

export type CultureSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureSurveysQuery = { cultureSurveys: Array<{ id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> }> };

export type CultureTargetIndicatorQueryVariables = Exact<{
  year: number;
  orgUnitId?: string | null | undefined;
}>;


export type CultureTargetIndicatorQuery = { cultureTargetIndicator: { year: number, target: number | null, orgUnitId: string | null, passed: number | null, headcount: number | null, share: number | null, suppressed: boolean, byUnit: Array<{ orgUnitId: string, hasChildren: boolean, passed: number | null, headcount: number | null, share: number | null, suppressed: boolean, name: { kk: string, ru: string, en: string } }> } };

export type MyCultureEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCultureEventsQuery = { myCultureEvents: Array<{ activityId: string, planYear: number, kind: CultureActivityKind, title: string, description: string | null, deadline: string, status: CultureActivityStatus, heldOn: string | null }> };

export type MyCultureMaterialsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCultureMaterialsQuery = { myCultureMaterials: Array<{ id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null }> };

export type MyCultureSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCultureSurveysQuery = { myCultureSurveys: Array<{ id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> }> };

export type OpenCultureSurveyMutationVariables = Exact<{
  id: string;
}>;


export type OpenCultureSurveyMutation = { openCultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type PublishCultureMaterialMutationVariables = Exact<{
  id: string;
}>;


export type PublishCultureMaterialMutation = { publishCultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type RemindCultureMaterialMutationVariables = Exact<{
  id: string;
}>;


export type RemindCultureMaterialMutation = { remindCultureMaterial: number };

export type RemindCultureSurveyMutationVariables = Exact<{
  id: string;
}>;


export type RemindCultureSurveyMutation = { remindCultureSurvey: number };

export type SaveCultureMaterialMutationVariables = Exact<{
  input: CultureMaterialInput;
}>;


export type SaveCultureMaterialMutation = { saveCultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type SaveCultureSurveyMutationVariables = Exact<{
  input: SaveCultureSurveyInput;
}>;


export type SaveCultureSurveyMutation = { saveCultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type UploadCultureMaterialFileMutationVariables = Exact<{
  id: string;
  file: File;
}>;


export type UploadCultureMaterialFileMutation = { uploadCultureMaterialFile: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type WithdrawCultureMaterialMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawCultureMaterialMutation = { withdrawCultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, acknowledgementOverdue: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

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
export const CultureMaterialFieldsFragmentDoc = new TypedDocumentString(`
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}
    `, {"fragmentName":"CultureMaterialFields"}) as unknown as TypedDocumentString<CultureMaterialFieldsFragment, unknown>;
export const CultureMaterialFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment CultureMaterialFiguresFields on CultureMaterialFigures {
  audience
  acknowledged
  share
  missing
  byOrgUnit {
    orgUnit {
      id
      name {
        kk
        ru
        en
      }
    }
    audience
    acknowledged
    share
    withheld
  }
  notAcknowledged {
    personId
    fullName
    orgUnit {
      id
      name {
        kk
        ru
        en
      }
    }
  }
}
    `, {"fragmentName":"CultureMaterialFiguresFields"}) as unknown as TypedDocumentString<CultureMaterialFiguresFieldsFragment, unknown>;
export const CultureActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
    `, {"fragmentName":"CultureActivityFields"}) as unknown as TypedDocumentString<CultureActivityFieldsFragment, unknown>;
export const CulturePlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}`, {"fragmentName":"CulturePlanFields"}) as unknown as TypedDocumentString<CulturePlanFieldsFragment, unknown>;
export const CultureSurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}
    `, {"fragmentName":"CultureSurveyFields"}) as unknown as TypedDocumentString<CultureSurveyFieldsFragment, unknown>;
export const AcknowledgeCultureMaterialDocument = new TypedDocumentString(`
    mutation AcknowledgeCultureMaterial($id: ID!) {
  acknowledgeCultureMaterial(id: $id) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}`) as unknown as TypedDocumentString<AcknowledgeCultureMaterialMutation, AcknowledgeCultureMaterialMutationVariables>;
export const AnswerCultureSurveyDocument = new TypedDocumentString(`
    mutation AnswerCultureSurvey($id: ID!, $answers: [CultureSurveyAnswerInput!]!) {
  answerCultureSurvey(id: $id, answers: $answers) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<AnswerCultureSurveyMutation, AnswerCultureSurveyMutationVariables>;
export const CloseCultureSurveyDocument = new TypedDocumentString(`
    mutation CloseCultureSurvey($id: ID!) {
  closeCultureSurvey(id: $id) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<CloseCultureSurveyMutation, CloseCultureSurveyMutationVariables>;
export const CultureActivityDocument = new TypedDocumentString(`
    query CultureActivity($id: ID!) {
  cultureActivity(id: $id) {
    ...CultureActivityFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}`) as unknown as TypedDocumentString<CultureActivityQuery, CultureActivityQueryVariables>;
export const CultureLinkableCoursesDocument = new TypedDocumentString(`
    query CultureLinkableCourses {
  cultureLinkableCourses {
    id
    title {
      kk
      ru
      en
    }
  }
}
    `) as unknown as TypedDocumentString<CultureLinkableCoursesQuery, CultureLinkableCoursesQueryVariables>;
export const CultureLinkableSessionsDocument = new TypedDocumentString(`
    query CultureLinkableSessions($year: Int!) {
  cultureLinkableSessions(year: $year) {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
}
    `) as unknown as TypedDocumentString<CultureLinkableSessionsQuery, CultureLinkableSessionsQueryVariables>;
export const CultureOrgUnitsDocument = new TypedDocumentString(`
    query CultureOrgUnits {
  orgUnits {
    id
    name
    names {
      kk
      ru
      en
    }
    path
  }
}
    `) as unknown as TypedDocumentString<CultureOrgUnitsQuery, CultureOrgUnitsQueryVariables>;
export const CultureRiskChoicesDocument = new TypedDocumentString(`
    query CultureRiskChoices {
  riskChoices {
    id
    code
    processOrDocument
  }
}
    `) as unknown as TypedDocumentString<CultureRiskChoicesQuery, CultureRiskChoicesQueryVariables>;
export const AddCultureActivityDocument = new TypedDocumentString(`
    mutation AddCultureActivity($planId: ID!, $input: CultureActivityInput!) {
  addCultureActivity(planId: $planId, input: $input) {
    ...CultureActivityFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}`) as unknown as TypedDocumentString<AddCultureActivityMutation, AddCultureActivityMutationVariables>;
export const UpdateCultureActivityDocument = new TypedDocumentString(`
    mutation UpdateCultureActivity($id: ID!, $input: CultureActivityInput!) {
  updateCultureActivity(id: $id, input: $input) {
    ...CultureActivityFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}`) as unknown as TypedDocumentString<UpdateCultureActivityMutation, UpdateCultureActivityMutationVariables>;
export const RemoveCultureActivityDocument = new TypedDocumentString(`
    mutation RemoveCultureActivity($id: ID!) {
  removeCultureActivity(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveCultureActivityMutation, RemoveCultureActivityMutationVariables>;
export const ReportCultureActivityDocument = new TypedDocumentString(`
    mutation ReportCultureActivity($id: ID!, $input: CultureActivityReportInput!) {
  reportCultureActivity(id: $id, input: $input) {
    ...CultureActivityFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}`) as unknown as TypedDocumentString<ReportCultureActivityMutation, ReportCultureActivityMutationVariables>;
export const AddCultureEvidenceDocument = new TypedDocumentString(`
    mutation AddCultureEvidence($activityId: ID!, $input: CultureEvidenceInput!, $file: File) {
  addCultureEvidence(activityId: $activityId, input: $input, file: $file) {
    ...CultureActivityFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}`) as unknown as TypedDocumentString<AddCultureEvidenceMutation, AddCultureEvidenceMutationVariables>;
export const RemoveCultureEvidenceDocument = new TypedDocumentString(`
    mutation RemoveCultureEvidence($id: ID!) {
  removeCultureEvidence(id: $id) {
    ...CultureActivityFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}`) as unknown as TypedDocumentString<RemoveCultureEvidenceMutation, RemoveCultureEvidenceMutationVariables>;
export const CultureMaterialDocument = new TypedDocumentString(`
    query CultureMaterial($id: ID!) {
  cultureMaterial(id: $id) {
    ...CultureMaterialFields
    figures {
      ...CultureMaterialFiguresFields
    }
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}
fragment CultureMaterialFiguresFields on CultureMaterialFigures {
  audience
  acknowledged
  share
  missing
  byOrgUnit {
    orgUnit {
      id
      name {
        kk
        ru
        en
      }
    }
    audience
    acknowledged
    share
    withheld
  }
  notAcknowledged {
    personId
    fullName
    orgUnit {
      id
      name {
        kk
        ru
        en
      }
    }
  }
}`) as unknown as TypedDocumentString<CultureMaterialQuery, CultureMaterialQueryVariables>;
export const CultureMaterialForEditDocument = new TypedDocumentString(`
    query CultureMaterialForEdit($id: ID!) {
  cultureMaterial(id: $id) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}`) as unknown as TypedDocumentString<CultureMaterialForEditQuery, CultureMaterialForEditQueryVariables>;
export const CultureMaterialOrgUnitsDocument = new TypedDocumentString(`
    query CultureMaterialOrgUnits {
  orgUnits {
    id
    names {
      kk
      ru
      en
    }
    path
  }
}
    `) as unknown as TypedDocumentString<CultureMaterialOrgUnitsQuery, CultureMaterialOrgUnitsQueryVariables>;
export const CultureMaterialsDocument = new TypedDocumentString(`
    query CultureMaterials($filter: CultureMaterialFilter, $page: CultureMaterialPageInput) {
  cultureMaterials(filter: $filter, page: $page) {
    total
    rows {
      id
      kind
      subject
      title {
        kk
        ru
        en
      }
      status
      requiresAcknowledgement
      updatedAt
      counts {
        audience
        acknowledged
        share
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CultureMaterialsQuery, CultureMaterialsQueryVariables>;
export const CulturePlanDocument = new TypedDocumentString(`
    query CulturePlan($year: Int!) {
  culturePlan(year: $year) {
    ...CulturePlanFields
  }
  culturePlanYears {
    id
    year
    status
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}`) as unknown as TypedDocumentString<CulturePlanQuery, CulturePlanQueryVariables>;
export const CreateCulturePlanDocument = new TypedDocumentString(`
    mutation CreateCulturePlan($year: Int!, $copyFrom: ID) {
  createCulturePlan(year: $year, copyFrom: $copyFrom) {
    ...CulturePlanFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}`) as unknown as TypedDocumentString<CreateCulturePlanMutation, CreateCulturePlanMutationVariables>;
export const UpdateCulturePlanDocument = new TypedDocumentString(`
    mutation UpdateCulturePlan($id: ID!, $input: CulturePlanDetailsInput!) {
  updateCulturePlan(id: $id, input: $input) {
    ...CulturePlanFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}`) as unknown as TypedDocumentString<UpdateCulturePlanMutation, UpdateCulturePlanMutationVariables>;
export const SubmitCulturePlanDocument = new TypedDocumentString(`
    mutation SubmitCulturePlan($id: ID!) {
  submitCulturePlan(id: $id) {
    ...CulturePlanFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}`) as unknown as TypedDocumentString<SubmitCulturePlanMutation, SubmitCulturePlanMutationVariables>;
export const ApproveCulturePlanDocument = new TypedDocumentString(`
    mutation ApproveCulturePlan($id: ID!) {
  approveCulturePlan(id: $id) {
    ...CulturePlanFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}`) as unknown as TypedDocumentString<ApproveCulturePlanMutation, ApproveCulturePlanMutationVariables>;
export const ReturnCulturePlanDocument = new TypedDocumentString(`
    mutation ReturnCulturePlan($id: ID!, $note: String!) {
  returnCulturePlan(id: $id, note: $note) {
    ...CulturePlanFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}`) as unknown as TypedDocumentString<ReturnCulturePlanMutation, ReturnCulturePlanMutationVariables>;
export const AmendCulturePlanDocument = new TypedDocumentString(`
    mutation AmendCulturePlan($id: ID!, $reason: String!) {
  amendCulturePlan(id: $id, reason: $reason) {
    ...CulturePlanFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}`) as unknown as TypedDocumentString<AmendCulturePlanMutation, AmendCulturePlanMutationVariables>;
export const CloseCulturePlanDocument = new TypedDocumentString(`
    mutation CloseCulturePlan($id: ID!, $report: String!) {
  closeCulturePlan(id: $id, report: $report) {
    ...CulturePlanFields
  }
}
    fragment CultureActivityFields on CultureActivity {
  id
  planId
  planYear
  kind
  topics
  title
  description
  audience
  orgUnitIds
  role
  deadline
  responsible {
    id
    fullName
  }
  risks
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  checkForm
  checkNoneReason
  course {
    id
    title {
      kk
      ru
      en
    }
  }
  session {
    id
    topic {
      kk
      ru
      en
    }
    plannedOn
  }
  plannedParticipants
  status
  overdue
  heldOn
  actualParticipants
  reportNote
  incentives {
    kind
    description
    people
  }
  reportedBy {
    id
    fullName
  }
  reportedAt
  results {
    participants
    passed
  }
  evidence {
    id
    kind
    title
    url
    fileName
    contentType
    sizeBytes
    addedBy {
      id
      fullName
    }
    addedAt
  }
  actions
}
fragment CulturePlanFields on CulturePlan {
  id
  year
  status
  version
  riskBasis
  targetPassed
  mergedInto
  mergedNote
  copiedFromYear
  amendmentReason
  returnNote
  submittedBy {
    id
    fullName
  }
  submittedAt
  closingReport
  closedBy {
    id
    fullName
  }
  closedAt
  activities {
    ...CultureActivityFields
  }
  warnings {
    rule
    paragraph
    state
    period {
      code
      from
      to
    }
  }
  versions {
    number
    reason
    approvedBy {
      id
      fullName
    }
    approvedAt
  }
  actions
}`) as unknown as TypedDocumentString<CloseCulturePlanMutation, CloseCulturePlanMutationVariables>;
export const CulturePlanVersionDocument = new TypedDocumentString(`
    query CulturePlanVersion($planId: ID!, $number: Int!) {
  culturePlanVersion(planId: $planId, number: $number) {
    planId
    year
    number
    reason
    riskBasis
    targetPassed
    approvedBy {
      id
      fullName
    }
    approvedAt
    activities {
      id
      kind
      topics
      title
      description
      audience
      role
      deadline
      checkForm
      checkNoneReason
      plannedParticipants
      risks
    }
  }
}
    `) as unknown as TypedDocumentString<CulturePlanVersionQuery, CulturePlanVersionQueryVariables>;
export const CultureSurveyDocument = new TypedDocumentString(`
    query CultureSurvey($id: ID!) {
  cultureSurvey(id: $id) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<CultureSurveyQuery, CultureSurveyQueryVariables>;
export const CultureSurveyOrgUnitsDocument = new TypedDocumentString(`
    query CultureSurveyOrgUnits {
  orgUnits {
    id
    name
    names {
      kk
      ru
      en
    }
    path
  }
}
    `) as unknown as TypedDocumentString<CultureSurveyOrgUnitsQuery, CultureSurveyOrgUnitsQueryVariables>;
export const CultureSurveyParticipationDocument = new TypedDocumentString(`
    query CultureSurveyParticipation($id: ID!, $orgUnitId: ID) {
  cultureSurvey(id: $id) {
    id
    participation(orgUnitId: $orgUnitId) {
      id
      orgUnitId
      totals {
        asked
        answered
        share
        withheld
        results
      }
      units {
        id
        orgUnitId
        names {
          kk
          ru
          en
        }
        hasChildren
        figures {
          asked
          answered
          share
          withheld
          results
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CultureSurveyParticipationQuery, CultureSurveyParticipationQueryVariables>;
export const CultureSurveyResultsDocument = new TypedDocumentString(`
    query CultureSurveyResults($id: ID!, $orgUnitId: ID) {
  cultureSurveyResults(id: $id, orgUnitId: $orgUnitId) {
    id
    responses
    questions {
      id
      answered
      withheld
      average
      distribution
    }
    freeTexts {
      id
      texts
    }
  }
}
    `) as unknown as TypedDocumentString<CultureSurveyResultsQuery, CultureSurveyResultsQueryVariables>;
export const CultureSurveyTemplateDocument = new TypedDocumentString(`
    query CultureSurveyTemplate {
  cultureSurveyTemplate {
    title {
      kk
      ru
      en
    }
    intro {
      kk
      ru
      en
    }
    questions {
      kind
      required
      statement {
        kk
        ru
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CultureSurveyTemplateQuery, CultureSurveyTemplateQueryVariables>;
export const CultureSurveysDocument = new TypedDocumentString(`
    query CultureSurveys {
  cultureSurveys {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<CultureSurveysQuery, CultureSurveysQueryVariables>;
export const CultureTargetIndicatorDocument = new TypedDocumentString(`
    query CultureTargetIndicator($year: Int!, $orgUnitId: ID) {
  cultureTargetIndicator(year: $year, orgUnitId: $orgUnitId) {
    year
    target
    orgUnitId
    passed
    headcount
    share
    suppressed
    byUnit {
      orgUnitId
      name {
        kk
        ru
        en
      }
      hasChildren
      passed
      headcount
      share
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<CultureTargetIndicatorQuery, CultureTargetIndicatorQueryVariables>;
export const MyCultureEventsDocument = new TypedDocumentString(`
    query MyCultureEvents {
  myCultureEvents {
    activityId
    planYear
    kind
    title
    description
    deadline
    status
    heldOn
  }
}
    `) as unknown as TypedDocumentString<MyCultureEventsQuery, MyCultureEventsQueryVariables>;
export const MyCultureMaterialsDocument = new TypedDocumentString(`
    query MyCultureMaterials {
  myCultureMaterials {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}`) as unknown as TypedDocumentString<MyCultureMaterialsQuery, MyCultureMaterialsQueryVariables>;
export const MyCultureSurveysDocument = new TypedDocumentString(`
    query MyCultureSurveys {
  myCultureSurveys {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<MyCultureSurveysQuery, MyCultureSurveysQueryVariables>;
export const OpenCultureSurveyDocument = new TypedDocumentString(`
    mutation OpenCultureSurvey($id: ID!) {
  openCultureSurvey(id: $id) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<OpenCultureSurveyMutation, OpenCultureSurveyMutationVariables>;
export const PublishCultureMaterialDocument = new TypedDocumentString(`
    mutation PublishCultureMaterial($id: ID!) {
  publishCultureMaterial(id: $id) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}`) as unknown as TypedDocumentString<PublishCultureMaterialMutation, PublishCultureMaterialMutationVariables>;
export const RemindCultureMaterialDocument = new TypedDocumentString(`
    mutation RemindCultureMaterial($id: ID!) {
  remindCultureMaterial(id: $id)
}
    `) as unknown as TypedDocumentString<RemindCultureMaterialMutation, RemindCultureMaterialMutationVariables>;
export const RemindCultureSurveyDocument = new TypedDocumentString(`
    mutation RemindCultureSurvey($id: ID!) {
  remindCultureSurvey(id: $id)
}
    `) as unknown as TypedDocumentString<RemindCultureSurveyMutation, RemindCultureSurveyMutationVariables>;
export const SaveCultureMaterialDocument = new TypedDocumentString(`
    mutation SaveCultureMaterial($input: CultureMaterialInput!) {
  saveCultureMaterial(input: $input) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}`) as unknown as TypedDocumentString<SaveCultureMaterialMutation, SaveCultureMaterialMutationVariables>;
export const SaveCultureSurveyDocument = new TypedDocumentString(`
    mutation SaveCultureSurvey($input: SaveCultureSurveyInput!) {
  saveCultureSurvey(input: $input) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<SaveCultureSurveyMutation, SaveCultureSurveyMutationVariables>;
export const UploadCultureMaterialFileDocument = new TypedDocumentString(`
    mutation UploadCultureMaterialFile($id: ID!, $file: File!) {
  uploadCultureMaterialFile(id: $id, file: $file) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}`) as unknown as TypedDocumentString<UploadCultureMaterialFileMutation, UploadCultureMaterialFileMutationVariables>;
export const WithdrawCultureMaterialDocument = new TypedDocumentString(`
    mutation WithdrawCultureMaterial($id: ID!) {
  withdrawCultureMaterial(id: $id) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
  acknowledgementOverdue
}`) as unknown as TypedDocumentString<WithdrawCultureMaterialMutation, WithdrawCultureMaterialMutationVariables>;