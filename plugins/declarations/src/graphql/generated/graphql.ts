/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** §15.2–§15.6: the step a conflict-of-interest case waits for, or settled. */
export type ConflictCaseStatus =
  | 'awaiting_conclusion'
  | 'awaiting_decision'
  | 'awaiting_forward'
  | 'awaiting_transfer'
  | 'settled';

export type ConflictConclusionInput = {
  /** §15.3: the recommendations, or why there is no conflict. */
  conclusion: string;
  conflictFound: boolean;
  referral?: ConflictReferral | null | undefined;
};

export type ConflictDecisionInput = {
  measures: Array<ConflictMeasure>;
  /** The order or the reasons. */
  note: string;
  referral?: ConflictReferral | null | undefined;
};

/** §15.4: remove from the matter, change duties, other measures; §15.6: transfer to an equivalent post. */
export type ConflictMeasure =
  | 'change_duties'
  | 'other_measures'
  | 'remove_from_matter'
  | 'transfer_to_equivalent_post';

/** §15.1: what the conflict is about, whom it concerns (relatedPersonId from the declared list, or relatedPersonName; relatedEmployeeId when they work here too), the counterparty and the decision at stake. deputyId is required when a first head is a party (§15.5). */
export type ConflictNotificationInput = {
  counterparty: string;
  decisionAtStake: string;
  deputyId?: string | null | undefined;
  matter: string;
  relatedEmployeeId?: string | null | undefined;
  relatedPersonId?: string | null | undefined;
  relatedPersonName?: string | null | undefined;
  relationKind?: string | null | undefined;
  typicalCase?: TypicalConflictCase | null | undefined;
};

/** Annex 2: signs of an offence go to the anti-corruption Agency; case 5 to the relevant authorised body. */
export type ConflictReferral =
  | 'anti_corruption_agency'
  | 'relevant_authorised_body';

/** §15: forward (§15.2), conclude (§15.3), decide (§15.4–§15.5), transfer (§15.6). */
export type ConflictStep =
  | 'conclude'
  | 'decide'
  | 'forward'
  | 'transfer';

export type ConflictTransferInput = {
  /** The post and the order. */
  note: string;
  /** YYYY-MM-DD; today when absent. */
  transferredOn?: string | null | undefined;
};

export type RelatedPersonInput = {
  /** YYYY-MM-DD */
  birthDate?: string | null | undefined;
  fullName: string;
  /** To correct one already on the list; omit to add. */
  id?: string | null | undefined;
  /** Optional; checked by its check digit. */
  iin?: string | null | undefined;
  jobTitle?: string | null | undefined;
  note?: string | null | undefined;
  relation: Relation;
  workplace?: string | null | undefined;
  /** The BIN of the workplace, checked by its check digit. */
  workplaceBin?: string | null | undefined;
};

/** How a declared person is related to the employee: close relatives, the spouse and in-laws (§13), a dependant living with them (§4.8), or a personally linked person (Annex 2). */
export type Relation =
  | 'adopted_child'
  | 'adoptive_parent'
  | 'child'
  | 'classmate'
  | 'colleague'
  | 'dependant'
  | 'former_business_partner'
  | 'friend'
  | 'grandchild'
  | 'grandparent'
  | 'other_linked'
  | 'parent'
  | 'sibling_full'
  | 'sibling_half'
  | 'spouse'
  | 'spouse_child'
  | 'spouse_parent'
  | 'spouse_sibling_full'
  | 'spouse_sibling_half';

export type RelationClass =
  | 'close_relative'
  | 'dependant'
  | 'in_law'
  | 'linked_person'
  | 'spouse';

/** Annex 2: the seven typical conflict-of-interest cases. */
export type TypicalConflictCase =
  | 'c1'
  | 'c2'
  | 'c3'
  | 'c4'
  | 'c5'
  | 'c6'
  | 'c7';

export type ConcludeConflictOfInterestMutationVariables = Exact<{
  id: string;
  input: ConflictConclusionInput;
}>;


export type ConcludeConflictOfInterestMutation = { concludeConflictOfInterest: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null } };

export type ConflictCaseFieldsFragment = { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null };

export type ConflictRegisterQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: string | null | undefined;
  source?: string | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConflictRegisterQuery = { conflictOfInterestRegister: { total: number, rows: Array<{ id: string, source: string, sourceId: string | null, relatedPersonName: string | null, counterparty: string | null, description: string, identifiedOn: string, status: string, measures: string | null, settledOn: string | null, caseNumber: string | null, notifiedOn: string | null, forwardedOn: string | null, concludedOn: string | null, decidedOn: string | null, transferredOn: string | null, settledInTime: boolean | null, person: { id: string, fullName: string } }> } };

export type ConflictTypicalCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConflictTypicalCasesQuery = { conflictTypicalCases: Array<{ code: TypicalConflictCase, measures: Array<ConflictMeasure>, referral: ConflictReferral, title: { kk: string, ru: string, en: string }, prescription: { kk: string, ru: string, en: string } }> };

export type DecideConflictOfInterestMutationVariables = Exact<{
  id: string;
  input: ConflictDecisionInput;
}>;


export type DecideConflictOfInterestMutation = { decideConflictOfInterest: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null } };

export type ForwardConflictOfInterestMutationVariables = Exact<{
  id: string;
}>;


export type ForwardConflictOfInterestMutation = { forwardConflictOfInterest: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null } };

export type GetConflictCaseQueryVariables = Exact<{
  id: string;
}>;


export type GetConflictCaseQuery = { conflictOfInterestCase: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null } };

export type MyConflictNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConflictNotificationsQuery = { myConflictNotifications: Array<{ id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null }> };

export type NotifyConflictOfInterestMutationVariables = Exact<{
  input: ConflictNotificationInput;
}>;


export type NotifyConflictOfInterestMutation = { notifyConflictOfInterest: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null } };

export type RecordConflictTransferMutationVariables = Exact<{
  id: string;
  input: ConflictTransferInput;
}>;


export type RecordConflictTransferMutation = { recordConflictTransfer: { id: string, number: string, status: ConflictCaseStatus, relatedPersonName: string, relationKind: string | null, counterparty: string, matter: string, decisionAtStake: string, typicalCase: TypicalConflictCase | null, notifiedOn: string, forwardDueOn: string | null, forwardedOn: string | null, concludeDueOn: string | null, concludedOn: string | null, conflictFound: boolean | null, conclusion: string | null, identifiedOn: string | null, decideDueOn: string | null, decidedOn: string | null, measures: Array<ConflictMeasure>, decisionNote: string | null, referral: ConflictReferral | null, transferDueOn: string | null, transferredOn: string | null, transferNote: string | null, settledOn: string | null, settledInTime: boolean | null, currentStep: ConflictStep | null, dueOn: string | null, overdue: boolean, actions: Array<ConflictStep>, notifier: { id: string, fullName: string }, relatedEmployee: { id: string, fullName: string } | null, forwardOwner: { id: string, fullName: string } | null, forwardedBy: { id: string, fullName: string } | null, concludedBy: { id: string, fullName: string } | null, deputy: { id: string, fullName: string } | null, decidedBy: { id: string, fullName: string } | null } };

export type MyRelatedPersonsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRelatedPersonsQuery = { myRelatedPersons: Array<{ id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null }> };

export type RelatedPersonFieldsFragment = { id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null };

export type RemoveRelatedPersonMutationVariables = Exact<{
  id: string;
}>;


export type RemoveRelatedPersonMutation = { removeRelatedPerson: boolean };

export type SaveRelatedPersonMutationVariables = Exact<{
  input: RelatedPersonInput;
}>;


export type SaveRelatedPersonMutation = { saveRelatedPerson: { id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null } };

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
export const ConflictCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}
    `, {"fragmentName":"ConflictCaseFields"}) as unknown as TypedDocumentString<ConflictCaseFieldsFragment, unknown>;
export const RelatedPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}
    `, {"fragmentName":"RelatedPersonFields"}) as unknown as TypedDocumentString<RelatedPersonFieldsFragment, unknown>;
export const ConcludeConflictOfInterestDocument = new TypedDocumentString(`
    mutation ConcludeConflictOfInterest($id: ID!, $input: ConflictConclusionInput!) {
  concludeConflictOfInterest(id: $id, input: $input) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<ConcludeConflictOfInterestMutation, ConcludeConflictOfInterestMutationVariables>;
export const ConflictRegisterDocument = new TypedDocumentString(`
    query ConflictRegister($search: String, $status: String, $source: String, $limit: Int, $offset: Int) {
  conflictOfInterestRegister(
    search: $search
    status: $status
    source: $source
    limit: $limit
    offset: $offset
  ) {
    total
    rows {
      id
      person {
        id
        fullName
      }
      source
      sourceId
      relatedPersonName
      counterparty
      description
      identifiedOn
      status
      measures
      settledOn
      caseNumber
      notifiedOn
      forwardedOn
      concludedOn
      decidedOn
      transferredOn
      settledInTime
    }
  }
}
    `) as unknown as TypedDocumentString<ConflictRegisterQuery, ConflictRegisterQueryVariables>;
export const ConflictTypicalCasesDocument = new TypedDocumentString(`
    query ConflictTypicalCases {
  conflictTypicalCases {
    code
    title {
      kk
      ru
      en
    }
    prescription {
      kk
      ru
      en
    }
    measures
    referral
  }
}
    `) as unknown as TypedDocumentString<ConflictTypicalCasesQuery, ConflictTypicalCasesQueryVariables>;
export const DecideConflictOfInterestDocument = new TypedDocumentString(`
    mutation DecideConflictOfInterest($id: ID!, $input: ConflictDecisionInput!) {
  decideConflictOfInterest(id: $id, input: $input) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<DecideConflictOfInterestMutation, DecideConflictOfInterestMutationVariables>;
export const ForwardConflictOfInterestDocument = new TypedDocumentString(`
    mutation ForwardConflictOfInterest($id: ID!) {
  forwardConflictOfInterest(id: $id) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<ForwardConflictOfInterestMutation, ForwardConflictOfInterestMutationVariables>;
export const GetConflictCaseDocument = new TypedDocumentString(`
    query GetConflictCase($id: ID!) {
  conflictOfInterestCase(id: $id) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<GetConflictCaseQuery, GetConflictCaseQueryVariables>;
export const MyConflictNotificationsDocument = new TypedDocumentString(`
    query MyConflictNotifications {
  myConflictNotifications {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<MyConflictNotificationsQuery, MyConflictNotificationsQueryVariables>;
export const NotifyConflictOfInterestDocument = new TypedDocumentString(`
    mutation NotifyConflictOfInterest($input: ConflictNotificationInput!) {
  notifyConflictOfInterest(input: $input) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<NotifyConflictOfInterestMutation, NotifyConflictOfInterestMutationVariables>;
export const RecordConflictTransferDocument = new TypedDocumentString(`
    mutation RecordConflictTransfer($id: ID!, $input: ConflictTransferInput!) {
  recordConflictTransfer(id: $id, input: $input) {
    ...ConflictCaseFields
  }
}
    fragment ConflictCaseFields on ConflictOfInterestCase {
  id
  number
  status
  notifier {
    id
    fullName
  }
  relatedPersonName
  relationKind
  relatedEmployee {
    id
    fullName
  }
  counterparty
  matter
  decisionAtStake
  typicalCase
  notifiedOn
  forwardOwner {
    id
    fullName
  }
  forwardDueOn
  forwardedOn
  forwardedBy {
    id
    fullName
  }
  concludeDueOn
  concludedOn
  concludedBy {
    id
    fullName
  }
  conflictFound
  conclusion
  identifiedOn
  deputy {
    id
    fullName
  }
  decideDueOn
  decidedOn
  decidedBy {
    id
    fullName
  }
  measures
  decisionNote
  referral
  transferDueOn
  transferredOn
  transferNote
  settledOn
  settledInTime
  currentStep
  dueOn
  overdue
  actions
}`) as unknown as TypedDocumentString<RecordConflictTransferMutation, RecordConflictTransferMutationVariables>;
export const MyRelatedPersonsDocument = new TypedDocumentString(`
    query MyRelatedPersons {
  myRelatedPersons {
    ...RelatedPersonFields
  }
}
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}`) as unknown as TypedDocumentString<MyRelatedPersonsQuery, MyRelatedPersonsQueryVariables>;
export const RemoveRelatedPersonDocument = new TypedDocumentString(`
    mutation RemoveRelatedPerson($id: ID!) {
  removeRelatedPerson(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveRelatedPersonMutation, RemoveRelatedPersonMutationVariables>;
export const SaveRelatedPersonDocument = new TypedDocumentString(`
    mutation SaveRelatedPerson($input: RelatedPersonInput!) {
  saveRelatedPerson(input: $input) {
    ...RelatedPersonFields
  }
}
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}`) as unknown as TypedDocumentString<SaveRelatedPersonMutation, SaveRelatedPersonMutationVariables>;