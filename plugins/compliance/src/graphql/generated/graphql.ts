/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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


export type CompliancePublicQuery = { compliancePublicPage: { slug: string | null, enabled: boolean, path: string | null }, publishableRisks: Array<{ id: string, number: number, processOrDocument: string, level: MitigationRiskLevel, confidentiality: MitigationRiskConfidentiality, published: boolean, publishable: boolean }>, complianceQuarterlyReports: Array<{ id: string, year: number, quarter: number, text: string, publishedAt: string }>, publicProposals: Array<{ id: string, receipt: string, text: string, contact: string | null, submittedAt: string, status: PublicProposalStatus, answer: string | null }> };

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