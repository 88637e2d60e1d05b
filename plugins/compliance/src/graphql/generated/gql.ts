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
    "fragment StandardAdoptionFields on StandardAdoption {\n  id\n  actNumber\n  adoptedOn\n  approvedBy\n  approverName\n  approverBody\n  documentUrl\n  note\n  publishedWhere\n  publishedUrl\n  publishedOn\n  supersededAt\n}\n\nfragment AntiCorruptionStandardFields on AntiCorruptionStandard {\n  current {\n    ...StandardAdoptionFields\n  }\n  history {\n    ...StandardAdoptionFields\n  }\n  warnings\n}\n\nfragment ComplianceServiceFields on ComplianceService {\n  appointedBy\n  appointingBodyName\n  noIndependentBody\n  appointedOn\n  actNumber\n  termUntil\n  pay\n  paymentTerms\n  combinedFunctions\n  coiCheckedOn\n  coiOutcome\n  reportsTo\n  members {\n    id\n    fullName\n    role\n  }\n  responsiblePeople {\n    id\n    fullName\n  }\n  sizing {\n    process\n    automation\n    note\n  }\n  sizingNote\n  warnings {\n    code\n    paragraph\n  }\n}\n\nfragment ProgrammeChecklistFields on ProgrammeChecklist {\n  items {\n    code\n    kind\n    paragraph\n    status\n    documentName\n    documentNumber\n    documentDate\n    documentUrl\n    owner {\n      id\n      fullName\n    }\n  }\n  policiesAdopted\n  policiesTotal\n  controlsAdopted\n  controlsTotal\n}": typeof types.StandardAdoptionFieldsFragmentDoc,
    "mutation RecordAntiCorruptionStandard($input: StandardAdoptionInput!) {\n  recordAntiCorruptionStandard(input: $input) {\n    ...AntiCorruptionStandardFields\n  }\n}\n\nmutation RecordStandardPublication($input: StandardPublicationInput!) {\n  recordStandardPublication(input: $input) {\n    ...AntiCorruptionStandardFields\n  }\n}\n\nmutation RecordComplianceServiceAppointment($input: ComplianceServiceAppointmentInput!) {\n  recordComplianceServiceAppointment(input: $input) {\n    ...ComplianceServiceFields\n  }\n}\n\nmutation SetComplianceServiceSizing($input: ComplianceSizingInput!) {\n  setComplianceServiceSizing(input: $input) {\n    ...ComplianceServiceFields\n  }\n}\n\nmutation UpdateChecklistItem($input: ChecklistItemInput!) {\n  updateChecklistItem(input: $input) {\n    ...ProgrammeChecklistFields\n  }\n}": typeof types.RecordAntiCorruptionStandardDocument,
    "query ComplianceProgramme {\n  antiCorruptionStandard {\n    ...AntiCorruptionStandardFields\n  }\n  complianceService {\n    ...ComplianceServiceFields\n  }\n  programmeChecklist {\n    ...ProgrammeChecklistFields\n  }\n}": typeof types.ComplianceProgrammeDocument,
};
const documents: Documents = {
    "fragment StandardAdoptionFields on StandardAdoption {\n  id\n  actNumber\n  adoptedOn\n  approvedBy\n  approverName\n  approverBody\n  documentUrl\n  note\n  publishedWhere\n  publishedUrl\n  publishedOn\n  supersededAt\n}\n\nfragment AntiCorruptionStandardFields on AntiCorruptionStandard {\n  current {\n    ...StandardAdoptionFields\n  }\n  history {\n    ...StandardAdoptionFields\n  }\n  warnings\n}\n\nfragment ComplianceServiceFields on ComplianceService {\n  appointedBy\n  appointingBodyName\n  noIndependentBody\n  appointedOn\n  actNumber\n  termUntil\n  pay\n  paymentTerms\n  combinedFunctions\n  coiCheckedOn\n  coiOutcome\n  reportsTo\n  members {\n    id\n    fullName\n    role\n  }\n  responsiblePeople {\n    id\n    fullName\n  }\n  sizing {\n    process\n    automation\n    note\n  }\n  sizingNote\n  warnings {\n    code\n    paragraph\n  }\n}\n\nfragment ProgrammeChecklistFields on ProgrammeChecklist {\n  items {\n    code\n    kind\n    paragraph\n    status\n    documentName\n    documentNumber\n    documentDate\n    documentUrl\n    owner {\n      id\n      fullName\n    }\n  }\n  policiesAdopted\n  policiesTotal\n  controlsAdopted\n  controlsTotal\n}": types.StandardAdoptionFieldsFragmentDoc,
    "mutation RecordAntiCorruptionStandard($input: StandardAdoptionInput!) {\n  recordAntiCorruptionStandard(input: $input) {\n    ...AntiCorruptionStandardFields\n  }\n}\n\nmutation RecordStandardPublication($input: StandardPublicationInput!) {\n  recordStandardPublication(input: $input) {\n    ...AntiCorruptionStandardFields\n  }\n}\n\nmutation RecordComplianceServiceAppointment($input: ComplianceServiceAppointmentInput!) {\n  recordComplianceServiceAppointment(input: $input) {\n    ...ComplianceServiceFields\n  }\n}\n\nmutation SetComplianceServiceSizing($input: ComplianceSizingInput!) {\n  setComplianceServiceSizing(input: $input) {\n    ...ComplianceServiceFields\n  }\n}\n\nmutation UpdateChecklistItem($input: ChecklistItemInput!) {\n  updateChecklistItem(input: $input) {\n    ...ProgrammeChecklistFields\n  }\n}": types.RecordAntiCorruptionStandardDocument,
    "query ComplianceProgramme {\n  antiCorruptionStandard {\n    ...AntiCorruptionStandardFields\n  }\n  complianceService {\n    ...ComplianceServiceFields\n  }\n  programmeChecklist {\n    ...ProgrammeChecklistFields\n  }\n}": types.ComplianceProgrammeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StandardAdoptionFields on StandardAdoption {\n  id\n  actNumber\n  adoptedOn\n  approvedBy\n  approverName\n  approverBody\n  documentUrl\n  note\n  publishedWhere\n  publishedUrl\n  publishedOn\n  supersededAt\n}\n\nfragment AntiCorruptionStandardFields on AntiCorruptionStandard {\n  current {\n    ...StandardAdoptionFields\n  }\n  history {\n    ...StandardAdoptionFields\n  }\n  warnings\n}\n\nfragment ComplianceServiceFields on ComplianceService {\n  appointedBy\n  appointingBodyName\n  noIndependentBody\n  appointedOn\n  actNumber\n  termUntil\n  pay\n  paymentTerms\n  combinedFunctions\n  coiCheckedOn\n  coiOutcome\n  reportsTo\n  members {\n    id\n    fullName\n    role\n  }\n  responsiblePeople {\n    id\n    fullName\n  }\n  sizing {\n    process\n    automation\n    note\n  }\n  sizingNote\n  warnings {\n    code\n    paragraph\n  }\n}\n\nfragment ProgrammeChecklistFields on ProgrammeChecklist {\n  items {\n    code\n    kind\n    paragraph\n    status\n    documentName\n    documentNumber\n    documentDate\n    documentUrl\n    owner {\n      id\n      fullName\n    }\n  }\n  policiesAdopted\n  policiesTotal\n  controlsAdopted\n  controlsTotal\n}"): typeof import('./graphql').StandardAdoptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAntiCorruptionStandard($input: StandardAdoptionInput!) {\n  recordAntiCorruptionStandard(input: $input) {\n    ...AntiCorruptionStandardFields\n  }\n}\n\nmutation RecordStandardPublication($input: StandardPublicationInput!) {\n  recordStandardPublication(input: $input) {\n    ...AntiCorruptionStandardFields\n  }\n}\n\nmutation RecordComplianceServiceAppointment($input: ComplianceServiceAppointmentInput!) {\n  recordComplianceServiceAppointment(input: $input) {\n    ...ComplianceServiceFields\n  }\n}\n\nmutation SetComplianceServiceSizing($input: ComplianceSizingInput!) {\n  setComplianceServiceSizing(input: $input) {\n    ...ComplianceServiceFields\n  }\n}\n\nmutation UpdateChecklistItem($input: ChecklistItemInput!) {\n  updateChecklistItem(input: $input) {\n    ...ProgrammeChecklistFields\n  }\n}"): typeof import('./graphql').RecordAntiCorruptionStandardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceProgramme {\n  antiCorruptionStandard {\n    ...AntiCorruptionStandardFields\n  }\n  complianceService {\n    ...ComplianceServiceFields\n  }\n  programmeChecklist {\n    ...ProgrammeChecklistFields\n  }\n}"): typeof import('./graphql').ComplianceProgrammeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
