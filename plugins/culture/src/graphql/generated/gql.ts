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
    "mutation AcknowledgeCultureMaterial($id: ID!) {\n  acknowledgeCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": typeof types.AcknowledgeCultureMaterialDocument,
    "fragment CultureMaterialFields on CultureMaterial {\n  id\n  kind\n  subject\n  title {\n    kk\n    ru\n    en\n  }\n  body {\n    kk\n    ru\n    en\n  }\n  status\n  linkUrl\n  source\n  sourceName\n  file {\n    name\n    contentType\n    sizeBytes\n  }\n  audienceAll\n  audienceOrgUnits {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  audienceRoles\n  requiresAcknowledgement\n  acknowledgementDays\n  revision\n  publishedAt\n  publishedBy {\n    id\n    fullName\n  }\n  acknowledgeBy\n  withdrawnAt\n  updatedAt\n  forViewer\n  acknowledgement {\n    acknowledgedAt\n    revision\n  }\n}": typeof types.CultureMaterialFieldsFragmentDoc,
    "query CultureMaterial($id: ID!) {\n  cultureMaterial(id: $id) {\n    ...CultureMaterialFields\n    figures {\n      ...CultureMaterialFiguresFields\n    }\n  }\n}": typeof types.CultureMaterialDocument,
    "fragment CultureMaterialFiguresFields on CultureMaterialFigures {\n  audience\n  acknowledged\n  share\n  missing\n  byOrgUnit {\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n    audience\n    acknowledged\n    share\n    withheld\n  }\n  notAcknowledged {\n    personId\n    fullName\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": typeof types.CultureMaterialFiguresFieldsFragmentDoc,
    "query CultureMaterialOrgUnits {\n  orgUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": typeof types.CultureMaterialOrgUnitsDocument,
    "query CultureMaterials($filter: CultureMaterialFilter, $page: CultureMaterialPageInput) {\n  cultureMaterials(filter: $filter, page: $page) {\n    total\n    rows {\n      ...CultureMaterialFields\n      counts {\n        audience\n        acknowledged\n        share\n      }\n    }\n  }\n}": typeof types.CultureMaterialsDocument,
    "query MyCultureMaterials {\n  myCultureMaterials {\n    ...CultureMaterialFields\n  }\n}": typeof types.MyCultureMaterialsDocument,
    "mutation PublishCultureMaterial($id: ID!) {\n  publishCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": typeof types.PublishCultureMaterialDocument,
    "mutation RemindCultureMaterial($id: ID!) {\n  remindCultureMaterial(id: $id)\n}": typeof types.RemindCultureMaterialDocument,
    "mutation SaveCultureMaterial($input: CultureMaterialInput!) {\n  saveCultureMaterial(input: $input) {\n    ...CultureMaterialFields\n  }\n}": typeof types.SaveCultureMaterialDocument,
    "mutation UploadCultureMaterialFile($id: ID!, $file: File!) {\n  uploadCultureMaterialFile(id: $id, file: $file) {\n    ...CultureMaterialFields\n  }\n}": typeof types.UploadCultureMaterialFileDocument,
    "mutation WithdrawCultureMaterial($id: ID!) {\n  withdrawCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": typeof types.WithdrawCultureMaterialDocument,
};
const documents: Documents = {
    "mutation AcknowledgeCultureMaterial($id: ID!) {\n  acknowledgeCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": types.AcknowledgeCultureMaterialDocument,
    "fragment CultureMaterialFields on CultureMaterial {\n  id\n  kind\n  subject\n  title {\n    kk\n    ru\n    en\n  }\n  body {\n    kk\n    ru\n    en\n  }\n  status\n  linkUrl\n  source\n  sourceName\n  file {\n    name\n    contentType\n    sizeBytes\n  }\n  audienceAll\n  audienceOrgUnits {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  audienceRoles\n  requiresAcknowledgement\n  acknowledgementDays\n  revision\n  publishedAt\n  publishedBy {\n    id\n    fullName\n  }\n  acknowledgeBy\n  withdrawnAt\n  updatedAt\n  forViewer\n  acknowledgement {\n    acknowledgedAt\n    revision\n  }\n}": types.CultureMaterialFieldsFragmentDoc,
    "query CultureMaterial($id: ID!) {\n  cultureMaterial(id: $id) {\n    ...CultureMaterialFields\n    figures {\n      ...CultureMaterialFiguresFields\n    }\n  }\n}": types.CultureMaterialDocument,
    "fragment CultureMaterialFiguresFields on CultureMaterialFigures {\n  audience\n  acknowledged\n  share\n  missing\n  byOrgUnit {\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n    audience\n    acknowledged\n    share\n    withheld\n  }\n  notAcknowledged {\n    personId\n    fullName\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": types.CultureMaterialFiguresFieldsFragmentDoc,
    "query CultureMaterialOrgUnits {\n  orgUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": types.CultureMaterialOrgUnitsDocument,
    "query CultureMaterials($filter: CultureMaterialFilter, $page: CultureMaterialPageInput) {\n  cultureMaterials(filter: $filter, page: $page) {\n    total\n    rows {\n      ...CultureMaterialFields\n      counts {\n        audience\n        acknowledged\n        share\n      }\n    }\n  }\n}": types.CultureMaterialsDocument,
    "query MyCultureMaterials {\n  myCultureMaterials {\n    ...CultureMaterialFields\n  }\n}": types.MyCultureMaterialsDocument,
    "mutation PublishCultureMaterial($id: ID!) {\n  publishCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": types.PublishCultureMaterialDocument,
    "mutation RemindCultureMaterial($id: ID!) {\n  remindCultureMaterial(id: $id)\n}": types.RemindCultureMaterialDocument,
    "mutation SaveCultureMaterial($input: CultureMaterialInput!) {\n  saveCultureMaterial(input: $input) {\n    ...CultureMaterialFields\n  }\n}": types.SaveCultureMaterialDocument,
    "mutation UploadCultureMaterialFile($id: ID!, $file: File!) {\n  uploadCultureMaterialFile(id: $id, file: $file) {\n    ...CultureMaterialFields\n  }\n}": types.UploadCultureMaterialFileDocument,
    "mutation WithdrawCultureMaterial($id: ID!) {\n  withdrawCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": types.WithdrawCultureMaterialDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeCultureMaterial($id: ID!) {\n  acknowledgeCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').AcknowledgeCultureMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CultureMaterialFields on CultureMaterial {\n  id\n  kind\n  subject\n  title {\n    kk\n    ru\n    en\n  }\n  body {\n    kk\n    ru\n    en\n  }\n  status\n  linkUrl\n  source\n  sourceName\n  file {\n    name\n    contentType\n    sizeBytes\n  }\n  audienceAll\n  audienceOrgUnits {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  audienceRoles\n  requiresAcknowledgement\n  acknowledgementDays\n  revision\n  publishedAt\n  publishedBy {\n    id\n    fullName\n  }\n  acknowledgeBy\n  withdrawnAt\n  updatedAt\n  forViewer\n  acknowledgement {\n    acknowledgedAt\n    revision\n  }\n}"): typeof import('./graphql').CultureMaterialFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureMaterial($id: ID!) {\n  cultureMaterial(id: $id) {\n    ...CultureMaterialFields\n    figures {\n      ...CultureMaterialFiguresFields\n    }\n  }\n}"): typeof import('./graphql').CultureMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CultureMaterialFiguresFields on CultureMaterialFigures {\n  audience\n  acknowledged\n  share\n  missing\n  byOrgUnit {\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n    audience\n    acknowledged\n    share\n    withheld\n  }\n  notAcknowledged {\n    personId\n    fullName\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}"): typeof import('./graphql').CultureMaterialFiguresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureMaterialOrgUnits {\n  orgUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}"): typeof import('./graphql').CultureMaterialOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureMaterials($filter: CultureMaterialFilter, $page: CultureMaterialPageInput) {\n  cultureMaterials(filter: $filter, page: $page) {\n    total\n    rows {\n      ...CultureMaterialFields\n      counts {\n        audience\n        acknowledged\n        share\n      }\n    }\n  }\n}"): typeof import('./graphql').CultureMaterialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCultureMaterials {\n  myCultureMaterials {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').MyCultureMaterialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishCultureMaterial($id: ID!) {\n  publishCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').PublishCultureMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindCultureMaterial($id: ID!) {\n  remindCultureMaterial(id: $id)\n}"): typeof import('./graphql').RemindCultureMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveCultureMaterial($input: CultureMaterialInput!) {\n  saveCultureMaterial(input: $input) {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').SaveCultureMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadCultureMaterialFile($id: ID!, $file: File!) {\n  uploadCultureMaterialFile(id: $id, file: $file) {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').UploadCultureMaterialFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawCultureMaterial($id: ID!) {\n  withdrawCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').WithdrawCultureMaterialDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
