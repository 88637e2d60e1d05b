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
    "mutation SetCompliancePublicPage($input: CompliancePublicPageInput!) {\n  setCompliancePublicPage(input: $input) {\n    slug\n    enabled\n    path\n  }\n}\n\nmutation SetRiskPublished($riskId: ID!, $published: Boolean!) {\n  setRiskPublished(riskId: $riskId, published: $published) {\n    id\n    published\n  }\n}\n\nmutation PublishQuarterlyReport($input: ComplianceQuarterlyReportInput!) {\n  publishQuarterlyReport(input: $input) {\n    id\n  }\n}\n\nmutation AnswerPublicProposal($input: PublicProposalAnswerInput!) {\n  answerPublicProposal(input: $input) {\n    id\n  }\n}": typeof types.SetCompliancePublicPageDocument,
    "query CompliancePublic {\n  compliancePublicPage {\n    slug\n    enabled\n    path\n  }\n  publishableRisks {\n    id\n    number\n    processOrDocument\n    level\n    confidentiality\n    published\n    publishable\n  }\n  complianceQuarterlyReports {\n    id\n    year\n    quarter\n    text\n    publishedAt\n  }\n  publicProposals {\n    id\n    receipt\n    text\n    contact\n    submittedAt\n    status\n    answer\n  }\n}": typeof types.CompliancePublicDocument,
    "fragment MitigationMeasureFields on MitigationMeasure {\n  id\n  risk {\n    id\n    number\n    register\n    processOrDocument\n    level\n  }\n  measure\n  executor {\n    id\n    fullName\n  }\n  deadline\n  completionForm\n  status\n  progressNote\n  evidenceLink\n  evidenceNote\n  doneOn\n  linkedKpi\n  overdue\n}": typeof types.MitigationMeasureFieldsFragmentDoc,
    "mutation CreateMitigationPlan($year: Int!) {\n  createMitigationPlan(year: $year) {\n    id\n  }\n}\n\nmutation ApproveMitigationPlan($id: ID!) {\n  approveMitigationPlan(id: $id) {\n    id\n  }\n}\n\nmutation PublishMitigationPlan($id: ID!, $controlledBy: String) {\n  publishMitigationPlan(id: $id, controlledBy: $controlledBy) {\n    id\n  }\n}\n\nmutation AddMitigationMeasure($input: MitigationMeasureInput!) {\n  addMitigationMeasure(input: $input) {\n    id\n  }\n}\n\nmutation UpdateMitigationMeasure($input: MitigationMeasureUpdateInput!) {\n  updateMitigationMeasure(input: $input) {\n    id\n  }\n}\n\nmutation ReportMitigationMeasure($input: MitigationMeasureReportInput!) {\n  reportMitigationMeasure(input: $input) {\n    id\n  }\n}": typeof types.CreateMitigationPlanDocument,
    "query MitigationPlan($year: Int!) {\n  mitigationPlan(year: $year) {\n    id\n    year\n    status\n    approvalRequired\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n    controlledBy\n    publishedAt\n    awaitingRescore\n    actions\n    measures {\n      ...MitigationMeasureFields\n    }\n  }\n  publishableRisks {\n    id\n    number\n    processOrDocument\n    level\n  }\n}": typeof types.MitigationPlanDocument,
};
const documents: Documents = {
    "mutation SetCompliancePublicPage($input: CompliancePublicPageInput!) {\n  setCompliancePublicPage(input: $input) {\n    slug\n    enabled\n    path\n  }\n}\n\nmutation SetRiskPublished($riskId: ID!, $published: Boolean!) {\n  setRiskPublished(riskId: $riskId, published: $published) {\n    id\n    published\n  }\n}\n\nmutation PublishQuarterlyReport($input: ComplianceQuarterlyReportInput!) {\n  publishQuarterlyReport(input: $input) {\n    id\n  }\n}\n\nmutation AnswerPublicProposal($input: PublicProposalAnswerInput!) {\n  answerPublicProposal(input: $input) {\n    id\n  }\n}": types.SetCompliancePublicPageDocument,
    "query CompliancePublic {\n  compliancePublicPage {\n    slug\n    enabled\n    path\n  }\n  publishableRisks {\n    id\n    number\n    processOrDocument\n    level\n    confidentiality\n    published\n    publishable\n  }\n  complianceQuarterlyReports {\n    id\n    year\n    quarter\n    text\n    publishedAt\n  }\n  publicProposals {\n    id\n    receipt\n    text\n    contact\n    submittedAt\n    status\n    answer\n  }\n}": types.CompliancePublicDocument,
    "fragment MitigationMeasureFields on MitigationMeasure {\n  id\n  risk {\n    id\n    number\n    register\n    processOrDocument\n    level\n  }\n  measure\n  executor {\n    id\n    fullName\n  }\n  deadline\n  completionForm\n  status\n  progressNote\n  evidenceLink\n  evidenceNote\n  doneOn\n  linkedKpi\n  overdue\n}": types.MitigationMeasureFieldsFragmentDoc,
    "mutation CreateMitigationPlan($year: Int!) {\n  createMitigationPlan(year: $year) {\n    id\n  }\n}\n\nmutation ApproveMitigationPlan($id: ID!) {\n  approveMitigationPlan(id: $id) {\n    id\n  }\n}\n\nmutation PublishMitigationPlan($id: ID!, $controlledBy: String) {\n  publishMitigationPlan(id: $id, controlledBy: $controlledBy) {\n    id\n  }\n}\n\nmutation AddMitigationMeasure($input: MitigationMeasureInput!) {\n  addMitigationMeasure(input: $input) {\n    id\n  }\n}\n\nmutation UpdateMitigationMeasure($input: MitigationMeasureUpdateInput!) {\n  updateMitigationMeasure(input: $input) {\n    id\n  }\n}\n\nmutation ReportMitigationMeasure($input: MitigationMeasureReportInput!) {\n  reportMitigationMeasure(input: $input) {\n    id\n  }\n}": types.CreateMitigationPlanDocument,
    "query MitigationPlan($year: Int!) {\n  mitigationPlan(year: $year) {\n    id\n    year\n    status\n    approvalRequired\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n    controlledBy\n    publishedAt\n    awaitingRescore\n    actions\n    measures {\n      ...MitigationMeasureFields\n    }\n  }\n  publishableRisks {\n    id\n    number\n    processOrDocument\n    level\n  }\n}": types.MitigationPlanDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCompliancePublicPage($input: CompliancePublicPageInput!) {\n  setCompliancePublicPage(input: $input) {\n    slug\n    enabled\n    path\n  }\n}\n\nmutation SetRiskPublished($riskId: ID!, $published: Boolean!) {\n  setRiskPublished(riskId: $riskId, published: $published) {\n    id\n    published\n  }\n}\n\nmutation PublishQuarterlyReport($input: ComplianceQuarterlyReportInput!) {\n  publishQuarterlyReport(input: $input) {\n    id\n  }\n}\n\nmutation AnswerPublicProposal($input: PublicProposalAnswerInput!) {\n  answerPublicProposal(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').SetCompliancePublicPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompliancePublic {\n  compliancePublicPage {\n    slug\n    enabled\n    path\n  }\n  publishableRisks {\n    id\n    number\n    processOrDocument\n    level\n    confidentiality\n    published\n    publishable\n  }\n  complianceQuarterlyReports {\n    id\n    year\n    quarter\n    text\n    publishedAt\n  }\n  publicProposals {\n    id\n    receipt\n    text\n    contact\n    submittedAt\n    status\n    answer\n  }\n}"): typeof import('./graphql').CompliancePublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MitigationMeasureFields on MitigationMeasure {\n  id\n  risk {\n    id\n    number\n    register\n    processOrDocument\n    level\n  }\n  measure\n  executor {\n    id\n    fullName\n  }\n  deadline\n  completionForm\n  status\n  progressNote\n  evidenceLink\n  evidenceNote\n  doneOn\n  linkedKpi\n  overdue\n}"): typeof import('./graphql').MitigationMeasureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMitigationPlan($year: Int!) {\n  createMitigationPlan(year: $year) {\n    id\n  }\n}\n\nmutation ApproveMitigationPlan($id: ID!) {\n  approveMitigationPlan(id: $id) {\n    id\n  }\n}\n\nmutation PublishMitigationPlan($id: ID!, $controlledBy: String) {\n  publishMitigationPlan(id: $id, controlledBy: $controlledBy) {\n    id\n  }\n}\n\nmutation AddMitigationMeasure($input: MitigationMeasureInput!) {\n  addMitigationMeasure(input: $input) {\n    id\n  }\n}\n\nmutation UpdateMitigationMeasure($input: MitigationMeasureUpdateInput!) {\n  updateMitigationMeasure(input: $input) {\n    id\n  }\n}\n\nmutation ReportMitigationMeasure($input: MitigationMeasureReportInput!) {\n  reportMitigationMeasure(input: $input) {\n    id\n  }\n}"): typeof import('./graphql').CreateMitigationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MitigationPlan($year: Int!) {\n  mitigationPlan(year: $year) {\n    id\n    year\n    status\n    approvalRequired\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n    controlledBy\n    publishedAt\n    awaitingRescore\n    actions\n    measures {\n      ...MitigationMeasureFields\n    }\n  }\n  publishableRisks {\n    id\n    number\n    processOrDocument\n    level\n  }\n}"): typeof import('./graphql').MitigationPlanDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
