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
    "query AuditChainCheck {\n  auditChainStatus {\n    ok\n    checked\n    problem\n    brokenEvent {\n      ...AuditTrailEvent\n    }\n  }\n}": typeof types.AuditChainCheckDocument,
    "query AuditTrail($limit: Int!, $after: ID, $filter: AuditTrailFilter, $oldestFirst: Boolean) {\n  auditEvents(\n    limit: $limit\n    after: $after\n    filter: $filter\n    oldestFirst: $oldestFirst\n  ) {\n    ...AuditTrailEvent\n  }\n}\n\nfragment AuditTrailEvent on AuditEvent {\n  id\n  at\n  atPrecision\n  action\n  entityType\n  entityId\n  data\n  withheld\n  actor {\n    id\n    fullName\n    email\n  }\n}": typeof types.AuditTrailDocument,
    "query AuditTrailFacets {\n  auditTrailFacets {\n    actions\n    actors {\n      id\n      fullName\n      email\n    }\n  }\n}": typeof types.AuditTrailFacetsDocument,
    "mutation DeactivateStaffMember($id: ID!) {\n  deactivateStaffMember(id: $id) {\n    ...StaffMemberFields\n  }\n}": typeof types.DeactivateStaffMemberDocument,
    "mutation GrantRole($personId: ID!, $role: Role!) {\n  grantRole(personId: $personId, role: $role) {\n    ...StaffMemberFields\n  }\n}": typeof types.GrantRoleDocument,
    "mutation ImportPeople($file: File!, $createOrgUnits: Boolean!) {\n  importPeople(file: $file, createOrgUnits: $createOrgUnits) {\n    rows\n    orgUnitsCreated\n    peopleCreated\n    peopleUpdated\n  }\n}": typeof types.ImportPeopleDocument,
    "query ListOrgUnitHeadcounts {\n  orgUnitHeadcounts {\n    depth\n    people\n    peopleBelow\n    orgUnit {\n      ...OrgUnitNamed\n    }\n  }\n}": typeof types.ListOrgUnitHeadcountsDocument,
    "query ListStaff($search: String, $orgUnitId: ID, $status: StaffStatus, $limit: Int, $offset: Int, $sort: StaffSort) {\n  staff(\n    search: $search\n    orgUnitId: $orgUnitId\n    status: $status\n    limit: $limit\n    offset: $offset\n    sort: $sort\n  ) {\n    total\n    people {\n      ...StaffMemberFields\n    }\n  }\n}": typeof types.ListStaffDocument,
    "fragment OrgUnitNamed on OrgUnit {\n  id\n  name\n  names {\n    kk\n    ru\n    en\n  }\n  code\n}": typeof types.OrgUnitNamedFragmentDoc,
    "mutation PreviewPeopleImport($file: File!, $createOrgUnits: Boolean!) {\n  previewPeopleImport(file: $file, createOrgUnits: $createOrgUnits) {\n    rows\n    peopleToCreate\n    peopleToUpdate\n    orgUnitsToCreate\n    people {\n      row\n      email\n      fullName\n      orgUnitPath\n      position\n      isNew\n    }\n    errors {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n  }\n}": typeof types.PreviewPeopleImportDocument,
    "mutation ReactivateStaffMember($id: ID!) {\n  reactivateStaffMember(id: $id) {\n    ...StaffMemberFields\n  }\n}": typeof types.ReactivateStaffMemberDocument,
    "mutation RenameOrgUnit($id: ID!, $names: NameTranslationsInput!) {\n  renameOrgUnit(id: $id, names: $names) {\n    ...OrgUnitNamed\n  }\n}": typeof types.RenameOrgUnitDocument,
    "mutation RevokeRole($personId: ID!, $role: Role!) {\n  revokeRole(personId: $personId, role: $role) {\n    ...StaffMemberFields\n  }\n}": typeof types.RevokeRoleDocument,
    "fragment StaffMemberFields on StaffMember {\n  id\n  fullName\n  email\n  active\n  roles\n  position {\n    id\n    title\n    titles {\n      kk\n      ru\n      en\n    }\n  }\n  orgUnit {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n  }\n}": typeof types.StaffMemberFieldsFragmentDoc,
    "mutation UpdateStaffMember($id: ID!, $input: StaffEditInput!) {\n  updateStaffMember(id: $id, input: $input) {\n    ...StaffMemberFields\n  }\n}": typeof types.UpdateStaffMemberDocument,
};
const documents: Documents = {
    "query AuditChainCheck {\n  auditChainStatus {\n    ok\n    checked\n    problem\n    brokenEvent {\n      ...AuditTrailEvent\n    }\n  }\n}": types.AuditChainCheckDocument,
    "query AuditTrail($limit: Int!, $after: ID, $filter: AuditTrailFilter, $oldestFirst: Boolean) {\n  auditEvents(\n    limit: $limit\n    after: $after\n    filter: $filter\n    oldestFirst: $oldestFirst\n  ) {\n    ...AuditTrailEvent\n  }\n}\n\nfragment AuditTrailEvent on AuditEvent {\n  id\n  at\n  atPrecision\n  action\n  entityType\n  entityId\n  data\n  withheld\n  actor {\n    id\n    fullName\n    email\n  }\n}": types.AuditTrailDocument,
    "query AuditTrailFacets {\n  auditTrailFacets {\n    actions\n    actors {\n      id\n      fullName\n      email\n    }\n  }\n}": types.AuditTrailFacetsDocument,
    "mutation DeactivateStaffMember($id: ID!) {\n  deactivateStaffMember(id: $id) {\n    ...StaffMemberFields\n  }\n}": types.DeactivateStaffMemberDocument,
    "mutation GrantRole($personId: ID!, $role: Role!) {\n  grantRole(personId: $personId, role: $role) {\n    ...StaffMemberFields\n  }\n}": types.GrantRoleDocument,
    "mutation ImportPeople($file: File!, $createOrgUnits: Boolean!) {\n  importPeople(file: $file, createOrgUnits: $createOrgUnits) {\n    rows\n    orgUnitsCreated\n    peopleCreated\n    peopleUpdated\n  }\n}": types.ImportPeopleDocument,
    "query ListOrgUnitHeadcounts {\n  orgUnitHeadcounts {\n    depth\n    people\n    peopleBelow\n    orgUnit {\n      ...OrgUnitNamed\n    }\n  }\n}": types.ListOrgUnitHeadcountsDocument,
    "query ListStaff($search: String, $orgUnitId: ID, $status: StaffStatus, $limit: Int, $offset: Int, $sort: StaffSort) {\n  staff(\n    search: $search\n    orgUnitId: $orgUnitId\n    status: $status\n    limit: $limit\n    offset: $offset\n    sort: $sort\n  ) {\n    total\n    people {\n      ...StaffMemberFields\n    }\n  }\n}": types.ListStaffDocument,
    "fragment OrgUnitNamed on OrgUnit {\n  id\n  name\n  names {\n    kk\n    ru\n    en\n  }\n  code\n}": types.OrgUnitNamedFragmentDoc,
    "mutation PreviewPeopleImport($file: File!, $createOrgUnits: Boolean!) {\n  previewPeopleImport(file: $file, createOrgUnits: $createOrgUnits) {\n    rows\n    peopleToCreate\n    peopleToUpdate\n    orgUnitsToCreate\n    people {\n      row\n      email\n      fullName\n      orgUnitPath\n      position\n      isNew\n    }\n    errors {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n  }\n}": types.PreviewPeopleImportDocument,
    "mutation ReactivateStaffMember($id: ID!) {\n  reactivateStaffMember(id: $id) {\n    ...StaffMemberFields\n  }\n}": types.ReactivateStaffMemberDocument,
    "mutation RenameOrgUnit($id: ID!, $names: NameTranslationsInput!) {\n  renameOrgUnit(id: $id, names: $names) {\n    ...OrgUnitNamed\n  }\n}": types.RenameOrgUnitDocument,
    "mutation RevokeRole($personId: ID!, $role: Role!) {\n  revokeRole(personId: $personId, role: $role) {\n    ...StaffMemberFields\n  }\n}": types.RevokeRoleDocument,
    "fragment StaffMemberFields on StaffMember {\n  id\n  fullName\n  email\n  active\n  roles\n  position {\n    id\n    title\n    titles {\n      kk\n      ru\n      en\n    }\n  }\n  orgUnit {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n  }\n}": types.StaffMemberFieldsFragmentDoc,
    "mutation UpdateStaffMember($id: ID!, $input: StaffEditInput!) {\n  updateStaffMember(id: $id, input: $input) {\n    ...StaffMemberFields\n  }\n}": types.UpdateStaffMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditChainCheck {\n  auditChainStatus {\n    ok\n    checked\n    problem\n    brokenEvent {\n      ...AuditTrailEvent\n    }\n  }\n}"): typeof import('./graphql').AuditChainCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrail($limit: Int!, $after: ID, $filter: AuditTrailFilter, $oldestFirst: Boolean) {\n  auditEvents(\n    limit: $limit\n    after: $after\n    filter: $filter\n    oldestFirst: $oldestFirst\n  ) {\n    ...AuditTrailEvent\n  }\n}\n\nfragment AuditTrailEvent on AuditEvent {\n  id\n  at\n  atPrecision\n  action\n  entityType\n  entityId\n  data\n  withheld\n  actor {\n    id\n    fullName\n    email\n  }\n}"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrailFacets {\n  auditTrailFacets {\n    actions\n    actors {\n      id\n      fullName\n      email\n    }\n  }\n}"): typeof import('./graphql').AuditTrailFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateStaffMember($id: ID!) {\n  deactivateStaffMember(id: $id) {\n    ...StaffMemberFields\n  }\n}"): typeof import('./graphql').DeactivateStaffMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantRole($personId: ID!, $role: Role!) {\n  grantRole(personId: $personId, role: $role) {\n    ...StaffMemberFields\n  }\n}"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportPeople($file: File!, $createOrgUnits: Boolean!) {\n  importPeople(file: $file, createOrgUnits: $createOrgUnits) {\n    rows\n    orgUnitsCreated\n    peopleCreated\n    peopleUpdated\n  }\n}"): typeof import('./graphql').ImportPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrgUnitHeadcounts {\n  orgUnitHeadcounts {\n    depth\n    people\n    peopleBelow\n    orgUnit {\n      ...OrgUnitNamed\n    }\n  }\n}"): typeof import('./graphql').ListOrgUnitHeadcountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStaff($search: String, $orgUnitId: ID, $status: StaffStatus, $limit: Int, $offset: Int, $sort: StaffSort) {\n  staff(\n    search: $search\n    orgUnitId: $orgUnitId\n    status: $status\n    limit: $limit\n    offset: $offset\n    sort: $sort\n  ) {\n    total\n    people {\n      ...StaffMemberFields\n    }\n  }\n}"): typeof import('./graphql').ListStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrgUnitNamed on OrgUnit {\n  id\n  name\n  names {\n    kk\n    ru\n    en\n  }\n  code\n}"): typeof import('./graphql').OrgUnitNamedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreviewPeopleImport($file: File!, $createOrgUnits: Boolean!) {\n  previewPeopleImport(file: $file, createOrgUnits: $createOrgUnits) {\n    rows\n    peopleToCreate\n    peopleToUpdate\n    orgUnitsToCreate\n    people {\n      row\n      email\n      fullName\n      orgUnitPath\n      position\n      isNew\n    }\n    errors {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n  }\n}"): typeof import('./graphql').PreviewPeopleImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateStaffMember($id: ID!) {\n  reactivateStaffMember(id: $id) {\n    ...StaffMemberFields\n  }\n}"): typeof import('./graphql').ReactivateStaffMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameOrgUnit($id: ID!, $names: NameTranslationsInput!) {\n  renameOrgUnit(id: $id, names: $names) {\n    ...OrgUnitNamed\n  }\n}"): typeof import('./graphql').RenameOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeRole($personId: ID!, $role: Role!) {\n  revokeRole(personId: $personId, role: $role) {\n    ...StaffMemberFields\n  }\n}"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StaffMemberFields on StaffMember {\n  id\n  fullName\n  email\n  active\n  roles\n  position {\n    id\n    title\n    titles {\n      kk\n      ru\n      en\n    }\n  }\n  orgUnit {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n  }\n}"): typeof import('./graphql').StaffMemberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateStaffMember($id: ID!, $input: StaffEditInput!) {\n  updateStaffMember(id: $id, input: $input) {\n    ...StaffMemberFields\n  }\n}"): typeof import('./graphql').UpdateStaffMemberDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
