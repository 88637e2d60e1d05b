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
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": typeof types.MyRelatedPersonsDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": typeof types.RelatedPersonFieldsFragmentDoc,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": typeof types.RemoveRelatedPersonDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": typeof types.SaveRelatedPersonDocument,
};
const documents: Documents = {
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": types.MyRelatedPersonsDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": types.RelatedPersonFieldsFragmentDoc,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": types.RemoveRelatedPersonDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": types.SaveRelatedPersonDocument,
};

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
