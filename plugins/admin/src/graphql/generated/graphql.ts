/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ListAdminOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListAdminOrgUnitsQuery = { orgUnits: Array<{ id: string, code: string | null, name: string, path: string, parent: { id: string } | null }> };

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

export const ListAdminOrgUnitsDocument = new TypedDocumentString(`
    query ListAdminOrgUnits {
  orgUnits {
    id
    code
    name
    path
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ListAdminOrgUnitsQuery, ListAdminOrgUnitsQueryVariables>;