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
    "mutation ConcludeConflictOfInterest($id: ID!, $input: ConflictConclusionInput!) {\n  concludeConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": typeof types.ConcludeConflictOfInterestDocument,
    "fragment ConflictCaseFields on ConflictOfInterestCase {\n  id\n  number\n  status\n  notifier {\n    id\n    fullName\n  }\n  relatedPersonName\n  relationKind\n  relatedEmployee {\n    id\n    fullName\n  }\n  counterparty\n  matter\n  decisionAtStake\n  typicalCase\n  notifiedOn\n  forwardOwner {\n    id\n    fullName\n  }\n  forwardDueOn\n  forwardedOn\n  forwardedBy {\n    id\n    fullName\n  }\n  concludeDueOn\n  concludedOn\n  concludedBy {\n    id\n    fullName\n  }\n  conflictFound\n  conclusion\n  identifiedOn\n  deputy {\n    id\n    fullName\n  }\n  decideDueOn\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  measures\n  decisionNote\n  referral\n  transferDueOn\n  transferredOn\n  transferNote\n  settledOn\n  settledInTime\n  currentStep\n  dueOn\n  overdue\n  actions\n}": typeof types.ConflictCaseFieldsFragmentDoc,
    "query ConflictRegister($search: String, $status: String, $source: String, $limit: Int, $offset: Int) {\n  conflictOfInterestRegister(\n    search: $search\n    status: $status\n    source: $source\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      person {\n        id\n        fullName\n      }\n      source\n      sourceId\n      relatedPersonName\n      counterparty\n      description\n      identifiedOn\n      status\n      measures\n      settledOn\n      caseNumber\n      notifiedOn\n      forwardedOn\n      concludedOn\n      decidedOn\n      transferredOn\n      settledInTime\n    }\n  }\n}": typeof types.ConflictRegisterDocument,
    "query ConflictTypicalCases {\n  conflictTypicalCases {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    prescription {\n      kk\n      ru\n      en\n    }\n    measures\n    referral\n  }\n}": typeof types.ConflictTypicalCasesDocument,
    "mutation DecideConflictOfInterest($id: ID!, $input: ConflictDecisionInput!) {\n  decideConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": typeof types.DecideConflictOfInterestDocument,
    "mutation ForwardConflictOfInterest($id: ID!) {\n  forwardConflictOfInterest(id: $id) {\n    ...ConflictCaseFields\n  }\n}": typeof types.ForwardConflictOfInterestDocument,
    "query GetConflictCase($id: ID!) {\n  conflictOfInterestCase(id: $id) {\n    ...ConflictCaseFields\n  }\n}": typeof types.GetConflictCaseDocument,
    "query MyConflictNotifications {\n  myConflictNotifications {\n    ...ConflictCaseFields\n  }\n}": typeof types.MyConflictNotificationsDocument,
    "mutation NotifyConflictOfInterest($input: ConflictNotificationInput!) {\n  notifyConflictOfInterest(input: $input) {\n    ...ConflictCaseFields\n  }\n}": typeof types.NotifyConflictOfInterestDocument,
    "mutation RecordConflictTransfer($id: ID!, $input: ConflictTransferInput!) {\n  recordConflictTransfer(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": typeof types.RecordConflictTransferDocument,
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": typeof types.MyRelatedPersonsDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": typeof types.RelatedPersonFieldsFragmentDoc,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": typeof types.RemoveRelatedPersonDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": typeof types.SaveRelatedPersonDocument,
};
const documents: Documents = {
    "mutation ConcludeConflictOfInterest($id: ID!, $input: ConflictConclusionInput!) {\n  concludeConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": types.ConcludeConflictOfInterestDocument,
    "fragment ConflictCaseFields on ConflictOfInterestCase {\n  id\n  number\n  status\n  notifier {\n    id\n    fullName\n  }\n  relatedPersonName\n  relationKind\n  relatedEmployee {\n    id\n    fullName\n  }\n  counterparty\n  matter\n  decisionAtStake\n  typicalCase\n  notifiedOn\n  forwardOwner {\n    id\n    fullName\n  }\n  forwardDueOn\n  forwardedOn\n  forwardedBy {\n    id\n    fullName\n  }\n  concludeDueOn\n  concludedOn\n  concludedBy {\n    id\n    fullName\n  }\n  conflictFound\n  conclusion\n  identifiedOn\n  deputy {\n    id\n    fullName\n  }\n  decideDueOn\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  measures\n  decisionNote\n  referral\n  transferDueOn\n  transferredOn\n  transferNote\n  settledOn\n  settledInTime\n  currentStep\n  dueOn\n  overdue\n  actions\n}": types.ConflictCaseFieldsFragmentDoc,
    "query ConflictRegister($search: String, $status: String, $source: String, $limit: Int, $offset: Int) {\n  conflictOfInterestRegister(\n    search: $search\n    status: $status\n    source: $source\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      person {\n        id\n        fullName\n      }\n      source\n      sourceId\n      relatedPersonName\n      counterparty\n      description\n      identifiedOn\n      status\n      measures\n      settledOn\n      caseNumber\n      notifiedOn\n      forwardedOn\n      concludedOn\n      decidedOn\n      transferredOn\n      settledInTime\n    }\n  }\n}": types.ConflictRegisterDocument,
    "query ConflictTypicalCases {\n  conflictTypicalCases {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    prescription {\n      kk\n      ru\n      en\n    }\n    measures\n    referral\n  }\n}": types.ConflictTypicalCasesDocument,
    "mutation DecideConflictOfInterest($id: ID!, $input: ConflictDecisionInput!) {\n  decideConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": types.DecideConflictOfInterestDocument,
    "mutation ForwardConflictOfInterest($id: ID!) {\n  forwardConflictOfInterest(id: $id) {\n    ...ConflictCaseFields\n  }\n}": types.ForwardConflictOfInterestDocument,
    "query GetConflictCase($id: ID!) {\n  conflictOfInterestCase(id: $id) {\n    ...ConflictCaseFields\n  }\n}": types.GetConflictCaseDocument,
    "query MyConflictNotifications {\n  myConflictNotifications {\n    ...ConflictCaseFields\n  }\n}": types.MyConflictNotificationsDocument,
    "mutation NotifyConflictOfInterest($input: ConflictNotificationInput!) {\n  notifyConflictOfInterest(input: $input) {\n    ...ConflictCaseFields\n  }\n}": types.NotifyConflictOfInterestDocument,
    "mutation RecordConflictTransfer($id: ID!, $input: ConflictTransferInput!) {\n  recordConflictTransfer(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": types.RecordConflictTransferDocument,
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": types.MyRelatedPersonsDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": types.RelatedPersonFieldsFragmentDoc,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": types.RemoveRelatedPersonDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": types.SaveRelatedPersonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConcludeConflictOfInterest($id: ID!, $input: ConflictConclusionInput!) {\n  concludeConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').ConcludeConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConflictCaseFields on ConflictOfInterestCase {\n  id\n  number\n  status\n  notifier {\n    id\n    fullName\n  }\n  relatedPersonName\n  relationKind\n  relatedEmployee {\n    id\n    fullName\n  }\n  counterparty\n  matter\n  decisionAtStake\n  typicalCase\n  notifiedOn\n  forwardOwner {\n    id\n    fullName\n  }\n  forwardDueOn\n  forwardedOn\n  forwardedBy {\n    id\n    fullName\n  }\n  concludeDueOn\n  concludedOn\n  concludedBy {\n    id\n    fullName\n  }\n  conflictFound\n  conclusion\n  identifiedOn\n  deputy {\n    id\n    fullName\n  }\n  decideDueOn\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  measures\n  decisionNote\n  referral\n  transferDueOn\n  transferredOn\n  transferNote\n  settledOn\n  settledInTime\n  currentStep\n  dueOn\n  overdue\n  actions\n}"): typeof import('./graphql').ConflictCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictRegister($search: String, $status: String, $source: String, $limit: Int, $offset: Int) {\n  conflictOfInterestRegister(\n    search: $search\n    status: $status\n    source: $source\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      person {\n        id\n        fullName\n      }\n      source\n      sourceId\n      relatedPersonName\n      counterparty\n      description\n      identifiedOn\n      status\n      measures\n      settledOn\n      caseNumber\n      notifiedOn\n      forwardedOn\n      concludedOn\n      decidedOn\n      transferredOn\n      settledInTime\n    }\n  }\n}"): typeof import('./graphql').ConflictRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictTypicalCases {\n  conflictTypicalCases {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    prescription {\n      kk\n      ru\n      en\n    }\n    measures\n    referral\n  }\n}"): typeof import('./graphql').ConflictTypicalCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideConflictOfInterest($id: ID!, $input: ConflictDecisionInput!) {\n  decideConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').DecideConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForwardConflictOfInterest($id: ID!) {\n  forwardConflictOfInterest(id: $id) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').ForwardConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetConflictCase($id: ID!) {\n  conflictOfInterestCase(id: $id) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').GetConflictCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyConflictNotifications {\n  myConflictNotifications {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').MyConflictNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifyConflictOfInterest($input: ConflictNotificationInput!) {\n  notifyConflictOfInterest(input: $input) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').NotifyConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConflictTransfer($id: ID!, $input: ConflictTransferInput!) {\n  recordConflictTransfer(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').RecordConflictTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}"): typeof import('./graphql').MyRelatedPersonsDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
