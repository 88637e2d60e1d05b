/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {\n  personId\n  fullName\n  orgUnitId\n  category\n  publicationCategory\n  obligedFrom\n  obligedUntil\n  form\n  deadline\n  filedOn\n  proofId\n  filing\n  dutyNotice\n  spouseNoticesPending\n  reminder\n  reminderDueOn\n  trustManagementDueOn\n  trustManagementSettledOn\n}": typeof types.FinancialDeclarantStatusFieldsFragmentDoc,
    "fragment FinancialNoticeFields on FinancialNotice {\n  id\n  personId\n  personName\n  kind\n  recipient\n  spouseName\n  ruleTitle\n  form\n  year\n  dueOn\n  sentAt\n  signedOn\n  banUntil\n  standing\n}": typeof types.FinancialNoticeFieldsFragmentDoc,
    "fragment ForeignAccountFindingFields on ForeignAccountFinding {\n  id\n  personId\n  personName\n  year\n  bank\n  country\n  foundOn\n  notifyBy\n  notifiedAt\n  closureDueOn\n  closedOn\n  status\n  notices {\n    id\n    recipient\n    personName\n    sentAt\n  }\n}": typeof types.ForeignAccountFindingFieldsFragmentDoc,
    "query GetFinancialDeclarationStatus($year: Int!, $orgUnitId: ID!) {\n  financialDeclarationStatus(year: $year, orgUnitId: $orgUnitId) {\n    ...FinancialDeclarantStatusFields\n  }\n}": typeof types.GetFinancialDeclarationStatusDocument,
    "query GetMyFinancialDeclaration {\n  myFinancialDeclaration {\n    status {\n      ...FinancialDeclarantStatusFields\n    }\n    notices {\n      ...FinancialNoticeFields\n    }\n  }\n  myForeignAccountFindings {\n    ...ForeignAccountFindingFields\n  }\n}": typeof types.GetMyFinancialDeclarationDocument,
    "query GetTaxAuthorityRequestFile {\n  taxAuthorityRequests {\n    id\n    fileName\n    csv\n  }\n}": typeof types.GetTaxAuthorityRequestFileDocument,
    "query ListFinancialOrgUnits {\n  orgUnits {\n    id\n    name\n    path\n  }\n}": typeof types.ListFinancialOrgUnitsDocument,
    "query ListForeignAccountFindings($year: Int) {\n  foreignAccountFindings(year: $year) {\n    ...ForeignAccountFindingFields\n  }\n}": typeof types.ListForeignAccountFindingsDocument,
    "query ListPendingFinancialNotices {\n  pendingFinancialNotices {\n    ...FinancialNoticeFields\n  }\n}": typeof types.ListPendingFinancialNoticesDocument,
    "query ListTaxAuthorityRequests {\n  taxAuthorityRequests {\n    id\n    year\n    employeeCount\n    preparedAt\n    answerReceivedOn\n    answerReference\n  }\n}": typeof types.ListTaxAuthorityRequestsDocument,
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": typeof types.MyRelatedPersonsDocument,
    "mutation PrepareTaxAuthorityRequest($year: Int!) {\n  prepareTaxAuthorityRequest(year: $year) {\n    id\n    year\n    employeeCount\n    fileName\n    csv\n  }\n}": typeof types.PrepareTaxAuthorityRequestDocument,
    "mutation RecordFilingProof($input: FilingProofInput!, $file: File!) {\n  recordFilingProof(input: $input, file: $file)\n}": typeof types.RecordFilingProofDocument,
    "mutation RecordForeignAccountClosure($findingId: ID!, $closedOn: String!, $file: File!) {\n  recordForeignAccountClosure(\n    findingId: $findingId\n    closedOn: $closedOn\n    file: $file\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}": typeof types.RecordForeignAccountClosureDocument,
    "mutation RecordTaxAuthorityAnswer($requestId: ID!, $receivedOn: String!, $reference: String, $findings: [ForeignAccountFindingInput!]!) {\n  recordTaxAuthorityAnswer(\n    requestId: $requestId\n    receivedOn: $receivedOn\n    reference: $reference\n    findings: $findings\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}": typeof types.RecordTaxAuthorityAnswerDocument,
    "mutation RegisterDeclarant($input: RegisterDeclarantInput!) {\n  registerDeclarant(input: $input) {\n    ...FinancialDeclarantStatusFields\n  }\n}": typeof types.RegisterDeclarantDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": typeof types.RelatedPersonFieldsFragmentDoc,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": typeof types.RemoveRelatedPersonDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": typeof types.SaveRelatedPersonDocument,
    "mutation SendFinancialNotices($ids: [ID!]!) {\n  sendFinancialNotices(ids: $ids) {\n    ...FinancialNoticeFields\n  }\n}": typeof types.SendFinancialNoticesDocument,
    "mutation SetDeclarationDeadline($form: String!, $year: Int!, $dueOn: String!) {\n  setDeclarationDeadline(form: $form, year: $year, dueOn: $dueOn)\n}": typeof types.SetDeclarationDeadlineDocument,
    "mutation SignFinancialNotice($id: ID!, $signedOn: String!) {\n  signFinancialNotice(id: $id, signedOn: $signedOn) {\n    ...FinancialNoticeFields\n  }\n}": typeof types.SignFinancialNoticeDocument,
};
const documents: Documents = {
    "fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {\n  personId\n  fullName\n  orgUnitId\n  category\n  publicationCategory\n  obligedFrom\n  obligedUntil\n  form\n  deadline\n  filedOn\n  proofId\n  filing\n  dutyNotice\n  spouseNoticesPending\n  reminder\n  reminderDueOn\n  trustManagementDueOn\n  trustManagementSettledOn\n}": types.FinancialDeclarantStatusFieldsFragmentDoc,
    "fragment FinancialNoticeFields on FinancialNotice {\n  id\n  personId\n  personName\n  kind\n  recipient\n  spouseName\n  ruleTitle\n  form\n  year\n  dueOn\n  sentAt\n  signedOn\n  banUntil\n  standing\n}": types.FinancialNoticeFieldsFragmentDoc,
    "fragment ForeignAccountFindingFields on ForeignAccountFinding {\n  id\n  personId\n  personName\n  year\n  bank\n  country\n  foundOn\n  notifyBy\n  notifiedAt\n  closureDueOn\n  closedOn\n  status\n  notices {\n    id\n    recipient\n    personName\n    sentAt\n  }\n}": types.ForeignAccountFindingFieldsFragmentDoc,
    "query GetFinancialDeclarationStatus($year: Int!, $orgUnitId: ID!) {\n  financialDeclarationStatus(year: $year, orgUnitId: $orgUnitId) {\n    ...FinancialDeclarantStatusFields\n  }\n}": types.GetFinancialDeclarationStatusDocument,
    "query GetMyFinancialDeclaration {\n  myFinancialDeclaration {\n    status {\n      ...FinancialDeclarantStatusFields\n    }\n    notices {\n      ...FinancialNoticeFields\n    }\n  }\n  myForeignAccountFindings {\n    ...ForeignAccountFindingFields\n  }\n}": types.GetMyFinancialDeclarationDocument,
    "query GetTaxAuthorityRequestFile {\n  taxAuthorityRequests {\n    id\n    fileName\n    csv\n  }\n}": types.GetTaxAuthorityRequestFileDocument,
    "query ListFinancialOrgUnits {\n  orgUnits {\n    id\n    name\n    path\n  }\n}": types.ListFinancialOrgUnitsDocument,
    "query ListForeignAccountFindings($year: Int) {\n  foreignAccountFindings(year: $year) {\n    ...ForeignAccountFindingFields\n  }\n}": types.ListForeignAccountFindingsDocument,
    "query ListPendingFinancialNotices {\n  pendingFinancialNotices {\n    ...FinancialNoticeFields\n  }\n}": types.ListPendingFinancialNoticesDocument,
    "query ListTaxAuthorityRequests {\n  taxAuthorityRequests {\n    id\n    year\n    employeeCount\n    preparedAt\n    answerReceivedOn\n    answerReference\n  }\n}": types.ListTaxAuthorityRequestsDocument,
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": types.MyRelatedPersonsDocument,
    "mutation PrepareTaxAuthorityRequest($year: Int!) {\n  prepareTaxAuthorityRequest(year: $year) {\n    id\n    year\n    employeeCount\n    fileName\n    csv\n  }\n}": types.PrepareTaxAuthorityRequestDocument,
    "mutation RecordFilingProof($input: FilingProofInput!, $file: File!) {\n  recordFilingProof(input: $input, file: $file)\n}": types.RecordFilingProofDocument,
    "mutation RecordForeignAccountClosure($findingId: ID!, $closedOn: String!, $file: File!) {\n  recordForeignAccountClosure(\n    findingId: $findingId\n    closedOn: $closedOn\n    file: $file\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}": types.RecordForeignAccountClosureDocument,
    "mutation RecordTaxAuthorityAnswer($requestId: ID!, $receivedOn: String!, $reference: String, $findings: [ForeignAccountFindingInput!]!) {\n  recordTaxAuthorityAnswer(\n    requestId: $requestId\n    receivedOn: $receivedOn\n    reference: $reference\n    findings: $findings\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}": types.RecordTaxAuthorityAnswerDocument,
    "mutation RegisterDeclarant($input: RegisterDeclarantInput!) {\n  registerDeclarant(input: $input) {\n    ...FinancialDeclarantStatusFields\n  }\n}": types.RegisterDeclarantDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": types.RelatedPersonFieldsFragmentDoc,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": types.RemoveRelatedPersonDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": types.SaveRelatedPersonDocument,
    "mutation SendFinancialNotices($ids: [ID!]!) {\n  sendFinancialNotices(ids: $ids) {\n    ...FinancialNoticeFields\n  }\n}": types.SendFinancialNoticesDocument,
    "mutation SetDeclarationDeadline($form: String!, $year: Int!, $dueOn: String!) {\n  setDeclarationDeadline(form: $form, year: $year, dueOn: $dueOn)\n}": types.SetDeclarationDeadlineDocument,
    "mutation SignFinancialNotice($id: ID!, $signedOn: String!) {\n  signFinancialNotice(id: $id, signedOn: $signedOn) {\n    ...FinancialNoticeFields\n  }\n}": types.SignFinancialNoticeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {\n  personId\n  fullName\n  orgUnitId\n  category\n  publicationCategory\n  obligedFrom\n  obligedUntil\n  form\n  deadline\n  filedOn\n  proofId\n  filing\n  dutyNotice\n  spouseNoticesPending\n  reminder\n  reminderDueOn\n  trustManagementDueOn\n  trustManagementSettledOn\n}"): typeof import('./graphql').FinancialDeclarantStatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FinancialNoticeFields on FinancialNotice {\n  id\n  personId\n  personName\n  kind\n  recipient\n  spouseName\n  ruleTitle\n  form\n  year\n  dueOn\n  sentAt\n  signedOn\n  banUntil\n  standing\n}"): typeof import('./graphql').FinancialNoticeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ForeignAccountFindingFields on ForeignAccountFinding {\n  id\n  personId\n  personName\n  year\n  bank\n  country\n  foundOn\n  notifyBy\n  notifiedAt\n  closureDueOn\n  closedOn\n  status\n  notices {\n    id\n    recipient\n    personName\n    sentAt\n  }\n}"): typeof import('./graphql').ForeignAccountFindingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetFinancialDeclarationStatus($year: Int!, $orgUnitId: ID!) {\n  financialDeclarationStatus(year: $year, orgUnitId: $orgUnitId) {\n    ...FinancialDeclarantStatusFields\n  }\n}"): typeof import('./graphql').GetFinancialDeclarationStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetMyFinancialDeclaration {\n  myFinancialDeclaration {\n    status {\n      ...FinancialDeclarantStatusFields\n    }\n    notices {\n      ...FinancialNoticeFields\n    }\n  }\n  myForeignAccountFindings {\n    ...ForeignAccountFindingFields\n  }\n}"): typeof import('./graphql').GetMyFinancialDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetTaxAuthorityRequestFile {\n  taxAuthorityRequests {\n    id\n    fileName\n    csv\n  }\n}"): typeof import('./graphql').GetTaxAuthorityRequestFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListFinancialOrgUnits {\n  orgUnits {\n    id\n    name\n    path\n  }\n}"): typeof import('./graphql').ListFinancialOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListForeignAccountFindings($year: Int) {\n  foreignAccountFindings(year: $year) {\n    ...ForeignAccountFindingFields\n  }\n}"): typeof import('./graphql').ListForeignAccountFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListPendingFinancialNotices {\n  pendingFinancialNotices {\n    ...FinancialNoticeFields\n  }\n}"): typeof import('./graphql').ListPendingFinancialNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListTaxAuthorityRequests {\n  taxAuthorityRequests {\n    id\n    year\n    employeeCount\n    preparedAt\n    answerReceivedOn\n    answerReference\n  }\n}"): typeof import('./graphql').ListTaxAuthorityRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}"): typeof import('./graphql').MyRelatedPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrepareTaxAuthorityRequest($year: Int!) {\n  prepareTaxAuthorityRequest(year: $year) {\n    id\n    year\n    employeeCount\n    fileName\n    csv\n  }\n}"): typeof import('./graphql').PrepareTaxAuthorityRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordFilingProof($input: FilingProofInput!, $file: File!) {\n  recordFilingProof(input: $input, file: $file)\n}"): typeof import('./graphql').RecordFilingProofDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordForeignAccountClosure($findingId: ID!, $closedOn: String!, $file: File!) {\n  recordForeignAccountClosure(\n    findingId: $findingId\n    closedOn: $closedOn\n    file: $file\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}"): typeof import('./graphql').RecordForeignAccountClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordTaxAuthorityAnswer($requestId: ID!, $receivedOn: String!, $reference: String, $findings: [ForeignAccountFindingInput!]!) {\n  recordTaxAuthorityAnswer(\n    requestId: $requestId\n    receivedOn: $receivedOn\n    reference: $reference\n    findings: $findings\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}"): typeof import('./graphql').RecordTaxAuthorityAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterDeclarant($input: RegisterDeclarantInput!) {\n  registerDeclarant(input: $input) {\n    ...FinancialDeclarantStatusFields\n  }\n}"): typeof import('./graphql').RegisterDeclarantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}"): typeof import('./graphql').RelatedPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}"): typeof import('./graphql').RemoveRelatedPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}"): typeof import('./graphql').SaveRelatedPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendFinancialNotices($ids: [ID!]!) {\n  sendFinancialNotices(ids: $ids) {\n    ...FinancialNoticeFields\n  }\n}"): typeof import('./graphql').SendFinancialNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDeclarationDeadline($form: String!, $year: Int!, $dueOn: String!) {\n  setDeclarationDeadline(form: $form, year: $year, dueOn: $dueOn)\n}"): typeof import('./graphql').SetDeclarationDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignFinancialNotice($id: ID!, $signedOn: String!) {\n  signFinancialNotice(id: $id, signedOn: $signedOn) {\n    ...FinancialNoticeFields\n  }\n}"): typeof import('./graphql').SignFinancialNoticeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
