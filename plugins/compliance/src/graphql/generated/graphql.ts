/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  /** In the process or document and the scheme, or a number (R-7 or 7). */
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
  sourceId?: string | null | undefined;
  /** The source record’s kind (hotline_case, conflict_case…); never its content. */
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

export type ImportRisksMutationVariables = Exact<{
  register: RiskRegister;
  file: File;
}>;


export type ImportRisksMutation = { importRisks: { imported: number, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> } };

export type RiskFieldsFragment = { id: string, number: number, code: string, register: RiskRegister, processOrDocument: string, scheme: string, probability: number, frequency: number, impact: number, score: number, level: RiskLevel, source: RiskSource, confidentiality: RiskConfidentiality, procurement: boolean, lastReviewedOn: string | null, status: RiskStatus, version: number, positions: Array<{ id: string, title: string }> };

export type RiskChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskChoicesQuery = { riskScale: { size: number }, riskPositionChoices: Array<{ id: string, title: string, exposed: boolean }>, riskRemapping: { lastIdentifiedOn: string | null, identificationDueOn: string | null, identificationOverdue: boolean, openTriggers: Array<{ id: string, kind: RiskTriggerKind, note: string, occurredOn: string }> } };

export type RiskHeatMapQueryVariables = Exact<{
  register: RiskRegister;
  asOf: string;
  compareWith?: string | null | undefined;
}>;


export type RiskHeatMapQuery = { riskHeatMap: { register: RiskRegister, asOf: string, compareWith: string | null, scale: number, cells: Array<{ likelihood: number, impact: number, score: number, level: RiskLevel, risks: Array<{ id: string, code: string, processOrDocument: string, probability: number, frequency: number, impact: number, level: RiskLevel }> }>, movements: Array<{ id: string, code: string, processOrDocument: string, direction: RiskMovementDirection, from: { likelihood: number, impact: number } | null, to: { likelihood: number, impact: number } | null }> } };

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


export type RisksQuery = { risks: { total: number, rows: Array<{ id: string, number: number, code: string, register: RiskRegister, processOrDocument: string, scheme: string, probability: number, frequency: number, impact: number, score: number, level: RiskLevel, source: RiskSource, confidentiality: RiskConfidentiality, procurement: boolean, lastReviewedOn: string | null, status: RiskStatus, version: number, positions: Array<{ id: string, title: string }> }> } };

export type UpsertRiskMutationVariables = Exact<{
  input: RiskInput;
}>;


export type UpsertRiskMutation = { upsertRisk: { id: string, number: number, code: string, register: RiskRegister, processOrDocument: string, scheme: string, probability: number, frequency: number, impact: number, score: number, level: RiskLevel, source: RiskSource, confidentiality: RiskConfidentiality, procurement: boolean, lastReviewedOn: string | null, status: RiskStatus, version: number, positions: Array<{ id: string, title: string }> } };

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
    title
  }
  probability
  frequency
  impact
  score
  level
  source
  confidentiality
  procurement
  lastReviewedOn
  status
  version
}
    `, {"fragmentName":"RiskFields"}) as unknown as TypedDocumentString<RiskFieldsFragment, unknown>;
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
export const RiskChoicesDocument = new TypedDocumentString(`
    query RiskChoices {
  riskScale {
    size
  }
  riskPositionChoices {
    id
    title
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
    title
  }
  probability
  frequency
  impact
  score
  level
  source
  confidentiality
  procurement
  lastReviewedOn
  status
  version
}`) as unknown as TypedDocumentString<RisksQuery, RisksQueryVariables>;
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
    title
  }
  probability
  frequency
  impact
  score
  level
  source
  confidentiality
  procurement
  lastReviewedOn
  status
  version
}`) as unknown as TypedDocumentString<UpsertRiskMutation, UpsertRiskMutationVariables>;