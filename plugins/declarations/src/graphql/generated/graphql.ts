/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** §25–§26: why the person must declare. */
export type DeclarantCategory =
  | 'authorised_state_functions'
  | 'candidate'
  | 'equated'
  | 'official'
  | 'responsible_state_position';

/** §29: the six categories of officials whose declaration data is published. */
export type DeclarationPublicationCategory =
  | 'administrative_corps_a'
  | 'human_rights_commissioner'
  | 'judge'
  | 'parliament_deputy'
  | 'political_state_position'
  | 'quasi_public_manager';

export type FilingProofInput = {
  filedOn: string;
  /** 250.00 or 270.00 */
  form: string;
  personId: string;
  year: number;
};

/** Proof in by the deadline, after it, none yet (deadline ahead or unset), none past it, or no form due. */
export type FinancialFilingStatus =
  | 'filed'
  | 'filed_late'
  | 'not_due'
  | 'overdue'
  | 'pending';

/** The duty and liability (§24.1(b)), a change in the law (§24.1(d), 30 working days) or in who must declare (§26, one month), the reminder a month before the deadline (§24.3), the post-service warning (§16). */
export type FinancialNoticeKind =
  | 'deadline_reminder'
  | 'declarant_list_change'
  | 'duty_and_liability'
  | 'law_change'
  | 'post_service_warning';

export type FinancialNoticeRecipient =
  | 'employee'
  | 'spouse';

/** Sent by its term or after it; waiting before its term or past it. */
export type FinancialNoticeStanding =
  | 'overdue'
  | 'pending'
  | 'sent'
  | 'sent_late';

export type ForeignAccountFindingInput = {
  bank: string;
  country: string;
  iin: string;
};

/** Open within the 6 months, past them (§30.6: the first head acts), closed by the term or after it. */
export type ForeignAccountFindingStatus =
  | 'closed'
  | 'closed_late'
  | 'open'
  | 'overdue';

/** §30.5: the first head, HR and the employee, notified at the same time. */
export type ForeignAccountNoticeRecipient =
  | 'employee'
  | 'first_head'
  | 'hr';

export type RegisterDeclarantInput = {
  category: DeclarantCategory;
  maslikhatDeputy?: boolean | null | undefined;
  /** YYYY-MM-DD: the day they took the post. */
  obligedFrom: string;
  personId: string;
  publicationCategory?: DeclarationPublicationCategory | null | undefined;
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

export type FinancialDeclarantStatusFieldsFragment = { personId: string, fullName: string, orgUnitId: string, category: DeclarantCategory, publicationCategory: DeclarationPublicationCategory | null, obligedFrom: string, obligedUntil: string | null, form: string | null, deadline: string | null, filedOn: string | null, proofId: string | null, filing: FinancialFilingStatus, dutyNotice: FinancialNoticeStanding | null, spouseNoticesPending: number, reminder: FinancialNoticeStanding | null, reminderDueOn: string | null, trustManagementDueOn: string, trustManagementSettledOn: string | null };

export type FinancialNoticeFieldsFragment = { id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding };

export type ForeignAccountFindingFieldsFragment = { id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> };

export type GetFinancialDeclarationStatusQueryVariables = Exact<{
  year: number;
  orgUnitId: string;
}>;


export type GetFinancialDeclarationStatusQuery = { financialDeclarationStatus: Array<{ personId: string, fullName: string, orgUnitId: string, category: DeclarantCategory, publicationCategory: DeclarationPublicationCategory | null, obligedFrom: string, obligedUntil: string | null, form: string | null, deadline: string | null, filedOn: string | null, proofId: string | null, filing: FinancialFilingStatus, dutyNotice: FinancialNoticeStanding | null, spouseNoticesPending: number, reminder: FinancialNoticeStanding | null, reminderDueOn: string | null, trustManagementDueOn: string, trustManagementSettledOn: string | null }> };

export type GetMyFinancialDeclarationQueryVariables = Exact<{ [key: string]: never; }>;


export type GetMyFinancialDeclarationQuery = { myFinancialDeclaration: { status: { personId: string, fullName: string, orgUnitId: string, category: DeclarantCategory, publicationCategory: DeclarationPublicationCategory | null, obligedFrom: string, obligedUntil: string | null, form: string | null, deadline: string | null, filedOn: string | null, proofId: string | null, filing: FinancialFilingStatus, dutyNotice: FinancialNoticeStanding | null, spouseNoticesPending: number, reminder: FinancialNoticeStanding | null, reminderDueOn: string | null, trustManagementDueOn: string, trustManagementSettledOn: string | null }, notices: Array<{ id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding }> } | null, myForeignAccountFindings: Array<{ id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> }> };

export type GetTaxAuthorityRequestFileQueryVariables = Exact<{ [key: string]: never; }>;


export type GetTaxAuthorityRequestFileQuery = { taxAuthorityRequests: Array<{ id: string, fileName: string, csv: string }> };

export type ListFinancialOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListFinancialOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: string }> };

export type ListForeignAccountFindingsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type ListForeignAccountFindingsQuery = { foreignAccountFindings: Array<{ id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> }> };

export type ListPendingFinancialNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListPendingFinancialNoticesQuery = { pendingFinancialNotices: Array<{ id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding }> };

export type ListTaxAuthorityRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListTaxAuthorityRequestsQuery = { taxAuthorityRequests: Array<{ id: string, year: number, employeeCount: number, preparedAt: string, answerReceivedOn: string | null, answerReference: string | null }> };

export type MyRelatedPersonsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRelatedPersonsQuery = { myRelatedPersons: Array<{ id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null }> };

export type PrepareTaxAuthorityRequestMutationVariables = Exact<{
  year: number;
}>;


export type PrepareTaxAuthorityRequestMutation = { prepareTaxAuthorityRequest: { id: string, year: number, employeeCount: number, fileName: string, csv: string } };

export type RecordFilingProofMutationVariables = Exact<{
  input: FilingProofInput;
  file: File;
}>;


export type RecordFilingProofMutation = { recordFilingProof: string };

export type RecordForeignAccountClosureMutationVariables = Exact<{
  findingId: string;
  closedOn: string;
  file: File;
}>;


export type RecordForeignAccountClosureMutation = { recordForeignAccountClosure: { id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> } };

export type RecordTaxAuthorityAnswerMutationVariables = Exact<{
  requestId: string;
  receivedOn: string;
  reference?: string | null | undefined;
  findings: Array<ForeignAccountFindingInput> | ForeignAccountFindingInput;
}>;


export type RecordTaxAuthorityAnswerMutation = { recordTaxAuthorityAnswer: Array<{ id: string, personId: string, personName: string, year: number, bank: string, country: string, foundOn: string, notifyBy: string, notifiedAt: string | null, closureDueOn: string, closedOn: string | null, status: ForeignAccountFindingStatus, notices: Array<{ id: string, recipient: ForeignAccountNoticeRecipient, personName: string, sentAt: string }> }> };

export type RegisterDeclarantMutationVariables = Exact<{
  input: RegisterDeclarantInput;
}>;


export type RegisterDeclarantMutation = { registerDeclarant: { personId: string, fullName: string, orgUnitId: string, category: DeclarantCategory, publicationCategory: DeclarationPublicationCategory | null, obligedFrom: string, obligedUntil: string | null, form: string | null, deadline: string | null, filedOn: string | null, proofId: string | null, filing: FinancialFilingStatus, dutyNotice: FinancialNoticeStanding | null, spouseNoticesPending: number, reminder: FinancialNoticeStanding | null, reminderDueOn: string | null, trustManagementDueOn: string, trustManagementSettledOn: string | null } };

export type RelatedPersonFieldsFragment = { id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null };

export type RemoveRelatedPersonMutationVariables = Exact<{
  id: string;
}>;


export type RemoveRelatedPersonMutation = { removeRelatedPerson: boolean };

export type SaveRelatedPersonMutationVariables = Exact<{
  input: RelatedPersonInput;
}>;


export type SaveRelatedPersonMutation = { saveRelatedPerson: { id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null } };

export type SendFinancialNoticesMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type SendFinancialNoticesMutation = { sendFinancialNotices: Array<{ id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding }> };

export type SetDeclarationDeadlineMutationVariables = Exact<{
  form: string;
  year: number;
  dueOn: string;
}>;


export type SetDeclarationDeadlineMutation = { setDeclarationDeadline: string };

export type SignFinancialNoticeMutationVariables = Exact<{
  id: string;
  signedOn: string;
}>;


export type SignFinancialNoticeMutation = { signFinancialNotice: { id: string, personId: string, personName: string, kind: FinancialNoticeKind, recipient: FinancialNoticeRecipient, spouseName: string | null, ruleTitle: string | null, form: string | null, year: number | null, dueOn: string | null, sentAt: string | null, signedOn: string | null, banUntil: string | null, standing: FinancialNoticeStanding } };

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
export const FinancialDeclarantStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {
  personId
  fullName
  orgUnitId
  category
  publicationCategory
  obligedFrom
  obligedUntil
  form
  deadline
  filedOn
  proofId
  filing
  dutyNotice
  spouseNoticesPending
  reminder
  reminderDueOn
  trustManagementDueOn
  trustManagementSettledOn
}
    `, {"fragmentName":"FinancialDeclarantStatusFields"}) as unknown as TypedDocumentString<FinancialDeclarantStatusFieldsFragment, unknown>;
export const FinancialNoticeFieldsFragmentDoc = new TypedDocumentString(`
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}
    `, {"fragmentName":"FinancialNoticeFields"}) as unknown as TypedDocumentString<FinancialNoticeFieldsFragment, unknown>;
export const ForeignAccountFindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}
    `, {"fragmentName":"ForeignAccountFindingFields"}) as unknown as TypedDocumentString<ForeignAccountFindingFieldsFragment, unknown>;
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
export const GetFinancialDeclarationStatusDocument = new TypedDocumentString(`
    query GetFinancialDeclarationStatus($year: Int!, $orgUnitId: ID!) {
  financialDeclarationStatus(year: $year, orgUnitId: $orgUnitId) {
    ...FinancialDeclarantStatusFields
  }
}
    fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {
  personId
  fullName
  orgUnitId
  category
  publicationCategory
  obligedFrom
  obligedUntil
  form
  deadline
  filedOn
  proofId
  filing
  dutyNotice
  spouseNoticesPending
  reminder
  reminderDueOn
  trustManagementDueOn
  trustManagementSettledOn
}`) as unknown as TypedDocumentString<GetFinancialDeclarationStatusQuery, GetFinancialDeclarationStatusQueryVariables>;
export const GetMyFinancialDeclarationDocument = new TypedDocumentString(`
    query GetMyFinancialDeclaration {
  myFinancialDeclaration {
    status {
      ...FinancialDeclarantStatusFields
    }
    notices {
      ...FinancialNoticeFields
    }
  }
  myForeignAccountFindings {
    ...ForeignAccountFindingFields
  }
}
    fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {
  personId
  fullName
  orgUnitId
  category
  publicationCategory
  obligedFrom
  obligedUntil
  form
  deadline
  filedOn
  proofId
  filing
  dutyNotice
  spouseNoticesPending
  reminder
  reminderDueOn
  trustManagementDueOn
  trustManagementSettledOn
}
fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}
fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}`) as unknown as TypedDocumentString<GetMyFinancialDeclarationQuery, GetMyFinancialDeclarationQueryVariables>;
export const GetTaxAuthorityRequestFileDocument = new TypedDocumentString(`
    query GetTaxAuthorityRequestFile {
  taxAuthorityRequests {
    id
    fileName
    csv
  }
}
    `) as unknown as TypedDocumentString<GetTaxAuthorityRequestFileQuery, GetTaxAuthorityRequestFileQueryVariables>;
export const ListFinancialOrgUnitsDocument = new TypedDocumentString(`
    query ListFinancialOrgUnits {
  orgUnits {
    id
    name
    path
  }
}
    `) as unknown as TypedDocumentString<ListFinancialOrgUnitsQuery, ListFinancialOrgUnitsQueryVariables>;
export const ListForeignAccountFindingsDocument = new TypedDocumentString(`
    query ListForeignAccountFindings($year: Int) {
  foreignAccountFindings(year: $year) {
    ...ForeignAccountFindingFields
  }
}
    fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}`) as unknown as TypedDocumentString<ListForeignAccountFindingsQuery, ListForeignAccountFindingsQueryVariables>;
export const ListPendingFinancialNoticesDocument = new TypedDocumentString(`
    query ListPendingFinancialNotices {
  pendingFinancialNotices {
    ...FinancialNoticeFields
  }
}
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}`) as unknown as TypedDocumentString<ListPendingFinancialNoticesQuery, ListPendingFinancialNoticesQueryVariables>;
export const ListTaxAuthorityRequestsDocument = new TypedDocumentString(`
    query ListTaxAuthorityRequests {
  taxAuthorityRequests {
    id
    year
    employeeCount
    preparedAt
    answerReceivedOn
    answerReference
  }
}
    `) as unknown as TypedDocumentString<ListTaxAuthorityRequestsQuery, ListTaxAuthorityRequestsQueryVariables>;
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
export const PrepareTaxAuthorityRequestDocument = new TypedDocumentString(`
    mutation PrepareTaxAuthorityRequest($year: Int!) {
  prepareTaxAuthorityRequest(year: $year) {
    id
    year
    employeeCount
    fileName
    csv
  }
}
    `) as unknown as TypedDocumentString<PrepareTaxAuthorityRequestMutation, PrepareTaxAuthorityRequestMutationVariables>;
export const RecordFilingProofDocument = new TypedDocumentString(`
    mutation RecordFilingProof($input: FilingProofInput!, $file: File!) {
  recordFilingProof(input: $input, file: $file)
}
    `) as unknown as TypedDocumentString<RecordFilingProofMutation, RecordFilingProofMutationVariables>;
export const RecordForeignAccountClosureDocument = new TypedDocumentString(`
    mutation RecordForeignAccountClosure($findingId: ID!, $closedOn: String!, $file: File!) {
  recordForeignAccountClosure(
    findingId: $findingId
    closedOn: $closedOn
    file: $file
  ) {
    ...ForeignAccountFindingFields
  }
}
    fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}`) as unknown as TypedDocumentString<RecordForeignAccountClosureMutation, RecordForeignAccountClosureMutationVariables>;
export const RecordTaxAuthorityAnswerDocument = new TypedDocumentString(`
    mutation RecordTaxAuthorityAnswer($requestId: ID!, $receivedOn: String!, $reference: String, $findings: [ForeignAccountFindingInput!]!) {
  recordTaxAuthorityAnswer(
    requestId: $requestId
    receivedOn: $receivedOn
    reference: $reference
    findings: $findings
  ) {
    ...ForeignAccountFindingFields
  }
}
    fragment ForeignAccountFindingFields on ForeignAccountFinding {
  id
  personId
  personName
  year
  bank
  country
  foundOn
  notifyBy
  notifiedAt
  closureDueOn
  closedOn
  status
  notices {
    id
    recipient
    personName
    sentAt
  }
}`) as unknown as TypedDocumentString<RecordTaxAuthorityAnswerMutation, RecordTaxAuthorityAnswerMutationVariables>;
export const RegisterDeclarantDocument = new TypedDocumentString(`
    mutation RegisterDeclarant($input: RegisterDeclarantInput!) {
  registerDeclarant(input: $input) {
    ...FinancialDeclarantStatusFields
  }
}
    fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {
  personId
  fullName
  orgUnitId
  category
  publicationCategory
  obligedFrom
  obligedUntil
  form
  deadline
  filedOn
  proofId
  filing
  dutyNotice
  spouseNoticesPending
  reminder
  reminderDueOn
  trustManagementDueOn
  trustManagementSettledOn
}`) as unknown as TypedDocumentString<RegisterDeclarantMutation, RegisterDeclarantMutationVariables>;
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
export const SendFinancialNoticesDocument = new TypedDocumentString(`
    mutation SendFinancialNotices($ids: [ID!]!) {
  sendFinancialNotices(ids: $ids) {
    ...FinancialNoticeFields
  }
}
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}`) as unknown as TypedDocumentString<SendFinancialNoticesMutation, SendFinancialNoticesMutationVariables>;
export const SetDeclarationDeadlineDocument = new TypedDocumentString(`
    mutation SetDeclarationDeadline($form: String!, $year: Int!, $dueOn: String!) {
  setDeclarationDeadline(form: $form, year: $year, dueOn: $dueOn)
}
    `) as unknown as TypedDocumentString<SetDeclarationDeadlineMutation, SetDeclarationDeadlineMutationVariables>;
export const SignFinancialNoticeDocument = new TypedDocumentString(`
    mutation SignFinancialNotice($id: ID!, $signedOn: String!) {
  signFinancialNotice(id: $id, signedOn: $signedOn) {
    ...FinancialNoticeFields
  }
}
    fragment FinancialNoticeFields on FinancialNotice {
  id
  personId
  personName
  kind
  recipient
  spouseName
  ruleTitle
  form
  year
  dueOn
  sentAt
  signedOn
  banUntil
  standing
}`) as unknown as TypedDocumentString<SignFinancialNoticeMutation, SignFinancialNoticeMutationVariables>;