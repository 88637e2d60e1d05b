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
    "mutation SaveComplianceProcess($input: ComplianceProcessInput!) {\n  saveComplianceProcess(input: $input) {\n    ...ComplianceProcessFields\n  }\n}\n\nmutation ArchiveComplianceProcess($id: ID!) {\n  archiveComplianceProcess(id: $id) {\n    ...ComplianceProcessFields\n  }\n}\n\nmutation RecordInternalAuditCoverage($input: InternalAuditCoverageInput!) {\n  recordInternalAuditCoverage(input: $input) {\n    quarter\n    processIds\n    fixed\n  }\n}": typeof types.SaveComplianceProcessDocument,
    "fragment ComplianceProcessFields on ComplianceProcess {\n  id\n  name\n  names {\n    kk\n    ru\n    en\n  }\n  translations {\n    kk\n    ru\n    en\n  }\n  ownerUnit {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  activeFrom\n  activeTo\n  archived\n}\n\nfragment SelfAssessmentFields on SelfAssessment {\n  quarter\n  reviewedQuarter\n  reviewedFrom\n  reviewedTo\n  drawn\n  drawnAt\n  drawnBy {\n    id\n    fullName\n  }\n  eligibleCount\n  drawable\n  processes {\n    id\n    process {\n      ...ComplianceProcessFields\n    }\n    findings {\n      id\n      text\n      severity\n      recordedAt\n      recordedBy {\n        id\n        fullName\n      }\n      latestDueOn\n      items {\n        id\n        action\n        responsible {\n          id\n          fullName\n        }\n        dueOn\n        status\n        overdue\n        completedOn\n        completionNote\n      }\n    }\n  }\n}": typeof types.ComplianceProcessFieldsFragmentDoc,
    "mutation DrawSelfAssessment($quarter: String!) {\n  drawSelfAssessment(quarter: $quarter) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation RecordSelfAssessmentFinding($input: SelfAssessmentFindingInput!) {\n  recordSelfAssessmentFinding(input: $input) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation AddImprovementItem($input: ImprovementItemInput!) {\n  addImprovementItem(input: $input) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation CompleteImprovementItem($id: ID!, $note: String) {\n  completeImprovementItem(id: $id, note: $note) {\n    ...SelfAssessmentFields\n  }\n}": typeof types.DrawSelfAssessmentDocument,
    "query SelfAssessment($quarter: String!, $reviewed: String!) {\n  selfAssessment(quarter: $quarter) {\n    ...SelfAssessmentFields\n  }\n  internalAuditCoverage(quarter: $reviewed) {\n    quarter\n    processIds\n    fixed\n  }\n  complianceProcesses {\n    ...ComplianceProcessFields\n  }\n}": typeof types.SelfAssessmentDocument,
};
const documents: Documents = {
    "mutation SaveComplianceProcess($input: ComplianceProcessInput!) {\n  saveComplianceProcess(input: $input) {\n    ...ComplianceProcessFields\n  }\n}\n\nmutation ArchiveComplianceProcess($id: ID!) {\n  archiveComplianceProcess(id: $id) {\n    ...ComplianceProcessFields\n  }\n}\n\nmutation RecordInternalAuditCoverage($input: InternalAuditCoverageInput!) {\n  recordInternalAuditCoverage(input: $input) {\n    quarter\n    processIds\n    fixed\n  }\n}": types.SaveComplianceProcessDocument,
    "fragment ComplianceProcessFields on ComplianceProcess {\n  id\n  name\n  names {\n    kk\n    ru\n    en\n  }\n  translations {\n    kk\n    ru\n    en\n  }\n  ownerUnit {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  activeFrom\n  activeTo\n  archived\n}\n\nfragment SelfAssessmentFields on SelfAssessment {\n  quarter\n  reviewedQuarter\n  reviewedFrom\n  reviewedTo\n  drawn\n  drawnAt\n  drawnBy {\n    id\n    fullName\n  }\n  eligibleCount\n  drawable\n  processes {\n    id\n    process {\n      ...ComplianceProcessFields\n    }\n    findings {\n      id\n      text\n      severity\n      recordedAt\n      recordedBy {\n        id\n        fullName\n      }\n      latestDueOn\n      items {\n        id\n        action\n        responsible {\n          id\n          fullName\n        }\n        dueOn\n        status\n        overdue\n        completedOn\n        completionNote\n      }\n    }\n  }\n}": types.ComplianceProcessFieldsFragmentDoc,
    "mutation DrawSelfAssessment($quarter: String!) {\n  drawSelfAssessment(quarter: $quarter) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation RecordSelfAssessmentFinding($input: SelfAssessmentFindingInput!) {\n  recordSelfAssessmentFinding(input: $input) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation AddImprovementItem($input: ImprovementItemInput!) {\n  addImprovementItem(input: $input) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation CompleteImprovementItem($id: ID!, $note: String) {\n  completeImprovementItem(id: $id, note: $note) {\n    ...SelfAssessmentFields\n  }\n}": types.DrawSelfAssessmentDocument,
    "query SelfAssessment($quarter: String!, $reviewed: String!) {\n  selfAssessment(quarter: $quarter) {\n    ...SelfAssessmentFields\n  }\n  internalAuditCoverage(quarter: $reviewed) {\n    quarter\n    processIds\n    fixed\n  }\n  complianceProcesses {\n    ...ComplianceProcessFields\n  }\n}": types.SelfAssessmentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveComplianceProcess($input: ComplianceProcessInput!) {\n  saveComplianceProcess(input: $input) {\n    ...ComplianceProcessFields\n  }\n}\n\nmutation ArchiveComplianceProcess($id: ID!) {\n  archiveComplianceProcess(id: $id) {\n    ...ComplianceProcessFields\n  }\n}\n\nmutation RecordInternalAuditCoverage($input: InternalAuditCoverageInput!) {\n  recordInternalAuditCoverage(input: $input) {\n    quarter\n    processIds\n    fixed\n  }\n}"): typeof import('./graphql').SaveComplianceProcessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ComplianceProcessFields on ComplianceProcess {\n  id\n  name\n  names {\n    kk\n    ru\n    en\n  }\n  translations {\n    kk\n    ru\n    en\n  }\n  ownerUnit {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  activeFrom\n  activeTo\n  archived\n}\n\nfragment SelfAssessmentFields on SelfAssessment {\n  quarter\n  reviewedQuarter\n  reviewedFrom\n  reviewedTo\n  drawn\n  drawnAt\n  drawnBy {\n    id\n    fullName\n  }\n  eligibleCount\n  drawable\n  processes {\n    id\n    process {\n      ...ComplianceProcessFields\n    }\n    findings {\n      id\n      text\n      severity\n      recordedAt\n      recordedBy {\n        id\n        fullName\n      }\n      latestDueOn\n      items {\n        id\n        action\n        responsible {\n          id\n          fullName\n        }\n        dueOn\n        status\n        overdue\n        completedOn\n        completionNote\n      }\n    }\n  }\n}"): typeof import('./graphql').ComplianceProcessFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DrawSelfAssessment($quarter: String!) {\n  drawSelfAssessment(quarter: $quarter) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation RecordSelfAssessmentFinding($input: SelfAssessmentFindingInput!) {\n  recordSelfAssessmentFinding(input: $input) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation AddImprovementItem($input: ImprovementItemInput!) {\n  addImprovementItem(input: $input) {\n    ...SelfAssessmentFields\n  }\n}\n\nmutation CompleteImprovementItem($id: ID!, $note: String) {\n  completeImprovementItem(id: $id, note: $note) {\n    ...SelfAssessmentFields\n  }\n}"): typeof import('./graphql').DrawSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfAssessment($quarter: String!, $reviewed: String!) {\n  selfAssessment(quarter: $quarter) {\n    ...SelfAssessmentFields\n  }\n  internalAuditCoverage(quarter: $reviewed) {\n    quarter\n    processIds\n    fixed\n  }\n  complianceProcesses {\n    ...ComplianceProcessFields\n  }\n}"): typeof import('./graphql').SelfAssessmentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
