/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CultureSurveyAnswerInput = {
  /** A statement: a point from 1 to 5. */
  likert?: number | null | undefined;
  questionId: string;
  /** A free question: the text. */
  text?: string | null | undefined;
};

/** Everyone on the staff, or the people of some units’ subtrees. */
export type CultureSurveyAudience =
  | 'all_employees'
  | 'org_units';

/** shown; too_few (under 5 answers); remainder_too_few (a wider group would keep 1 to 4 answers beside it). */
export type CultureSurveyGroupResults =
  | 'remainder_too_few'
  | 'shown'
  | 'too_few';

/** draft; upcoming (opened, before its opening day); open (takes answers); ended (past its closing day); closed. */
export type CultureSurveyPhase =
  | 'closed'
  | 'draft'
  | 'ended'
  | 'open'
  | 'upcoming';

export type CultureSurveyQuestionInput = {
  /** A draft's question keeps its id; a new one is given one. */
  id?: string | null | undefined;
  kind: CultureSurveyQuestionKind;
  required: boolean;
  statement: LocalizedTextInput;
};

/** A statement answered on a scale of 1 (strongly disagree) to 5 (strongly agree), or a free text. */
export type CultureSurveyQuestionKind =
  | 'likert'
  | 'text';

export type CultureSurveyStatus =
  | 'closed'
  | 'draft'
  | 'open';

/** Kazakh and Russian are required; English falls back to Russian. */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  kk: string;
  ru: string;
};

export type SaveCultureSurveyInput = {
  audience: CultureSurveyAudience;
  /** YYYY-MM-DD, on or after opensOn. */
  closesOn: string;
  /** The draft to change; none: a new survey. */
  id?: string | null | undefined;
  intro: LocalizedTextInput;
  /** YYYY-MM-DD */
  opensOn: string;
  /** For org_units: the units whose subtrees are asked. */
  orgUnitIds?: Array<string> | null | undefined;
  /** In the order they are asked. */
  questions: Array<CultureSurveyQuestionInput>;
  title: LocalizedTextInput;
};

export type AnswerCultureSurveyMutationVariables = Exact<{
  id: string;
  answers: Array<CultureSurveyAnswerInput> | CultureSurveyAnswerInput;
}>;


export type AnswerCultureSurveyMutation = { answerCultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type CloseCultureSurveyMutationVariables = Exact<{
  id: string;
}>;


export type CloseCultureSurveyMutation = { closeCultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type CultureSurveyFieldsFragment = { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> };

export type CultureSurveyQueryVariables = Exact<{
  id: string;
}>;


export type CultureSurveyQuery = { cultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type CultureSurveyOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureSurveyOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: string, names: { kk: string, ru: string, en: string } }> };

export type CultureSurveyParticipationQueryVariables = Exact<{
  id: string;
  orgUnitId?: string | null | undefined;
}>;


export type CultureSurveyParticipationQuery = { cultureSurvey: { id: string, participation: { id: string, orgUnitId: string | null, totals: { asked: number | null, answered: number | null, share: number | null, withheld: boolean, results: CultureSurveyGroupResults }, units: Array<{ id: string, orgUnitId: string, hasChildren: boolean, names: { kk: string, ru: string, en: string }, figures: { asked: number | null, answered: number | null, share: number | null, withheld: boolean, results: CultureSurveyGroupResults } }> } | null } };

export type CultureSurveyResultsQueryVariables = Exact<{
  id: string;
  orgUnitId?: string | null | undefined;
}>;


export type CultureSurveyResultsQuery = { cultureSurveyResults: { id: string, responses: number, questions: Array<{ id: string, answered: number, withheld: boolean, average: number | null, distribution: Array<number> | null }>, freeTexts: Array<{ id: string, texts: Array<string> }> | null } };

export type CultureSurveyTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureSurveyTemplateQuery = { cultureSurveyTemplate: { title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }> } };

export type CultureSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type CultureSurveysQuery = { cultureSurveys: Array<{ id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> }> };

export type MyCultureSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCultureSurveysQuery = { myCultureSurveys: Array<{ id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> }> };

export type OpenCultureSurveyMutationVariables = Exact<{
  id: string;
}>;


export type OpenCultureSurveyMutation = { openCultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

export type RemindCultureSurveyMutationVariables = Exact<{
  id: string;
}>;


export type RemindCultureSurveyMutation = { remindCultureSurvey: number };

export type SaveCultureSurveyMutationVariables = Exact<{
  input: SaveCultureSurveyInput;
}>;


export type SaveCultureSurveyMutation = { saveCultureSurvey: { id: string, audience: CultureSurveyAudience, opensOn: string, closesOn: string, status: CultureSurveyStatus, phase: CultureSurveyPhase, asked: boolean, answered: boolean, readsResults: boolean, askedCount: number | null, answeredCount: number | null, title: { kk: string, ru: string, en: string }, intro: { kk: string, ru: string, en: string }, questions: Array<{ id: string, kind: CultureSurveyQuestionKind, required: boolean, statement: { kk: string, ru: string, en: string } }>, audienceUnits: Array<{ id: string, names: { kk: string, ru: string, en: string } }> } };

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
export const CultureSurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}
    `, {"fragmentName":"CultureSurveyFields"}) as unknown as TypedDocumentString<CultureSurveyFieldsFragment, unknown>;
export const AnswerCultureSurveyDocument = new TypedDocumentString(`
    mutation AnswerCultureSurvey($id: ID!, $answers: [CultureSurveyAnswerInput!]!) {
  answerCultureSurvey(id: $id, answers: $answers) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<AnswerCultureSurveyMutation, AnswerCultureSurveyMutationVariables>;
export const CloseCultureSurveyDocument = new TypedDocumentString(`
    mutation CloseCultureSurvey($id: ID!) {
  closeCultureSurvey(id: $id) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<CloseCultureSurveyMutation, CloseCultureSurveyMutationVariables>;
export const CultureSurveyDocument = new TypedDocumentString(`
    query CultureSurvey($id: ID!) {
  cultureSurvey(id: $id) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<CultureSurveyQuery, CultureSurveyQueryVariables>;
export const CultureSurveyOrgUnitsDocument = new TypedDocumentString(`
    query CultureSurveyOrgUnits {
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
    `) as unknown as TypedDocumentString<CultureSurveyOrgUnitsQuery, CultureSurveyOrgUnitsQueryVariables>;
export const CultureSurveyParticipationDocument = new TypedDocumentString(`
    query CultureSurveyParticipation($id: ID!, $orgUnitId: ID) {
  cultureSurvey(id: $id) {
    id
    participation(orgUnitId: $orgUnitId) {
      id
      orgUnitId
      totals {
        asked
        answered
        share
        withheld
        results
      }
      units {
        id
        orgUnitId
        names {
          kk
          ru
          en
        }
        hasChildren
        figures {
          asked
          answered
          share
          withheld
          results
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CultureSurveyParticipationQuery, CultureSurveyParticipationQueryVariables>;
export const CultureSurveyResultsDocument = new TypedDocumentString(`
    query CultureSurveyResults($id: ID!, $orgUnitId: ID) {
  cultureSurveyResults(id: $id, orgUnitId: $orgUnitId) {
    id
    responses
    questions {
      id
      answered
      withheld
      average
      distribution
    }
    freeTexts {
      id
      texts
    }
  }
}
    `) as unknown as TypedDocumentString<CultureSurveyResultsQuery, CultureSurveyResultsQueryVariables>;
export const CultureSurveyTemplateDocument = new TypedDocumentString(`
    query CultureSurveyTemplate {
  cultureSurveyTemplate {
    title {
      kk
      ru
      en
    }
    intro {
      kk
      ru
      en
    }
    questions {
      kind
      required
      statement {
        kk
        ru
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CultureSurveyTemplateQuery, CultureSurveyTemplateQueryVariables>;
export const CultureSurveysDocument = new TypedDocumentString(`
    query CultureSurveys {
  cultureSurveys {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<CultureSurveysQuery, CultureSurveysQueryVariables>;
export const MyCultureSurveysDocument = new TypedDocumentString(`
    query MyCultureSurveys {
  myCultureSurveys {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<MyCultureSurveysQuery, MyCultureSurveysQueryVariables>;
export const OpenCultureSurveyDocument = new TypedDocumentString(`
    mutation OpenCultureSurvey($id: ID!) {
  openCultureSurvey(id: $id) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<OpenCultureSurveyMutation, OpenCultureSurveyMutationVariables>;
export const RemindCultureSurveyDocument = new TypedDocumentString(`
    mutation RemindCultureSurvey($id: ID!) {
  remindCultureSurvey(id: $id)
}
    `) as unknown as TypedDocumentString<RemindCultureSurveyMutation, RemindCultureSurveyMutationVariables>;
export const SaveCultureSurveyDocument = new TypedDocumentString(`
    mutation SaveCultureSurvey($input: SaveCultureSurveyInput!) {
  saveCultureSurvey(input: $input) {
    ...CultureSurveyFields
  }
}
    fragment CultureSurveyFields on CultureSurvey {
  id
  title {
    kk
    ru
    en
  }
  intro {
    kk
    ru
    en
  }
  questions {
    id
    kind
    required
    statement {
      kk
      ru
      en
    }
  }
  audience
  audienceUnits {
    id
    names {
      kk
      ru
      en
    }
  }
  opensOn
  closesOn
  status
  phase
  asked
  answered
  readsResults
  askedCount
  answeredCount
}`) as unknown as TypedDocumentString<SaveCultureSurveyMutation, SaveCultureSurveyMutationVariables>;