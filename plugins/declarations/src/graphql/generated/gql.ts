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
    "query CampaignOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": typeof types.CampaignOrgUnitsDocument,
    "mutation CloseDeclarationCampaign($id: ID!) {\n  closeDeclarationCampaign(id: $id) {\n    ...DeclarationCampaignFields\n  }\n}": typeof types.CloseDeclarationCampaignDocument,
    "mutation DecideGift($id: ID!, $input: DecideGiftInput!) {\n  decideGift(id: $id, input: $input) {\n    ...GiftFields\n  }\n}": typeof types.DecideGiftDocument,
    "mutation DecideGiftPreApproval($id: ID!, $approve: Boolean!, $note: String) {\n  decideGiftPreApproval(id: $id, approve: $approve, note: $note) {\n    ...GiftPreApprovalFields\n  }\n}": typeof types.DecideGiftPreApprovalDocument,
    "fragment DeclarationCampaignFields on DeclarationCampaign {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  orgUnitId\n  procurementReference\n  deadline\n  open\n  launchedAt\n  closedAt\n}\n\nfragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {\n  total\n  submitted\n  pending\n  overdue\n  missed\n}": typeof types.DeclarationCampaignFieldsFragmentDoc,
    "query DeclarationCampaignDeclarants($campaignId: ID!, $orgUnitId: ID, $status: CampaignDeclarationStatus, $search: String, $limit: Int, $offset: Int) {\n  declarationCampaignDeclarants(\n    campaignId: $campaignId\n    orgUnitId: $orgUnitId\n    status: $status\n    search: $search\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      fullName\n      email\n      orgUnitNames {\n        kk\n        ru\n        en\n      }\n      supplierName\n      supplierBin\n      dueOn\n      status\n      submittedAt\n      declaredInterest\n      lastRemindedAt\n      reminderCount\n    }\n  }\n}": typeof types.DeclarationCampaignDeclarantsDocument,
    "query DeclarationCampaignProgress($campaignId: ID!, $orgUnitId: ID) {\n  declarationCampaignProgress(campaignId: $campaignId, orgUnitId: $orgUnitId) {\n    id\n    orgUnitId\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n    units {\n      id\n      orgUnitId\n      hasChildren\n      names {\n        kk\n        ru\n        en\n      }\n      counts {\n        ...DeclarationCampaignCountsFields\n      }\n    }\n  }\n}": typeof types.DeclarationCampaignProgressDocument,
    "query DeclarationCampaigns {\n  declarationCampaigns {\n    id\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n  }\n}": typeof types.DeclarationCampaignsDocument,
    "mutation DeclareGift($input: DeclareGiftInput!) {\n  declareGift(input: $input) {\n    ...GiftFields\n  }\n}": typeof types.DeclareGiftDocument,
    "query GetGift($id: ID!) {\n  giftDeclaration(id: $id) {\n    ...GiftFields\n  }\n}": typeof types.GetGiftDocument,
    "fragment GiftFields on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  giver\n  giverOrganization\n  occasion\n  description\n  occurredOn\n  learnedOn\n  valueAmount\n  currency\n  valueTenge\n  mciTenge\n  valueMci\n  official\n  withoutConsent\n  tripException\n  tripBanned\n  hostPresent\n  countsAsGift\n  actionDueOn\n  handedOverOn\n  handedOverTo\n  handOverOverdue\n  status\n  decision\n  decisionNote\n  buyBackPriceTenge\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  decidedInTime\n  declaredAt\n}": typeof types.GiftFieldsFragmentDoc,
    "fragment GiftPreApprovalFields on GiftPreApproval {\n  id\n  person {\n    id\n    fullName\n  }\n  kind\n  inviter\n  occasion\n  eventOn\n  valueAmount\n  currency\n  tripException\n  hostPresent\n  status\n  decisionNote\n  decidedBy {\n    id\n    fullName\n  }\n  decidedAt\n  requestedAt\n}": typeof types.GiftPreApprovalFieldsFragmentDoc,
    "query GiftPreApprovals($status: GiftPreApprovalStatus) {\n  giftPreApprovals(status: $status) {\n    ...GiftPreApprovalFields\n  }\n}": typeof types.GiftPreApprovalsDocument,
    "query GiftRegister($filter: GiftRegisterFilter, $limit: Int, $offset: Int) {\n  giftRegister(filter: $filter, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...GiftFields\n    }\n  }\n}": typeof types.GiftRegisterDocument,
    "query GiftRegisterXlsx($filter: GiftRegisterFilter, $locale: Locale!) {\n  giftRegisterXlsx(filter: $filter, locale: $locale)\n}": typeof types.GiftRegisterXlsxDocument,
    "mutation LaunchDeclarationCampaign($input: LaunchDeclarationCampaignInput!) {\n  launchDeclarationCampaign(input: $input) {\n    id\n    declarants\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    supplierLinks {\n      id\n      supplierName\n      token\n    }\n  }\n}": typeof types.LaunchDeclarationCampaignDocument,
    "fragment MyCampaignDeclarationFields on MyCampaignDeclaration {\n  id\n  campaignId\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  procurementReference\n  dueOn\n  status\n  open\n  questions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n  answers {\n    code\n    yes\n    details\n  }\n  submittedAt\n  declaredInterest\n  asksEthicsCodeAcknowledgement\n  ethicsCodeAcknowledgedAt\n}": typeof types.MyCampaignDeclarationFieldsFragmentDoc,
    "query MyCampaignDeclarations {\n  myDeclarations {\n    personId\n    campaigns {\n      due {\n        ...MyCampaignDeclarationFields\n      }\n      filed {\n        ...MyCampaignDeclarationFields\n      }\n    }\n  }\n}": typeof types.MyCampaignDeclarationsDocument,
    "query MyGiftPreApprovals {\n  myGiftPreApprovals {\n    ...GiftPreApprovalFields\n  }\n}": typeof types.MyGiftPreApprovalsDocument,
    "query MyGifts {\n  myGifts {\n    ...GiftFields\n  }\n}": typeof types.MyGiftsDocument,
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": typeof types.MyRelatedPersonsDocument,
    "mutation RecordGiftHandOver($id: ID!, $input: GiftHandOverInput!) {\n  recordGiftHandOver(id: $id, input: $input) {\n    ...GiftFields\n  }\n}": typeof types.RecordGiftHandOverDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": typeof types.RelatedPersonFieldsFragmentDoc,
    "mutation RemindOverdueDeclarants($campaignId: ID!) {\n  remindOverdueDeclarants(campaignId: $campaignId)\n}": typeof types.RemindOverdueDeclarantsDocument,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": typeof types.RemoveRelatedPersonDocument,
    "mutation RequestGiftPreApproval($input: GiftPreApprovalInput!) {\n  requestGiftPreApproval(input: $input) {\n    ...GiftPreApprovalFields\n  }\n}": typeof types.RequestGiftPreApprovalDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": typeof types.SaveRelatedPersonDocument,
    "query StandardDeclarationQuestions {\n  standardDeclarationQuestions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n}": typeof types.StandardDeclarationQuestionsDocument,
    "mutation SubmitDeclaration($campaignId: ID!, $input: SubmitDeclarationInput!) {\n  submitDeclaration(campaignId: $campaignId, input: $input) {\n    ...MyCampaignDeclarationFields\n  }\n}": typeof types.SubmitDeclarationDocument,
};
const documents: Documents = {
    "query CampaignOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": types.CampaignOrgUnitsDocument,
    "mutation CloseDeclarationCampaign($id: ID!) {\n  closeDeclarationCampaign(id: $id) {\n    ...DeclarationCampaignFields\n  }\n}": types.CloseDeclarationCampaignDocument,
    "mutation DecideGift($id: ID!, $input: DecideGiftInput!) {\n  decideGift(id: $id, input: $input) {\n    ...GiftFields\n  }\n}": types.DecideGiftDocument,
    "mutation DecideGiftPreApproval($id: ID!, $approve: Boolean!, $note: String) {\n  decideGiftPreApproval(id: $id, approve: $approve, note: $note) {\n    ...GiftPreApprovalFields\n  }\n}": types.DecideGiftPreApprovalDocument,
    "fragment DeclarationCampaignFields on DeclarationCampaign {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  orgUnitId\n  procurementReference\n  deadline\n  open\n  launchedAt\n  closedAt\n}\n\nfragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {\n  total\n  submitted\n  pending\n  overdue\n  missed\n}": types.DeclarationCampaignFieldsFragmentDoc,
    "query DeclarationCampaignDeclarants($campaignId: ID!, $orgUnitId: ID, $status: CampaignDeclarationStatus, $search: String, $limit: Int, $offset: Int) {\n  declarationCampaignDeclarants(\n    campaignId: $campaignId\n    orgUnitId: $orgUnitId\n    status: $status\n    search: $search\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      fullName\n      email\n      orgUnitNames {\n        kk\n        ru\n        en\n      }\n      supplierName\n      supplierBin\n      dueOn\n      status\n      submittedAt\n      declaredInterest\n      lastRemindedAt\n      reminderCount\n    }\n  }\n}": types.DeclarationCampaignDeclarantsDocument,
    "query DeclarationCampaignProgress($campaignId: ID!, $orgUnitId: ID) {\n  declarationCampaignProgress(campaignId: $campaignId, orgUnitId: $orgUnitId) {\n    id\n    orgUnitId\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n    units {\n      id\n      orgUnitId\n      hasChildren\n      names {\n        kk\n        ru\n        en\n      }\n      counts {\n        ...DeclarationCampaignCountsFields\n      }\n    }\n  }\n}": types.DeclarationCampaignProgressDocument,
    "query DeclarationCampaigns {\n  declarationCampaigns {\n    id\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n  }\n}": types.DeclarationCampaignsDocument,
    "mutation DeclareGift($input: DeclareGiftInput!) {\n  declareGift(input: $input) {\n    ...GiftFields\n  }\n}": types.DeclareGiftDocument,
    "query GetGift($id: ID!) {\n  giftDeclaration(id: $id) {\n    ...GiftFields\n  }\n}": types.GetGiftDocument,
    "fragment GiftFields on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  giver\n  giverOrganization\n  occasion\n  description\n  occurredOn\n  learnedOn\n  valueAmount\n  currency\n  valueTenge\n  mciTenge\n  valueMci\n  official\n  withoutConsent\n  tripException\n  tripBanned\n  hostPresent\n  countsAsGift\n  actionDueOn\n  handedOverOn\n  handedOverTo\n  handOverOverdue\n  status\n  decision\n  decisionNote\n  buyBackPriceTenge\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  decidedInTime\n  declaredAt\n}": types.GiftFieldsFragmentDoc,
    "fragment GiftPreApprovalFields on GiftPreApproval {\n  id\n  person {\n    id\n    fullName\n  }\n  kind\n  inviter\n  occasion\n  eventOn\n  valueAmount\n  currency\n  tripException\n  hostPresent\n  status\n  decisionNote\n  decidedBy {\n    id\n    fullName\n  }\n  decidedAt\n  requestedAt\n}": types.GiftPreApprovalFieldsFragmentDoc,
    "query GiftPreApprovals($status: GiftPreApprovalStatus) {\n  giftPreApprovals(status: $status) {\n    ...GiftPreApprovalFields\n  }\n}": types.GiftPreApprovalsDocument,
    "query GiftRegister($filter: GiftRegisterFilter, $limit: Int, $offset: Int) {\n  giftRegister(filter: $filter, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...GiftFields\n    }\n  }\n}": types.GiftRegisterDocument,
    "query GiftRegisterXlsx($filter: GiftRegisterFilter, $locale: Locale!) {\n  giftRegisterXlsx(filter: $filter, locale: $locale)\n}": types.GiftRegisterXlsxDocument,
    "mutation LaunchDeclarationCampaign($input: LaunchDeclarationCampaignInput!) {\n  launchDeclarationCampaign(input: $input) {\n    id\n    declarants\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    supplierLinks {\n      id\n      supplierName\n      token\n    }\n  }\n}": types.LaunchDeclarationCampaignDocument,
    "fragment MyCampaignDeclarationFields on MyCampaignDeclaration {\n  id\n  campaignId\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  procurementReference\n  dueOn\n  status\n  open\n  questions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n  answers {\n    code\n    yes\n    details\n  }\n  submittedAt\n  declaredInterest\n  asksEthicsCodeAcknowledgement\n  ethicsCodeAcknowledgedAt\n}": types.MyCampaignDeclarationFieldsFragmentDoc,
    "query MyCampaignDeclarations {\n  myDeclarations {\n    personId\n    campaigns {\n      due {\n        ...MyCampaignDeclarationFields\n      }\n      filed {\n        ...MyCampaignDeclarationFields\n      }\n    }\n  }\n}": types.MyCampaignDeclarationsDocument,
    "query MyGiftPreApprovals {\n  myGiftPreApprovals {\n    ...GiftPreApprovalFields\n  }\n}": types.MyGiftPreApprovalsDocument,
    "query MyGifts {\n  myGifts {\n    ...GiftFields\n  }\n}": types.MyGiftsDocument,
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": types.MyRelatedPersonsDocument,
    "mutation RecordGiftHandOver($id: ID!, $input: GiftHandOverInput!) {\n  recordGiftHandOver(id: $id, input: $input) {\n    ...GiftFields\n  }\n}": types.RecordGiftHandOverDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": types.RelatedPersonFieldsFragmentDoc,
    "mutation RemindOverdueDeclarants($campaignId: ID!) {\n  remindOverdueDeclarants(campaignId: $campaignId)\n}": types.RemindOverdueDeclarantsDocument,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": types.RemoveRelatedPersonDocument,
    "mutation RequestGiftPreApproval($input: GiftPreApprovalInput!) {\n  requestGiftPreApproval(input: $input) {\n    ...GiftPreApprovalFields\n  }\n}": types.RequestGiftPreApprovalDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": types.SaveRelatedPersonDocument,
    "query StandardDeclarationQuestions {\n  standardDeclarationQuestions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n}": types.StandardDeclarationQuestionsDocument,
    "mutation SubmitDeclaration($campaignId: ID!, $input: SubmitDeclarationInput!) {\n  submitDeclaration(campaignId: $campaignId, input: $input) {\n    ...MyCampaignDeclarationFields\n  }\n}": types.SubmitDeclarationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}"): typeof import('./graphql').CampaignOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseDeclarationCampaign($id: ID!) {\n  closeDeclarationCampaign(id: $id) {\n    ...DeclarationCampaignFields\n  }\n}"): typeof import('./graphql').CloseDeclarationCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideGift($id: ID!, $input: DecideGiftInput!) {\n  decideGift(id: $id, input: $input) {\n    ...GiftFields\n  }\n}"): typeof import('./graphql').DecideGiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideGiftPreApproval($id: ID!, $approve: Boolean!, $note: String) {\n  decideGiftPreApproval(id: $id, approve: $approve, note: $note) {\n    ...GiftPreApprovalFields\n  }\n}"): typeof import('./graphql').DecideGiftPreApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DeclarationCampaignFields on DeclarationCampaign {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  orgUnitId\n  procurementReference\n  deadline\n  open\n  launchedAt\n  closedAt\n}\n\nfragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {\n  total\n  submitted\n  pending\n  overdue\n  missed\n}"): typeof import('./graphql').DeclarationCampaignFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeclarationCampaignDeclarants($campaignId: ID!, $orgUnitId: ID, $status: CampaignDeclarationStatus, $search: String, $limit: Int, $offset: Int) {\n  declarationCampaignDeclarants(\n    campaignId: $campaignId\n    orgUnitId: $orgUnitId\n    status: $status\n    search: $search\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      fullName\n      email\n      orgUnitNames {\n        kk\n        ru\n        en\n      }\n      supplierName\n      supplierBin\n      dueOn\n      status\n      submittedAt\n      declaredInterest\n      lastRemindedAt\n      reminderCount\n    }\n  }\n}"): typeof import('./graphql').DeclarationCampaignDeclarantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeclarationCampaignProgress($campaignId: ID!, $orgUnitId: ID) {\n  declarationCampaignProgress(campaignId: $campaignId, orgUnitId: $orgUnitId) {\n    id\n    orgUnitId\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n    units {\n      id\n      orgUnitId\n      hasChildren\n      names {\n        kk\n        ru\n        en\n      }\n      counts {\n        ...DeclarationCampaignCountsFields\n      }\n    }\n  }\n}"): typeof import('./graphql').DeclarationCampaignProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeclarationCampaigns {\n  declarationCampaigns {\n    id\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n  }\n}"): typeof import('./graphql').DeclarationCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclareGift($input: DeclareGiftInput!) {\n  declareGift(input: $input) {\n    ...GiftFields\n  }\n}"): typeof import('./graphql').DeclareGiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetGift($id: ID!) {\n  giftDeclaration(id: $id) {\n    ...GiftFields\n  }\n}"): typeof import('./graphql').GetGiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GiftFields on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  giver\n  giverOrganization\n  occasion\n  description\n  occurredOn\n  learnedOn\n  valueAmount\n  currency\n  valueTenge\n  mciTenge\n  valueMci\n  official\n  withoutConsent\n  tripException\n  tripBanned\n  hostPresent\n  countsAsGift\n  actionDueOn\n  handedOverOn\n  handedOverTo\n  handOverOverdue\n  status\n  decision\n  decisionNote\n  buyBackPriceTenge\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  decidedInTime\n  declaredAt\n}"): typeof import('./graphql').GiftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GiftPreApprovalFields on GiftPreApproval {\n  id\n  person {\n    id\n    fullName\n  }\n  kind\n  inviter\n  occasion\n  eventOn\n  valueAmount\n  currency\n  tripException\n  hostPresent\n  status\n  decisionNote\n  decidedBy {\n    id\n    fullName\n  }\n  decidedAt\n  requestedAt\n}"): typeof import('./graphql').GiftPreApprovalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftPreApprovals($status: GiftPreApprovalStatus) {\n  giftPreApprovals(status: $status) {\n    ...GiftPreApprovalFields\n  }\n}"): typeof import('./graphql').GiftPreApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftRegister($filter: GiftRegisterFilter, $limit: Int, $offset: Int) {\n  giftRegister(filter: $filter, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...GiftFields\n    }\n  }\n}"): typeof import('./graphql').GiftRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GiftRegisterXlsx($filter: GiftRegisterFilter, $locale: Locale!) {\n  giftRegisterXlsx(filter: $filter, locale: $locale)\n}"): typeof import('./graphql').GiftRegisterXlsxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LaunchDeclarationCampaign($input: LaunchDeclarationCampaignInput!) {\n  launchDeclarationCampaign(input: $input) {\n    id\n    declarants\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    supplierLinks {\n      id\n      supplierName\n      token\n    }\n  }\n}"): typeof import('./graphql').LaunchDeclarationCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MyCampaignDeclarationFields on MyCampaignDeclaration {\n  id\n  campaignId\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  procurementReference\n  dueOn\n  status\n  open\n  questions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n  answers {\n    code\n    yes\n    details\n  }\n  submittedAt\n  declaredInterest\n  asksEthicsCodeAcknowledgement\n  ethicsCodeAcknowledgedAt\n}"): typeof import('./graphql').MyCampaignDeclarationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCampaignDeclarations {\n  myDeclarations {\n    personId\n    campaigns {\n      due {\n        ...MyCampaignDeclarationFields\n      }\n      filed {\n        ...MyCampaignDeclarationFields\n      }\n    }\n  }\n}"): typeof import('./graphql').MyCampaignDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyGiftPreApprovals {\n  myGiftPreApprovals {\n    ...GiftPreApprovalFields\n  }\n}"): typeof import('./graphql').MyGiftPreApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyGifts {\n  myGifts {\n    ...GiftFields\n  }\n}"): typeof import('./graphql').MyGiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}"): typeof import('./graphql').MyRelatedPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordGiftHandOver($id: ID!, $input: GiftHandOverInput!) {\n  recordGiftHandOver(id: $id, input: $input) {\n    ...GiftFields\n  }\n}"): typeof import('./graphql').RecordGiftHandOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}"): typeof import('./graphql').RelatedPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindOverdueDeclarants($campaignId: ID!) {\n  remindOverdueDeclarants(campaignId: $campaignId)\n}"): typeof import('./graphql').RemindOverdueDeclarantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}"): typeof import('./graphql').RemoveRelatedPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestGiftPreApproval($input: GiftPreApprovalInput!) {\n  requestGiftPreApproval(input: $input) {\n    ...GiftPreApprovalFields\n  }\n}"): typeof import('./graphql').RequestGiftPreApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}"): typeof import('./graphql').SaveRelatedPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StandardDeclarationQuestions {\n  standardDeclarationQuestions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n}"): typeof import('./graphql').StandardDeclarationQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitDeclaration($campaignId: ID!, $input: SubmitDeclarationInput!) {\n  submitDeclaration(campaignId: $campaignId, input: $input) {\n    ...MyCampaignDeclarationFields\n  }\n}"): typeof import('./graphql').SubmitDeclarationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
