/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Interface language: Kazakh (default), Russian or English. */
export type Locale =
  | 'en'
  | 'kk'
  | 'ru';

/** A role granted in an organisation; every member is also an employee. */
export type Role =
  | 'auditor'
  | 'board_member'
  | 'compliance_head'
  | 'compliance_officer'
  | 'employee'
  | 'ethics_commissioner'
  | 'first_head'
  | 'hotline_investigator'
  | 'hr_officer'
  | 'org_admin'
  | 'training_admin';

/** How soon a work item needs the person, most urgent first: overdue (past its deadline), due_soon, waiting (for them, with no deadline of its own) and upcoming. */
export type WorkUrgency =
  | 'due_soon'
  | 'overdue'
  | 'upcoming'
  | 'waiting';

export type DevLoginMutationVariables = Exact<{
  email: string;
}>;


export type DevLoginMutation = { devLogin: { token: string, viewer: { id: string, fullName: string, email: string, locale: Locale, roles: Array<Role>, organization: { id: string, name: string, names: { kk: string, ru: string, en: string } } } } };

export type MyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkQuery = { myWork: Array<{ id: string, plugin: string, kind: string, urgency: WorkUrgency, dueAt: string | null, dueOn: string | null, workingDaysLeft: number | null, path: string | null, count: number | null, subject: { kk: string, ru: string, en: string } | null }> };

export type SearchPeopleQueryVariables = Exact<{
  search: string;
  limit?: number | null | undefined;
}>;


export type SearchPeopleQuery = { people: Array<{ id: string, fullName: string, email: string, orgUnit: { id: string, names: { kk: string, ru: string, en: string } } }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, fullName: string, email: string, locale: Locale, roles: Array<Role>, organization: { id: string, name: string, names: { kk: string, ru: string, en: string } } } | null };

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

export const DevLoginDocument = new TypedDocumentString(`
    mutation DevLogin($email: String!) {
  devLogin(email: $email) {
    token
    viewer {
      id
      fullName
      email
      locale
      roles
      organization {
        id
        name
        names {
          kk
          ru
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DevLoginMutation, DevLoginMutationVariables>;
export const MyWorkDocument = new TypedDocumentString(`
    query MyWork {
  myWork {
    id
    plugin
    kind
    subject {
      kk
      ru
      en
    }
    urgency
    dueAt
    dueOn
    workingDaysLeft
    path
    count
  }
}
    `) as unknown as TypedDocumentString<MyWorkQuery, MyWorkQueryVariables>;
export const SearchPeopleDocument = new TypedDocumentString(`
    query SearchPeople($search: String!, $limit: Int) {
  people(search: $search, limit: $limit) {
    id
    fullName
    email
    orgUnit {
      id
      names {
        kk
        ru
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    fullName
    email
    locale
    roles
    organization {
      id
      name
      names {
        kk
        ru
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;