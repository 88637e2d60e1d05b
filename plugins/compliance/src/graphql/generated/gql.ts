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
    "mutation ImportRisks($register: RiskRegister!, $file: File!) {\n  importRisks(register: $register, file: $file) {\n    imported\n    errors {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n  }\n}": typeof types.ImportRisksDocument,
    "fragment RiskFields on Risk {\n  id\n  number\n  code\n  register\n  processOrDocument\n  scheme\n  positions {\n    id\n    title\n  }\n  probability\n  frequency\n  impact\n  score\n  level\n  source\n  confidentiality\n  procurement\n  lastReviewedOn\n  status\n  version\n}": typeof types.RiskFieldsFragmentDoc,
    "query RiskChoices {\n  riskScale {\n    size\n  }\n  riskPositionChoices {\n    id\n    title\n    exposed\n  }\n  riskRemapping {\n    lastIdentifiedOn\n    identificationDueOn\n    identificationOverdue\n    openTriggers {\n      id\n      kind\n      note\n      occurredOn\n    }\n  }\n}": typeof types.RiskChoicesDocument,
    "query RiskHeatMap($register: RiskRegister!, $asOf: String!, $compareWith: String) {\n  riskHeatMap(register: $register, asOf: $asOf, compareWith: $compareWith) {\n    register\n    asOf\n    compareWith\n    scale\n    cells {\n      likelihood\n      impact\n      score\n      level\n      risks {\n        id\n        code\n        processOrDocument\n        probability\n        frequency\n        impact\n        level\n      }\n    }\n    movements {\n      id\n      code\n      processOrDocument\n      from {\n        likelihood\n        impact\n      }\n      to {\n        likelihood\n        impact\n      }\n      direction\n    }\n  }\n}": typeof types.RiskHeatMapDocument,
    "mutation RecordRiskTrigger($kind: RiskTriggerKind!, $note: String!, $occurredOn: String!) {\n  recordRiskTrigger(kind: $kind, note: $note, occurredOn: $occurredOn) {\n    id\n  }\n}\n\nmutation CompleteRiskRemapping($triggerId: ID, $note: String) {\n  completeRiskRemapping(triggerId: $triggerId, note: $note) {\n    lastIdentifiedOn\n    identificationDueOn\n    identificationOverdue\n    openTriggers {\n      id\n      kind\n      note\n      occurredOn\n    }\n  }\n}": typeof types.RecordRiskTriggerDocument,
    "query Risks($filter: RiskFilter) {\n  risks(filter: $filter) {\n    total\n    rows {\n      ...RiskFields\n    }\n  }\n}": typeof types.RisksDocument,
    "mutation UpsertRisk($input: RiskInput!) {\n  upsertRisk(input: $input) {\n    ...RiskFields\n  }\n}": typeof types.UpsertRiskDocument,
};
const documents: Documents = {
    "mutation ImportRisks($register: RiskRegister!, $file: File!) {\n  importRisks(register: $register, file: $file) {\n    imported\n    errors {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n  }\n}": types.ImportRisksDocument,
    "fragment RiskFields on Risk {\n  id\n  number\n  code\n  register\n  processOrDocument\n  scheme\n  positions {\n    id\n    title\n  }\n  probability\n  frequency\n  impact\n  score\n  level\n  source\n  confidentiality\n  procurement\n  lastReviewedOn\n  status\n  version\n}": types.RiskFieldsFragmentDoc,
    "query RiskChoices {\n  riskScale {\n    size\n  }\n  riskPositionChoices {\n    id\n    title\n    exposed\n  }\n  riskRemapping {\n    lastIdentifiedOn\n    identificationDueOn\n    identificationOverdue\n    openTriggers {\n      id\n      kind\n      note\n      occurredOn\n    }\n  }\n}": types.RiskChoicesDocument,
    "query RiskHeatMap($register: RiskRegister!, $asOf: String!, $compareWith: String) {\n  riskHeatMap(register: $register, asOf: $asOf, compareWith: $compareWith) {\n    register\n    asOf\n    compareWith\n    scale\n    cells {\n      likelihood\n      impact\n      score\n      level\n      risks {\n        id\n        code\n        processOrDocument\n        probability\n        frequency\n        impact\n        level\n      }\n    }\n    movements {\n      id\n      code\n      processOrDocument\n      from {\n        likelihood\n        impact\n      }\n      to {\n        likelihood\n        impact\n      }\n      direction\n    }\n  }\n}": types.RiskHeatMapDocument,
    "mutation RecordRiskTrigger($kind: RiskTriggerKind!, $note: String!, $occurredOn: String!) {\n  recordRiskTrigger(kind: $kind, note: $note, occurredOn: $occurredOn) {\n    id\n  }\n}\n\nmutation CompleteRiskRemapping($triggerId: ID, $note: String) {\n  completeRiskRemapping(triggerId: $triggerId, note: $note) {\n    lastIdentifiedOn\n    identificationDueOn\n    identificationOverdue\n    openTriggers {\n      id\n      kind\n      note\n      occurredOn\n    }\n  }\n}": types.RecordRiskTriggerDocument,
    "query Risks($filter: RiskFilter) {\n  risks(filter: $filter) {\n    total\n    rows {\n      ...RiskFields\n    }\n  }\n}": types.RisksDocument,
    "mutation UpsertRisk($input: RiskInput!) {\n  upsertRisk(input: $input) {\n    ...RiskFields\n  }\n}": types.UpsertRiskDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportRisks($register: RiskRegister!, $file: File!) {\n  importRisks(register: $register, file: $file) {\n    imported\n    errors {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n  }\n}"): typeof import('./graphql').ImportRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RiskFields on Risk {\n  id\n  number\n  code\n  register\n  processOrDocument\n  scheme\n  positions {\n    id\n    title\n  }\n  probability\n  frequency\n  impact\n  score\n  level\n  source\n  confidentiality\n  procurement\n  lastReviewedOn\n  status\n  version\n}"): typeof import('./graphql').RiskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskChoices {\n  riskScale {\n    size\n  }\n  riskPositionChoices {\n    id\n    title\n    exposed\n  }\n  riskRemapping {\n    lastIdentifiedOn\n    identificationDueOn\n    identificationOverdue\n    openTriggers {\n      id\n      kind\n      note\n      occurredOn\n    }\n  }\n}"): typeof import('./graphql').RiskChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskHeatMap($register: RiskRegister!, $asOf: String!, $compareWith: String) {\n  riskHeatMap(register: $register, asOf: $asOf, compareWith: $compareWith) {\n    register\n    asOf\n    compareWith\n    scale\n    cells {\n      likelihood\n      impact\n      score\n      level\n      risks {\n        id\n        code\n        processOrDocument\n        probability\n        frequency\n        impact\n        level\n      }\n    }\n    movements {\n      id\n      code\n      processOrDocument\n      from {\n        likelihood\n        impact\n      }\n      to {\n        likelihood\n        impact\n      }\n      direction\n    }\n  }\n}"): typeof import('./graphql').RiskHeatMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRiskTrigger($kind: RiskTriggerKind!, $note: String!, $occurredOn: String!) {\n  recordRiskTrigger(kind: $kind, note: $note, occurredOn: $occurredOn) {\n    id\n  }\n}\n\nmutation CompleteRiskRemapping($triggerId: ID, $note: String) {\n  completeRiskRemapping(triggerId: $triggerId, note: $note) {\n    lastIdentifiedOn\n    identificationDueOn\n    identificationOverdue\n    openTriggers {\n      id\n      kind\n      note\n      occurredOn\n    }\n  }\n}"): typeof import('./graphql').RecordRiskTriggerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Risks($filter: RiskFilter) {\n  risks(filter: $filter) {\n    total\n    rows {\n      ...RiskFields\n    }\n  }\n}"): typeof import('./graphql').RisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertRisk($input: RiskInput!) {\n  upsertRisk(input: $input) {\n    ...RiskFields\n  }\n}"): typeof import('./graphql').UpsertRiskDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
