/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CultureMaterialFilter = {
  kind?: CultureMaterialKind | null | undefined;
  /** Part of the title in any language. */
  search?: string | null | undefined;
  status?: CultureMaterialStatus | null | undefined;
};

export type CultureMaterialInput = {
  /** Calendar days from publication, 1 to 365; 10 when none is given. */
  acknowledgementDays?: number | null | undefined;
  audienceAll: boolean;
  /** Each unit with its subtree. */
  audienceOrgUnitIds?: Array<string> | null | undefined;
  audienceRoles?: Array<Role> | null | undefined;
  /** Rich text (HTML), sanitised on the server. */
  body?: CultureMaterialTextInput | null | undefined;
  /** The material to change; none for a new draft. */
  id?: string | null | undefined;
  kind: CultureMaterialKind;
  /** https only; a material has a file or a link, not both. */
  linkUrl?: string | null | undefined;
  /** Drops the uploaded file (to give a link instead). */
  removeFile?: boolean | null | undefined;
  requiresAcknowledgement: boolean;
  source?: CultureMaterialSource | null | undefined;
  /** Names the source when it is `other`. */
  sourceName?: string | null | undefined;
  subject: CultureMaterialSubject;
  title: CultureMaterialTextInput;
};

/** §32.2, §35.6: a memo, a short guide (what to do in a conflict-of-interest or corruption-risk situation), a guide or instruction, a video, a presentation, a booklet. */
export type CultureMaterialKind =
  | 'booklet'
  | 'guide'
  | 'memo'
  | 'presentation'
  | 'short_guide'
  | 'video';

export type CultureMaterialPageInput = {
  /** 1 to 100; 25 when none is given. */
  limit?: number | null | undefined;
  offset?: number | null | undefined;
};

/** §35.4: an outside source — U4, the Anti-Corruption Knowledge Hub, the Basel Institute, or another named one. */
export type CultureMaterialSource =
  | 'basel_institute'
  | 'knowledge_hub'
  | 'other'
  | 'u4';

export type CultureMaterialStatus =
  | 'draft'
  | 'published'
  | 'withdrawn';

export type CultureMaterialSubject =
  | 'anti_corruption_policy'
  | 'conflict_of_interest'
  | 'corruption_risk'
  | 'other';

/** A text in each language; the title needs Kazakh or Russian, the rest may be blank. */
export type CultureMaterialTextInput = {
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

export type AcknowledgeCultureMaterialMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeCultureMaterialMutation = { acknowledgeCultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type CultureMaterialFieldsFragment = { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null };

export type CultureMaterialQueryVariables = Exact<{
  id: string;
}>;


export type CultureMaterialQuery = { cultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, figures: { audience: number, acknowledged: number, share: number | null, missing: number, byOrgUnit: Array<{ audience: number | null, acknowledged: number | null, share: number | null, withheld: boolean, orgUnit: { id: string, name: { kk: string, ru: string, en: string } } }>, notAcknowledged: Array<{ personId: string, fullName: string, orgUnit: { id: string, name: { kk: string, ru: string, en: string } } }> } | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type CultureMaterialFiguresFieldsFragment = { audience: number, acknowledged: number, share: number | null, missing: number, byOrgUnit: Array<{ audience: number | null, acknowledged: number | null, share: number | null, withheld: boolean, orgUnit: { id: string, name: { kk: string, ru: string, en: string } } }>, notAcknowledged: Array<{ personId: string, fullName: string, orgUnit: { id: string, name: { kk: string, ru: string, en: string } } }> };

export type CultureMaterialOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureMaterialOrgUnitsQuery = { orgUnits: Array<{ id: string, path: string, names: { kk: string, ru: string, en: string } }> };

export type CultureMaterialsQueryVariables = Exact<{
  filter?: CultureMaterialFilter | null | undefined;
  page?: CultureMaterialPageInput | null | undefined;
}>;


export type CultureMaterialsQuery = { cultureMaterials: { total: number, rows: Array<{ id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, counts: { audience: number, acknowledged: number, share: number | null } | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null }> } };

export type MyCultureMaterialsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCultureMaterialsQuery = { myCultureMaterials: Array<{ id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null }> };

export type PublishCultureMaterialMutationVariables = Exact<{
  id: string;
}>;


export type PublishCultureMaterialMutation = { publishCultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type RemindCultureMaterialMutationVariables = Exact<{
  id: string;
}>;


export type RemindCultureMaterialMutation = { remindCultureMaterial: number };

export type SaveCultureMaterialMutationVariables = Exact<{
  input: CultureMaterialInput;
}>;


export type SaveCultureMaterialMutation = { saveCultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type UploadCultureMaterialFileMutationVariables = Exact<{
  id: string;
  file: File;
}>;


export type UploadCultureMaterialFileMutation = { uploadCultureMaterialFile: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

export type WithdrawCultureMaterialMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawCultureMaterialMutation = { withdrawCultureMaterial: { id: string, kind: CultureMaterialKind, subject: CultureMaterialSubject, status: CultureMaterialStatus, linkUrl: string | null, source: CultureMaterialSource | null, sourceName: string | null, audienceAll: boolean, audienceRoles: Array<Role>, requiresAcknowledgement: boolean, acknowledgementDays: number, revision: number, publishedAt: string | null, acknowledgeBy: string | null, withdrawnAt: string | null, updatedAt: string, forViewer: boolean, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string }, file: { name: string, contentType: string, sizeBytes: number } | null, audienceOrgUnits: Array<{ id: string, name: { kk: string, ru: string, en: string } }>, publishedBy: { id: string, fullName: string } | null, acknowledgement: { acknowledgedAt: string, revision: number } | null } };

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
export const CultureMaterialFieldsFragmentDoc = new TypedDocumentString(`
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}
    `, {"fragmentName":"CultureMaterialFields"}) as unknown as TypedDocumentString<CultureMaterialFieldsFragment, unknown>;
export const CultureMaterialFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment CultureMaterialFiguresFields on CultureMaterialFigures {
  audience
  acknowledged
  share
  missing
  byOrgUnit {
    orgUnit {
      id
      name {
        kk
        ru
        en
      }
    }
    audience
    acknowledged
    share
    withheld
  }
  notAcknowledged {
    personId
    fullName
    orgUnit {
      id
      name {
        kk
        ru
        en
      }
    }
  }
}
    `, {"fragmentName":"CultureMaterialFiguresFields"}) as unknown as TypedDocumentString<CultureMaterialFiguresFieldsFragment, unknown>;
export const AcknowledgeCultureMaterialDocument = new TypedDocumentString(`
    mutation AcknowledgeCultureMaterial($id: ID!) {
  acknowledgeCultureMaterial(id: $id) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}`) as unknown as TypedDocumentString<AcknowledgeCultureMaterialMutation, AcknowledgeCultureMaterialMutationVariables>;
export const CultureMaterialDocument = new TypedDocumentString(`
    query CultureMaterial($id: ID!) {
  cultureMaterial(id: $id) {
    ...CultureMaterialFields
    figures {
      ...CultureMaterialFiguresFields
    }
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}
fragment CultureMaterialFiguresFields on CultureMaterialFigures {
  audience
  acknowledged
  share
  missing
  byOrgUnit {
    orgUnit {
      id
      name {
        kk
        ru
        en
      }
    }
    audience
    acknowledged
    share
    withheld
  }
  notAcknowledged {
    personId
    fullName
    orgUnit {
      id
      name {
        kk
        ru
        en
      }
    }
  }
}`) as unknown as TypedDocumentString<CultureMaterialQuery, CultureMaterialQueryVariables>;
export const CultureMaterialOrgUnitsDocument = new TypedDocumentString(`
    query CultureMaterialOrgUnits {
  orgUnits {
    id
    names {
      kk
      ru
      en
    }
    path
  }
}
    `) as unknown as TypedDocumentString<CultureMaterialOrgUnitsQuery, CultureMaterialOrgUnitsQueryVariables>;
export const CultureMaterialsDocument = new TypedDocumentString(`
    query CultureMaterials($filter: CultureMaterialFilter, $page: CultureMaterialPageInput) {
  cultureMaterials(filter: $filter, page: $page) {
    total
    rows {
      ...CultureMaterialFields
      counts {
        audience
        acknowledged
        share
      }
    }
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}`) as unknown as TypedDocumentString<CultureMaterialsQuery, CultureMaterialsQueryVariables>;
export const MyCultureMaterialsDocument = new TypedDocumentString(`
    query MyCultureMaterials {
  myCultureMaterials {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}`) as unknown as TypedDocumentString<MyCultureMaterialsQuery, MyCultureMaterialsQueryVariables>;
export const PublishCultureMaterialDocument = new TypedDocumentString(`
    mutation PublishCultureMaterial($id: ID!) {
  publishCultureMaterial(id: $id) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}`) as unknown as TypedDocumentString<PublishCultureMaterialMutation, PublishCultureMaterialMutationVariables>;
export const RemindCultureMaterialDocument = new TypedDocumentString(`
    mutation RemindCultureMaterial($id: ID!) {
  remindCultureMaterial(id: $id)
}
    `) as unknown as TypedDocumentString<RemindCultureMaterialMutation, RemindCultureMaterialMutationVariables>;
export const SaveCultureMaterialDocument = new TypedDocumentString(`
    mutation SaveCultureMaterial($input: CultureMaterialInput!) {
  saveCultureMaterial(input: $input) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}`) as unknown as TypedDocumentString<SaveCultureMaterialMutation, SaveCultureMaterialMutationVariables>;
export const UploadCultureMaterialFileDocument = new TypedDocumentString(`
    mutation UploadCultureMaterialFile($id: ID!, $file: File!) {
  uploadCultureMaterialFile(id: $id, file: $file) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}`) as unknown as TypedDocumentString<UploadCultureMaterialFileMutation, UploadCultureMaterialFileMutationVariables>;
export const WithdrawCultureMaterialDocument = new TypedDocumentString(`
    mutation WithdrawCultureMaterial($id: ID!) {
  withdrawCultureMaterial(id: $id) {
    ...CultureMaterialFields
  }
}
    fragment CultureMaterialFields on CultureMaterial {
  id
  kind
  subject
  title {
    kk
    ru
    en
  }
  body {
    kk
    ru
    en
  }
  status
  linkUrl
  source
  sourceName
  file {
    name
    contentType
    sizeBytes
  }
  audienceAll
  audienceOrgUnits {
    id
    name {
      kk
      ru
      en
    }
  }
  audienceRoles
  requiresAcknowledgement
  acknowledgementDays
  revision
  publishedAt
  publishedBy {
    id
    fullName
  }
  acknowledgeBy
  withdrawnAt
  updatedAt
  forViewer
  acknowledgement {
    acknowledgedAt
    revision
  }
}`) as unknown as TypedDocumentString<WithdrawCultureMaterialMutation, WithdrawCultureMaterialMutationVariables>;