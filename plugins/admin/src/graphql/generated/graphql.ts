/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why the trail does not verify. event_altered: an event no longer matches its keyed seal; unkeyed_event: an event without the key where the key is required; unknown_key: sealed with a key this deployment does not have; link_broken: events removed or inserted; head_mismatch: events removed from the end; truncated: events a checkpoint vouched for are gone; checkpoint_mismatch: events rewritten and the chain recomputed; checkpoint_invalid: the checkpoint file was edited; legacy_boundary_moved: events passed off as written before the key. */
export type AuditChainProblem =
  | 'checkpoint_invalid'
  | 'checkpoint_mismatch'
  | 'event_altered'
  | 'head_mismatch'
  | 'legacy_boundary_moved'
  | 'link_broken'
  | 'truncated'
  | 'unkeyed_event'
  | 'unknown_key';

/** `day`: the event belongs to an anonymous hotline report, whose events the trail dates only to the day (`at` is the start of that day in Kazakhstan); they are listed after the day’s other events. */
export type AuditTimePrecision =
  | 'day'
  | 'instant';

/** Narrows the trail the viewer may read. Days, not instants: the trail dates an anonymous report’s events only to the day, so no filter is finer than a day. */
export type AuditTrailFilter = {
  /** An action code, e.g. person.imported. */
  action?: string | null | undefined;
  /** The person who acted. */
  actor?: string | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  /** The first day in Kazakhstan, YYYY-MM-DD. */
  from?: string | null | undefined;
  /** The last day in Kazakhstan, YYYY-MM-DD, included. */
  to?: string | null | undefined;
};

/** A name typed in each interface language; a blank one, or one repeating the name as entered, keeps no translation. */
export type NameTranslationsInput = {
  en?: string | null | undefined;
  kk?: string | null | undefined;
  ru?: string | null | undefined;
};

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

export type SortDirection =
  | 'asc'
  | 'desc';

export type StaffEditInput = {
  email: string;
  fullName: string;
  orgUnitId: string;
  /** The post's title; empty for none. */
  position?: string | null | undefined;
  /** The post's title in each interface language, for everyone holding it; absent leaves them as they are. */
  positionTitles?: NameTranslationsInput | null | undefined;
  /** §74.3: whether the post's holders are subject to the anti-corruption restrictions, for everyone holding it; absent leaves the post as it is. */
  positionUnderRestrictions?: boolean | null | undefined;
};

/** The order of the staff directory: by name or e-mail, A to Z or back. */
export type StaffSort = {
  direction: SortDirection;
  field: StaffSortField;
};

export type StaffSortField =
  | 'email'
  | 'name';

export type StaffStatus =
  | 'active'
  | 'all'
  | 'inactive';

export type AuditChainCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainCheckQuery = { auditChainStatus: { ok: boolean, checked: number, problem: AuditChainProblem | null, brokenEvent: { id: string, at: string, atPrecision: AuditTimePrecision, action: string, entityType: string, entityId: string, data: unknown, withheld: Array<string>, actor: { id: string, fullName: string, email: string } | null } | null } };

export type AuditTrailQueryVariables = Exact<{
  limit: number;
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
  oldestFirst?: boolean | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: Array<{ id: string, at: string, atPrecision: AuditTimePrecision, action: string, entityType: string, entityId: string, data: unknown, withheld: Array<string>, actor: { id: string, fullName: string, email: string } | null }> };

export type AuditTrailEventFragment = { id: string, at: string, atPrecision: AuditTimePrecision, action: string, entityType: string, entityId: string, data: unknown, withheld: Array<string>, actor: { id: string, fullName: string, email: string } | null };

export type AuditTrailFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditTrailFacetsQuery = { auditTrailFacets: { actions: Array<string>, actors: Array<{ id: string, fullName: string, email: string }> } };

export type DeactivateStaffMemberMutationVariables = Exact<{
  id: string;
}>;


export type DeactivateStaffMemberMutation = { deactivateStaffMember: { id: string, fullName: string, email: string, active: boolean, roles: Array<Role>, position: { id: string, title: string, underRestrictions: boolean, titles: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } } };

export type GrantRoleMutationVariables = Exact<{
  personId: string;
  role: Role;
}>;


export type GrantRoleMutation = { grantRole: { id: string, fullName: string, email: string, active: boolean, roles: Array<Role>, position: { id: string, title: string, underRestrictions: boolean, titles: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } } };

export type ImportPeopleMutationVariables = Exact<{
  file: File;
  createOrgUnits: boolean;
}>;


export type ImportPeopleMutation = { importPeople: { rows: number, orgUnitsCreated: number, peopleCreated: number, peopleUpdated: number } };

export type ListOrgUnitHeadcountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrgUnitHeadcountsQuery = { orgUnitHeadcounts: Array<{ depth: number, people: number, peopleBelow: number, orgUnit: { id: string, name: string, code: string | null, names: { kk: string, ru: string, en: string } } }> };

export type ListStaffQueryVariables = Exact<{
  search?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  status?: StaffStatus | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  sort?: StaffSort | null | undefined;
}>;


export type ListStaffQuery = { staff: { total: number, people: Array<{ id: string, fullName: string, email: string, active: boolean, roles: Array<Role>, position: { id: string, title: string, underRestrictions: boolean, titles: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } }> } };

export type OrgUnitNamedFragment = { id: string, name: string, code: string | null, names: { kk: string, ru: string, en: string } };

export type PreviewPeopleImportMutationVariables = Exact<{
  file: File;
  createOrgUnits: boolean;
}>;


export type PreviewPeopleImportMutation = { previewPeopleImport: { rows: number, peopleToCreate: number, peopleToUpdate: number, orgUnitsToCreate: Array<string>, people: Array<{ row: number, email: string, fullName: string, orgUnitPath: string, position: string, isNew: boolean }>, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> } };

export type ReactivateStaffMemberMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateStaffMemberMutation = { reactivateStaffMember: { id: string, fullName: string, email: string, active: boolean, roles: Array<Role>, position: { id: string, title: string, underRestrictions: boolean, titles: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } } };

export type RenameOrgUnitMutationVariables = Exact<{
  id: string;
  names: NameTranslationsInput;
}>;


export type RenameOrgUnitMutation = { renameOrgUnit: { id: string, name: string, code: string | null, names: { kk: string, ru: string, en: string } } };

export type RevokeRoleMutationVariables = Exact<{
  personId: string;
  role: Role;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, fullName: string, email: string, active: boolean, roles: Array<Role>, position: { id: string, title: string, underRestrictions: boolean, titles: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } } };

export type StaffMemberFieldsFragment = { id: string, fullName: string, email: string, active: boolean, roles: Array<Role>, position: { id: string, title: string, underRestrictions: boolean, titles: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } };

export type UpdateStaffMemberMutationVariables = Exact<{
  id: string;
  input: StaffEditInput;
}>;


export type UpdateStaffMemberMutation = { updateStaffMember: { id: string, fullName: string, email: string, active: boolean, roles: Array<Role>, position: { id: string, title: string, underRestrictions: boolean, titles: { kk: string, ru: string, en: string } } | null, orgUnit: { id: string, name: string, names: { kk: string, ru: string, en: string } } } };

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
export const AuditTrailEventFragmentDoc = new TypedDocumentString(`
    fragment AuditTrailEvent on AuditEvent {
  id
  at
  atPrecision
  action
  entityType
  entityId
  data
  withheld
  actor {
    id
    fullName
    email
  }
}
    `, {"fragmentName":"AuditTrailEvent"}) as unknown as TypedDocumentString<AuditTrailEventFragment, unknown>;
export const OrgUnitNamedFragmentDoc = new TypedDocumentString(`
    fragment OrgUnitNamed on OrgUnit {
  id
  name
  names {
    kk
    ru
    en
  }
  code
}
    `, {"fragmentName":"OrgUnitNamed"}) as unknown as TypedDocumentString<OrgUnitNamedFragment, unknown>;
export const StaffMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffMemberFields on StaffMember {
  id
  fullName
  email
  active
  roles
  position {
    id
    title
    underRestrictions
    titles {
      kk
      ru
      en
    }
  }
  orgUnit {
    id
    name
    names {
      kk
      ru
      en
    }
  }
}
    `, {"fragmentName":"StaffMemberFields"}) as unknown as TypedDocumentString<StaffMemberFieldsFragment, unknown>;
export const AuditChainCheckDocument = new TypedDocumentString(`
    query AuditChainCheck {
  auditChainStatus {
    ok
    checked
    problem
    brokenEvent {
      ...AuditTrailEvent
    }
  }
}
    fragment AuditTrailEvent on AuditEvent {
  id
  at
  atPrecision
  action
  entityType
  entityId
  data
  withheld
  actor {
    id
    fullName
    email
  }
}`) as unknown as TypedDocumentString<AuditChainCheckQuery, AuditChainCheckQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($limit: Int!, $after: ID, $filter: AuditTrailFilter, $oldestFirst: Boolean) {
  auditEvents(
    limit: $limit
    after: $after
    filter: $filter
    oldestFirst: $oldestFirst
  ) {
    ...AuditTrailEvent
  }
}
    fragment AuditTrailEvent on AuditEvent {
  id
  at
  atPrecision
  action
  entityType
  entityId
  data
  withheld
  actor {
    id
    fullName
    email
  }
}`) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditTrailFacetsDocument = new TypedDocumentString(`
    query AuditTrailFacets {
  auditTrailFacets {
    actions
    actors {
      id
      fullName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailFacetsQuery, AuditTrailFacetsQueryVariables>;
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
  active
  roles
  position {
    id
    title
    underRestrictions
    titles {
      kk
      ru
      en
    }
  }
  orgUnit {
    id
    name
    names {
      kk
      ru
      en
    }
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
  active
  roles
  position {
    id
    title
    underRestrictions
    titles {
      kk
      ru
      en
    }
  }
  orgUnit {
    id
    name
    names {
      kk
      ru
      en
    }
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
      ...OrgUnitNamed
    }
  }
}
    fragment OrgUnitNamed on OrgUnit {
  id
  name
  names {
    kk
    ru
    en
  }
  code
}`) as unknown as TypedDocumentString<ListOrgUnitHeadcountsQuery, ListOrgUnitHeadcountsQueryVariables>;
export const ListStaffDocument = new TypedDocumentString(`
    query ListStaff($search: String, $orgUnitId: ID, $status: StaffStatus, $limit: Int, $offset: Int, $sort: StaffSort) {
  staff(
    search: $search
    orgUnitId: $orgUnitId
    status: $status
    limit: $limit
    offset: $offset
    sort: $sort
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
  active
  roles
  position {
    id
    title
    underRestrictions
    titles {
      kk
      ru
      en
    }
  }
  orgUnit {
    id
    name
    names {
      kk
      ru
      en
    }
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
      messageKey
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
  active
  roles
  position {
    id
    title
    underRestrictions
    titles {
      kk
      ru
      en
    }
  }
  orgUnit {
    id
    name
    names {
      kk
      ru
      en
    }
  }
}`) as unknown as TypedDocumentString<ReactivateStaffMemberMutation, ReactivateStaffMemberMutationVariables>;
export const RenameOrgUnitDocument = new TypedDocumentString(`
    mutation RenameOrgUnit($id: ID!, $names: NameTranslationsInput!) {
  renameOrgUnit(id: $id, names: $names) {
    ...OrgUnitNamed
  }
}
    fragment OrgUnitNamed on OrgUnit {
  id
  name
  names {
    kk
    ru
    en
  }
  code
}`) as unknown as TypedDocumentString<RenameOrgUnitMutation, RenameOrgUnitMutationVariables>;
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
  active
  roles
  position {
    id
    title
    underRestrictions
    titles {
      kk
      ru
      en
    }
  }
  orgUnit {
    id
    name
    names {
      kk
      ru
      en
    }
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
  active
  roles
  position {
    id
    title
    underRestrictions
    titles {
      kk
      ru
      en
    }
  }
  orgUnit {
    id
    name
    names {
      kk
      ru
      en
    }
  }
}`) as unknown as TypedDocumentString<UpdateStaffMemberMutation, UpdateStaffMemberMutationVariables>;