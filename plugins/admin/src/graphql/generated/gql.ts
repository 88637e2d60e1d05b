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
  'query AuditChainCheck {\n  auditChainStatus {\n    ok\n    checked\n    problem\n    brokenEvent {\n      ...AuditTrailEvent\n    }\n  }\n}': typeof types.AuditChainCheckDocument;
  'query AuditTrail($limit: Int!, $after: ID, $filter: AuditTrailFilter) {\n  auditEvents(limit: $limit, after: $after, filter: $filter) {\n    ...AuditTrailEvent\n  }\n}\n\nfragment AuditTrailEvent on AuditEvent {\n  id\n  at\n  atPrecision\n  action\n  entityType\n  entityId\n  data\n  withheld\n  actor {\n    id\n    fullName\n    email\n  }\n}': typeof types.AuditTrailDocument;
  'query AuditTrailFacets {\n  auditTrailFacets {\n    actions\n    actors {\n      id\n      fullName\n      email\n    }\n  }\n}': typeof types.AuditTrailFacetsDocument;
  'query ListAdminOrgUnits {\n  orgUnits {\n    id\n    code\n    name\n    path\n    parent {\n      id\n    }\n  }\n}': typeof types.ListAdminOrgUnitsDocument;
};
const documents: Documents = {
  'query AuditChainCheck {\n  auditChainStatus {\n    ok\n    checked\n    problem\n    brokenEvent {\n      ...AuditTrailEvent\n    }\n  }\n}':
    types.AuditChainCheckDocument,
  'query AuditTrail($limit: Int!, $after: ID, $filter: AuditTrailFilter) {\n  auditEvents(limit: $limit, after: $after, filter: $filter) {\n    ...AuditTrailEvent\n  }\n}\n\nfragment AuditTrailEvent on AuditEvent {\n  id\n  at\n  atPrecision\n  action\n  entityType\n  entityId\n  data\n  withheld\n  actor {\n    id\n    fullName\n    email\n  }\n}':
    types.AuditTrailDocument,
  'query AuditTrailFacets {\n  auditTrailFacets {\n    actions\n    actors {\n      id\n      fullName\n      email\n    }\n  }\n}':
    types.AuditTrailFacetsDocument,
  'query ListAdminOrgUnits {\n  orgUnits {\n    id\n    code\n    name\n    path\n    parent {\n      id\n    }\n  }\n}':
    types.ListAdminOrgUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuditChainCheck {\n  auditChainStatus {\n    ok\n    checked\n    problem\n    brokenEvent {\n      ...AuditTrailEvent\n    }\n  }\n}',
): typeof import('./graphql').AuditChainCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuditTrail($limit: Int!, $after: ID, $filter: AuditTrailFilter) {\n  auditEvents(limit: $limit, after: $after, filter: $filter) {\n    ...AuditTrailEvent\n  }\n}\n\nfragment AuditTrailEvent on AuditEvent {\n  id\n  at\n  atPrecision\n  action\n  entityType\n  entityId\n  data\n  withheld\n  actor {\n    id\n    fullName\n    email\n  }\n}',
): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuditTrailFacets {\n  auditTrailFacets {\n    actions\n    actors {\n      id\n      fullName\n      email\n    }\n  }\n}',
): typeof import('./graphql').AuditTrailFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ListAdminOrgUnits {\n  orgUnits {\n    id\n    code\n    name\n    path\n    parent {\n      id\n    }\n  }\n}',
): typeof import('./graphql').ListAdminOrgUnitsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
