/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
export type AuditTimePrecision = 'day' | 'instant';

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

export type AuditChainCheckQueryVariables = Exact<{ [key: string]: never }>;

export type AuditChainCheckQuery = {
  auditChainStatus: {
    ok: boolean;
    checked: number;
    problem: AuditChainProblem | null;
    brokenEvent: {
      id: string;
      at: string;
      atPrecision: AuditTimePrecision;
      action: string;
      entityType: string;
      entityId: string;
      data: unknown;
      withheld: Array<string>;
      actor: { id: string; fullName: string; email: string } | null;
    } | null;
  };
};

export type AuditTrailQueryVariables = Exact<{
  limit: number;
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
}>;

export type AuditTrailQuery = {
  auditEvents: Array<{
    id: string;
    at: string;
    atPrecision: AuditTimePrecision;
    action: string;
    entityType: string;
    entityId: string;
    data: unknown;
    withheld: Array<string>;
    actor: { id: string; fullName: string; email: string } | null;
  }>;
};

export type AuditTrailEventFragment = {
  id: string;
  at: string;
  atPrecision: AuditTimePrecision;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
  withheld: Array<string>;
  actor: { id: string; fullName: string; email: string } | null;
};

export type AuditTrailFacetsQueryVariables = Exact<{ [key: string]: never }>;

export type AuditTrailFacetsQuery = {
  auditTrailFacets: {
    actions: Array<string>;
    actors: Array<{ id: string; fullName: string; email: string }>;
  };
};

export type ListAdminOrgUnitsQueryVariables = Exact<{ [key: string]: never }>;

export type ListAdminOrgUnitsQuery = {
  orgUnits: Array<{
    id: string;
    code: string | null;
    name: string;
    path: string;
    parent: { id: string } | null;
  }>;
};

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
export const AuditTrailEventFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'AuditTrailEvent' },
) as unknown as TypedDocumentString<AuditTrailEventFragment, unknown>;
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
    query AuditTrail($limit: Int!, $after: ID, $filter: AuditTrailFilter) {
  auditEvents(limit: $limit, after: $after, filter: $filter) {
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
