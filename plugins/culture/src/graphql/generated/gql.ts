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
    "mutation AnswerCultureSurvey($id: ID!, $answers: [CultureSurveyAnswerInput!]!) {\n  answerCultureSurvey(id: $id, answers: $answers) {\n    ...CultureSurveyFields\n  }\n}": typeof types.AnswerCultureSurveyDocument,
    "mutation CloseCultureSurvey($id: ID!) {\n  closeCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": typeof types.CloseCultureSurveyDocument,
    "fragment CultureSurveyFields on CultureSurvey {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  intro {\n    kk\n    ru\n    en\n  }\n  questions {\n    id\n    kind\n    required\n    statement {\n      kk\n      ru\n      en\n    }\n  }\n  audience\n  audienceUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n  }\n  opensOn\n  closesOn\n  status\n  phase\n  asked\n  answered\n  readsResults\n  askedCount\n  answeredCount\n}": typeof types.CultureSurveyFieldsFragmentDoc,
    "query CultureSurvey($id: ID!) {\n  cultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": typeof types.CultureSurveyDocument,
    "query CultureSurveyOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": typeof types.CultureSurveyOrgUnitsDocument,
    "query CultureSurveyParticipation($id: ID!, $orgUnitId: ID) {\n  cultureSurvey(id: $id) {\n    id\n    participation(orgUnitId: $orgUnitId) {\n      id\n      orgUnitId\n      totals {\n        asked\n        answered\n        share\n        withheld\n        results\n      }\n      units {\n        id\n        orgUnitId\n        names {\n          kk\n          ru\n          en\n        }\n        hasChildren\n        figures {\n          asked\n          answered\n          share\n          withheld\n          results\n        }\n      }\n    }\n  }\n}": typeof types.CultureSurveyParticipationDocument,
    "query CultureSurveyResults($id: ID!, $orgUnitId: ID) {\n  cultureSurveyResults(id: $id, orgUnitId: $orgUnitId) {\n    id\n    responses\n    questions {\n      id\n      answered\n      withheld\n      average\n      distribution\n    }\n    freeTexts {\n      id\n      texts\n    }\n  }\n}": typeof types.CultureSurveyResultsDocument,
    "query CultureSurveyTemplate {\n  cultureSurveyTemplate {\n    title {\n      kk\n      ru\n      en\n    }\n    intro {\n      kk\n      ru\n      en\n    }\n    questions {\n      kind\n      required\n      statement {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": typeof types.CultureSurveyTemplateDocument,
    "query CultureSurveys {\n  cultureSurveys {\n    ...CultureSurveyFields\n  }\n}": typeof types.CultureSurveysDocument,
    "query MyCultureSurveys {\n  myCultureSurveys {\n    ...CultureSurveyFields\n  }\n}": typeof types.MyCultureSurveysDocument,
    "mutation OpenCultureSurvey($id: ID!) {\n  openCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": typeof types.OpenCultureSurveyDocument,
    "mutation RemindCultureSurvey($id: ID!) {\n  remindCultureSurvey(id: $id)\n}": typeof types.RemindCultureSurveyDocument,
    "mutation SaveCultureSurvey($input: SaveCultureSurveyInput!) {\n  saveCultureSurvey(input: $input) {\n    ...CultureSurveyFields\n  }\n}": typeof types.SaveCultureSurveyDocument,
};
const documents: Documents = {
    "mutation AnswerCultureSurvey($id: ID!, $answers: [CultureSurveyAnswerInput!]!) {\n  answerCultureSurvey(id: $id, answers: $answers) {\n    ...CultureSurveyFields\n  }\n}": types.AnswerCultureSurveyDocument,
    "mutation CloseCultureSurvey($id: ID!) {\n  closeCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": types.CloseCultureSurveyDocument,
    "fragment CultureSurveyFields on CultureSurvey {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  intro {\n    kk\n    ru\n    en\n  }\n  questions {\n    id\n    kind\n    required\n    statement {\n      kk\n      ru\n      en\n    }\n  }\n  audience\n  audienceUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n  }\n  opensOn\n  closesOn\n  status\n  phase\n  asked\n  answered\n  readsResults\n  askedCount\n  answeredCount\n}": types.CultureSurveyFieldsFragmentDoc,
    "query CultureSurvey($id: ID!) {\n  cultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": types.CultureSurveyDocument,
    "query CultureSurveyOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": types.CultureSurveyOrgUnitsDocument,
    "query CultureSurveyParticipation($id: ID!, $orgUnitId: ID) {\n  cultureSurvey(id: $id) {\n    id\n    participation(orgUnitId: $orgUnitId) {\n      id\n      orgUnitId\n      totals {\n        asked\n        answered\n        share\n        withheld\n        results\n      }\n      units {\n        id\n        orgUnitId\n        names {\n          kk\n          ru\n          en\n        }\n        hasChildren\n        figures {\n          asked\n          answered\n          share\n          withheld\n          results\n        }\n      }\n    }\n  }\n}": types.CultureSurveyParticipationDocument,
    "query CultureSurveyResults($id: ID!, $orgUnitId: ID) {\n  cultureSurveyResults(id: $id, orgUnitId: $orgUnitId) {\n    id\n    responses\n    questions {\n      id\n      answered\n      withheld\n      average\n      distribution\n    }\n    freeTexts {\n      id\n      texts\n    }\n  }\n}": types.CultureSurveyResultsDocument,
    "query CultureSurveyTemplate {\n  cultureSurveyTemplate {\n    title {\n      kk\n      ru\n      en\n    }\n    intro {\n      kk\n      ru\n      en\n    }\n    questions {\n      kind\n      required\n      statement {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": types.CultureSurveyTemplateDocument,
    "query CultureSurveys {\n  cultureSurveys {\n    ...CultureSurveyFields\n  }\n}": types.CultureSurveysDocument,
    "query MyCultureSurveys {\n  myCultureSurveys {\n    ...CultureSurveyFields\n  }\n}": types.MyCultureSurveysDocument,
    "mutation OpenCultureSurvey($id: ID!) {\n  openCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": types.OpenCultureSurveyDocument,
    "mutation RemindCultureSurvey($id: ID!) {\n  remindCultureSurvey(id: $id)\n}": types.RemindCultureSurveyDocument,
    "mutation SaveCultureSurvey($input: SaveCultureSurveyInput!) {\n  saveCultureSurvey(input: $input) {\n    ...CultureSurveyFields\n  }\n}": types.SaveCultureSurveyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerCultureSurvey($id: ID!, $answers: [CultureSurveyAnswerInput!]!) {\n  answerCultureSurvey(id: $id, answers: $answers) {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').AnswerCultureSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCultureSurvey($id: ID!) {\n  closeCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').CloseCultureSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CultureSurveyFields on CultureSurvey {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  intro {\n    kk\n    ru\n    en\n  }\n  questions {\n    id\n    kind\n    required\n    statement {\n      kk\n      ru\n      en\n    }\n  }\n  audience\n  audienceUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n  }\n  opensOn\n  closesOn\n  status\n  phase\n  asked\n  answered\n  readsResults\n  askedCount\n  answeredCount\n}"): typeof import('./graphql').CultureSurveyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureSurvey($id: ID!) {\n  cultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').CultureSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureSurveyOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}"): typeof import('./graphql').CultureSurveyOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureSurveyParticipation($id: ID!, $orgUnitId: ID) {\n  cultureSurvey(id: $id) {\n    id\n    participation(orgUnitId: $orgUnitId) {\n      id\n      orgUnitId\n      totals {\n        asked\n        answered\n        share\n        withheld\n        results\n      }\n      units {\n        id\n        orgUnitId\n        names {\n          kk\n          ru\n          en\n        }\n        hasChildren\n        figures {\n          asked\n          answered\n          share\n          withheld\n          results\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').CultureSurveyParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureSurveyResults($id: ID!, $orgUnitId: ID) {\n  cultureSurveyResults(id: $id, orgUnitId: $orgUnitId) {\n    id\n    responses\n    questions {\n      id\n      answered\n      withheld\n      average\n      distribution\n    }\n    freeTexts {\n      id\n      texts\n    }\n  }\n}"): typeof import('./graphql').CultureSurveyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureSurveyTemplate {\n  cultureSurveyTemplate {\n    title {\n      kk\n      ru\n      en\n    }\n    intro {\n      kk\n      ru\n      en\n    }\n    questions {\n      kind\n      required\n      statement {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}"): typeof import('./graphql').CultureSurveyTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureSurveys {\n  cultureSurveys {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').CultureSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCultureSurveys {\n  myCultureSurveys {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').MyCultureSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCultureSurvey($id: ID!) {\n  openCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').OpenCultureSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindCultureSurvey($id: ID!) {\n  remindCultureSurvey(id: $id)\n}"): typeof import('./graphql').RemindCultureSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveCultureSurvey($input: SaveCultureSurveyInput!) {\n  saveCultureSurvey(input: $input) {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').SaveCultureSurveyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
