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
    "mutation CloseDeclarationCampaign($id: ID!) {\n  closeDeclarationCampaign(id: $id) {\n    ...DeclarationCampaignFields\n  }\n}": typeof types.CloseDeclarationCampaignDocument,
    "mutation ConcludeConflictOfInterest($id: ID!, $input: ConflictConclusionInput!) {\n  concludeConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": typeof types.ConcludeConflictOfInterestDocument,
    "fragment ConflictCaseFields on ConflictOfInterestCase {\n  id\n  number\n  status\n  notifier {\n    id\n    fullName\n  }\n  relatedPersonName\n  relationKind\n  relatedEmployee {\n    id\n    fullName\n  }\n  counterparty\n  matter\n  decisionAtStake\n  typicalCase\n  notifiedOn\n  forwardOwner {\n    id\n    fullName\n  }\n  forwardDueOn\n  forwardedOn\n  forwardedBy {\n    id\n    fullName\n  }\n  concludeDueOn\n  concludedOn\n  concludedBy {\n    id\n    fullName\n  }\n  conflictFound\n  conclusion\n  identifiedOn\n  deputy {\n    id\n    fullName\n  }\n  decideDueOn\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  measures\n  assignedCourse {\n    courseId\n    title {\n      kk\n      ru\n      en\n    }\n    dueOn\n  }\n  assignableCourses {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n  decisionNote\n  referral\n  transferDueOn\n  transferredOn\n  transferNote\n  settledOn\n  settledInTime\n  currentStep\n  dueOn\n  overdue\n  actions\n}": typeof types.ConflictCaseFieldsFragmentDoc,
    "fragment ConflictQuarterlyAnalysisFields on ConflictQuarterlyAnalysis {\n  quarter\n  iinAccessNeedsMemo\n  memo {\n    memoNumber\n    memoDate\n    firstHead {\n      id\n      fullName\n    }\n    securityOfficer {\n      id\n      fullName\n    }\n    recordedAt\n  }\n  reviewedAt\n  reviewedBy {\n    id\n    fullName\n  }\n  matchesReviewed\n  findings\n}": typeof types.ConflictQuarterlyAnalysisFieldsFragmentDoc,
    "query ConflictQuarterlyAnalysis($quarter: String!) {\n  conflictQuarterlyAnalysis(quarter: $quarter) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n  conflictMatches(quarter: $quarter) {\n    quarter\n    iinsShown\n    matches {\n      kind\n      source\n      declarant {\n        id\n        fullName\n      }\n      relatedPersonId\n      relatedPersonName\n      relation\n      employee {\n        id\n        fullName\n      }\n      employeeIin\n      listed {\n        fullName\n        iin\n        birthDate\n        companyName\n        bin\n        role\n        dismissedOn\n        employer\n        row\n      }\n      sameReportingLine\n    }\n  }\n}": typeof types.ConflictQuarterlyAnalysisDocument,
    "query ConflictRegister($search: String, $status: ConflictRegisterStatus, $source: ConflictSource, $limit: Int, $offset: Int) {\n  conflictOfInterestRegister(\n    search: $search\n    status: $status\n    source: $source\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      person {\n        id\n        fullName\n      }\n      source\n      sourceId\n      relatedPersonName\n      counterparty\n      description\n      identifiedOn\n      status\n      measures\n      measureCodes\n      settledOn\n      caseNumber\n      notifiedOn\n      forwardedOn\n      concludedOn\n      decidedOn\n      transferredOn\n      settledInTime\n    }\n  }\n}": typeof types.ConflictRegisterDocument,
    "query ConflictTypicalCases {\n  conflictTypicalCases {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    prescription {\n      kk\n      ru\n      en\n    }\n    measures\n    referral\n  }\n}": typeof types.ConflictTypicalCasesDocument,
    "query ConflictWatchlists {\n  conflictWatchlists {\n    kind\n    columns\n    loaded {\n      filename\n      entryCount\n      importedAt\n      importedBy {\n        id\n        fullName\n      }\n    }\n  }\n}": typeof types.ConflictWatchlistsDocument,
    "mutation DecideConflictOfInterest($id: ID!, $input: ConflictDecisionInput!) {\n  decideConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": typeof types.DecideConflictOfInterestDocument,
    "mutation ForwardConflictOfInterest($id: ID!) {\n  forwardConflictOfInterest(id: $id) {\n    ...ConflictCaseFields\n  }\n}": typeof types.ForwardConflictOfInterestDocument,
    "query GetConflictCase($id: ID!) {\n  conflictOfInterestCase(id: $id) {\n    ...ConflictCaseFields\n  }\n}": typeof types.GetConflictCaseDocument,
    "mutation ImportConflictWatchlist($kind: ConflictWatchlistKind!, $file: File!) {\n  importConflictWatchlist(kind: $kind, file: $file) {\n    kind\n    entryCount\n    replaced\n  }\n}": typeof types.ImportConflictWatchlistDocument,
    "query MyConflictNotifications {\n  myConflictNotifications {\n    ...ConflictCaseFields\n  }\n}": typeof types.MyConflictNotificationsDocument,
    "mutation NotifyConflictOfInterest($input: ConflictNotificationInput!) {\n  notifyConflictOfInterest(input: $input) {\n    ...ConflictCaseFields\n  }\n}": typeof types.NotifyConflictOfInterestDocument,
    "mutation RecordConflictIinAccessMemo($quarter: String!, $input: ConflictIinAccessMemoInput!) {\n  recordConflictIinAccessMemo(quarter: $quarter, input: $input) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n}": typeof types.RecordConflictIinAccessMemoDocument,
    "mutation RecordConflictTransfer($id: ID!, $input: ConflictTransferInput!) {\n  recordConflictTransfer(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": typeof types.RecordConflictTransferDocument,
    "mutation ReviewConflictQuarterlyAnalysis($quarter: String!, $findings: String!, $matchesReviewed: Int!) {\n  reviewConflictQuarterlyAnalysis(\n    quarter: $quarter\n    findings: $findings\n    matchesReviewed: $matchesReviewed\n  ) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n}": typeof types.ReviewConflictQuarterlyAnalysisDocument,
    "mutation DecideGift($id: ID!, $input: DecideGiftInput!) {\n  decideGift(id: $id, input: $input) {\n    ...GiftFields\n  }\n}": typeof types.DecideGiftDocument,
    "mutation DecideGiftPreApproval($id: ID!, $approve: Boolean!, $note: String) {\n  decideGiftPreApproval(id: $id, approve: $approve, note: $note) {\n    ...GiftPreApprovalFields\n  }\n}": typeof types.DecideGiftPreApprovalDocument,
    "fragment DeclarationCampaignFields on DeclarationCampaign {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  orgUnitId\n  procurementReference\n  deadline\n  open\n  launchedAt\n  closedAt\n}\n\nfragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {\n  total\n  submitted\n  pending\n  overdue\n  missed\n}": typeof types.DeclarationCampaignFieldsFragmentDoc,
    "query DeclarationCampaignDeclarants($campaignId: ID!, $orgUnitId: ID, $status: CampaignDeclarationStatus, $search: String, $limit: Int, $offset: Int) {\n  declarationCampaignDeclarants(\n    campaignId: $campaignId\n    orgUnitId: $orgUnitId\n    status: $status\n    search: $search\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      fullName\n      email\n      orgUnitNames {\n        kk\n        ru\n        en\n      }\n      supplierName\n      supplierBin\n      dueOn\n      status\n      submittedAt\n      declaredInterest\n      lastRemindedAt\n      reminderCount\n    }\n  }\n}": typeof types.DeclarationCampaignDeclarantsDocument,
    "query DeclarationCampaignProgress($campaignId: ID!, $orgUnitId: ID) {\n  declarationCampaignProgress(campaignId: $campaignId, orgUnitId: $orgUnitId) {\n    id\n    orgUnitId\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n    units {\n      id\n      orgUnitId\n      hasChildren\n      names {\n        kk\n        ru\n        en\n      }\n      counts {\n        ...DeclarationCampaignCountsFields\n      }\n    }\n  }\n}": typeof types.DeclarationCampaignProgressDocument,
    "query DeclarationCampaigns {\n  declarationCampaigns {\n    id\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n  }\n}": typeof types.DeclarationCampaignsDocument,
    "query DeclarationMeetings($year: Int!) {\n  declarationMeetings(year: $year) {\n    held\n    viewerPlans\n    viewerOpens\n    meetings {\n      sessionId\n      status\n      day\n      attended\n      absent\n    }\n  }\n}": typeof types.DeclarationMeetingsDocument,
    "query DeclarationOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": typeof types.DeclarationOrgUnitsDocument,
    "query DeclarationPublications($year: Int!) {\n  declarationPublications(year: $year) {\n    personId\n    fullName\n    publicationCategory\n    spouses\n    deadline\n    publishedOn\n    url\n    overdue\n  }\n}": typeof types.DeclarationPublicationsDocument,
    "fragment DeclarationRuleChangeFields on DeclarationRuleChange {\n  id\n  kind\n  title\n  inForceOn\n  noticesDueOn\n  notices\n  sent\n}": typeof types.DeclarationRuleChangeFieldsFragmentDoc,
    "query DeclarationRuleChanges($year: Int!) {\n  declarationRuleChanges(year: $year) {\n    ...DeclarationRuleChangeFields\n  }\n}": typeof types.DeclarationRuleChangesDocument,
    "mutation DeclareGift($input: DeclareGiftInput!) {\n  declareGift(input: $input) {\n    ...GiftFields\n  }\n}": typeof types.DeclareGiftDocument,
    "fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {\n  personId\n  fullName\n  orgUnitId\n  category\n  publicationCategory\n  obligedFrom\n  obligedUntil\n  form\n  deadline\n  filedOn\n  proofId\n  filing\n  dutyNotice\n  spouseNoticesPending\n  reminder\n  reminderDueOn\n  trustManagementDueOn\n  trustManagementSettledOn\n}": typeof types.FinancialDeclarantStatusFieldsFragmentDoc,
    "fragment FinancialNoticeFields on FinancialNotice {\n  id\n  personId\n  personName\n  kind\n  recipient\n  spouseName\n  ruleTitle\n  form\n  year\n  dueOn\n  sentAt\n  signedOn\n  banUntil\n  standing\n}": typeof types.FinancialNoticeFieldsFragmentDoc,
    "query FinancialNoticesOnFile($personId: ID!) {\n  financialNotices(personId: $personId) {\n    ...FinancialNoticeFields\n  }\n}": typeof types.FinancialNoticesOnFileDocument,
    "query ForeignAccountAccessOrder {\n  foreignAccountAccessOrder {\n    id\n    orderNumber\n    orderDate\n    approvedBy {\n      id\n      fullName\n    }\n    members {\n      id\n      fullName\n    }\n  }\n}": typeof types.ForeignAccountAccessOrderDocument,
    "fragment ForeignAccountFindingFields on ForeignAccountFinding {\n  id\n  personId\n  personName\n  year\n  bank\n  country\n  foundOn\n  notifyBy\n  notifiedAt\n  closureDueOn\n  closedOn\n  status\n  notices {\n    id\n    recipient\n    personName\n    sentAt\n  }\n}": typeof types.ForeignAccountFindingFieldsFragmentDoc,
    "query ForeignAccountUndertakings {\n  foreignAccountUndertakings {\n    personId\n    fullName\n    signedOn\n  }\n}": typeof types.ForeignAccountUndertakingsDocument,
    "query GetFinancialDeclarationStatus($year: Int!, $orgUnitId: ID!) {\n  financialDeclarationStatus(year: $year, orgUnitId: $orgUnitId) {\n    ...FinancialDeclarantStatusFields\n  }\n}": typeof types.GetFinancialDeclarationStatusDocument,
    "query GetGift($id: ID!) {\n  giftDeclaration(id: $id) {\n    ...GiftFields\n  }\n}": typeof types.GetGiftDocument,
    "query GetMyFinancialDeclaration {\n  myFinancialDeclaration {\n    status {\n      ...FinancialDeclarantStatusFields\n    }\n    notices {\n      ...FinancialNoticeFields\n    }\n  }\n  myForeignAccountFindings {\n    ...ForeignAccountFindingFields\n  }\n}": typeof types.GetMyFinancialDeclarationDocument,
    "fragment GiftFields on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  giver\n  giverOrganization\n  occasion\n  description\n  occurredOn\n  learnedOn\n  valueAmount\n  currency\n  exchangeRate\n  valueTenge\n  mciTenge\n  valueMci\n  official\n  withoutConsent\n  tripException\n  tripBanned\n  hostPresent\n  countsAsGift\n  actionDueOn\n  handedOverOn\n  handedOverTo\n  handOverOverdue\n  status\n  decision\n  decisionNote\n  buyBackPriceTenge\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  decidedInTime\n  declaredAt\n  actions\n}": typeof types.GiftFieldsFragmentDoc,
    "fragment GiftPreApprovalFields on GiftPreApproval {\n  id\n  person {\n    id\n    fullName\n  }\n  kind\n  inviter\n  occasion\n  eventOn\n  valueAmount\n  currency\n  tripException\n  hostPresent\n  status\n  decisionNote\n  decidedBy {\n    id\n    fullName\n  }\n  decidedAt\n  requestedAt\n}": typeof types.GiftPreApprovalFieldsFragmentDoc,
    "query GiftPreApprovals($status: GiftPreApprovalStatus) {\n  giftPreApprovals(status: $status) {\n    ...GiftPreApprovalFields\n  }\n}": typeof types.GiftPreApprovalsDocument,
    "query GiftRegister($filter: GiftRegisterFilter, $limit: Int, $offset: Int) {\n  giftRegister(filter: $filter, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...GiftRegisterRow\n    }\n  }\n}": typeof types.GiftRegisterDocument,
    "fragment GiftRegisterRow on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  tripBanned\n  giver\n  giverOrganization\n  occurredOn\n  valueTenge\n  valueMci\n  actionDueOn\n  handOverOverdue\n  handedOverOn\n  decision\n  decidedInTime\n  actions\n}": typeof types.GiftRegisterRowFragmentDoc,
    "mutation LaunchDeclarationCampaign($input: LaunchDeclarationCampaignInput!) {\n  launchDeclarationCampaign(input: $input) {\n    id\n    declarants\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    supplierLinks {\n      id\n      supplierName\n      token\n    }\n  }\n}": typeof types.LaunchDeclarationCampaignDocument,
    "query ListForeignAccountFindings($year: Int) {\n  foreignAccountFindings(year: $year) {\n    ...ForeignAccountFindingFields\n  }\n}": typeof types.ListForeignAccountFindingsDocument,
    "query ListPendingFinancialNotices {\n  pendingFinancialNotices {\n    ...FinancialNoticeFields\n  }\n}": typeof types.ListPendingFinancialNoticesDocument,
    "query ListTaxAuthorityRequests {\n  taxAuthorityRequests {\n    id\n    year\n    employeeCount\n    preparedAt\n    answerReceivedOn\n    answerReference\n    fileName\n  }\n}": typeof types.ListTaxAuthorityRequestsDocument,
    "fragment MyCampaignDeclarationFields on MyCampaignDeclaration {\n  id\n  campaignId\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  procurementReference\n  dueOn\n  status\n  open\n  questions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n  answers {\n    code\n    yes\n    details\n  }\n  submittedAt\n  declaredInterest\n  asksEthicsCodeAcknowledgement\n  ethicsCodeAcknowledgedAt\n}": typeof types.MyCampaignDeclarationFieldsFragmentDoc,
    "query MyCampaignDeclarations {\n  myDeclarations {\n    personId\n    campaigns {\n      due {\n        ...MyCampaignDeclarationFields\n      }\n      filed {\n        ...MyCampaignDeclarationFields\n      }\n    }\n  }\n}": typeof types.MyCampaignDeclarationsDocument,
    "query MyGiftPreApprovals {\n  myGiftPreApprovals {\n    ...GiftPreApprovalFields\n  }\n}": typeof types.MyGiftPreApprovalsDocument,
    "query MyGifts {\n  myGifts {\n    ...GiftFields\n  }\n}": typeof types.MyGiftsDocument,
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": typeof types.MyRelatedPersonsDocument,
    "mutation PrepareTaxAuthorityRequest($year: Int!) {\n  prepareTaxAuthorityRequest(year: $year) {\n    id\n    year\n    employeeCount\n    fileName\n  }\n}": typeof types.PrepareTaxAuthorityRequestDocument,
    "mutation RecordDeclarantDeparture($personId: ID!, $leftOn: String!) {\n  recordDeclarantDeparture(personId: $personId, leftOn: $leftOn) {\n    ...FinancialNoticeFields\n  }\n}": typeof types.RecordDeclarantDepartureDocument,
    "mutation RecordDeclarationPublication($input: RecordDeclarationPublicationInput!) {\n  recordDeclarationPublication(input: $input) {\n    id\n    personId\n    year\n    publishedOn\n    url\n  }\n}": typeof types.RecordDeclarationPublicationDocument,
    "mutation RecordDeclarationRuleChange($input: DeclarationRuleChangeInput!) {\n  recordDeclarationRuleChange(input: $input)\n}": typeof types.RecordDeclarationRuleChangeDocument,
    "mutation RecordFilingProof($input: FilingProofInput!, $file: File!) {\n  recordFilingProof(input: $input, file: $file)\n}": typeof types.RecordFilingProofDocument,
    "mutation RecordForeignAccountAccessOrder($orderNumber: String!, $orderDate: String!, $memberIds: [ID!]!) {\n  recordForeignAccountAccessOrder(\n    orderNumber: $orderNumber\n    orderDate: $orderDate\n    memberIds: $memberIds\n  )\n}": typeof types.RecordForeignAccountAccessOrderDocument,
    "mutation RecordForeignAccountClosure($findingId: ID!, $closedOn: String!, $file: File!) {\n  recordForeignAccountClosure(\n    findingId: $findingId\n    closedOn: $closedOn\n    file: $file\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}": typeof types.RecordForeignAccountClosureDocument,
    "mutation RecordForeignAccountUndertaking($personId: ID!, $signedOn: String!) {\n  recordForeignAccountUndertaking(personId: $personId, signedOn: $signedOn)\n}": typeof types.RecordForeignAccountUndertakingDocument,
    "mutation RecordGiftHandOver($id: ID!, $input: GiftHandOverInput!) {\n  recordGiftHandOver(id: $id, input: $input) {\n    ...GiftFields\n  }\n}": typeof types.RecordGiftHandOverDocument,
    "mutation RecordTaxAuthorityAnswer($requestId: ID!, $receivedOn: String!, $reference: String, $findings: [ForeignAccountFindingInput!]!) {\n  recordTaxAuthorityAnswer(\n    requestId: $requestId\n    receivedOn: $receivedOn\n    reference: $reference\n    findings: $findings\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}": typeof types.RecordTaxAuthorityAnswerDocument,
    "mutation RecordTrustManagement($personId: ID!, $settledOn: String!, $nothingToTransfer: Boolean!, $file: File) {\n  recordTrustManagement(\n    personId: $personId\n    settledOn: $settledOn\n    nothingToTransfer: $nothingToTransfer\n    file: $file\n  )\n}": typeof types.RecordTrustManagementDocument,
    "mutation RegisterDeclarant($input: RegisterDeclarantInput!) {\n  registerDeclarant(input: $input) {\n    ...FinancialDeclarantStatusFields\n  }\n}": typeof types.RegisterDeclarantDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": typeof types.RelatedPersonFieldsFragmentDoc,
    "mutation RemindOverdueDeclarants($campaignId: ID!) {\n  remindOverdueDeclarants(campaignId: $campaignId)\n}": typeof types.RemindOverdueDeclarantsDocument,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": typeof types.RemoveRelatedPersonDocument,
    "mutation RequestGiftPreApproval($input: GiftPreApprovalInput!) {\n  requestGiftPreApproval(input: $input) {\n    ...GiftPreApprovalFields\n  }\n}": typeof types.RequestGiftPreApprovalDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": typeof types.SaveRelatedPersonDocument,
    "mutation SendFinancialNotices($ids: [ID!]!) {\n  sendFinancialNotices(ids: $ids) {\n    ...FinancialNoticeFields\n  }\n}": typeof types.SendFinancialNoticesDocument,
    "mutation SetDeclarationDeadline($form: String!, $year: Int!, $dueOn: String!) {\n  setDeclarationDeadline(form: $form, year: $year, dueOn: $dueOn)\n}": typeof types.SetDeclarationDeadlineDocument,
    "mutation SignFinancialNotice($id: ID!, $signedOn: String!) {\n  signFinancialNotice(id: $id, signedOn: $signedOn) {\n    ...FinancialNoticeFields\n  }\n}": typeof types.SignFinancialNoticeDocument,
    "query StandardDeclarationQuestions {\n  standardDeclarationQuestions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n}": typeof types.StandardDeclarationQuestionsDocument,
    "mutation SubmitDeclaration($campaignId: ID!, $input: SubmitDeclarationInput!) {\n  submitDeclaration(campaignId: $campaignId, input: $input) {\n    ...MyCampaignDeclarationFields\n  }\n}": typeof types.SubmitDeclarationDocument,
};
const documents: Documents = {
    "mutation CloseDeclarationCampaign($id: ID!) {\n  closeDeclarationCampaign(id: $id) {\n    ...DeclarationCampaignFields\n  }\n}": types.CloseDeclarationCampaignDocument,
    "mutation ConcludeConflictOfInterest($id: ID!, $input: ConflictConclusionInput!) {\n  concludeConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": types.ConcludeConflictOfInterestDocument,
    "fragment ConflictCaseFields on ConflictOfInterestCase {\n  id\n  number\n  status\n  notifier {\n    id\n    fullName\n  }\n  relatedPersonName\n  relationKind\n  relatedEmployee {\n    id\n    fullName\n  }\n  counterparty\n  matter\n  decisionAtStake\n  typicalCase\n  notifiedOn\n  forwardOwner {\n    id\n    fullName\n  }\n  forwardDueOn\n  forwardedOn\n  forwardedBy {\n    id\n    fullName\n  }\n  concludeDueOn\n  concludedOn\n  concludedBy {\n    id\n    fullName\n  }\n  conflictFound\n  conclusion\n  identifiedOn\n  deputy {\n    id\n    fullName\n  }\n  decideDueOn\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  measures\n  assignedCourse {\n    courseId\n    title {\n      kk\n      ru\n      en\n    }\n    dueOn\n  }\n  assignableCourses {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n  decisionNote\n  referral\n  transferDueOn\n  transferredOn\n  transferNote\n  settledOn\n  settledInTime\n  currentStep\n  dueOn\n  overdue\n  actions\n}": types.ConflictCaseFieldsFragmentDoc,
    "fragment ConflictQuarterlyAnalysisFields on ConflictQuarterlyAnalysis {\n  quarter\n  iinAccessNeedsMemo\n  memo {\n    memoNumber\n    memoDate\n    firstHead {\n      id\n      fullName\n    }\n    securityOfficer {\n      id\n      fullName\n    }\n    recordedAt\n  }\n  reviewedAt\n  reviewedBy {\n    id\n    fullName\n  }\n  matchesReviewed\n  findings\n}": types.ConflictQuarterlyAnalysisFieldsFragmentDoc,
    "query ConflictQuarterlyAnalysis($quarter: String!) {\n  conflictQuarterlyAnalysis(quarter: $quarter) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n  conflictMatches(quarter: $quarter) {\n    quarter\n    iinsShown\n    matches {\n      kind\n      source\n      declarant {\n        id\n        fullName\n      }\n      relatedPersonId\n      relatedPersonName\n      relation\n      employee {\n        id\n        fullName\n      }\n      employeeIin\n      listed {\n        fullName\n        iin\n        birthDate\n        companyName\n        bin\n        role\n        dismissedOn\n        employer\n        row\n      }\n      sameReportingLine\n    }\n  }\n}": types.ConflictQuarterlyAnalysisDocument,
    "query ConflictRegister($search: String, $status: ConflictRegisterStatus, $source: ConflictSource, $limit: Int, $offset: Int) {\n  conflictOfInterestRegister(\n    search: $search\n    status: $status\n    source: $source\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      person {\n        id\n        fullName\n      }\n      source\n      sourceId\n      relatedPersonName\n      counterparty\n      description\n      identifiedOn\n      status\n      measures\n      measureCodes\n      settledOn\n      caseNumber\n      notifiedOn\n      forwardedOn\n      concludedOn\n      decidedOn\n      transferredOn\n      settledInTime\n    }\n  }\n}": types.ConflictRegisterDocument,
    "query ConflictTypicalCases {\n  conflictTypicalCases {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    prescription {\n      kk\n      ru\n      en\n    }\n    measures\n    referral\n  }\n}": types.ConflictTypicalCasesDocument,
    "query ConflictWatchlists {\n  conflictWatchlists {\n    kind\n    columns\n    loaded {\n      filename\n      entryCount\n      importedAt\n      importedBy {\n        id\n        fullName\n      }\n    }\n  }\n}": types.ConflictWatchlistsDocument,
    "mutation DecideConflictOfInterest($id: ID!, $input: ConflictDecisionInput!) {\n  decideConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": types.DecideConflictOfInterestDocument,
    "mutation ForwardConflictOfInterest($id: ID!) {\n  forwardConflictOfInterest(id: $id) {\n    ...ConflictCaseFields\n  }\n}": types.ForwardConflictOfInterestDocument,
    "query GetConflictCase($id: ID!) {\n  conflictOfInterestCase(id: $id) {\n    ...ConflictCaseFields\n  }\n}": types.GetConflictCaseDocument,
    "mutation ImportConflictWatchlist($kind: ConflictWatchlistKind!, $file: File!) {\n  importConflictWatchlist(kind: $kind, file: $file) {\n    kind\n    entryCount\n    replaced\n  }\n}": types.ImportConflictWatchlistDocument,
    "query MyConflictNotifications {\n  myConflictNotifications {\n    ...ConflictCaseFields\n  }\n}": types.MyConflictNotificationsDocument,
    "mutation NotifyConflictOfInterest($input: ConflictNotificationInput!) {\n  notifyConflictOfInterest(input: $input) {\n    ...ConflictCaseFields\n  }\n}": types.NotifyConflictOfInterestDocument,
    "mutation RecordConflictIinAccessMemo($quarter: String!, $input: ConflictIinAccessMemoInput!) {\n  recordConflictIinAccessMemo(quarter: $quarter, input: $input) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n}": types.RecordConflictIinAccessMemoDocument,
    "mutation RecordConflictTransfer($id: ID!, $input: ConflictTransferInput!) {\n  recordConflictTransfer(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}": types.RecordConflictTransferDocument,
    "mutation ReviewConflictQuarterlyAnalysis($quarter: String!, $findings: String!, $matchesReviewed: Int!) {\n  reviewConflictQuarterlyAnalysis(\n    quarter: $quarter\n    findings: $findings\n    matchesReviewed: $matchesReviewed\n  ) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n}": types.ReviewConflictQuarterlyAnalysisDocument,
    "mutation DecideGift($id: ID!, $input: DecideGiftInput!) {\n  decideGift(id: $id, input: $input) {\n    ...GiftFields\n  }\n}": types.DecideGiftDocument,
    "mutation DecideGiftPreApproval($id: ID!, $approve: Boolean!, $note: String) {\n  decideGiftPreApproval(id: $id, approve: $approve, note: $note) {\n    ...GiftPreApprovalFields\n  }\n}": types.DecideGiftPreApprovalDocument,
    "fragment DeclarationCampaignFields on DeclarationCampaign {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  orgUnitId\n  procurementReference\n  deadline\n  open\n  launchedAt\n  closedAt\n}\n\nfragment DeclarationCampaignCountsFields on DeclarationCampaignCounts {\n  total\n  submitted\n  pending\n  overdue\n  missed\n}": types.DeclarationCampaignFieldsFragmentDoc,
    "query DeclarationCampaignDeclarants($campaignId: ID!, $orgUnitId: ID, $status: CampaignDeclarationStatus, $search: String, $limit: Int, $offset: Int) {\n  declarationCampaignDeclarants(\n    campaignId: $campaignId\n    orgUnitId: $orgUnitId\n    status: $status\n    search: $search\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      fullName\n      email\n      orgUnitNames {\n        kk\n        ru\n        en\n      }\n      supplierName\n      supplierBin\n      dueOn\n      status\n      submittedAt\n      declaredInterest\n      lastRemindedAt\n      reminderCount\n    }\n  }\n}": types.DeclarationCampaignDeclarantsDocument,
    "query DeclarationCampaignProgress($campaignId: ID!, $orgUnitId: ID) {\n  declarationCampaignProgress(campaignId: $campaignId, orgUnitId: $orgUnitId) {\n    id\n    orgUnitId\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n    units {\n      id\n      orgUnitId\n      hasChildren\n      names {\n        kk\n        ru\n        en\n      }\n      counts {\n        ...DeclarationCampaignCountsFields\n      }\n    }\n  }\n}": types.DeclarationCampaignProgressDocument,
    "query DeclarationCampaigns {\n  declarationCampaigns {\n    id\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    totals {\n      ...DeclarationCampaignCountsFields\n    }\n  }\n}": types.DeclarationCampaignsDocument,
    "query DeclarationMeetings($year: Int!) {\n  declarationMeetings(year: $year) {\n    held\n    viewerPlans\n    viewerOpens\n    meetings {\n      sessionId\n      status\n      day\n      attended\n      absent\n    }\n  }\n}": types.DeclarationMeetingsDocument,
    "query DeclarationOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": types.DeclarationOrgUnitsDocument,
    "query DeclarationPublications($year: Int!) {\n  declarationPublications(year: $year) {\n    personId\n    fullName\n    publicationCategory\n    spouses\n    deadline\n    publishedOn\n    url\n    overdue\n  }\n}": types.DeclarationPublicationsDocument,
    "fragment DeclarationRuleChangeFields on DeclarationRuleChange {\n  id\n  kind\n  title\n  inForceOn\n  noticesDueOn\n  notices\n  sent\n}": types.DeclarationRuleChangeFieldsFragmentDoc,
    "query DeclarationRuleChanges($year: Int!) {\n  declarationRuleChanges(year: $year) {\n    ...DeclarationRuleChangeFields\n  }\n}": types.DeclarationRuleChangesDocument,
    "mutation DeclareGift($input: DeclareGiftInput!) {\n  declareGift(input: $input) {\n    ...GiftFields\n  }\n}": types.DeclareGiftDocument,
    "fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {\n  personId\n  fullName\n  orgUnitId\n  category\n  publicationCategory\n  obligedFrom\n  obligedUntil\n  form\n  deadline\n  filedOn\n  proofId\n  filing\n  dutyNotice\n  spouseNoticesPending\n  reminder\n  reminderDueOn\n  trustManagementDueOn\n  trustManagementSettledOn\n}": types.FinancialDeclarantStatusFieldsFragmentDoc,
    "fragment FinancialNoticeFields on FinancialNotice {\n  id\n  personId\n  personName\n  kind\n  recipient\n  spouseName\n  ruleTitle\n  form\n  year\n  dueOn\n  sentAt\n  signedOn\n  banUntil\n  standing\n}": types.FinancialNoticeFieldsFragmentDoc,
    "query FinancialNoticesOnFile($personId: ID!) {\n  financialNotices(personId: $personId) {\n    ...FinancialNoticeFields\n  }\n}": types.FinancialNoticesOnFileDocument,
    "query ForeignAccountAccessOrder {\n  foreignAccountAccessOrder {\n    id\n    orderNumber\n    orderDate\n    approvedBy {\n      id\n      fullName\n    }\n    members {\n      id\n      fullName\n    }\n  }\n}": types.ForeignAccountAccessOrderDocument,
    "fragment ForeignAccountFindingFields on ForeignAccountFinding {\n  id\n  personId\n  personName\n  year\n  bank\n  country\n  foundOn\n  notifyBy\n  notifiedAt\n  closureDueOn\n  closedOn\n  status\n  notices {\n    id\n    recipient\n    personName\n    sentAt\n  }\n}": types.ForeignAccountFindingFieldsFragmentDoc,
    "query ForeignAccountUndertakings {\n  foreignAccountUndertakings {\n    personId\n    fullName\n    signedOn\n  }\n}": types.ForeignAccountUndertakingsDocument,
    "query GetFinancialDeclarationStatus($year: Int!, $orgUnitId: ID!) {\n  financialDeclarationStatus(year: $year, orgUnitId: $orgUnitId) {\n    ...FinancialDeclarantStatusFields\n  }\n}": types.GetFinancialDeclarationStatusDocument,
    "query GetGift($id: ID!) {\n  giftDeclaration(id: $id) {\n    ...GiftFields\n  }\n}": types.GetGiftDocument,
    "query GetMyFinancialDeclaration {\n  myFinancialDeclaration {\n    status {\n      ...FinancialDeclarantStatusFields\n    }\n    notices {\n      ...FinancialNoticeFields\n    }\n  }\n  myForeignAccountFindings {\n    ...ForeignAccountFindingFields\n  }\n}": types.GetMyFinancialDeclarationDocument,
    "fragment GiftFields on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  giver\n  giverOrganization\n  occasion\n  description\n  occurredOn\n  learnedOn\n  valueAmount\n  currency\n  exchangeRate\n  valueTenge\n  mciTenge\n  valueMci\n  official\n  withoutConsent\n  tripException\n  tripBanned\n  hostPresent\n  countsAsGift\n  actionDueOn\n  handedOverOn\n  handedOverTo\n  handOverOverdue\n  status\n  decision\n  decisionNote\n  buyBackPriceTenge\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  decidedInTime\n  declaredAt\n  actions\n}": types.GiftFieldsFragmentDoc,
    "fragment GiftPreApprovalFields on GiftPreApproval {\n  id\n  person {\n    id\n    fullName\n  }\n  kind\n  inviter\n  occasion\n  eventOn\n  valueAmount\n  currency\n  tripException\n  hostPresent\n  status\n  decisionNote\n  decidedBy {\n    id\n    fullName\n  }\n  decidedAt\n  requestedAt\n}": types.GiftPreApprovalFieldsFragmentDoc,
    "query GiftPreApprovals($status: GiftPreApprovalStatus) {\n  giftPreApprovals(status: $status) {\n    ...GiftPreApprovalFields\n  }\n}": types.GiftPreApprovalsDocument,
    "query GiftRegister($filter: GiftRegisterFilter, $limit: Int, $offset: Int) {\n  giftRegister(filter: $filter, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...GiftRegisterRow\n    }\n  }\n}": types.GiftRegisterDocument,
    "fragment GiftRegisterRow on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  tripBanned\n  giver\n  giverOrganization\n  occurredOn\n  valueTenge\n  valueMci\n  actionDueOn\n  handOverOverdue\n  handedOverOn\n  decision\n  decidedInTime\n  actions\n}": types.GiftRegisterRowFragmentDoc,
    "mutation LaunchDeclarationCampaign($input: LaunchDeclarationCampaignInput!) {\n  launchDeclarationCampaign(input: $input) {\n    id\n    declarants\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    supplierLinks {\n      id\n      supplierName\n      token\n    }\n  }\n}": types.LaunchDeclarationCampaignDocument,
    "query ListForeignAccountFindings($year: Int) {\n  foreignAccountFindings(year: $year) {\n    ...ForeignAccountFindingFields\n  }\n}": types.ListForeignAccountFindingsDocument,
    "query ListPendingFinancialNotices {\n  pendingFinancialNotices {\n    ...FinancialNoticeFields\n  }\n}": types.ListPendingFinancialNoticesDocument,
    "query ListTaxAuthorityRequests {\n  taxAuthorityRequests {\n    id\n    year\n    employeeCount\n    preparedAt\n    answerReceivedOn\n    answerReference\n    fileName\n  }\n}": types.ListTaxAuthorityRequestsDocument,
    "fragment MyCampaignDeclarationFields on MyCampaignDeclaration {\n  id\n  campaignId\n  title {\n    kk\n    ru\n    en\n  }\n  kind\n  group\n  procurementReference\n  dueOn\n  status\n  open\n  questions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n  answers {\n    code\n    yes\n    details\n  }\n  submittedAt\n  declaredInterest\n  asksEthicsCodeAcknowledgement\n  ethicsCodeAcknowledgedAt\n}": types.MyCampaignDeclarationFieldsFragmentDoc,
    "query MyCampaignDeclarations {\n  myDeclarations {\n    personId\n    campaigns {\n      due {\n        ...MyCampaignDeclarationFields\n      }\n      filed {\n        ...MyCampaignDeclarationFields\n      }\n    }\n  }\n}": types.MyCampaignDeclarationsDocument,
    "query MyGiftPreApprovals {\n  myGiftPreApprovals {\n    ...GiftPreApprovalFields\n  }\n}": types.MyGiftPreApprovalsDocument,
    "query MyGifts {\n  myGifts {\n    ...GiftFields\n  }\n}": types.MyGiftsDocument,
    "query MyRelatedPersons {\n  myRelatedPersons {\n    ...RelatedPersonFields\n  }\n}": types.MyRelatedPersonsDocument,
    "mutation PrepareTaxAuthorityRequest($year: Int!) {\n  prepareTaxAuthorityRequest(year: $year) {\n    id\n    year\n    employeeCount\n    fileName\n  }\n}": types.PrepareTaxAuthorityRequestDocument,
    "mutation RecordDeclarantDeparture($personId: ID!, $leftOn: String!) {\n  recordDeclarantDeparture(personId: $personId, leftOn: $leftOn) {\n    ...FinancialNoticeFields\n  }\n}": types.RecordDeclarantDepartureDocument,
    "mutation RecordDeclarationPublication($input: RecordDeclarationPublicationInput!) {\n  recordDeclarationPublication(input: $input) {\n    id\n    personId\n    year\n    publishedOn\n    url\n  }\n}": types.RecordDeclarationPublicationDocument,
    "mutation RecordDeclarationRuleChange($input: DeclarationRuleChangeInput!) {\n  recordDeclarationRuleChange(input: $input)\n}": types.RecordDeclarationRuleChangeDocument,
    "mutation RecordFilingProof($input: FilingProofInput!, $file: File!) {\n  recordFilingProof(input: $input, file: $file)\n}": types.RecordFilingProofDocument,
    "mutation RecordForeignAccountAccessOrder($orderNumber: String!, $orderDate: String!, $memberIds: [ID!]!) {\n  recordForeignAccountAccessOrder(\n    orderNumber: $orderNumber\n    orderDate: $orderDate\n    memberIds: $memberIds\n  )\n}": types.RecordForeignAccountAccessOrderDocument,
    "mutation RecordForeignAccountClosure($findingId: ID!, $closedOn: String!, $file: File!) {\n  recordForeignAccountClosure(\n    findingId: $findingId\n    closedOn: $closedOn\n    file: $file\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}": types.RecordForeignAccountClosureDocument,
    "mutation RecordForeignAccountUndertaking($personId: ID!, $signedOn: String!) {\n  recordForeignAccountUndertaking(personId: $personId, signedOn: $signedOn)\n}": types.RecordForeignAccountUndertakingDocument,
    "mutation RecordGiftHandOver($id: ID!, $input: GiftHandOverInput!) {\n  recordGiftHandOver(id: $id, input: $input) {\n    ...GiftFields\n  }\n}": types.RecordGiftHandOverDocument,
    "mutation RecordTaxAuthorityAnswer($requestId: ID!, $receivedOn: String!, $reference: String, $findings: [ForeignAccountFindingInput!]!) {\n  recordTaxAuthorityAnswer(\n    requestId: $requestId\n    receivedOn: $receivedOn\n    reference: $reference\n    findings: $findings\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}": types.RecordTaxAuthorityAnswerDocument,
    "mutation RecordTrustManagement($personId: ID!, $settledOn: String!, $nothingToTransfer: Boolean!, $file: File) {\n  recordTrustManagement(\n    personId: $personId\n    settledOn: $settledOn\n    nothingToTransfer: $nothingToTransfer\n    file: $file\n  )\n}": types.RecordTrustManagementDocument,
    "mutation RegisterDeclarant($input: RegisterDeclarantInput!) {\n  registerDeclarant(input: $input) {\n    ...FinancialDeclarantStatusFields\n  }\n}": types.RegisterDeclarantDocument,
    "fragment RelatedPersonFields on RelatedPerson {\n  id\n  relation\n  relationClass\n  familyMember\n  fullName\n  iin\n  birthDate\n  workplace\n  workplaceBin\n  jobTitle\n  note\n}": types.RelatedPersonFieldsFragmentDoc,
    "mutation RemindOverdueDeclarants($campaignId: ID!) {\n  remindOverdueDeclarants(campaignId: $campaignId)\n}": types.RemindOverdueDeclarantsDocument,
    "mutation RemoveRelatedPerson($id: ID!) {\n  removeRelatedPerson(id: $id)\n}": types.RemoveRelatedPersonDocument,
    "mutation RequestGiftPreApproval($input: GiftPreApprovalInput!) {\n  requestGiftPreApproval(input: $input) {\n    ...GiftPreApprovalFields\n  }\n}": types.RequestGiftPreApprovalDocument,
    "mutation SaveRelatedPerson($input: RelatedPersonInput!) {\n  saveRelatedPerson(input: $input) {\n    ...RelatedPersonFields\n  }\n}": types.SaveRelatedPersonDocument,
    "mutation SendFinancialNotices($ids: [ID!]!) {\n  sendFinancialNotices(ids: $ids) {\n    ...FinancialNoticeFields\n  }\n}": types.SendFinancialNoticesDocument,
    "mutation SetDeclarationDeadline($form: String!, $year: Int!, $dueOn: String!) {\n  setDeclarationDeadline(form: $form, year: $year, dueOn: $dueOn)\n}": types.SetDeclarationDeadlineDocument,
    "mutation SignFinancialNotice($id: ID!, $signedOn: String!) {\n  signFinancialNotice(id: $id, signedOn: $signedOn) {\n    ...FinancialNoticeFields\n  }\n}": types.SignFinancialNoticeDocument,
    "query StandardDeclarationQuestions {\n  standardDeclarationQuestions {\n    code\n    interest\n    text {\n      kk\n      ru\n      en\n    }\n  }\n}": types.StandardDeclarationQuestionsDocument,
    "mutation SubmitDeclaration($campaignId: ID!, $input: SubmitDeclarationInput!) {\n  submitDeclaration(campaignId: $campaignId, input: $input) {\n    ...MyCampaignDeclarationFields\n  }\n}": types.SubmitDeclarationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseDeclarationCampaign($id: ID!) {\n  closeDeclarationCampaign(id: $id) {\n    ...DeclarationCampaignFields\n  }\n}"): typeof import('./graphql').CloseDeclarationCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConcludeConflictOfInterest($id: ID!, $input: ConflictConclusionInput!) {\n  concludeConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').ConcludeConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConflictCaseFields on ConflictOfInterestCase {\n  id\n  number\n  status\n  notifier {\n    id\n    fullName\n  }\n  relatedPersonName\n  relationKind\n  relatedEmployee {\n    id\n    fullName\n  }\n  counterparty\n  matter\n  decisionAtStake\n  typicalCase\n  notifiedOn\n  forwardOwner {\n    id\n    fullName\n  }\n  forwardDueOn\n  forwardedOn\n  forwardedBy {\n    id\n    fullName\n  }\n  concludeDueOn\n  concludedOn\n  concludedBy {\n    id\n    fullName\n  }\n  conflictFound\n  conclusion\n  identifiedOn\n  deputy {\n    id\n    fullName\n  }\n  decideDueOn\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  measures\n  assignedCourse {\n    courseId\n    title {\n      kk\n      ru\n      en\n    }\n    dueOn\n  }\n  assignableCourses {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n  decisionNote\n  referral\n  transferDueOn\n  transferredOn\n  transferNote\n  settledOn\n  settledInTime\n  currentStep\n  dueOn\n  overdue\n  actions\n}"): typeof import('./graphql').ConflictCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConflictQuarterlyAnalysisFields on ConflictQuarterlyAnalysis {\n  quarter\n  iinAccessNeedsMemo\n  memo {\n    memoNumber\n    memoDate\n    firstHead {\n      id\n      fullName\n    }\n    securityOfficer {\n      id\n      fullName\n    }\n    recordedAt\n  }\n  reviewedAt\n  reviewedBy {\n    id\n    fullName\n  }\n  matchesReviewed\n  findings\n}"): typeof import('./graphql').ConflictQuarterlyAnalysisFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictQuarterlyAnalysis($quarter: String!) {\n  conflictQuarterlyAnalysis(quarter: $quarter) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n  conflictMatches(quarter: $quarter) {\n    quarter\n    iinsShown\n    matches {\n      kind\n      source\n      declarant {\n        id\n        fullName\n      }\n      relatedPersonId\n      relatedPersonName\n      relation\n      employee {\n        id\n        fullName\n      }\n      employeeIin\n      listed {\n        fullName\n        iin\n        birthDate\n        companyName\n        bin\n        role\n        dismissedOn\n        employer\n        row\n      }\n      sameReportingLine\n    }\n  }\n}"): typeof import('./graphql').ConflictQuarterlyAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictRegister($search: String, $status: ConflictRegisterStatus, $source: ConflictSource, $limit: Int, $offset: Int) {\n  conflictOfInterestRegister(\n    search: $search\n    status: $status\n    source: $source\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      person {\n        id\n        fullName\n      }\n      source\n      sourceId\n      relatedPersonName\n      counterparty\n      description\n      identifiedOn\n      status\n      measures\n      measureCodes\n      settledOn\n      caseNumber\n      notifiedOn\n      forwardedOn\n      concludedOn\n      decidedOn\n      transferredOn\n      settledInTime\n    }\n  }\n}"): typeof import('./graphql').ConflictRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictTypicalCases {\n  conflictTypicalCases {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    prescription {\n      kk\n      ru\n      en\n    }\n    measures\n    referral\n  }\n}"): typeof import('./graphql').ConflictTypicalCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictWatchlists {\n  conflictWatchlists {\n    kind\n    columns\n    loaded {\n      filename\n      entryCount\n      importedAt\n      importedBy {\n        id\n        fullName\n      }\n    }\n  }\n}"): typeof import('./graphql').ConflictWatchlistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideConflictOfInterest($id: ID!, $input: ConflictDecisionInput!) {\n  decideConflictOfInterest(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').DecideConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForwardConflictOfInterest($id: ID!) {\n  forwardConflictOfInterest(id: $id) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').ForwardConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetConflictCase($id: ID!) {\n  conflictOfInterestCase(id: $id) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').GetConflictCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportConflictWatchlist($kind: ConflictWatchlistKind!, $file: File!) {\n  importConflictWatchlist(kind: $kind, file: $file) {\n    kind\n    entryCount\n    replaced\n  }\n}"): typeof import('./graphql').ImportConflictWatchlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyConflictNotifications {\n  myConflictNotifications {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').MyConflictNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifyConflictOfInterest($input: ConflictNotificationInput!) {\n  notifyConflictOfInterest(input: $input) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').NotifyConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConflictIinAccessMemo($quarter: String!, $input: ConflictIinAccessMemoInput!) {\n  recordConflictIinAccessMemo(quarter: $quarter, input: $input) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n}"): typeof import('./graphql').RecordConflictIinAccessMemoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConflictTransfer($id: ID!, $input: ConflictTransferInput!) {\n  recordConflictTransfer(id: $id, input: $input) {\n    ...ConflictCaseFields\n  }\n}"): typeof import('./graphql').RecordConflictTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewConflictQuarterlyAnalysis($quarter: String!, $findings: String!, $matchesReviewed: Int!) {\n  reviewConflictQuarterlyAnalysis(\n    quarter: $quarter\n    findings: $findings\n    matchesReviewed: $matchesReviewed\n  ) {\n    ...ConflictQuarterlyAnalysisFields\n  }\n}"): typeof import('./graphql').ReviewConflictQuarterlyAnalysisDocument;
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
export function graphql(source: "query DeclarationMeetings($year: Int!) {\n  declarationMeetings(year: $year) {\n    held\n    viewerPlans\n    viewerOpens\n    meetings {\n      sessionId\n      status\n      day\n      attended\n      absent\n    }\n  }\n}"): typeof import('./graphql').DeclarationMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeclarationOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}"): typeof import('./graphql').DeclarationOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeclarationPublications($year: Int!) {\n  declarationPublications(year: $year) {\n    personId\n    fullName\n    publicationCategory\n    spouses\n    deadline\n    publishedOn\n    url\n    overdue\n  }\n}"): typeof import('./graphql').DeclarationPublicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DeclarationRuleChangeFields on DeclarationRuleChange {\n  id\n  kind\n  title\n  inForceOn\n  noticesDueOn\n  notices\n  sent\n}"): typeof import('./graphql').DeclarationRuleChangeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeclarationRuleChanges($year: Int!) {\n  declarationRuleChanges(year: $year) {\n    ...DeclarationRuleChangeFields\n  }\n}"): typeof import('./graphql').DeclarationRuleChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclareGift($input: DeclareGiftInput!) {\n  declareGift(input: $input) {\n    ...GiftFields\n  }\n}"): typeof import('./graphql').DeclareGiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FinancialDeclarantStatusFields on FinancialDeclarantStatus {\n  personId\n  fullName\n  orgUnitId\n  category\n  publicationCategory\n  obligedFrom\n  obligedUntil\n  form\n  deadline\n  filedOn\n  proofId\n  filing\n  dutyNotice\n  spouseNoticesPending\n  reminder\n  reminderDueOn\n  trustManagementDueOn\n  trustManagementSettledOn\n}"): typeof import('./graphql').FinancialDeclarantStatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FinancialNoticeFields on FinancialNotice {\n  id\n  personId\n  personName\n  kind\n  recipient\n  spouseName\n  ruleTitle\n  form\n  year\n  dueOn\n  sentAt\n  signedOn\n  banUntil\n  standing\n}"): typeof import('./graphql').FinancialNoticeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinancialNoticesOnFile($personId: ID!) {\n  financialNotices(personId: $personId) {\n    ...FinancialNoticeFields\n  }\n}"): typeof import('./graphql').FinancialNoticesOnFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForeignAccountAccessOrder {\n  foreignAccountAccessOrder {\n    id\n    orderNumber\n    orderDate\n    approvedBy {\n      id\n      fullName\n    }\n    members {\n      id\n      fullName\n    }\n  }\n}"): typeof import('./graphql').ForeignAccountAccessOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ForeignAccountFindingFields on ForeignAccountFinding {\n  id\n  personId\n  personName\n  year\n  bank\n  country\n  foundOn\n  notifyBy\n  notifiedAt\n  closureDueOn\n  closedOn\n  status\n  notices {\n    id\n    recipient\n    personName\n    sentAt\n  }\n}"): typeof import('./graphql').ForeignAccountFindingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForeignAccountUndertakings {\n  foreignAccountUndertakings {\n    personId\n    fullName\n    signedOn\n  }\n}"): typeof import('./graphql').ForeignAccountUndertakingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetFinancialDeclarationStatus($year: Int!, $orgUnitId: ID!) {\n  financialDeclarationStatus(year: $year, orgUnitId: $orgUnitId) {\n    ...FinancialDeclarantStatusFields\n  }\n}"): typeof import('./graphql').GetFinancialDeclarationStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetGift($id: ID!) {\n  giftDeclaration(id: $id) {\n    ...GiftFields\n  }\n}"): typeof import('./graphql').GetGiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetMyFinancialDeclaration {\n  myFinancialDeclaration {\n    status {\n      ...FinancialDeclarantStatusFields\n    }\n    notices {\n      ...FinancialNoticeFields\n    }\n  }\n  myForeignAccountFindings {\n    ...ForeignAccountFindingFields\n  }\n}"): typeof import('./graphql').GetMyFinancialDeclarationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GiftFields on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  giver\n  giverOrganization\n  occasion\n  description\n  occurredOn\n  learnedOn\n  valueAmount\n  currency\n  exchangeRate\n  valueTenge\n  mciTenge\n  valueMci\n  official\n  withoutConsent\n  tripException\n  tripBanned\n  hostPresent\n  countsAsGift\n  actionDueOn\n  handedOverOn\n  handedOverTo\n  handOverOverdue\n  status\n  decision\n  decisionNote\n  buyBackPriceTenge\n  decidedOn\n  decidedBy {\n    id\n    fullName\n  }\n  decidedInTime\n  declaredAt\n  actions\n}"): typeof import('./graphql').GiftFieldsFragmentDoc;
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
export function graphql(source: "query GiftRegister($filter: GiftRegisterFilter, $limit: Int, $offset: Int) {\n  giftRegister(filter: $filter, limit: $limit, offset: $offset) {\n    total\n    items {\n      ...GiftRegisterRow\n    }\n  }\n}"): typeof import('./graphql').GiftRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GiftRegisterRow on GiftDeclaration {\n  id\n  person {\n    id\n    fullName\n  }\n  recipientName\n  kind\n  event\n  tripBanned\n  giver\n  giverOrganization\n  occurredOn\n  valueTenge\n  valueMci\n  actionDueOn\n  handOverOverdue\n  handedOverOn\n  decision\n  decidedInTime\n  actions\n}"): typeof import('./graphql').GiftRegisterRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LaunchDeclarationCampaign($input: LaunchDeclarationCampaignInput!) {\n  launchDeclarationCampaign(input: $input) {\n    id\n    declarants\n    campaign {\n      ...DeclarationCampaignFields\n    }\n    supplierLinks {\n      id\n      supplierName\n      token\n    }\n  }\n}"): typeof import('./graphql').LaunchDeclarationCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListForeignAccountFindings($year: Int) {\n  foreignAccountFindings(year: $year) {\n    ...ForeignAccountFindingFields\n  }\n}"): typeof import('./graphql').ListForeignAccountFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListPendingFinancialNotices {\n  pendingFinancialNotices {\n    ...FinancialNoticeFields\n  }\n}"): typeof import('./graphql').ListPendingFinancialNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListTaxAuthorityRequests {\n  taxAuthorityRequests {\n    id\n    year\n    employeeCount\n    preparedAt\n    answerReceivedOn\n    answerReference\n    fileName\n  }\n}"): typeof import('./graphql').ListTaxAuthorityRequestsDocument;
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
export function graphql(source: "mutation PrepareTaxAuthorityRequest($year: Int!) {\n  prepareTaxAuthorityRequest(year: $year) {\n    id\n    year\n    employeeCount\n    fileName\n  }\n}"): typeof import('./graphql').PrepareTaxAuthorityRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordDeclarantDeparture($personId: ID!, $leftOn: String!) {\n  recordDeclarantDeparture(personId: $personId, leftOn: $leftOn) {\n    ...FinancialNoticeFields\n  }\n}"): typeof import('./graphql').RecordDeclarantDepartureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordDeclarationPublication($input: RecordDeclarationPublicationInput!) {\n  recordDeclarationPublication(input: $input) {\n    id\n    personId\n    year\n    publishedOn\n    url\n  }\n}"): typeof import('./graphql').RecordDeclarationPublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordDeclarationRuleChange($input: DeclarationRuleChangeInput!) {\n  recordDeclarationRuleChange(input: $input)\n}"): typeof import('./graphql').RecordDeclarationRuleChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordFilingProof($input: FilingProofInput!, $file: File!) {\n  recordFilingProof(input: $input, file: $file)\n}"): typeof import('./graphql').RecordFilingProofDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordForeignAccountAccessOrder($orderNumber: String!, $orderDate: String!, $memberIds: [ID!]!) {\n  recordForeignAccountAccessOrder(\n    orderNumber: $orderNumber\n    orderDate: $orderDate\n    memberIds: $memberIds\n  )\n}"): typeof import('./graphql').RecordForeignAccountAccessOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordForeignAccountClosure($findingId: ID!, $closedOn: String!, $file: File!) {\n  recordForeignAccountClosure(\n    findingId: $findingId\n    closedOn: $closedOn\n    file: $file\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}"): typeof import('./graphql').RecordForeignAccountClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordForeignAccountUndertaking($personId: ID!, $signedOn: String!) {\n  recordForeignAccountUndertaking(personId: $personId, signedOn: $signedOn)\n}"): typeof import('./graphql').RecordForeignAccountUndertakingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordGiftHandOver($id: ID!, $input: GiftHandOverInput!) {\n  recordGiftHandOver(id: $id, input: $input) {\n    ...GiftFields\n  }\n}"): typeof import('./graphql').RecordGiftHandOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordTaxAuthorityAnswer($requestId: ID!, $receivedOn: String!, $reference: String, $findings: [ForeignAccountFindingInput!]!) {\n  recordTaxAuthorityAnswer(\n    requestId: $requestId\n    receivedOn: $receivedOn\n    reference: $reference\n    findings: $findings\n  ) {\n    ...ForeignAccountFindingFields\n  }\n}"): typeof import('./graphql').RecordTaxAuthorityAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordTrustManagement($personId: ID!, $settledOn: String!, $nothingToTransfer: Boolean!, $file: File) {\n  recordTrustManagement(\n    personId: $personId\n    settledOn: $settledOn\n    nothingToTransfer: $nothingToTransfer\n    file: $file\n  )\n}"): typeof import('./graphql').RecordTrustManagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterDeclarant($input: RegisterDeclarantInput!) {\n  registerDeclarant(input: $input) {\n    ...FinancialDeclarantStatusFields\n  }\n}"): typeof import('./graphql').RegisterDeclarantDocument;
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
export function graphql(source: "mutation SendFinancialNotices($ids: [ID!]!) {\n  sendFinancialNotices(ids: $ids) {\n    ...FinancialNoticeFields\n  }\n}"): typeof import('./graphql').SendFinancialNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDeclarationDeadline($form: String!, $year: Int!, $dueOn: String!) {\n  setDeclarationDeadline(form: $form, year: $year, dueOn: $dueOn)\n}"): typeof import('./graphql').SetDeclarationDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignFinancialNotice($id: ID!, $signedOn: String!) {\n  signFinancialNotice(id: $id, signedOn: $signedOn) {\n    ...FinancialNoticeFields\n  }\n}"): typeof import('./graphql').SignFinancialNoticeDocument;
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
