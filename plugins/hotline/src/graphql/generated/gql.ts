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
    "mutation AcknowledgeHotlineCase($id: ID!, $message: String) {\n  acknowledgeHotlineCase(id: $id, message: $message) {\n    ...HotlineCaseFields\n  }\n}": typeof types.AcknowledgeHotlineCaseDocument,
    "mutation AddHotlineIntakeQuestion($input: IntakeQuestionInput!) {\n  addHotlineIntakeQuestion(input: $input) {\n    ...IntakeQuestionFields\n  }\n}": typeof types.AddHotlineIntakeQuestionDocument,
    "mutation AddHotlineNote($id: ID!, $body: String!) {\n  addHotlineNote(id: $id, body: $body) {\n    ...HotlineCaseFields\n  }\n}": typeof types.AddHotlineNoteDocument,
    "mutation AddHotlineRecommendation($id: ID!, $input: RecommendationInput!) {\n  addHotlineRecommendation(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": typeof types.AddHotlineRecommendationDocument,
    "mutation AddPublicHoliday($date: String!, $name: String!, $kind: CalendarDayKind) {\n  addPublicHoliday(date: $date, name: $name, kind: $kind) {\n    ...PublicHolidayFields\n  }\n}": typeof types.AddPublicHolidayDocument,
    "mutation AssignHotlineCase($id: ID!, $investigatorIds: [ID!]!) {\n  assignHotlineCase(id: $id, investigatorIds: $investigatorIds) {\n    ...HotlineCaseFields\n  }\n}": typeof types.AssignHotlineCaseDocument,
    "mutation AttachCommissionRecommendation($id: ID!, $input: CommissionRecommendationInput!) {\n  attachCommissionRecommendation(id: $id, input: $input) {\n    ...HrActionFields\n  }\n}": typeof types.AttachCommissionRecommendationDocument,
    "mutation BulkAssignHotlineCases($caseIds: [ID!]!, $investigatorIds: [ID!]!) {\n  bulkAssignHotlineCases(caseIds: $caseIds, investigatorIds: $investigatorIds) {\n    ...BulkCaseResultFields\n  }\n}": typeof types.BulkAssignHotlineCasesDocument,
    "fragment BulkCaseResultFields on HotlineBulkCaseResult {\n  caseId\n  number\n  done\n  errorCode\n  messageKey\n  params\n}": typeof types.BulkCaseResultFieldsFragmentDoc,
    "mutation BulkLabelHotlineCases($caseIds: [ID!]!, $labels: [String!]!) {\n  bulkLabelHotlineCases(caseIds: $caseIds, labels: $labels) {\n    ...BulkCaseResultFields\n  }\n}": typeof types.BulkLabelHotlineCasesDocument,
    "mutation CloseHotlineCase($id: ID!, $input: CloseCaseInput!) {\n  closeHotlineCase(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": typeof types.CloseHotlineCaseDocument,
    "mutation CompleteHotlineRecommendation($id: ID!, $note: String) {\n  completeHotlineRecommendation(id: $id, note: $note) {\n    ...HotlineRecommendationFields\n  }\n}": typeof types.CompleteHotlineRecommendationDocument,
    "mutation CompleteProtectionTask($id: ID!, $note: String!) {\n  completeProtectionTask(id: $id, note: $note) {\n    ...ProtectionTaskFields\n  }\n}": typeof types.CompleteProtectionTaskDocument,
    "fragment DashboardCellFields on DashboardCell {\n  key\n  count\n  display\n}": typeof types.DashboardCellFieldsFragmentDoc,
    "mutation DecideIdentityDisclosure($id: ID!, $approved: Boolean!) {\n  decideIdentityDisclosure(id: $id, approved: $approved) {\n    ...IdentityDisclosureFields\n  }\n}": typeof types.DecideIdentityDisclosureDocument,
    "mutation DeclareHotlineCaseConflict($id: ID!, $reason: String!) {\n  declareHotlineCaseConflict(id: $id, reason: $reason) {\n    id\n  }\n}": typeof types.DeclareHotlineCaseConflictDocument,
    "mutation DeleteHotlineFilter($id: ID!) {\n  deleteHotlineFilter(id: $id)\n}": typeof types.DeleteHotlineFilterDocument,
    "mutation EnterHotlineReportForCaller($input: CallerReportInput!) {\n  enterHotlineReportForCaller(input: $input) {\n    receipt\n    number\n  }\n}": typeof types.EnterHotlineReportForCallerDocument,
    "mutation FinalizeHrAction($id: ID!) {\n  finalizeHrAction(id: $id) {\n    ...HrActionFields\n  }\n}": typeof types.FinalizeHrActionDocument,
    "mutation GenerateHotlineQuarterlyReport($quarter: String!) {\n  generateHotlineQuarterlyReport(quarter: $quarter) {\n    ...HotlineQuarterlyReportFields\n  }\n}": typeof types.GenerateHotlineQuarterlyReportDocument,
    "query GetHotlineCase($id: ID!) {\n  hotlineCase(id: $id) {\n    ...HotlineCaseFields\n  }\n}": typeof types.GetHotlineCaseDocument,
    "query GetHotlineCaseTimeline($id: ID!) {\n  hotlineCase(id: $id) {\n    id\n    timeline {\n      id\n      at\n      atPrecision\n      action\n      actor {\n        ...PersonRefFields\n      }\n      facts {\n        key\n        values\n      }\n    }\n  }\n}": typeof types.GetHotlineCaseTimelineDocument,
    "query GetHotlineDashboard($periodFrom: DateTime, $periodTo: DateTime) {\n  hotlineDashboard(periodFrom: $periodFrom, periodTo: $periodTo) {\n    total {\n      ...DashboardCellFields\n    }\n    byStatus {\n      ...DashboardCellFields\n    }\n    byCategory {\n      ...DashboardCellFields\n    }\n    byAge {\n      ...DashboardCellFields\n    }\n    overdueAcknowledgements {\n      ...DashboardCellFields\n    }\n    awaitingAlternateHandler {\n      ...DashboardCellFields\n    }\n    acknowledgedInTimePercent\n    processedInTimePercent\n  }\n}": typeof types.GetHotlineDashboardDocument,
    "query GetHotlineIntakeProfile {\n  hotlineSettings {\n    intake {\n      ...HotlineIntakeProfileFields\n    }\n  }\n}": typeof types.GetHotlineIntakeProfileDocument,
    "query GetHotlineRetaliationAssessment($caseId: ID!) {\n  hotlineRetaliationAssessment(caseId: $caseId) {\n    level\n    reason\n    assessedAt\n  }\n}": typeof types.GetHotlineRetaliationAssessmentDocument,
    "query GetHotlineSettings {\n  hotlineSettings {\n    ...HotlineSettingsFields\n  }\n}": typeof types.GetHotlineSettingsDocument,
    "query GetHotlineTrends($periodFrom: DateTime, $periodTo: DateTime) {\n  hotlineTrends(periodFrom: $periodFrom, periodTo: $periodTo) {\n    exact\n    firstDay\n    lastDay\n    total {\n      ...DashboardCellFields\n    }\n    months {\n      month\n      received {\n        ...DashboardCellFields\n      }\n      acknowledgedInTime {\n        ...DashboardCellFields\n      }\n      processedInTime {\n        ...DashboardCellFields\n      }\n      substantiated {\n        ...DashboardCellFields\n      }\n    }\n    byCategory {\n      ...DashboardCellFields\n    }\n    byChannel {\n      ...DashboardCellFields\n    }\n    byOrgUnit {\n      key\n      count\n      display\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": typeof types.GetHotlineTrendsDocument,
    "mutation GiveHotlineInterimFeedback($id: ID!, $input: InterimFeedbackInput!) {\n  giveHotlineInterimFeedback(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": typeof types.GiveHotlineInterimFeedbackDocument,
    "mutation GrantProtection($input: GrantProtectionInput!) {\n  grantProtection(input: $input) {\n    ...ProtectionRecordFields\n  }\n}": typeof types.GrantProtectionDocument,
    "mutation GrantStateBodyProtection($input: StateBodyProtectionInput!) {\n  grantStateBodyProtection(input: $input) {\n    ...ProtectionRecordFields\n  }\n}": typeof types.GrantStateBodyProtectionDocument,
    "fragment HolidayImportPreviewFields on HolidayImportPreview {\n  added\n  updated\n  unchanged\n  rows {\n    row\n    date\n    kind\n    name {\n      kk\n      ru\n      en\n    }\n    change\n  }\n  errors {\n    row\n    column\n    messageKey\n    params\n    message\n  }\n}": typeof types.HolidayImportPreviewFieldsFragmentDoc,
    "fragment HotlineAttachmentFields on HotlineAttachmentMeta {\n  id\n  fileName\n  contentType\n  sizeBytes\n  uploadedBy\n  createdAt\n}": typeof types.HotlineAttachmentFieldsFragmentDoc,
    "fragment HotlineCaseFields on HotlineCase {\n  id\n  number\n  handledBy\n  category\n  channel\n  status\n  scope\n  outOfScopeReason\n  outOfScopeNote\n  anonymous\n  hasReporterIdentity\n  receivedAt\n  acknowledgeBy\n  acknowledgedAt\n  checkDays\n  processBy\n  closedAt\n  overdueAcknowledgement\n  acknowledgedInTime\n  priority\n  labels\n  findings\n  outcome\n  content {\n    what\n    when\n    where\n    who\n  }\n  intakeAnswers {\n    ...IntakeAnswerFields\n  }\n  assignees {\n    ...PersonRefFields\n  }\n  involvedPersons {\n    ...PersonRefFields\n  }\n  messages {\n    id\n    author\n    authorPerson {\n      ...PersonRefFields\n    }\n    kind\n    code\n    body\n    createdAt\n    attachments {\n      ...HotlineAttachmentFields\n    }\n  }\n  notes {\n    id\n    author {\n      ...PersonRefFields\n    }\n    body\n    createdAt\n  }\n  attachments {\n    ...HotlineAttachmentFields\n  }\n  recommendations {\n    ...HotlineRecommendationFields\n  }\n  disclosures {\n    ...IdentityDisclosureFields\n  }\n  enteredBy {\n    ...PersonRefFields\n  }\n  viewerCan {\n    assign\n    acknowledge\n    work\n    readIdentity\n    decideDisclosure\n  }\n}": typeof types.HotlineCaseFieldsFragmentDoc,
    "fragment HotlineCaseSummaryFields on HotlineCaseSummary {\n  id\n  number\n  withheld\n  handledBy\n  category\n  channel\n  status\n  scope\n  anonymous\n  receivedAt\n  acknowledgeBy\n  acknowledgedAt\n  processBy\n  closedAt\n  overdueAcknowledgement\n  acknowledgedInTime\n  priority\n  labels\n  assignees {\n    ...PersonRefFields\n  }\n}": typeof types.HotlineCaseSummaryFieldsFragmentDoc,
    "fragment HotlineIntakeProfileFields on HotlineIntakeProfile {\n  reportsTo\n  acknowledgeHours\n  brandColor\n  logoDataUrl\n}": typeof types.HotlineIntakeProfileFieldsFragmentDoc,
    "query HotlineNonDisclosureUndertaking {\n  hotlineNonDisclosureUndertaking {\n    ...NonDisclosureUndertakingFields\n  }\n}": typeof types.HotlineNonDisclosureUndertakingDocument,
    "fragment HotlineQuarterlyReportFields on HotlineQuarterlyReport {\n  id\n  quarter\n  firstDay\n  lastDay\n  generatedAt\n  generatedBy {\n    id\n    fullName\n  }\n}": typeof types.HotlineQuarterlyReportFieldsFragmentDoc,
    "fragment HotlineRecommendationFields on HotlineRecommendation {\n  id\n  caseId\n  caseNumber\n  kind\n  text\n  owner {\n    ...PersonRefFields\n  }\n  dueOn\n  doneAt\n  doneNote\n  overdue\n}": typeof types.HotlineRecommendationFieldsFragmentDoc,
    "fragment HotlineSettingsFields on HotlineSettings {\n  acknowledgeHours\n  processingDays\n  retentionYears\n  reporterAccessIdleDays\n  alternateHandler {\n    ...PersonRefFields\n  }\n}": typeof types.HotlineSettingsFieldsFragmentDoc,
    "fragment HrActionFields on HrAction {\n  id\n  person {\n    ...PersonRefFields\n  }\n  kind\n  initiator\n  decidedOn\n  description\n  status\n  flagged\n  flaggedAt\n  createdAt\n  commissionRecommendation\n  commissionRecommendationOn\n  finalizedAt\n}": typeof types.HrActionFieldsFragmentDoc,
    "fragment IdentityDisclosureFields on IdentityDisclosure {\n  id\n  caseId\n  caseNumber\n  requestedBy {\n    ...PersonRefFields\n  }\n  requestedFor {\n    ...PersonRefFields\n  }\n  reason\n  requestedAt\n  decidedBy {\n    ...PersonRefFields\n  }\n  decidedAt\n  approved\n  viewerCanDecide\n}": typeof types.IdentityDisclosureFieldsFragmentDoc,
    "mutation ImportHrActions($file: File!) {\n  importHrActions(file: $file) {\n    created\n    flagged\n  }\n}": typeof types.ImportHrActionsDocument,
    "mutation ImportPublicHolidays($file: File!) {\n  importPublicHolidays(file: $file) {\n    ...HolidayImportPreviewFields\n  }\n}": typeof types.ImportPublicHolidaysDocument,
    "query IncompleteCalendarYears($fromYear: Int!, $toYear: Int!) {\n  incompleteCalendarYears(fromYear: $fromYear, toYear: $toYear)\n}": typeof types.IncompleteCalendarYearsDocument,
    "fragment IntakeAnswerFields on IntakeAnswer {\n  questionId\n  kind\n  required\n  question {\n    kk\n    ru\n    en\n  }\n  text\n  yes\n  choices {\n    kk\n    ru\n    en\n  }\n}": typeof types.IntakeAnswerFieldsFragmentDoc,
    "fragment IntakeQuestionFields on IntakeQuestion {\n  id\n  category\n  kind\n  required\n  position\n  texts {\n    kk\n    ru\n    en\n  }\n  options {\n    id\n    labels {\n      kk\n      ru\n      en\n    }\n  }\n}": typeof types.IntakeQuestionFieldsFragmentDoc,
    "fragment LabourDisputeFields on LabourDispute {\n  id\n  person {\n    ...PersonRefFields\n  }\n  body\n  appliedOn\n  decisionDueOn\n  decidedOn\n  decision\n  agencyRepresentativeAttended\n  signatories {\n    personId\n    name\n  }\n  protocolDueOn\n  protocolForwardedOn\n  decisionOverdue\n  protocolOverdue\n}": typeof types.LabourDisputeFieldsFragmentDoc,
    "mutation LinkHotlineInvolvedPersons($id: ID!, $personIds: [ID!]!) {\n  linkHotlineInvolvedPersons(id: $id, personIds: $personIds) {\n    ...HotlineCaseFields\n  }\n}": typeof types.LinkHotlineInvolvedPersonsDocument,
    "query ListHotlineCaseLabels {\n  hotlineCaseLabels\n}": typeof types.ListHotlineCaseLabelsDocument,
    "query ListHotlineCaseLinks($caseId: ID!) {\n  hotlineCaseLinks(caseId: $caseId) {\n    retaliationComplaintOf {\n      id\n      number\n    }\n    retaliationComplaints {\n      id\n      number\n    }\n  }\n}": typeof types.ListHotlineCaseLinksDocument,
    "query ListHotlineCases($filter: HotlineCaseFilter) {\n  hotlineCases(filter: $filter) {\n    total\n    items {\n      ...HotlineCaseSummaryFields\n    }\n  }\n}": typeof types.ListHotlineCasesDocument,
    "query ListHotlineConflictDeclarations($caseId: ID!) {\n  hotlineConflictDeclarations(caseId: $caseId) {\n    id\n    person {\n      ...PersonRefFields\n    }\n    reason\n    wasAssigned\n    declaredAt\n  }\n}": typeof types.ListHotlineConflictDeclarationsDocument,
    "query ListHotlineDisclosureRequests {\n  hotlineDisclosureRequests {\n    ...IdentityDisclosureFields\n  }\n}": typeof types.ListHotlineDisclosureRequestsDocument,
    "query ListHotlineFigureCases($periodFrom: DateTime, $periodTo: DateTime, $month: String, $measure: HotlineTrendMeasure, $category: String, $channel: String, $orgUnit: String) {\n  hotlineFigureCases(\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    month: $month\n    measure: $measure\n    category: $category\n    channel: $channel\n    orgUnit: $orgUnit\n  ) {\n    id\n    number\n  }\n}": typeof types.ListHotlineFigureCasesDocument,
    "query ListHotlineIntakeQuestions {\n  hotlineIntakeQuestions {\n    ...IntakeQuestionFields\n  }\n}": typeof types.ListHotlineIntakeQuestionsDocument,
    "query ListHotlineKpis($codes: [String!]!, $filter: KpiFilterInput) {\n  kpiValues(codes: $codes, filter: $filter) {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    note {\n      kk\n      ru\n      en\n    }\n    value\n    target\n    met\n    numerator\n    denominator\n    suppressed\n  }\n}": typeof types.ListHotlineKpisDocument,
    "query ListHotlineQuarterlyReports {\n  hotlineQuarterlyReports {\n    ...HotlineQuarterlyReportFields\n  }\n}": typeof types.ListHotlineQuarterlyReportsDocument,
    "query ListHotlineRecommendations($overdueOnly: Boolean) {\n  hotlineRecommendations(overdueOnly: $overdueOnly) {\n    ...HotlineRecommendationFields\n  }\n}": typeof types.ListHotlineRecommendationsDocument,
    "query ListHrActions($flaggedOnly: Boolean) {\n  hrActions(flaggedOnly: $flaggedOnly) {\n    ...HrActionFields\n  }\n}": typeof types.ListHrActionsDocument,
    "query ListInvestigatorCandidates($caseId: ID!) {\n  hotlineInvestigatorCandidates(caseId: $caseId) {\n    person {\n      ...PersonRefFields\n    }\n    eligible\n    reason\n  }\n}": typeof types.ListInvestigatorCandidatesDocument,
    "query ListLabourDisputes {\n  labourDisputes {\n    ...LabourDisputeFields\n  }\n}": typeof types.ListLabourDisputesDocument,
    "query ListProtectionRecords($activeOnly: Boolean) {\n  protectionRecords(activeOnly: $activeOnly) {\n    ...ProtectionRecordFields\n  }\n}": typeof types.ListProtectionRecordsDocument,
    "query ListProtectionTaskOwners($caseId: ID!) {\n  protectionTaskOwners(caseId: $caseId) {\n    ...PersonRefFields\n  }\n}": typeof types.ListProtectionTaskOwnersDocument,
    "query ListProtectionTasks($openOnly: Boolean) {\n  protectionTasks(openOnly: $openOnly, limit: 100) {\n    ...ProtectionTaskFields\n  }\n}": typeof types.ListProtectionTasksDocument,
    "query ListPublicHolidays($year: Int!) {\n  publicHolidays(year: $year) {\n    ...PublicHolidayFields\n  }\n}": typeof types.ListPublicHolidaysDocument,
    "query ListSavedHotlineFilters {\n  mySavedHotlineFilters {\n    ...SavedFilterFields\n  }\n}": typeof types.ListSavedHotlineFiltersDocument,
    "mutation MoveHotlineIntakeQuestion($id: ID!, $direction: IntakeQuestionMove!) {\n  moveHotlineIntakeQuestion(id: $id, direction: $direction) {\n    ...IntakeQuestionFields\n  }\n}": typeof types.MoveHotlineIntakeQuestionDocument,
    "fragment NonDisclosureUndertakingFields on NonDisclosureUndertaking {\n  version\n  text {\n    kk\n    ru\n    en\n  }\n  signedAt\n}": typeof types.NonDisclosureUndertakingFieldsFragmentDoc,
    "mutation OpenLabourDispute($input: LabourDisputeInput!) {\n  openLabourDispute(input: $input) {\n    ...LabourDisputeFields\n  }\n}": typeof types.OpenLabourDisputeDocument,
    "mutation OpenRetaliationComplaint($caseId: ID!, $input: CallerReportInput!) {\n  openRetaliationComplaint(caseId: $caseId, input: $input) {\n    receipt\n    number\n  }\n}": typeof types.OpenRetaliationComplaintDocument,
    "fragment PersonRefFields on PersonRef {\n  id\n  fullName\n}": typeof types.PersonRefFieldsFragmentDoc,
    "mutation PreviewPublicHolidayImport($file: File!) {\n  previewPublicHolidayImport(file: $file) {\n    ...HolidayImportPreviewFields\n  }\n}": typeof types.PreviewPublicHolidayImportDocument,
    "fragment ProtectionRecordFields on ProtectionRecord {\n  id\n  person {\n    ...PersonRefFields\n  }\n  basis\n  reportedTo\n  stateBodyName\n  reportedOn\n  caseId\n  reportNumber\n  startsOn\n  endsOn\n  active\n}": typeof types.ProtectionRecordFieldsFragmentDoc,
    "fragment ProtectionTaskFields on ProtectionTask {\n  id\n  caseId\n  caseNumber\n  owner {\n    ...PersonRefFields\n  }\n  reviewOn\n  overdue\n  createdAt\n  completedAt\n  completionNote\n}": typeof types.ProtectionTaskFieldsFragmentDoc,
    "fragment PublicHolidayFields on PublicHoliday {\n  id\n  date\n  kind\n  name {\n    kk\n    ru\n    en\n  }\n  national\n}": typeof types.PublicHolidayFieldsFragmentDoc,
    "mutation RecordDisputeDecision($id: ID!, $input: DisputeDecisionInput!) {\n  recordDisputeDecision(id: $id, input: $input) {\n    ...LabourDisputeFields\n  }\n}": typeof types.RecordDisputeDecisionDocument,
    "mutation RecordHotlineFindings($id: ID!, $input: FindingsInput!) {\n  recordHotlineFindings(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": typeof types.RecordHotlineFindingsDocument,
    "mutation RecordHrAction($input: HrActionInput!) {\n  recordHrAction(input: $input) {\n    ...HrActionFields\n  }\n}": typeof types.RecordHrActionDocument,
    "mutation RecordProtocolForwarded($id: ID!, $forwardedOn: String!) {\n  recordProtocolForwarded(id: $id, forwardedOn: $forwardedOn) {\n    ...LabourDisputeFields\n  }\n}": typeof types.RecordProtocolForwardedDocument,
    "mutation RemovePublicHoliday($id: ID!) {\n  removePublicHoliday(id: $id)\n}": typeof types.RemovePublicHolidayDocument,
    "mutation RequestIdentityDisclosure($id: ID!, $input: DisclosureRequestInput!) {\n  requestIdentityDisclosure(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": typeof types.RequestIdentityDisclosureDocument,
    "mutation RetireHotlineIntakeQuestion($id: ID!) {\n  retireHotlineIntakeQuestion(id: $id) {\n    ...IntakeQuestionFields\n  }\n}": typeof types.RetireHotlineIntakeQuestionDocument,
    "mutation RevealHotlineReporterIdentity($id: ID!) {\n  revealHotlineReporterIdentity(id: $id) {\n    name\n    contact\n  }\n}": typeof types.RevealHotlineReporterIdentityDocument,
    "mutation SaveHotlineFilter($name: String!, $filter: HotlineSavedFilterInput!) {\n  saveHotlineFilter(name: $name, filter: $filter) {\n    ...SavedFilterFields\n  }\n}": typeof types.SaveHotlineFilterDocument,
    "fragment SavedFilterFields on HotlineSavedFilter {\n  id\n  name\n  filter {\n    status\n    category\n    channel\n    priority\n    labels\n    overdueOnly\n    assignedToMe\n    search\n  }\n}": typeof types.SavedFilterFieldsFragmentDoc,
    "mutation SendHotlineMessage($id: ID!, $input: StaffMessageInput!) {\n  sendHotlineMessage(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": typeof types.SendHotlineMessageDocument,
    "mutation SetHotlineAlternateHandler($personId: ID) {\n  setHotlineAlternateHandler(personId: $personId) {\n    ...HotlineSettingsFields\n  }\n}": typeof types.SetHotlineAlternateHandlerDocument,
    "mutation SetHotlineCaseLabels($id: ID!, $labels: [String!]!) {\n  setHotlineCaseLabels(id: $id, labels: $labels) {\n    ...HotlineCaseFields\n  }\n}": typeof types.SetHotlineCaseLabelsDocument,
    "mutation SetHotlineCasePriority($id: ID!, $priority: HotlinePriority!) {\n  setHotlineCasePriority(id: $id, priority: $priority) {\n    ...HotlineCaseFields\n  }\n}": typeof types.SetHotlineCasePriorityDocument,
    "mutation SetHotlineIntakeLogo($logo: File) {\n  setHotlineIntakeLogo(logo: $logo) {\n    ...HotlineIntakeProfileFields\n  }\n}": typeof types.SetHotlineIntakeLogoDocument,
    "mutation SignHotlineNonDisclosureUndertaking($version: String!) {\n  signHotlineNonDisclosureUndertaking(version: $version) {\n    ...NonDisclosureUndertakingFields\n  }\n}": typeof types.SignHotlineNonDisclosureUndertakingDocument,
    "mutation TriageHotlineCase($id: ID!, $input: TriageInput!) {\n  triageHotlineCase(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": typeof types.TriageHotlineCaseDocument,
    "mutation UpdateHotlineIntakeProfile($input: HotlineIntakeProfileInput!) {\n  updateHotlineIntakeProfile(input: $input) {\n    ...HotlineIntakeProfileFields\n  }\n}": typeof types.UpdateHotlineIntakeProfileDocument,
    "mutation UpdateHotlineIntakeQuestion($id: ID!, $input: IntakeQuestionInput!) {\n  updateHotlineIntakeQuestion(id: $id, input: $input) {\n    ...IntakeQuestionFields\n  }\n}": typeof types.UpdateHotlineIntakeQuestionDocument,
    "mutation UpdateHotlineSettings($input: HotlineSettingsInput!) {\n  updateHotlineSettings(input: $input) {\n    ...HotlineSettingsFields\n  }\n}": typeof types.UpdateHotlineSettingsDocument,
};
const documents: Documents = {
    "mutation AcknowledgeHotlineCase($id: ID!, $message: String) {\n  acknowledgeHotlineCase(id: $id, message: $message) {\n    ...HotlineCaseFields\n  }\n}": types.AcknowledgeHotlineCaseDocument,
    "mutation AddHotlineIntakeQuestion($input: IntakeQuestionInput!) {\n  addHotlineIntakeQuestion(input: $input) {\n    ...IntakeQuestionFields\n  }\n}": types.AddHotlineIntakeQuestionDocument,
    "mutation AddHotlineNote($id: ID!, $body: String!) {\n  addHotlineNote(id: $id, body: $body) {\n    ...HotlineCaseFields\n  }\n}": types.AddHotlineNoteDocument,
    "mutation AddHotlineRecommendation($id: ID!, $input: RecommendationInput!) {\n  addHotlineRecommendation(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": types.AddHotlineRecommendationDocument,
    "mutation AddPublicHoliday($date: String!, $name: String!, $kind: CalendarDayKind) {\n  addPublicHoliday(date: $date, name: $name, kind: $kind) {\n    ...PublicHolidayFields\n  }\n}": types.AddPublicHolidayDocument,
    "mutation AssignHotlineCase($id: ID!, $investigatorIds: [ID!]!) {\n  assignHotlineCase(id: $id, investigatorIds: $investigatorIds) {\n    ...HotlineCaseFields\n  }\n}": types.AssignHotlineCaseDocument,
    "mutation AttachCommissionRecommendation($id: ID!, $input: CommissionRecommendationInput!) {\n  attachCommissionRecommendation(id: $id, input: $input) {\n    ...HrActionFields\n  }\n}": types.AttachCommissionRecommendationDocument,
    "mutation BulkAssignHotlineCases($caseIds: [ID!]!, $investigatorIds: [ID!]!) {\n  bulkAssignHotlineCases(caseIds: $caseIds, investigatorIds: $investigatorIds) {\n    ...BulkCaseResultFields\n  }\n}": types.BulkAssignHotlineCasesDocument,
    "fragment BulkCaseResultFields on HotlineBulkCaseResult {\n  caseId\n  number\n  done\n  errorCode\n  messageKey\n  params\n}": types.BulkCaseResultFieldsFragmentDoc,
    "mutation BulkLabelHotlineCases($caseIds: [ID!]!, $labels: [String!]!) {\n  bulkLabelHotlineCases(caseIds: $caseIds, labels: $labels) {\n    ...BulkCaseResultFields\n  }\n}": types.BulkLabelHotlineCasesDocument,
    "mutation CloseHotlineCase($id: ID!, $input: CloseCaseInput!) {\n  closeHotlineCase(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": types.CloseHotlineCaseDocument,
    "mutation CompleteHotlineRecommendation($id: ID!, $note: String) {\n  completeHotlineRecommendation(id: $id, note: $note) {\n    ...HotlineRecommendationFields\n  }\n}": types.CompleteHotlineRecommendationDocument,
    "mutation CompleteProtectionTask($id: ID!, $note: String!) {\n  completeProtectionTask(id: $id, note: $note) {\n    ...ProtectionTaskFields\n  }\n}": types.CompleteProtectionTaskDocument,
    "fragment DashboardCellFields on DashboardCell {\n  key\n  count\n  display\n}": types.DashboardCellFieldsFragmentDoc,
    "mutation DecideIdentityDisclosure($id: ID!, $approved: Boolean!) {\n  decideIdentityDisclosure(id: $id, approved: $approved) {\n    ...IdentityDisclosureFields\n  }\n}": types.DecideIdentityDisclosureDocument,
    "mutation DeclareHotlineCaseConflict($id: ID!, $reason: String!) {\n  declareHotlineCaseConflict(id: $id, reason: $reason) {\n    id\n  }\n}": types.DeclareHotlineCaseConflictDocument,
    "mutation DeleteHotlineFilter($id: ID!) {\n  deleteHotlineFilter(id: $id)\n}": types.DeleteHotlineFilterDocument,
    "mutation EnterHotlineReportForCaller($input: CallerReportInput!) {\n  enterHotlineReportForCaller(input: $input) {\n    receipt\n    number\n  }\n}": types.EnterHotlineReportForCallerDocument,
    "mutation FinalizeHrAction($id: ID!) {\n  finalizeHrAction(id: $id) {\n    ...HrActionFields\n  }\n}": types.FinalizeHrActionDocument,
    "mutation GenerateHotlineQuarterlyReport($quarter: String!) {\n  generateHotlineQuarterlyReport(quarter: $quarter) {\n    ...HotlineQuarterlyReportFields\n  }\n}": types.GenerateHotlineQuarterlyReportDocument,
    "query GetHotlineCase($id: ID!) {\n  hotlineCase(id: $id) {\n    ...HotlineCaseFields\n  }\n}": types.GetHotlineCaseDocument,
    "query GetHotlineCaseTimeline($id: ID!) {\n  hotlineCase(id: $id) {\n    id\n    timeline {\n      id\n      at\n      atPrecision\n      action\n      actor {\n        ...PersonRefFields\n      }\n      facts {\n        key\n        values\n      }\n    }\n  }\n}": types.GetHotlineCaseTimelineDocument,
    "query GetHotlineDashboard($periodFrom: DateTime, $periodTo: DateTime) {\n  hotlineDashboard(periodFrom: $periodFrom, periodTo: $periodTo) {\n    total {\n      ...DashboardCellFields\n    }\n    byStatus {\n      ...DashboardCellFields\n    }\n    byCategory {\n      ...DashboardCellFields\n    }\n    byAge {\n      ...DashboardCellFields\n    }\n    overdueAcknowledgements {\n      ...DashboardCellFields\n    }\n    awaitingAlternateHandler {\n      ...DashboardCellFields\n    }\n    acknowledgedInTimePercent\n    processedInTimePercent\n  }\n}": types.GetHotlineDashboardDocument,
    "query GetHotlineIntakeProfile {\n  hotlineSettings {\n    intake {\n      ...HotlineIntakeProfileFields\n    }\n  }\n}": types.GetHotlineIntakeProfileDocument,
    "query GetHotlineRetaliationAssessment($caseId: ID!) {\n  hotlineRetaliationAssessment(caseId: $caseId) {\n    level\n    reason\n    assessedAt\n  }\n}": types.GetHotlineRetaliationAssessmentDocument,
    "query GetHotlineSettings {\n  hotlineSettings {\n    ...HotlineSettingsFields\n  }\n}": types.GetHotlineSettingsDocument,
    "query GetHotlineTrends($periodFrom: DateTime, $periodTo: DateTime) {\n  hotlineTrends(periodFrom: $periodFrom, periodTo: $periodTo) {\n    exact\n    firstDay\n    lastDay\n    total {\n      ...DashboardCellFields\n    }\n    months {\n      month\n      received {\n        ...DashboardCellFields\n      }\n      acknowledgedInTime {\n        ...DashboardCellFields\n      }\n      processedInTime {\n        ...DashboardCellFields\n      }\n      substantiated {\n        ...DashboardCellFields\n      }\n    }\n    byCategory {\n      ...DashboardCellFields\n    }\n    byChannel {\n      ...DashboardCellFields\n    }\n    byOrgUnit {\n      key\n      count\n      display\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": types.GetHotlineTrendsDocument,
    "mutation GiveHotlineInterimFeedback($id: ID!, $input: InterimFeedbackInput!) {\n  giveHotlineInterimFeedback(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": types.GiveHotlineInterimFeedbackDocument,
    "mutation GrantProtection($input: GrantProtectionInput!) {\n  grantProtection(input: $input) {\n    ...ProtectionRecordFields\n  }\n}": types.GrantProtectionDocument,
    "mutation GrantStateBodyProtection($input: StateBodyProtectionInput!) {\n  grantStateBodyProtection(input: $input) {\n    ...ProtectionRecordFields\n  }\n}": types.GrantStateBodyProtectionDocument,
    "fragment HolidayImportPreviewFields on HolidayImportPreview {\n  added\n  updated\n  unchanged\n  rows {\n    row\n    date\n    kind\n    name {\n      kk\n      ru\n      en\n    }\n    change\n  }\n  errors {\n    row\n    column\n    messageKey\n    params\n    message\n  }\n}": types.HolidayImportPreviewFieldsFragmentDoc,
    "fragment HotlineAttachmentFields on HotlineAttachmentMeta {\n  id\n  fileName\n  contentType\n  sizeBytes\n  uploadedBy\n  createdAt\n}": types.HotlineAttachmentFieldsFragmentDoc,
    "fragment HotlineCaseFields on HotlineCase {\n  id\n  number\n  handledBy\n  category\n  channel\n  status\n  scope\n  outOfScopeReason\n  outOfScopeNote\n  anonymous\n  hasReporterIdentity\n  receivedAt\n  acknowledgeBy\n  acknowledgedAt\n  checkDays\n  processBy\n  closedAt\n  overdueAcknowledgement\n  acknowledgedInTime\n  priority\n  labels\n  findings\n  outcome\n  content {\n    what\n    when\n    where\n    who\n  }\n  intakeAnswers {\n    ...IntakeAnswerFields\n  }\n  assignees {\n    ...PersonRefFields\n  }\n  involvedPersons {\n    ...PersonRefFields\n  }\n  messages {\n    id\n    author\n    authorPerson {\n      ...PersonRefFields\n    }\n    kind\n    code\n    body\n    createdAt\n    attachments {\n      ...HotlineAttachmentFields\n    }\n  }\n  notes {\n    id\n    author {\n      ...PersonRefFields\n    }\n    body\n    createdAt\n  }\n  attachments {\n    ...HotlineAttachmentFields\n  }\n  recommendations {\n    ...HotlineRecommendationFields\n  }\n  disclosures {\n    ...IdentityDisclosureFields\n  }\n  enteredBy {\n    ...PersonRefFields\n  }\n  viewerCan {\n    assign\n    acknowledge\n    work\n    readIdentity\n    decideDisclosure\n  }\n}": types.HotlineCaseFieldsFragmentDoc,
    "fragment HotlineCaseSummaryFields on HotlineCaseSummary {\n  id\n  number\n  withheld\n  handledBy\n  category\n  channel\n  status\n  scope\n  anonymous\n  receivedAt\n  acknowledgeBy\n  acknowledgedAt\n  processBy\n  closedAt\n  overdueAcknowledgement\n  acknowledgedInTime\n  priority\n  labels\n  assignees {\n    ...PersonRefFields\n  }\n}": types.HotlineCaseSummaryFieldsFragmentDoc,
    "fragment HotlineIntakeProfileFields on HotlineIntakeProfile {\n  reportsTo\n  acknowledgeHours\n  brandColor\n  logoDataUrl\n}": types.HotlineIntakeProfileFieldsFragmentDoc,
    "query HotlineNonDisclosureUndertaking {\n  hotlineNonDisclosureUndertaking {\n    ...NonDisclosureUndertakingFields\n  }\n}": types.HotlineNonDisclosureUndertakingDocument,
    "fragment HotlineQuarterlyReportFields on HotlineQuarterlyReport {\n  id\n  quarter\n  firstDay\n  lastDay\n  generatedAt\n  generatedBy {\n    id\n    fullName\n  }\n}": types.HotlineQuarterlyReportFieldsFragmentDoc,
    "fragment HotlineRecommendationFields on HotlineRecommendation {\n  id\n  caseId\n  caseNumber\n  kind\n  text\n  owner {\n    ...PersonRefFields\n  }\n  dueOn\n  doneAt\n  doneNote\n  overdue\n}": types.HotlineRecommendationFieldsFragmentDoc,
    "fragment HotlineSettingsFields on HotlineSettings {\n  acknowledgeHours\n  processingDays\n  retentionYears\n  reporterAccessIdleDays\n  alternateHandler {\n    ...PersonRefFields\n  }\n}": types.HotlineSettingsFieldsFragmentDoc,
    "fragment HrActionFields on HrAction {\n  id\n  person {\n    ...PersonRefFields\n  }\n  kind\n  initiator\n  decidedOn\n  description\n  status\n  flagged\n  flaggedAt\n  createdAt\n  commissionRecommendation\n  commissionRecommendationOn\n  finalizedAt\n}": types.HrActionFieldsFragmentDoc,
    "fragment IdentityDisclosureFields on IdentityDisclosure {\n  id\n  caseId\n  caseNumber\n  requestedBy {\n    ...PersonRefFields\n  }\n  requestedFor {\n    ...PersonRefFields\n  }\n  reason\n  requestedAt\n  decidedBy {\n    ...PersonRefFields\n  }\n  decidedAt\n  approved\n  viewerCanDecide\n}": types.IdentityDisclosureFieldsFragmentDoc,
    "mutation ImportHrActions($file: File!) {\n  importHrActions(file: $file) {\n    created\n    flagged\n  }\n}": types.ImportHrActionsDocument,
    "mutation ImportPublicHolidays($file: File!) {\n  importPublicHolidays(file: $file) {\n    ...HolidayImportPreviewFields\n  }\n}": types.ImportPublicHolidaysDocument,
    "query IncompleteCalendarYears($fromYear: Int!, $toYear: Int!) {\n  incompleteCalendarYears(fromYear: $fromYear, toYear: $toYear)\n}": types.IncompleteCalendarYearsDocument,
    "fragment IntakeAnswerFields on IntakeAnswer {\n  questionId\n  kind\n  required\n  question {\n    kk\n    ru\n    en\n  }\n  text\n  yes\n  choices {\n    kk\n    ru\n    en\n  }\n}": types.IntakeAnswerFieldsFragmentDoc,
    "fragment IntakeQuestionFields on IntakeQuestion {\n  id\n  category\n  kind\n  required\n  position\n  texts {\n    kk\n    ru\n    en\n  }\n  options {\n    id\n    labels {\n      kk\n      ru\n      en\n    }\n  }\n}": types.IntakeQuestionFieldsFragmentDoc,
    "fragment LabourDisputeFields on LabourDispute {\n  id\n  person {\n    ...PersonRefFields\n  }\n  body\n  appliedOn\n  decisionDueOn\n  decidedOn\n  decision\n  agencyRepresentativeAttended\n  signatories {\n    personId\n    name\n  }\n  protocolDueOn\n  protocolForwardedOn\n  decisionOverdue\n  protocolOverdue\n}": types.LabourDisputeFieldsFragmentDoc,
    "mutation LinkHotlineInvolvedPersons($id: ID!, $personIds: [ID!]!) {\n  linkHotlineInvolvedPersons(id: $id, personIds: $personIds) {\n    ...HotlineCaseFields\n  }\n}": types.LinkHotlineInvolvedPersonsDocument,
    "query ListHotlineCaseLabels {\n  hotlineCaseLabels\n}": types.ListHotlineCaseLabelsDocument,
    "query ListHotlineCaseLinks($caseId: ID!) {\n  hotlineCaseLinks(caseId: $caseId) {\n    retaliationComplaintOf {\n      id\n      number\n    }\n    retaliationComplaints {\n      id\n      number\n    }\n  }\n}": types.ListHotlineCaseLinksDocument,
    "query ListHotlineCases($filter: HotlineCaseFilter) {\n  hotlineCases(filter: $filter) {\n    total\n    items {\n      ...HotlineCaseSummaryFields\n    }\n  }\n}": types.ListHotlineCasesDocument,
    "query ListHotlineConflictDeclarations($caseId: ID!) {\n  hotlineConflictDeclarations(caseId: $caseId) {\n    id\n    person {\n      ...PersonRefFields\n    }\n    reason\n    wasAssigned\n    declaredAt\n  }\n}": types.ListHotlineConflictDeclarationsDocument,
    "query ListHotlineDisclosureRequests {\n  hotlineDisclosureRequests {\n    ...IdentityDisclosureFields\n  }\n}": types.ListHotlineDisclosureRequestsDocument,
    "query ListHotlineFigureCases($periodFrom: DateTime, $periodTo: DateTime, $month: String, $measure: HotlineTrendMeasure, $category: String, $channel: String, $orgUnit: String) {\n  hotlineFigureCases(\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    month: $month\n    measure: $measure\n    category: $category\n    channel: $channel\n    orgUnit: $orgUnit\n  ) {\n    id\n    number\n  }\n}": types.ListHotlineFigureCasesDocument,
    "query ListHotlineIntakeQuestions {\n  hotlineIntakeQuestions {\n    ...IntakeQuestionFields\n  }\n}": types.ListHotlineIntakeQuestionsDocument,
    "query ListHotlineKpis($codes: [String!]!, $filter: KpiFilterInput) {\n  kpiValues(codes: $codes, filter: $filter) {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    note {\n      kk\n      ru\n      en\n    }\n    value\n    target\n    met\n    numerator\n    denominator\n    suppressed\n  }\n}": types.ListHotlineKpisDocument,
    "query ListHotlineQuarterlyReports {\n  hotlineQuarterlyReports {\n    ...HotlineQuarterlyReportFields\n  }\n}": types.ListHotlineQuarterlyReportsDocument,
    "query ListHotlineRecommendations($overdueOnly: Boolean) {\n  hotlineRecommendations(overdueOnly: $overdueOnly) {\n    ...HotlineRecommendationFields\n  }\n}": types.ListHotlineRecommendationsDocument,
    "query ListHrActions($flaggedOnly: Boolean) {\n  hrActions(flaggedOnly: $flaggedOnly) {\n    ...HrActionFields\n  }\n}": types.ListHrActionsDocument,
    "query ListInvestigatorCandidates($caseId: ID!) {\n  hotlineInvestigatorCandidates(caseId: $caseId) {\n    person {\n      ...PersonRefFields\n    }\n    eligible\n    reason\n  }\n}": types.ListInvestigatorCandidatesDocument,
    "query ListLabourDisputes {\n  labourDisputes {\n    ...LabourDisputeFields\n  }\n}": types.ListLabourDisputesDocument,
    "query ListProtectionRecords($activeOnly: Boolean) {\n  protectionRecords(activeOnly: $activeOnly) {\n    ...ProtectionRecordFields\n  }\n}": types.ListProtectionRecordsDocument,
    "query ListProtectionTaskOwners($caseId: ID!) {\n  protectionTaskOwners(caseId: $caseId) {\n    ...PersonRefFields\n  }\n}": types.ListProtectionTaskOwnersDocument,
    "query ListProtectionTasks($openOnly: Boolean) {\n  protectionTasks(openOnly: $openOnly, limit: 100) {\n    ...ProtectionTaskFields\n  }\n}": types.ListProtectionTasksDocument,
    "query ListPublicHolidays($year: Int!) {\n  publicHolidays(year: $year) {\n    ...PublicHolidayFields\n  }\n}": types.ListPublicHolidaysDocument,
    "query ListSavedHotlineFilters {\n  mySavedHotlineFilters {\n    ...SavedFilterFields\n  }\n}": types.ListSavedHotlineFiltersDocument,
    "mutation MoveHotlineIntakeQuestion($id: ID!, $direction: IntakeQuestionMove!) {\n  moveHotlineIntakeQuestion(id: $id, direction: $direction) {\n    ...IntakeQuestionFields\n  }\n}": types.MoveHotlineIntakeQuestionDocument,
    "fragment NonDisclosureUndertakingFields on NonDisclosureUndertaking {\n  version\n  text {\n    kk\n    ru\n    en\n  }\n  signedAt\n}": types.NonDisclosureUndertakingFieldsFragmentDoc,
    "mutation OpenLabourDispute($input: LabourDisputeInput!) {\n  openLabourDispute(input: $input) {\n    ...LabourDisputeFields\n  }\n}": types.OpenLabourDisputeDocument,
    "mutation OpenRetaliationComplaint($caseId: ID!, $input: CallerReportInput!) {\n  openRetaliationComplaint(caseId: $caseId, input: $input) {\n    receipt\n    number\n  }\n}": types.OpenRetaliationComplaintDocument,
    "fragment PersonRefFields on PersonRef {\n  id\n  fullName\n}": types.PersonRefFieldsFragmentDoc,
    "mutation PreviewPublicHolidayImport($file: File!) {\n  previewPublicHolidayImport(file: $file) {\n    ...HolidayImportPreviewFields\n  }\n}": types.PreviewPublicHolidayImportDocument,
    "fragment ProtectionRecordFields on ProtectionRecord {\n  id\n  person {\n    ...PersonRefFields\n  }\n  basis\n  reportedTo\n  stateBodyName\n  reportedOn\n  caseId\n  reportNumber\n  startsOn\n  endsOn\n  active\n}": types.ProtectionRecordFieldsFragmentDoc,
    "fragment ProtectionTaskFields on ProtectionTask {\n  id\n  caseId\n  caseNumber\n  owner {\n    ...PersonRefFields\n  }\n  reviewOn\n  overdue\n  createdAt\n  completedAt\n  completionNote\n}": types.ProtectionTaskFieldsFragmentDoc,
    "fragment PublicHolidayFields on PublicHoliday {\n  id\n  date\n  kind\n  name {\n    kk\n    ru\n    en\n  }\n  national\n}": types.PublicHolidayFieldsFragmentDoc,
    "mutation RecordDisputeDecision($id: ID!, $input: DisputeDecisionInput!) {\n  recordDisputeDecision(id: $id, input: $input) {\n    ...LabourDisputeFields\n  }\n}": types.RecordDisputeDecisionDocument,
    "mutation RecordHotlineFindings($id: ID!, $input: FindingsInput!) {\n  recordHotlineFindings(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": types.RecordHotlineFindingsDocument,
    "mutation RecordHrAction($input: HrActionInput!) {\n  recordHrAction(input: $input) {\n    ...HrActionFields\n  }\n}": types.RecordHrActionDocument,
    "mutation RecordProtocolForwarded($id: ID!, $forwardedOn: String!) {\n  recordProtocolForwarded(id: $id, forwardedOn: $forwardedOn) {\n    ...LabourDisputeFields\n  }\n}": types.RecordProtocolForwardedDocument,
    "mutation RemovePublicHoliday($id: ID!) {\n  removePublicHoliday(id: $id)\n}": types.RemovePublicHolidayDocument,
    "mutation RequestIdentityDisclosure($id: ID!, $input: DisclosureRequestInput!) {\n  requestIdentityDisclosure(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": types.RequestIdentityDisclosureDocument,
    "mutation RetireHotlineIntakeQuestion($id: ID!) {\n  retireHotlineIntakeQuestion(id: $id) {\n    ...IntakeQuestionFields\n  }\n}": types.RetireHotlineIntakeQuestionDocument,
    "mutation RevealHotlineReporterIdentity($id: ID!) {\n  revealHotlineReporterIdentity(id: $id) {\n    name\n    contact\n  }\n}": types.RevealHotlineReporterIdentityDocument,
    "mutation SaveHotlineFilter($name: String!, $filter: HotlineSavedFilterInput!) {\n  saveHotlineFilter(name: $name, filter: $filter) {\n    ...SavedFilterFields\n  }\n}": types.SaveHotlineFilterDocument,
    "fragment SavedFilterFields on HotlineSavedFilter {\n  id\n  name\n  filter {\n    status\n    category\n    channel\n    priority\n    labels\n    overdueOnly\n    assignedToMe\n    search\n  }\n}": types.SavedFilterFieldsFragmentDoc,
    "mutation SendHotlineMessage($id: ID!, $input: StaffMessageInput!) {\n  sendHotlineMessage(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": types.SendHotlineMessageDocument,
    "mutation SetHotlineAlternateHandler($personId: ID) {\n  setHotlineAlternateHandler(personId: $personId) {\n    ...HotlineSettingsFields\n  }\n}": types.SetHotlineAlternateHandlerDocument,
    "mutation SetHotlineCaseLabels($id: ID!, $labels: [String!]!) {\n  setHotlineCaseLabels(id: $id, labels: $labels) {\n    ...HotlineCaseFields\n  }\n}": types.SetHotlineCaseLabelsDocument,
    "mutation SetHotlineCasePriority($id: ID!, $priority: HotlinePriority!) {\n  setHotlineCasePriority(id: $id, priority: $priority) {\n    ...HotlineCaseFields\n  }\n}": types.SetHotlineCasePriorityDocument,
    "mutation SetHotlineIntakeLogo($logo: File) {\n  setHotlineIntakeLogo(logo: $logo) {\n    ...HotlineIntakeProfileFields\n  }\n}": types.SetHotlineIntakeLogoDocument,
    "mutation SignHotlineNonDisclosureUndertaking($version: String!) {\n  signHotlineNonDisclosureUndertaking(version: $version) {\n    ...NonDisclosureUndertakingFields\n  }\n}": types.SignHotlineNonDisclosureUndertakingDocument,
    "mutation TriageHotlineCase($id: ID!, $input: TriageInput!) {\n  triageHotlineCase(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}": types.TriageHotlineCaseDocument,
    "mutation UpdateHotlineIntakeProfile($input: HotlineIntakeProfileInput!) {\n  updateHotlineIntakeProfile(input: $input) {\n    ...HotlineIntakeProfileFields\n  }\n}": types.UpdateHotlineIntakeProfileDocument,
    "mutation UpdateHotlineIntakeQuestion($id: ID!, $input: IntakeQuestionInput!) {\n  updateHotlineIntakeQuestion(id: $id, input: $input) {\n    ...IntakeQuestionFields\n  }\n}": types.UpdateHotlineIntakeQuestionDocument,
    "mutation UpdateHotlineSettings($input: HotlineSettingsInput!) {\n  updateHotlineSettings(input: $input) {\n    ...HotlineSettingsFields\n  }\n}": types.UpdateHotlineSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeHotlineCase($id: ID!, $message: String) {\n  acknowledgeHotlineCase(id: $id, message: $message) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').AcknowledgeHotlineCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddHotlineIntakeQuestion($input: IntakeQuestionInput!) {\n  addHotlineIntakeQuestion(input: $input) {\n    ...IntakeQuestionFields\n  }\n}"): typeof import('./graphql').AddHotlineIntakeQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddHotlineNote($id: ID!, $body: String!) {\n  addHotlineNote(id: $id, body: $body) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').AddHotlineNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddHotlineRecommendation($id: ID!, $input: RecommendationInput!) {\n  addHotlineRecommendation(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').AddHotlineRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddPublicHoliday($date: String!, $name: String!, $kind: CalendarDayKind) {\n  addPublicHoliday(date: $date, name: $name, kind: $kind) {\n    ...PublicHolidayFields\n  }\n}"): typeof import('./graphql').AddPublicHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignHotlineCase($id: ID!, $investigatorIds: [ID!]!) {\n  assignHotlineCase(id: $id, investigatorIds: $investigatorIds) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').AssignHotlineCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttachCommissionRecommendation($id: ID!, $input: CommissionRecommendationInput!) {\n  attachCommissionRecommendation(id: $id, input: $input) {\n    ...HrActionFields\n  }\n}"): typeof import('./graphql').AttachCommissionRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkAssignHotlineCases($caseIds: [ID!]!, $investigatorIds: [ID!]!) {\n  bulkAssignHotlineCases(caseIds: $caseIds, investigatorIds: $investigatorIds) {\n    ...BulkCaseResultFields\n  }\n}"): typeof import('./graphql').BulkAssignHotlineCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BulkCaseResultFields on HotlineBulkCaseResult {\n  caseId\n  number\n  done\n  errorCode\n  messageKey\n  params\n}"): typeof import('./graphql').BulkCaseResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkLabelHotlineCases($caseIds: [ID!]!, $labels: [String!]!) {\n  bulkLabelHotlineCases(caseIds: $caseIds, labels: $labels) {\n    ...BulkCaseResultFields\n  }\n}"): typeof import('./graphql').BulkLabelHotlineCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseHotlineCase($id: ID!, $input: CloseCaseInput!) {\n  closeHotlineCase(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').CloseHotlineCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteHotlineRecommendation($id: ID!, $note: String) {\n  completeHotlineRecommendation(id: $id, note: $note) {\n    ...HotlineRecommendationFields\n  }\n}"): typeof import('./graphql').CompleteHotlineRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteProtectionTask($id: ID!, $note: String!) {\n  completeProtectionTask(id: $id, note: $note) {\n    ...ProtectionTaskFields\n  }\n}"): typeof import('./graphql').CompleteProtectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DashboardCellFields on DashboardCell {\n  key\n  count\n  display\n}"): typeof import('./graphql').DashboardCellFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideIdentityDisclosure($id: ID!, $approved: Boolean!) {\n  decideIdentityDisclosure(id: $id, approved: $approved) {\n    ...IdentityDisclosureFields\n  }\n}"): typeof import('./graphql').DecideIdentityDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclareHotlineCaseConflict($id: ID!, $reason: String!) {\n  declareHotlineCaseConflict(id: $id, reason: $reason) {\n    id\n  }\n}"): typeof import('./graphql').DeclareHotlineCaseConflictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteHotlineFilter($id: ID!) {\n  deleteHotlineFilter(id: $id)\n}"): typeof import('./graphql').DeleteHotlineFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnterHotlineReportForCaller($input: CallerReportInput!) {\n  enterHotlineReportForCaller(input: $input) {\n    receipt\n    number\n  }\n}"): typeof import('./graphql').EnterHotlineReportForCallerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeHrAction($id: ID!) {\n  finalizeHrAction(id: $id) {\n    ...HrActionFields\n  }\n}"): typeof import('./graphql').FinalizeHrActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateHotlineQuarterlyReport($quarter: String!) {\n  generateHotlineQuarterlyReport(quarter: $quarter) {\n    ...HotlineQuarterlyReportFields\n  }\n}"): typeof import('./graphql').GenerateHotlineQuarterlyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetHotlineCase($id: ID!) {\n  hotlineCase(id: $id) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').GetHotlineCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetHotlineCaseTimeline($id: ID!) {\n  hotlineCase(id: $id) {\n    id\n    timeline {\n      id\n      at\n      atPrecision\n      action\n      actor {\n        ...PersonRefFields\n      }\n      facts {\n        key\n        values\n      }\n    }\n  }\n}"): typeof import('./graphql').GetHotlineCaseTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetHotlineDashboard($periodFrom: DateTime, $periodTo: DateTime) {\n  hotlineDashboard(periodFrom: $periodFrom, periodTo: $periodTo) {\n    total {\n      ...DashboardCellFields\n    }\n    byStatus {\n      ...DashboardCellFields\n    }\n    byCategory {\n      ...DashboardCellFields\n    }\n    byAge {\n      ...DashboardCellFields\n    }\n    overdueAcknowledgements {\n      ...DashboardCellFields\n    }\n    awaitingAlternateHandler {\n      ...DashboardCellFields\n    }\n    acknowledgedInTimePercent\n    processedInTimePercent\n  }\n}"): typeof import('./graphql').GetHotlineDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetHotlineIntakeProfile {\n  hotlineSettings {\n    intake {\n      ...HotlineIntakeProfileFields\n    }\n  }\n}"): typeof import('./graphql').GetHotlineIntakeProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetHotlineRetaliationAssessment($caseId: ID!) {\n  hotlineRetaliationAssessment(caseId: $caseId) {\n    level\n    reason\n    assessedAt\n  }\n}"): typeof import('./graphql').GetHotlineRetaliationAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetHotlineSettings {\n  hotlineSettings {\n    ...HotlineSettingsFields\n  }\n}"): typeof import('./graphql').GetHotlineSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetHotlineTrends($periodFrom: DateTime, $periodTo: DateTime) {\n  hotlineTrends(periodFrom: $periodFrom, periodTo: $periodTo) {\n    exact\n    firstDay\n    lastDay\n    total {\n      ...DashboardCellFields\n    }\n    months {\n      month\n      received {\n        ...DashboardCellFields\n      }\n      acknowledgedInTime {\n        ...DashboardCellFields\n      }\n      processedInTime {\n        ...DashboardCellFields\n      }\n      substantiated {\n        ...DashboardCellFields\n      }\n    }\n    byCategory {\n      ...DashboardCellFields\n    }\n    byChannel {\n      ...DashboardCellFields\n    }\n    byOrgUnit {\n      key\n      count\n      display\n      names {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}"): typeof import('./graphql').GetHotlineTrendsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GiveHotlineInterimFeedback($id: ID!, $input: InterimFeedbackInput!) {\n  giveHotlineInterimFeedback(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').GiveHotlineInterimFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantProtection($input: GrantProtectionInput!) {\n  grantProtection(input: $input) {\n    ...ProtectionRecordFields\n  }\n}"): typeof import('./graphql').GrantProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantStateBodyProtection($input: StateBodyProtectionInput!) {\n  grantStateBodyProtection(input: $input) {\n    ...ProtectionRecordFields\n  }\n}"): typeof import('./graphql').GrantStateBodyProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HolidayImportPreviewFields on HolidayImportPreview {\n  added\n  updated\n  unchanged\n  rows {\n    row\n    date\n    kind\n    name {\n      kk\n      ru\n      en\n    }\n    change\n  }\n  errors {\n    row\n    column\n    messageKey\n    params\n    message\n  }\n}"): typeof import('./graphql').HolidayImportPreviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HotlineAttachmentFields on HotlineAttachmentMeta {\n  id\n  fileName\n  contentType\n  sizeBytes\n  uploadedBy\n  createdAt\n}"): typeof import('./graphql').HotlineAttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HotlineCaseFields on HotlineCase {\n  id\n  number\n  handledBy\n  category\n  channel\n  status\n  scope\n  outOfScopeReason\n  outOfScopeNote\n  anonymous\n  hasReporterIdentity\n  receivedAt\n  acknowledgeBy\n  acknowledgedAt\n  checkDays\n  processBy\n  closedAt\n  overdueAcknowledgement\n  acknowledgedInTime\n  priority\n  labels\n  findings\n  outcome\n  content {\n    what\n    when\n    where\n    who\n  }\n  intakeAnswers {\n    ...IntakeAnswerFields\n  }\n  assignees {\n    ...PersonRefFields\n  }\n  involvedPersons {\n    ...PersonRefFields\n  }\n  messages {\n    id\n    author\n    authorPerson {\n      ...PersonRefFields\n    }\n    kind\n    code\n    body\n    createdAt\n    attachments {\n      ...HotlineAttachmentFields\n    }\n  }\n  notes {\n    id\n    author {\n      ...PersonRefFields\n    }\n    body\n    createdAt\n  }\n  attachments {\n    ...HotlineAttachmentFields\n  }\n  recommendations {\n    ...HotlineRecommendationFields\n  }\n  disclosures {\n    ...IdentityDisclosureFields\n  }\n  enteredBy {\n    ...PersonRefFields\n  }\n  viewerCan {\n    assign\n    acknowledge\n    work\n    readIdentity\n    decideDisclosure\n  }\n}"): typeof import('./graphql').HotlineCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HotlineCaseSummaryFields on HotlineCaseSummary {\n  id\n  number\n  withheld\n  handledBy\n  category\n  channel\n  status\n  scope\n  anonymous\n  receivedAt\n  acknowledgeBy\n  acknowledgedAt\n  processBy\n  closedAt\n  overdueAcknowledgement\n  acknowledgedInTime\n  priority\n  labels\n  assignees {\n    ...PersonRefFields\n  }\n}"): typeof import('./graphql').HotlineCaseSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HotlineIntakeProfileFields on HotlineIntakeProfile {\n  reportsTo\n  acknowledgeHours\n  brandColor\n  logoDataUrl\n}"): typeof import('./graphql').HotlineIntakeProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HotlineNonDisclosureUndertaking {\n  hotlineNonDisclosureUndertaking {\n    ...NonDisclosureUndertakingFields\n  }\n}"): typeof import('./graphql').HotlineNonDisclosureUndertakingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HotlineQuarterlyReportFields on HotlineQuarterlyReport {\n  id\n  quarter\n  firstDay\n  lastDay\n  generatedAt\n  generatedBy {\n    id\n    fullName\n  }\n}"): typeof import('./graphql').HotlineQuarterlyReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HotlineRecommendationFields on HotlineRecommendation {\n  id\n  caseId\n  caseNumber\n  kind\n  text\n  owner {\n    ...PersonRefFields\n  }\n  dueOn\n  doneAt\n  doneNote\n  overdue\n}"): typeof import('./graphql').HotlineRecommendationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HotlineSettingsFields on HotlineSettings {\n  acknowledgeHours\n  processingDays\n  retentionYears\n  reporterAccessIdleDays\n  alternateHandler {\n    ...PersonRefFields\n  }\n}"): typeof import('./graphql').HotlineSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HrActionFields on HrAction {\n  id\n  person {\n    ...PersonRefFields\n  }\n  kind\n  initiator\n  decidedOn\n  description\n  status\n  flagged\n  flaggedAt\n  createdAt\n  commissionRecommendation\n  commissionRecommendationOn\n  finalizedAt\n}"): typeof import('./graphql').HrActionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IdentityDisclosureFields on IdentityDisclosure {\n  id\n  caseId\n  caseNumber\n  requestedBy {\n    ...PersonRefFields\n  }\n  requestedFor {\n    ...PersonRefFields\n  }\n  reason\n  requestedAt\n  decidedBy {\n    ...PersonRefFields\n  }\n  decidedAt\n  approved\n  viewerCanDecide\n}"): typeof import('./graphql').IdentityDisclosureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportHrActions($file: File!) {\n  importHrActions(file: $file) {\n    created\n    flagged\n  }\n}"): typeof import('./graphql').ImportHrActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportPublicHolidays($file: File!) {\n  importPublicHolidays(file: $file) {\n    ...HolidayImportPreviewFields\n  }\n}"): typeof import('./graphql').ImportPublicHolidaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncompleteCalendarYears($fromYear: Int!, $toYear: Int!) {\n  incompleteCalendarYears(fromYear: $fromYear, toYear: $toYear)\n}"): typeof import('./graphql').IncompleteCalendarYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IntakeAnswerFields on IntakeAnswer {\n  questionId\n  kind\n  required\n  question {\n    kk\n    ru\n    en\n  }\n  text\n  yes\n  choices {\n    kk\n    ru\n    en\n  }\n}"): typeof import('./graphql').IntakeAnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IntakeQuestionFields on IntakeQuestion {\n  id\n  category\n  kind\n  required\n  position\n  texts {\n    kk\n    ru\n    en\n  }\n  options {\n    id\n    labels {\n      kk\n      ru\n      en\n    }\n  }\n}"): typeof import('./graphql').IntakeQuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LabourDisputeFields on LabourDispute {\n  id\n  person {\n    ...PersonRefFields\n  }\n  body\n  appliedOn\n  decisionDueOn\n  decidedOn\n  decision\n  agencyRepresentativeAttended\n  signatories {\n    personId\n    name\n  }\n  protocolDueOn\n  protocolForwardedOn\n  decisionOverdue\n  protocolOverdue\n}"): typeof import('./graphql').LabourDisputeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkHotlineInvolvedPersons($id: ID!, $personIds: [ID!]!) {\n  linkHotlineInvolvedPersons(id: $id, personIds: $personIds) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').LinkHotlineInvolvedPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineCaseLabels {\n  hotlineCaseLabels\n}"): typeof import('./graphql').ListHotlineCaseLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineCaseLinks($caseId: ID!) {\n  hotlineCaseLinks(caseId: $caseId) {\n    retaliationComplaintOf {\n      id\n      number\n    }\n    retaliationComplaints {\n      id\n      number\n    }\n  }\n}"): typeof import('./graphql').ListHotlineCaseLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineCases($filter: HotlineCaseFilter) {\n  hotlineCases(filter: $filter) {\n    total\n    items {\n      ...HotlineCaseSummaryFields\n    }\n  }\n}"): typeof import('./graphql').ListHotlineCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineConflictDeclarations($caseId: ID!) {\n  hotlineConflictDeclarations(caseId: $caseId) {\n    id\n    person {\n      ...PersonRefFields\n    }\n    reason\n    wasAssigned\n    declaredAt\n  }\n}"): typeof import('./graphql').ListHotlineConflictDeclarationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineDisclosureRequests {\n  hotlineDisclosureRequests {\n    ...IdentityDisclosureFields\n  }\n}"): typeof import('./graphql').ListHotlineDisclosureRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineFigureCases($periodFrom: DateTime, $periodTo: DateTime, $month: String, $measure: HotlineTrendMeasure, $category: String, $channel: String, $orgUnit: String) {\n  hotlineFigureCases(\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    month: $month\n    measure: $measure\n    category: $category\n    channel: $channel\n    orgUnit: $orgUnit\n  ) {\n    id\n    number\n  }\n}"): typeof import('./graphql').ListHotlineFigureCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineIntakeQuestions {\n  hotlineIntakeQuestions {\n    ...IntakeQuestionFields\n  }\n}"): typeof import('./graphql').ListHotlineIntakeQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineKpis($codes: [String!]!, $filter: KpiFilterInput) {\n  kpiValues(codes: $codes, filter: $filter) {\n    code\n    title {\n      kk\n      ru\n      en\n    }\n    note {\n      kk\n      ru\n      en\n    }\n    value\n    target\n    met\n    numerator\n    denominator\n    suppressed\n  }\n}"): typeof import('./graphql').ListHotlineKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineQuarterlyReports {\n  hotlineQuarterlyReports {\n    ...HotlineQuarterlyReportFields\n  }\n}"): typeof import('./graphql').ListHotlineQuarterlyReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHotlineRecommendations($overdueOnly: Boolean) {\n  hotlineRecommendations(overdueOnly: $overdueOnly) {\n    ...HotlineRecommendationFields\n  }\n}"): typeof import('./graphql').ListHotlineRecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListHrActions($flaggedOnly: Boolean) {\n  hrActions(flaggedOnly: $flaggedOnly) {\n    ...HrActionFields\n  }\n}"): typeof import('./graphql').ListHrActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListInvestigatorCandidates($caseId: ID!) {\n  hotlineInvestigatorCandidates(caseId: $caseId) {\n    person {\n      ...PersonRefFields\n    }\n    eligible\n    reason\n  }\n}"): typeof import('./graphql').ListInvestigatorCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListLabourDisputes {\n  labourDisputes {\n    ...LabourDisputeFields\n  }\n}"): typeof import('./graphql').ListLabourDisputesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListProtectionRecords($activeOnly: Boolean) {\n  protectionRecords(activeOnly: $activeOnly) {\n    ...ProtectionRecordFields\n  }\n}"): typeof import('./graphql').ListProtectionRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListProtectionTaskOwners($caseId: ID!) {\n  protectionTaskOwners(caseId: $caseId) {\n    ...PersonRefFields\n  }\n}"): typeof import('./graphql').ListProtectionTaskOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListProtectionTasks($openOnly: Boolean) {\n  protectionTasks(openOnly: $openOnly, limit: 100) {\n    ...ProtectionTaskFields\n  }\n}"): typeof import('./graphql').ListProtectionTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListPublicHolidays($year: Int!) {\n  publicHolidays(year: $year) {\n    ...PublicHolidayFields\n  }\n}"): typeof import('./graphql').ListPublicHolidaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListSavedHotlineFilters {\n  mySavedHotlineFilters {\n    ...SavedFilterFields\n  }\n}"): typeof import('./graphql').ListSavedHotlineFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveHotlineIntakeQuestion($id: ID!, $direction: IntakeQuestionMove!) {\n  moveHotlineIntakeQuestion(id: $id, direction: $direction) {\n    ...IntakeQuestionFields\n  }\n}"): typeof import('./graphql').MoveHotlineIntakeQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NonDisclosureUndertakingFields on NonDisclosureUndertaking {\n  version\n  text {\n    kk\n    ru\n    en\n  }\n  signedAt\n}"): typeof import('./graphql').NonDisclosureUndertakingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenLabourDispute($input: LabourDisputeInput!) {\n  openLabourDispute(input: $input) {\n    ...LabourDisputeFields\n  }\n}"): typeof import('./graphql').OpenLabourDisputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenRetaliationComplaint($caseId: ID!, $input: CallerReportInput!) {\n  openRetaliationComplaint(caseId: $caseId, input: $input) {\n    receipt\n    number\n  }\n}"): typeof import('./graphql').OpenRetaliationComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonRefFields on PersonRef {\n  id\n  fullName\n}"): typeof import('./graphql').PersonRefFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreviewPublicHolidayImport($file: File!) {\n  previewPublicHolidayImport(file: $file) {\n    ...HolidayImportPreviewFields\n  }\n}"): typeof import('./graphql').PreviewPublicHolidayImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProtectionRecordFields on ProtectionRecord {\n  id\n  person {\n    ...PersonRefFields\n  }\n  basis\n  reportedTo\n  stateBodyName\n  reportedOn\n  caseId\n  reportNumber\n  startsOn\n  endsOn\n  active\n}"): typeof import('./graphql').ProtectionRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProtectionTaskFields on ProtectionTask {\n  id\n  caseId\n  caseNumber\n  owner {\n    ...PersonRefFields\n  }\n  reviewOn\n  overdue\n  createdAt\n  completedAt\n  completionNote\n}"): typeof import('./graphql').ProtectionTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PublicHolidayFields on PublicHoliday {\n  id\n  date\n  kind\n  name {\n    kk\n    ru\n    en\n  }\n  national\n}"): typeof import('./graphql').PublicHolidayFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordDisputeDecision($id: ID!, $input: DisputeDecisionInput!) {\n  recordDisputeDecision(id: $id, input: $input) {\n    ...LabourDisputeFields\n  }\n}"): typeof import('./graphql').RecordDisputeDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordHotlineFindings($id: ID!, $input: FindingsInput!) {\n  recordHotlineFindings(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').RecordHotlineFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordHrAction($input: HrActionInput!) {\n  recordHrAction(input: $input) {\n    ...HrActionFields\n  }\n}"): typeof import('./graphql').RecordHrActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordProtocolForwarded($id: ID!, $forwardedOn: String!) {\n  recordProtocolForwarded(id: $id, forwardedOn: $forwardedOn) {\n    ...LabourDisputeFields\n  }\n}"): typeof import('./graphql').RecordProtocolForwardedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePublicHoliday($id: ID!) {\n  removePublicHoliday(id: $id)\n}"): typeof import('./graphql').RemovePublicHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestIdentityDisclosure($id: ID!, $input: DisclosureRequestInput!) {\n  requestIdentityDisclosure(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').RequestIdentityDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireHotlineIntakeQuestion($id: ID!) {\n  retireHotlineIntakeQuestion(id: $id) {\n    ...IntakeQuestionFields\n  }\n}"): typeof import('./graphql').RetireHotlineIntakeQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevealHotlineReporterIdentity($id: ID!) {\n  revealHotlineReporterIdentity(id: $id) {\n    name\n    contact\n  }\n}"): typeof import('./graphql').RevealHotlineReporterIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveHotlineFilter($name: String!, $filter: HotlineSavedFilterInput!) {\n  saveHotlineFilter(name: $name, filter: $filter) {\n    ...SavedFilterFields\n  }\n}"): typeof import('./graphql').SaveHotlineFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SavedFilterFields on HotlineSavedFilter {\n  id\n  name\n  filter {\n    status\n    category\n    channel\n    priority\n    labels\n    overdueOnly\n    assignedToMe\n    search\n  }\n}"): typeof import('./graphql').SavedFilterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendHotlineMessage($id: ID!, $input: StaffMessageInput!) {\n  sendHotlineMessage(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').SendHotlineMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHotlineAlternateHandler($personId: ID) {\n  setHotlineAlternateHandler(personId: $personId) {\n    ...HotlineSettingsFields\n  }\n}"): typeof import('./graphql').SetHotlineAlternateHandlerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHotlineCaseLabels($id: ID!, $labels: [String!]!) {\n  setHotlineCaseLabels(id: $id, labels: $labels) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').SetHotlineCaseLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHotlineCasePriority($id: ID!, $priority: HotlinePriority!) {\n  setHotlineCasePriority(id: $id, priority: $priority) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').SetHotlineCasePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHotlineIntakeLogo($logo: File) {\n  setHotlineIntakeLogo(logo: $logo) {\n    ...HotlineIntakeProfileFields\n  }\n}"): typeof import('./graphql').SetHotlineIntakeLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignHotlineNonDisclosureUndertaking($version: String!) {\n  signHotlineNonDisclosureUndertaking(version: $version) {\n    ...NonDisclosureUndertakingFields\n  }\n}"): typeof import('./graphql').SignHotlineNonDisclosureUndertakingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TriageHotlineCase($id: ID!, $input: TriageInput!) {\n  triageHotlineCase(id: $id, input: $input) {\n    ...HotlineCaseFields\n  }\n}"): typeof import('./graphql').TriageHotlineCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateHotlineIntakeProfile($input: HotlineIntakeProfileInput!) {\n  updateHotlineIntakeProfile(input: $input) {\n    ...HotlineIntakeProfileFields\n  }\n}"): typeof import('./graphql').UpdateHotlineIntakeProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateHotlineIntakeQuestion($id: ID!, $input: IntakeQuestionInput!) {\n  updateHotlineIntakeQuestion(id: $id, input: $input) {\n    ...IntakeQuestionFields\n  }\n}"): typeof import('./graphql').UpdateHotlineIntakeQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateHotlineSettings($input: HotlineSettingsInput!) {\n  updateHotlineSettings(input: $input) {\n    ...HotlineSettingsFields\n  }\n}"): typeof import('./graphql').UpdateHotlineSettingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
