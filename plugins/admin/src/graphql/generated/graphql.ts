/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A role granted in an organisation; every member is also an employee. */
export type Role =
  | 'auditor'
  | 'board_member'
  | 'compliance_head'
  | 'compliance_officer'
  | 'employee'
  | 'first_head'
  | 'hotline_investigator'
  | 'org_admin'
  | 'training_admin';

export type StaffEditInput = {
  email: string;
  fullName: string;
  orgUnitId: string;
  /** The post's title; empty for none. */
  position?: string | null | undefined;
};

export type StaffStatus =
  | 'active'
  | 'all'
  | 'inactive';

export type DeactivateStaffMemberMutationVariables = Exact<{
  id: string;
}>;


export type DeactivateStaffMemberMutation = { deactivateStaffMember: { id: string, fullName: string, email: string, position: string | null, active: boolean, roles: Array<Role>, orgUnit: { id: string, name: string } } };

export type GrantRoleMutationVariables = Exact<{
  personId: string;
  role: Role;
}>;


export type GrantRoleMutation = { grantRole: { id: string, fullName: string, email: string, position: string | null, active: boolean, roles: Array<Role>, orgUnit: { id: string, name: string } } };

export type ImportPeopleMutationVariables = Exact<{
  file: File;
  createOrgUnits: boolean;
}>;


export type ImportPeopleMutation = { importPeople: { rows: number, orgUnitsCreated: number, peopleCreated: number, peopleUpdated: number } };

export type ListOrgUnitHeadcountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrgUnitHeadcountsQuery = { orgUnitHeadcounts: Array<{ depth: number, people: number, peopleBelow: number, orgUnit: { id: string, name: string, code: string | null } }> };

export type ListStaffQueryVariables = Exact<{
  search?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  status?: StaffStatus | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ListStaffQuery = { staff: { total: number, people: Array<{ id: string, fullName: string, email: string, position: string | null, active: boolean, roles: Array<Role>, orgUnit: { id: string, name: string } }> } };

export type PreviewPeopleImportMutationVariables = Exact<{
  file: File;
  createOrgUnits: boolean;
}>;


export type PreviewPeopleImportMutation = { previewPeopleImport: { rows: number, peopleToCreate: number, peopleToUpdate: number, orgUnitsToCreate: Array<string>, people: Array<{ row: number, email: string, fullName: string, orgUnitPath: string, position: string, isNew: boolean }>, errors: Array<{ row: number, column: string | null, code: string | null, params: unknown, message: string }> } };

export type ReactivateStaffMemberMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateStaffMemberMutation = { reactivateStaffMember: { id: string, fullName: string, email: string, position: string | null, active: boolean, roles: Array<Role>, orgUnit: { id: string, name: string } } };

export type RevokeRoleMutationVariables = Exact<{
  personId: string;
  role: Role;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, fullName: string, email: string, position: string | null, active: boolean, roles: Array<Role>, orgUnit: { id: string, name: string } } };

export type StaffMemberFieldsFragment = { id: string, fullName: string, email: string, position: string | null, active: boolean, roles: Array<Role>, orgUnit: { id: string, name: string } };

export type UpdateStaffMemberMutationVariables = Exact<{
  id: string;
  input: StaffEditInput;
}>;


export type UpdateStaffMemberMutation = { updateStaffMember: { id: string, fullName: string, email: string, position: string | null, active: boolean, roles: Array<Role>, orgUnit: { id: string, name: string } } };

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
export const StaffMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffMemberFields on StaffMember {
  id
  fullName
  email
  position
  active
  roles
  orgUnit {
    id
    name
  }
}
    `, {"fragmentName":"StaffMemberFields"}) as unknown as TypedDocumentString<StaffMemberFieldsFragment, unknown>;
export const DeactivateStaffMemberDocument = new TypedDocumentString(`
    mutation DeactivateStaffMember($id: ID!) {
  deactivateStaffMember(id: $id) {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  fullName
  email
  position
  active
  roles
  orgUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeactivateStaffMemberMutation, DeactivateStaffMemberMutationVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($personId: ID!, $role: Role!) {
  grantRole(personId: $personId, role: $role) {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  fullName
  email
  position
  active
  roles
  orgUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const ImportPeopleDocument = new TypedDocumentString(`
    mutation ImportPeople($file: File!, $createOrgUnits: Boolean!) {
  importPeople(file: $file, createOrgUnits: $createOrgUnits) {
    rows
    orgUnitsCreated
    peopleCreated
    peopleUpdated
  }
}
    `) as unknown as TypedDocumentString<ImportPeopleMutation, ImportPeopleMutationVariables>;
export const ListOrgUnitHeadcountsDocument = new TypedDocumentString(`
    query ListOrgUnitHeadcounts {
  orgUnitHeadcounts {
    depth
    people
    peopleBelow
    orgUnit {
      id
      name
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ListOrgUnitHeadcountsQuery, ListOrgUnitHeadcountsQueryVariables>;
export const ListStaffDocument = new TypedDocumentString(`
    query ListStaff($search: String, $orgUnitId: ID, $status: StaffStatus, $limit: Int, $offset: Int) {
  staff(
    search: $search
    orgUnitId: $orgUnitId
    status: $status
    limit: $limit
    offset: $offset
  ) {
    total
    people {
      ...StaffMemberFields
    }
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  fullName
  email
  position
  active
  roles
  orgUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ListStaffQuery, ListStaffQueryVariables>;
export const PreviewPeopleImportDocument = new TypedDocumentString(`
    mutation PreviewPeopleImport($file: File!, $createOrgUnits: Boolean!) {
  previewPeopleImport(file: $file, createOrgUnits: $createOrgUnits) {
    rows
    peopleToCreate
    peopleToUpdate
    orgUnitsToCreate
    people {
      row
      email
      fullName
      orgUnitPath
      position
      isNew
    }
    errors {
      row
      column
      code
      params
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewPeopleImportMutation, PreviewPeopleImportMutationVariables>;
export const ReactivateStaffMemberDocument = new TypedDocumentString(`
    mutation ReactivateStaffMember($id: ID!) {
  reactivateStaffMember(id: $id) {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  fullName
  email
  position
  active
  roles
  orgUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReactivateStaffMemberMutation, ReactivateStaffMemberMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($personId: ID!, $role: Role!) {
  revokeRole(personId: $personId, role: $role) {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  fullName
  email
  position
  active
  roles
  orgUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const UpdateStaffMemberDocument = new TypedDocumentString(`
    mutation UpdateStaffMember($id: ID!, $input: StaffEditInput!) {
  updateStaffMember(id: $id, input: $input) {
    ...StaffMemberFields
  }
}
    fragment StaffMemberFields on StaffMember {
  id
  fullName
  email
  position
  active
  roles
  orgUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateStaffMemberMutation, UpdateStaffMemberMutationVariables>;