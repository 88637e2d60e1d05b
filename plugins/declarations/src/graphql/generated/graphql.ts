/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** submitted; pending before its due date; overdue after it; missed when the campaign closed without it. */
export type CampaignDeclarationStatus = 'missed' | 'overdue' | 'pending' | 'submitted';

export type DeclarationAnswerInput = {
  code: string;
  /** Required with a "yes": what it is about. */
  details?: string | null | undefined;
  yes: boolean;
};

/** §72.1: the five groups: all employees, new hires, tender and expert commission members, potential suppliers, management. */
export type DeclarationCampaignGroup =
  'all_employees' | 'commission_members' | 'management' | 'new_hires' | 'potential_suppliers';

/** §72.1: yearly, or ad hoc (periodically, when needed). */
export type DeclarationCampaignKind = 'ad_hoc' | 'yearly';

export type DeclarationCampaignQuestionInput = {
  /** Small Latin letters, digits and _; given one by its place when left out. */
  code?: string | null | undefined;
  interest: boolean;
  text: LocalizedTextInput;
};

export type DeclarationSupplierInput = {
  /** When known: checked by its check digit; the supplier must then give the same. */
  bin?: string | null | undefined;
  name: string;
};

export type LaunchDeclarationCampaignInput = {
  /** YYYY-MM-DD, today or later. */
  deadline: string;
  group: DeclarationCampaignGroup;
  /** New hires: the first hiring day that joins (YYYY-MM-DD); none: today. */
  hiredFrom?: string | null | undefined;
  /** New hires: the last hiring day that joins; none: no end. */
  hiredTo?: string | null | undefined;
  kind: DeclarationCampaignKind;
  /** Commission members: the people, by id. */
  memberIds?: Array<string> | null | undefined;
  /** Employees, new hires, management: the unit subtree asked; none: everyone. */
  orgUnitId?: string | null | undefined;
  /** Commission members: the procurement. */
  procurementReference?: string | null | undefined;
  /** The questionnaire as edited for this campaign; none: the standard questions. */
  questions?: Array<DeclarationCampaignQuestionInput> | null | undefined;
  /** Potential suppliers: each gets a one-time link. */
  suppliers?: Array<DeclarationSupplierInput> | null | undefined;
  title: LocalizedTextInput;
};

/** Kazakh and Russian are required; English falls back to Russian. */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  kk: string;
  ru: string;
};

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

export type RelationClass = 'close_relative' | 'dependant' | 'in_law' | 'linked_person' | 'spouse';

export type SubmitDeclarationInput = {
  /** §67: required (true) in a new-hires campaign. */
  acknowledgeEthicsCode?: boolean | null | undefined;
  answers: Array<DeclarationAnswerInput>;
};

export type CampaignOrgUnitsQueryVariables = Exact<{ [key: string]: never }>;

export type CampaignOrgUnitsQuery = {
  orgUnits: Array<{ id: string; name: string; path: string; names: { kk: string; ru: string; en: string } }>;
};

export type CloseDeclarationCampaignMutationVariables = Exact<{
  id: string;
}>;

export type CloseDeclarationCampaignMutation = {
  closeDeclarationCampaign: {
    id: string;
    kind: DeclarationCampaignKind;
    group: DeclarationCampaignGroup;
    orgUnitId: string | null;
    procurementReference: string | null;
    deadline: string;
    open: boolean;
    launchedAt: string;
    closedAt: string | null;
    title: { kk: string; ru: string; en: string };
  };
};

export type DeclarationCampaignFieldsFragment = {
  id: string;
  kind: DeclarationCampaignKind;
  group: DeclarationCampaignGroup;
  orgUnitId: string | null;
  procurementReference: string | null;
  deadline: string;
  open: boolean;
  launchedAt: string;
  closedAt: string | null;
  title: { kk: string; ru: string; en: string };
};

export type DeclarationCampaignCountsFieldsFragment = {
  total: number;
  submitted: number;
  pending: number;
  overdue: number;
  missed: number;
};

export type DeclarationCampaignDeclarantsQueryVariables = Exact<{
  campaignId: string;
  orgUnitId?: string | null | undefined;
  status?: CampaignDeclarationStatus | null | undefined;
  search?: string | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type DeclarationCampaignDeclarantsQuery = {
  declarationCampaignDeclarants: {
    total: number;
    rows: Array<{
      id: string;
      fullName: string | null;
      email: string | null;
      supplierName: string | null;
      supplierBin: string | null;
      dueOn: string;
      status: CampaignDeclarationStatus;
      submittedAt: string | null;
      declaredInterest: boolean;
      lastRemindedAt: string | null;
      reminderCount: number;
      orgUnitNames: { kk: string; ru: string; en: string } | null;
    }>;
  };
};

export type DeclarationCampaignProgressQueryVariables = Exact<{
  campaignId: string;
  orgUnitId?: string | null | undefined;
}>;

export type DeclarationCampaignProgressQuery = {
  declarationCampaignProgress: {
    id: string;
    orgUnitId: string | null;
    campaign: {
      id: string;
      kind: DeclarationCampaignKind;
      group: DeclarationCampaignGroup;
      orgUnitId: string | null;
      procurementReference: string | null;
      deadline: string;
      open: boolean;
      launchedAt: string;
      closedAt: string | null;
      title: { kk: string; ru: string; en: string };
    };
    totals: { total: number; submitted: number; pending: number; overdue: number; missed: number };
    units: Array<{
      id: string;
      orgUnitId: string;
      hasChildren: boolean;
      names: { kk: string; ru: string; en: string };
      counts: { total: number; submitted: number; pending: number; overdue: number; missed: number };
    }>;
  };
};

export type DeclarationCampaignsQueryVariables = Exact<{ [key: string]: never }>;

export type DeclarationCampaignsQuery = {
  declarationCampaigns: Array<{
    id: string;
    campaign: {
      id: string;
      kind: DeclarationCampaignKind;
      group: DeclarationCampaignGroup;
      orgUnitId: string | null;
      procurementReference: string | null;
      deadline: string;
      open: boolean;
      launchedAt: string;
      closedAt: string | null;
      title: { kk: string; ru: string; en: string };
    };
    totals: { total: number; submitted: number; pending: number; overdue: number; missed: number };
  }>;
};

export type LaunchDeclarationCampaignMutationVariables = Exact<{
  input: LaunchDeclarationCampaignInput;
}>;

export type LaunchDeclarationCampaignMutation = {
  launchDeclarationCampaign: {
    id: string;
    declarants: number;
    campaign: {
      id: string;
      kind: DeclarationCampaignKind;
      group: DeclarationCampaignGroup;
      orgUnitId: string | null;
      procurementReference: string | null;
      deadline: string;
      open: boolean;
      launchedAt: string;
      closedAt: string | null;
      title: { kk: string; ru: string; en: string };
    };
    supplierLinks: Array<{ id: string; supplierName: string; token: string }>;
  };
};

export type MyCampaignDeclarationFieldsFragment = {
  id: string;
  campaignId: string;
  kind: DeclarationCampaignKind;
  group: DeclarationCampaignGroup;
  procurementReference: string | null;
  dueOn: string;
  status: CampaignDeclarationStatus;
  open: boolean;
  submittedAt: string | null;
  declaredInterest: boolean;
  asksEthicsCodeAcknowledgement: boolean;
  ethicsCodeAcknowledgedAt: string | null;
  title: { kk: string; ru: string; en: string };
  questions: Array<{ code: string; interest: boolean; text: { kk: string; ru: string; en: string } }>;
  answers: Array<{ code: string; yes: boolean; details: string | null }> | null;
};

export type MyCampaignDeclarationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyCampaignDeclarationsQuery = {
  myDeclarations: {
    personId: string;
    campaigns: {
      due: Array<{
        id: string;
        campaignId: string;
        kind: DeclarationCampaignKind;
        group: DeclarationCampaignGroup;
        procurementReference: string | null;
        dueOn: string;
        status: CampaignDeclarationStatus;
        open: boolean;
        submittedAt: string | null;
        declaredInterest: boolean;
        asksEthicsCodeAcknowledgement: boolean;
        ethicsCodeAcknowledgedAt: string | null;
        title: { kk: string; ru: string; en: string };
        questions: Array<{ code: string; interest: boolean; text: { kk: string; ru: string; en: string } }>;
        answers: Array<{ code: string; yes: boolean; details: string | null }> | null;
      }>;
      filed: Array<{
        id: string;
        campaignId: string;
        kind: DeclarationCampaignKind;
        group: DeclarationCampaignGroup;
        procurementReference: string | null;
        dueOn: string;
        status: CampaignDeclarationStatus;
        open: boolean;
        submittedAt: string | null;
        declaredInterest: boolean;
        asksEthicsCodeAcknowledgement: boolean;
        ethicsCodeAcknowledgedAt: string | null;
        title: { kk: string; ru: string; en: string };
        questions: Array<{ code: string; interest: boolean; text: { kk: string; ru: string; en: string } }>;
        answers: Array<{ code: string; yes: boolean; details: string | null }> | null;
      }>;
    };
  };
};

export type MyRelatedPersonsQueryVariables = Exact<{ [key: string]: never }>;

export type MyRelatedPersonsQuery = {
  myRelatedPersons: Array<{
    id: string;
    relation: Relation;
    relationClass: RelationClass;
    familyMember: boolean;
    fullName: string;
    iin: string | null;
    birthDate: string | null;
    workplace: string | null;
    workplaceBin: string | null;
    jobTitle: string | null;
    note: string | null;
  }>;
};

export type RelatedPersonFieldsFragment = {
  id: string;
  relation: Relation;
  relationClass: RelationClass;
  familyMember: boolean;
  fullName: string;
  iin: string | null;
  birthDate: string | null;
  workplace: string | null;
  workplaceBin: string | null;
  jobTitle: string | null;
  note: string | null;
};

export type RemindOverdueDeclarantsMutationVariables = Exact<{
  campaignId: string;
}>;

export type RemindOverdueDeclarantsMutation = { remindOverdueDeclarants: number };

export type RemoveRelatedPersonMutationVariables = Exact<{
  id: string;
}>;

export type RemoveRelatedPersonMutation = { removeRelatedPerson: boolean };

export type SaveRelatedPersonMutationVariables = Exact<{
  input: RelatedPersonInput;
}>;

export type SaveRelatedPersonMutation = {
  saveRelatedPerson: {
    id: string;
    relation: Relation;
    relationClass: RelationClass;
    familyMember: boolean;
    fullName: string;
    iin: string | null;
    birthDate: string | null;
    workplace: string | null;
    workplaceBin: string | null;
    jobTitle: string | null;
    note: string | null;
  };
};

export type StandardDeclarationQuestionsQueryVariables = Exact<{ [key: string]: never }>;

export type StandardDeclarationQuestionsQuery = {
  standardDeclarationQuestions: Array<{
    code: string;
    interest: boolean;
    text: { kk: string; ru: string; en: string };
  }>;
};

export type SubmitDeclarationMutationVariables = Exact<{
  campaignId: string;
  input: SubmitDeclarationInput;
}>;

export type SubmitDeclarationMutation = {
  submitDeclaration: {
    id: string;
    campaignId: string;
    kind: DeclarationCampaignKind;
    group: DeclarationCampaignGroup;
    procurementReference: string | null;
    dueOn: string;
    status: CampaignDeclarationStatus;
    open: boolean;
    submittedAt: string | null;
    declaredInterest: boolean;
    asksEthicsCodeAcknowledgement: boolean;
    ethicsCodeAcknowledgedAt: string | null;
    title: { kk: string; ru: string; en: string };
    questions: Array<{ code: string; interest: boolean; text: { kk: string; ru: string; en: string } }>;
    answers: Array<{ code: string; yes: boolean; details: string | null }> | null;
  };
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
export const DeclarationCampaignFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}
    `,
  { fragmentName: 'DeclarationCampaignFields' },
) as unknown as TypedDocumentString<DeclarationCampaignFieldsFragment, unknown>;
export const DeclarationCampaignCountsFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {
  total
  submitted
  pending
  overdue
  missed
}
    `,
  { fragmentName: 'DeclarationCampaignCountsFields' },
) as unknown as TypedDocumentString<DeclarationCampaignCountsFieldsFragment, unknown>;
export const MyCampaignDeclarationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MyCampaignDeclarationFields on MyCampaignDeclaration {
  id
  campaignId
  title {
    kk
    ru
    en
  }
  kind
  group
  procurementReference
  dueOn
  status
  open
  questions {
    code
    interest
    text {
      kk
      ru
      en
    }
  }
  answers {
    code
    yes
    details
  }
  submittedAt
  declaredInterest
  asksEthicsCodeAcknowledgement
  ethicsCodeAcknowledgedAt
}
    `,
  { fragmentName: 'MyCampaignDeclarationFields' },
) as unknown as TypedDocumentString<MyCampaignDeclarationFieldsFragment, unknown>;
export const RelatedPersonFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'RelatedPersonFields' },
) as unknown as TypedDocumentString<RelatedPersonFieldsFragment, unknown>;
export const CampaignOrgUnitsDocument = new TypedDocumentString(`
    query CampaignOrgUnits {
  orgUnits {
    id
    name
    names {
      kk
      ru
      en
    }
    path
  }
}
    `) as unknown as TypedDocumentString<CampaignOrgUnitsQuery, CampaignOrgUnitsQueryVariables>;
export const CloseDeclarationCampaignDocument = new TypedDocumentString(`
    mutation CloseDeclarationCampaign($id: ID!) {
  closeDeclarationCampaign(id: $id) {
    ...DeclarationCampaignFields
  }
}
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}`) as unknown as TypedDocumentString<
  CloseDeclarationCampaignMutation,
  CloseDeclarationCampaignMutationVariables
>;
export const DeclarationCampaignDeclarantsDocument = new TypedDocumentString(`
    query DeclarationCampaignDeclarants($campaignId: ID!, $orgUnitId: ID, $status: CampaignDeclarationStatus, $search: String, $limit: Int, $offset: Int) {
  declarationCampaignDeclarants(
    campaignId: $campaignId
    orgUnitId: $orgUnitId
    status: $status
    search: $search
    limit: $limit
    offset: $offset
  ) {
    total
    rows {
      id
      fullName
      email
      orgUnitNames {
        kk
        ru
        en
      }
      supplierName
      supplierBin
      dueOn
      status
      submittedAt
      declaredInterest
      lastRemindedAt
      reminderCount
    }
  }
}
    `) as unknown as TypedDocumentString<
  DeclarationCampaignDeclarantsQuery,
  DeclarationCampaignDeclarantsQueryVariables
>;
export const DeclarationCampaignProgressDocument = new TypedDocumentString(`
    query DeclarationCampaignProgress($campaignId: ID!, $orgUnitId: ID) {
  declarationCampaignProgress(campaignId: $campaignId, orgUnitId: $orgUnitId) {
    id
    orgUnitId
    campaign {
      ...DeclarationCampaignFields
    }
    totals {
      ...DeclarationCampaignCountsFields
    }
    units {
      id
      orgUnitId
      hasChildren
      names {
        kk
        ru
        en
      }
      counts {
        ...DeclarationCampaignCountsFields
      }
    }
  }
}
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}
fragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {
  total
  submitted
  pending
  overdue
  missed
}`) as unknown as TypedDocumentString<
  DeclarationCampaignProgressQuery,
  DeclarationCampaignProgressQueryVariables
>;
export const DeclarationCampaignsDocument = new TypedDocumentString(`
    query DeclarationCampaigns {
  declarationCampaigns {
    id
    campaign {
      ...DeclarationCampaignFields
    }
    totals {
      ...DeclarationCampaignCountsFields
    }
  }
}
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}
fragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {
  total
  submitted
  pending
  overdue
  missed
}`) as unknown as TypedDocumentString<DeclarationCampaignsQuery, DeclarationCampaignsQueryVariables>;
export const LaunchDeclarationCampaignDocument = new TypedDocumentString(`
    mutation LaunchDeclarationCampaign($input: LaunchDeclarationCampaignInput!) {
  launchDeclarationCampaign(input: $input) {
    id
    declarants
    campaign {
      ...DeclarationCampaignFields
    }
    supplierLinks {
      id
      supplierName
      token
    }
  }
}
    fragment DeclarationCampaignFields on DeclarationCampaign {
  id
  title {
    kk
    ru
    en
  }
  kind
  group
  orgUnitId
  procurementReference
  deadline
  open
  launchedAt
  closedAt
}`) as unknown as TypedDocumentString<
  LaunchDeclarationCampaignMutation,
  LaunchDeclarationCampaignMutationVariables
>;
export const MyCampaignDeclarationsDocument = new TypedDocumentString(`
    query MyCampaignDeclarations {
  myDeclarations {
    personId
    campaigns {
      due {
        ...MyCampaignDeclarationFields
      }
      filed {
        ...MyCampaignDeclarationFields
      }
    }
  }
}
    fragment MyCampaignDeclarationFields on MyCampaignDeclaration {
  id
  campaignId
  title {
    kk
    ru
    en
  }
  kind
  group
  procurementReference
  dueOn
  status
  open
  questions {
    code
    interest
    text {
      kk
      ru
      en
    }
  }
  answers {
    code
    yes
    details
  }
  submittedAt
  declaredInterest
  asksEthicsCodeAcknowledgement
  ethicsCodeAcknowledgedAt
}`) as unknown as TypedDocumentString<MyCampaignDeclarationsQuery, MyCampaignDeclarationsQueryVariables>;
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
export const RemindOverdueDeclarantsDocument = new TypedDocumentString(`
    mutation RemindOverdueDeclarants($campaignId: ID!) {
  remindOverdueDeclarants(campaignId: $campaignId)
}
    `) as unknown as TypedDocumentString<
  RemindOverdueDeclarantsMutation,
  RemindOverdueDeclarantsMutationVariables
>;
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
export const StandardDeclarationQuestionsDocument = new TypedDocumentString(`
    query StandardDeclarationQuestions {
  standardDeclarationQuestions {
    code
    interest
    text {
      kk
      ru
      en
    }
  }
}
    `) as unknown as TypedDocumentString<
  StandardDeclarationQuestionsQuery,
  StandardDeclarationQuestionsQueryVariables
>;
export const SubmitDeclarationDocument = new TypedDocumentString(`
    mutation SubmitDeclaration($campaignId: ID!, $input: SubmitDeclarationInput!) {
  submitDeclaration(campaignId: $campaignId, input: $input) {
    ...MyCampaignDeclarationFields
  }
}
    fragment MyCampaignDeclarationFields on MyCampaignDeclaration {
  id
  campaignId
  title {
    kk
    ru
    en
  }
  kind
  group
  procurementReference
  dueOn
  status
  open
  questions {
    code
    interest
    text {
      kk
      ru
      en
    }
  }
  answers {
    code
    yes
    details
  }
  submittedAt
  declaredInterest
  asksEthicsCodeAcknowledgement
  ethicsCodeAcknowledgedAt
}`) as unknown as TypedDocumentString<SubmitDeclarationMutation, SubmitDeclarationMutationVariables>;
