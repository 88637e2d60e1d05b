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
    "mutation DevLogin($email: String!) {\n  devLogin(email: $email) {\n    token\n    viewer {\n      id\n      fullName\n      email\n      locale\n      roles\n      organization {\n        id\n        name\n        names {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n}": typeof types.DevLoginDocument,
    "query MyWork {\n  myWork {\n    id\n    plugin\n    kind\n    subject {\n      kk\n      ru\n      en\n    }\n    urgency\n    dueAt\n    dueOn\n    workingDaysLeft\n    path\n    count\n  }\n}": typeof types.MyWorkDocument,
    "query SearchPeople($search: String!, $limit: Int) {\n  people(search: $search, limit: $limit) {\n    id\n    fullName\n    email\n    orgUnit {\n      id\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": typeof types.SearchPeopleDocument,
    "query Viewer {\n  viewer {\n    id\n    fullName\n    email\n    locale\n    roles\n    organization {\n      id\n      name\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "mutation DevLogin($email: String!) {\n  devLogin(email: $email) {\n    token\n    viewer {\n      id\n      fullName\n      email\n      locale\n      roles\n      organization {\n        id\n        name\n        names {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n}": types.DevLoginDocument,
    "query MyWork {\n  myWork {\n    id\n    plugin\n    kind\n    subject {\n      kk\n      ru\n      en\n    }\n    urgency\n    dueAt\n    dueOn\n    workingDaysLeft\n    path\n    count\n  }\n}": types.MyWorkDocument,
    "query SearchPeople($search: String!, $limit: Int) {\n  people(search: $search, limit: $limit) {\n    id\n    fullName\n    email\n    orgUnit {\n      id\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": types.SearchPeopleDocument,
    "query Viewer {\n  viewer {\n    id\n    fullName\n    email\n    locale\n    roles\n    organization {\n      id\n      name\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DevLogin($email: String!) {\n  devLogin(email: $email) {\n    token\n    viewer {\n      id\n      fullName\n      email\n      locale\n      roles\n      organization {\n        id\n        name\n        names {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').DevLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyWork {\n  myWork {\n    id\n    plugin\n    kind\n    subject {\n      kk\n      ru\n      en\n    }\n    urgency\n    dueAt\n    dueOn\n    workingDaysLeft\n    path\n    count\n  }\n}"): typeof import('./graphql').MyWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchPeople($search: String!, $limit: Int) {\n  people(search: $search, limit: $limit) {\n    id\n    fullName\n    email\n    orgUnit {\n      id\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}"): typeof import('./graphql').SearchPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    id\n    fullName\n    email\n    locale\n    roles\n    organization {\n      id\n      name\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
