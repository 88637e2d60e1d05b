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
    "mutation AddReporterMessage($receipt: String!, $input: ReporterMessageInput!, $proof: HotlineProofInput) {\n  addReporterMessage(receipt: $receipt, input: $input, proof: $proof) {\n    ...ReporterReportFields\n  }\n}": typeof types.AddReporterMessageDocument,
    "query HotlineChallenge($strong: Boolean) {\n  hotlineChallenge(strong: $strong) {\n    challenge\n    difficulty\n    expiresAt\n  }\n}": typeof types.HotlineChallengeDocument,
    "query HotlineReportByReceipt($receipt: String!, $proof: HotlineProofInput!) {\n  hotlineReportByReceipt(receipt: $receipt, proof: $proof) {\n    ...ReporterReportFields\n  }\n}": typeof types.HotlineReportByReceiptDocument,
    "query IntakeOrganizations {\n  intakeOrganizations {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    profile {\n      reportsTo\n      acknowledgeHours\n      brandColor\n      logoDataUrl\n    }\n  }\n}": typeof types.IntakeOrganizationsDocument,
    "query IntakeQuestions($organizationId: ID!) {\n  intakeQuestions(organizationId: $organizationId) {\n    id\n    category\n    kind\n    required\n    texts {\n      kk\n      ru\n      en\n    }\n    options {\n      id\n      labels {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": typeof types.IntakeQuestionsDocument,
    "fragment ReporterReportFields on ReporterReport {\n  number\n  content {\n    what\n    when\n    where\n    who\n  }\n  category\n  status\n  receivedAt\n  acknowledgedAt\n  processBy\n  outcome\n  closedAt\n  attachments {\n    id\n    fileName\n    sizeBytes\n  }\n  messages {\n    id\n    from\n    kind\n    code\n    body\n    createdAt\n    attachments {\n      id\n      fileName\n      sizeBytes\n    }\n  }\n}": typeof types.ReporterReportFieldsFragmentDoc,
    "mutation SubmitHotlineReport($input: HotlineReportInput!, $proof: HotlineProofInput!) {\n  submitHotlineReport(input: $input, proof: $proof) {\n    receipt\n    number\n  }\n}": typeof types.SubmitHotlineReportDocument,
};
const documents: Documents = {
    "mutation AddReporterMessage($receipt: String!, $input: ReporterMessageInput!, $proof: HotlineProofInput) {\n  addReporterMessage(receipt: $receipt, input: $input, proof: $proof) {\n    ...ReporterReportFields\n  }\n}": types.AddReporterMessageDocument,
    "query HotlineChallenge($strong: Boolean) {\n  hotlineChallenge(strong: $strong) {\n    challenge\n    difficulty\n    expiresAt\n  }\n}": types.HotlineChallengeDocument,
    "query HotlineReportByReceipt($receipt: String!, $proof: HotlineProofInput!) {\n  hotlineReportByReceipt(receipt: $receipt, proof: $proof) {\n    ...ReporterReportFields\n  }\n}": types.HotlineReportByReceiptDocument,
    "query IntakeOrganizations {\n  intakeOrganizations {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    profile {\n      reportsTo\n      acknowledgeHours\n      brandColor\n      logoDataUrl\n    }\n  }\n}": types.IntakeOrganizationsDocument,
    "query IntakeQuestions($organizationId: ID!) {\n  intakeQuestions(organizationId: $organizationId) {\n    id\n    category\n    kind\n    required\n    texts {\n      kk\n      ru\n      en\n    }\n    options {\n      id\n      labels {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": types.IntakeQuestionsDocument,
    "fragment ReporterReportFields on ReporterReport {\n  number\n  content {\n    what\n    when\n    where\n    who\n  }\n  category\n  status\n  receivedAt\n  acknowledgedAt\n  processBy\n  outcome\n  closedAt\n  attachments {\n    id\n    fileName\n    sizeBytes\n  }\n  messages {\n    id\n    from\n    kind\n    code\n    body\n    createdAt\n    attachments {\n      id\n      fileName\n      sizeBytes\n    }\n  }\n}": types.ReporterReportFieldsFragmentDoc,
    "mutation SubmitHotlineReport($input: HotlineReportInput!, $proof: HotlineProofInput!) {\n  submitHotlineReport(input: $input, proof: $proof) {\n    receipt\n    number\n  }\n}": types.SubmitHotlineReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddReporterMessage($receipt: String!, $input: ReporterMessageInput!, $proof: HotlineProofInput) {\n  addReporterMessage(receipt: $receipt, input: $input, proof: $proof) {\n    ...ReporterReportFields\n  }\n}"): typeof import('./graphql').AddReporterMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HotlineChallenge($strong: Boolean) {\n  hotlineChallenge(strong: $strong) {\n    challenge\n    difficulty\n    expiresAt\n  }\n}"): typeof import('./graphql').HotlineChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HotlineReportByReceipt($receipt: String!, $proof: HotlineProofInput!) {\n  hotlineReportByReceipt(receipt: $receipt, proof: $proof) {\n    ...ReporterReportFields\n  }\n}"): typeof import('./graphql').HotlineReportByReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntakeOrganizations {\n  intakeOrganizations {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    profile {\n      reportsTo\n      acknowledgeHours\n      brandColor\n      logoDataUrl\n    }\n  }\n}"): typeof import('./graphql').IntakeOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntakeQuestions($organizationId: ID!) {\n  intakeQuestions(organizationId: $organizationId) {\n    id\n    category\n    kind\n    required\n    texts {\n      kk\n      ru\n      en\n    }\n    options {\n      id\n      labels {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}"): typeof import('./graphql').IntakeQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReporterReportFields on ReporterReport {\n  number\n  content {\n    what\n    when\n    where\n    who\n  }\n  category\n  status\n  receivedAt\n  acknowledgedAt\n  processBy\n  outcome\n  closedAt\n  attachments {\n    id\n    fileName\n    sizeBytes\n  }\n  messages {\n    id\n    from\n    kind\n    code\n    body\n    createdAt\n    attachments {\n      id\n      fileName\n      sizeBytes\n    }\n  }\n}"): typeof import('./graphql').ReporterReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitHotlineReport($input: HotlineReportInput!, $proof: HotlineProofInput!) {\n  submitHotlineReport(input: $input, proof: $proof) {\n    receipt\n    number\n  }\n}"): typeof import('./graphql').SubmitHotlineReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
