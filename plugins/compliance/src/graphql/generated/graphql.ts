/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type InternalAuditCoverageInput = {
  /** Every process covered: the coverage becomes exactly these. */
  processIds: Array<string>;
  /** YYYY-Qn */
  quarter: string;
};

export type SelfAssessmentFindingInput = {
  drawnProcessId: string;
  severity: SelfAssessmentFindingSeverity;
  text: string;
};

export type SelfAssessmentFindingSeverity =
  | 'high'
  | 'low'
  | 'medium';

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