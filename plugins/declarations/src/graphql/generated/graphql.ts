/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type RelatedPersonInput = {
  /** YYYY-MM-DD */
  birthDate?: string | null | undefined;
  fullName: string;
  /** To correct one already on the list; omit to add. */
  id?: string | null | undefined;
  /** Optional; checked by its check digit. */
  iin?: string | null | undefined;
  jobTitle?: string | null | undefined;
  note?: string | null | undefined;
  relation: Relation;
  workplace?: string | null | undefined;
  /** The BIN of the workplace, checked by its check digit. */
  workplaceBin?: string | null | undefined;
};

/** How a declared person is related to the employee: close relatives, the spouse and in-laws (§13), a dependant living with them (§4.8), or a personally linked person (Annex 2). */
export type Relation =
  | 'adopted_child'
  | 'adoptive_parent'
  | 'child'
  | 'classmate'
  | 'colleague'
  | 'dependant'
  | 'former_business_partner'
  | 'friend'
  | 'grandchild'
  | 'grandparent'
  | 'other_linked'
  | 'parent'
  | 'sibling_full'
  | 'sibling_half'
  | 'spouse'
  | 'spouse_child'
  | 'spouse_parent'
  | 'spouse_sibling_full'
  | 'spouse_sibling_half';

export type RelationClass =
  | 'close_relative'
  | 'dependant'
  | 'in_law'
  | 'linked_person'
  | 'spouse';

export type MyRelatedPersonsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRelatedPersonsQuery = { myRelatedPersons: Array<{ id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null }> };

export type RelatedPersonFieldsFragment = { id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null };

export type RemoveRelatedPersonMutationVariables = Exact<{
  id: string;
}>;


export type RemoveRelatedPersonMutation = { removeRelatedPerson: boolean };

export type SaveRelatedPersonMutationVariables = Exact<{
  input: RelatedPersonInput;
}>;


export type SaveRelatedPersonMutation = { saveRelatedPerson: { id: string, relation: Relation, relationClass: RelationClass, familyMember: boolean, fullName: string, iin: string | null, birthDate: string | null, workplace: string | null, workplaceBin: string | null, jobTitle: string | null, note: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RelatedPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}
    `, {"fragmentName":"RelatedPersonFields"}) as unknown as TypedDocumentString<RelatedPersonFieldsFragment, unknown>;
export const MyRelatedPersonsDocument = new TypedDocumentString(`
    query MyRelatedPersons {
  myRelatedPersons {
    ...RelatedPersonFields
  }
}
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}`) as unknown as TypedDocumentString<MyRelatedPersonsQuery, MyRelatedPersonsQueryVariables>;
export const RemoveRelatedPersonDocument = new TypedDocumentString(`
    mutation RemoveRelatedPerson($id: ID!) {
  removeRelatedPerson(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveRelatedPersonMutation, RemoveRelatedPersonMutationVariables>;
export const SaveRelatedPersonDocument = new TypedDocumentString(`
    mutation SaveRelatedPerson($input: RelatedPersonInput!) {
  saveRelatedPerson(input: $input) {
    ...RelatedPersonFields
  }
}
    fragment RelatedPersonFields on RelatedPerson {
  id
  relation
  relationClass
  familyMember
  fullName
  iin
  birthDate
  workplace
  workplaceBin
  jobTitle
  note
}`) as unknown as TypedDocumentString<SaveRelatedPersonMutation, SaveRelatedPersonMutationVariables>;