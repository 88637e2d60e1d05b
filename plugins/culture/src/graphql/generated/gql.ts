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
    "mutation AnswerCultureSurvey($id: ID!, $answers: [CultureSurveyAnswerInput!]!) {\n  answerCultureSurvey(id: $id, answers: $answers) {\n    ...CultureSurveyFields\n  }\n}": typeof types.AnswerCultureSurveyDocument,
    "mutation CloseCultureSurvey($id: ID!) {\n  closeCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": typeof types.CloseCultureSurveyDocument,
    "fragment CultureActivityFields on CultureActivity {\n  id\n  planId\n  planYear\n  kind\n  topics\n  title\n  description\n  audience\n  orgUnitIds\n  role\n  deadline\n  responsible {\n    id\n    fullName\n  }\n  risks\n  riskIds\n  answeredRisks {\n    id\n    code\n    processOrDocument\n  }\n  checkForm\n  checkNoneReason\n  course {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n  session {\n    id\n    topic {\n      kk\n      ru\n      en\n    }\n    plannedOn\n  }\n  plannedParticipants\n  status\n  overdue\n  heldOn\n  actualParticipants\n  reportNote\n  incentives {\n    kind\n    description\n    people\n  }\n  reportedBy {\n    id\n    fullName\n  }\n  reportedAt\n  results {\n    participants\n    passed\n  }\n  evidence {\n    id\n    kind\n    title\n    url\n    fileName\n    contentType\n    sizeBytes\n    addedBy {\n      id\n      fullName\n    }\n    addedAt\n  }\n  actions\n}": typeof types.CultureActivityFieldsFragmentDoc,
    "query CultureActivity($id: ID!) {\n  cultureActivity(id: $id) {\n    ...CultureActivityFields\n  }\n}": typeof types.CultureActivityDocument,
    "query CultureLinkableCourses {\n  cultureLinkableCourses {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n}\n\nquery CultureLinkableSessions($year: Int!) {\n  cultureLinkableSessions(year: $year) {\n    id\n    topic {\n      kk\n      ru\n      en\n    }\n    plannedOn\n  }\n}\n\nquery CultureOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}\n\nquery CultureRiskChoices {\n  riskChoices {\n    id\n    code\n    processOrDocument\n  }\n}": typeof types.CultureLinkableCoursesDocument,
    "mutation AddCultureActivity($planId: ID!, $input: CultureActivityInput!) {\n  addCultureActivity(planId: $planId, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation UpdateCultureActivity($id: ID!, $input: CultureActivityInput!) {\n  updateCultureActivity(id: $id, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation RemoveCultureActivity($id: ID!) {\n  removeCultureActivity(id: $id)\n}": typeof types.AddCultureActivityDocument,
    "mutation ReportCultureActivity($id: ID!, $input: CultureActivityReportInput!) {\n  reportCultureActivity(id: $id, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation AddCultureEvidence($activityId: ID!, $input: CultureEvidenceInput!, $file: File) {\n  addCultureEvidence(activityId: $activityId, input: $input, file: $file) {\n    ...CultureActivityFields\n  }\n}\n\nmutation RemoveCultureEvidence($id: ID!) {\n  removeCultureEvidence(id: $id) {\n    ...CultureActivityFields\n  }\n}": typeof types.ReportCultureActivityDocument,
    "fragment CultureMaterialFields on CultureMaterial {\n  id\n  kind\n  subject\n  title {\n    kk\n    ru\n    en\n  }\n  body {\n    kk\n    ru\n    en\n  }\n  status\n  linkUrl\n  source\n  sourceName\n  file {\n    name\n    contentType\n    sizeBytes\n  }\n  audienceAll\n  audienceOrgUnits {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  audienceRoles\n  requiresAcknowledgement\n  acknowledgementDays\n  revision\n  publishedAt\n  publishedBy {\n    id\n    fullName\n  }\n  acknowledgeBy\n  withdrawnAt\n  updatedAt\n  forViewer\n  acknowledgement {\n    acknowledgedAt\n    revision\n  }\n  acknowledgementOverdue\n}": typeof types.CultureMaterialFieldsFragmentDoc,
    "query CultureMaterial($id: ID!) {\n  cultureMaterial(id: $id) {\n    ...CultureMaterialFields\n    figures {\n      ...CultureMaterialFiguresFields\n    }\n  }\n}": typeof types.CultureMaterialDocument,
    "fragment CultureMaterialFiguresFields on CultureMaterialFigures {\n  audience\n  acknowledged\n  share\n  missing\n  byOrgUnit {\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n    audience\n    acknowledged\n    share\n    withheld\n  }\n  notAcknowledged {\n    personId\n    fullName\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": typeof types.CultureMaterialFiguresFieldsFragmentDoc,
    "query CultureMaterialForEdit($id: ID!) {\n  cultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": typeof types.CultureMaterialForEditDocument,
    "query CultureMaterialOrgUnits {\n  orgUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": typeof types.CultureMaterialOrgUnitsDocument,
    "query CultureMaterials($filter: CultureMaterialFilter, $page: CultureMaterialPageInput) {\n  cultureMaterials(filter: $filter, page: $page) {\n    total\n    rows {\n      id\n      kind\n      subject\n      title {\n        kk\n        ru\n        en\n      }\n      status\n      requiresAcknowledgement\n      updatedAt\n      counts {\n        audience\n        acknowledged\n        share\n      }\n    }\n  }\n}": typeof types.CultureMaterialsDocument,
    "fragment CulturePlanFields on CulturePlan {\n  id\n  year\n  status\n  version\n  riskBasis\n  targetPassed\n  mergedInto\n  mergedNote\n  copiedFromYear\n  amendmentReason\n  returnNote\n  submittedBy {\n    id\n    fullName\n  }\n  submittedAt\n  closingReport\n  closedBy {\n    id\n    fullName\n  }\n  closedAt\n  activities {\n    ...CultureActivityFields\n  }\n  warnings {\n    rule\n    paragraph\n    state\n    period {\n      code\n      from\n      to\n    }\n  }\n  versions {\n    number\n    reason\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n  }\n  actions\n}": typeof types.CulturePlanFieldsFragmentDoc,
    "query CulturePlan($year: Int!) {\n  culturePlan(year: $year) {\n    ...CulturePlanFields\n  }\n  culturePlanYears {\n    id\n    year\n    status\n  }\n}": typeof types.CulturePlanDocument,
    "mutation CreateCulturePlan($year: Int!, $copyFrom: ID) {\n  createCulturePlan(year: $year, copyFrom: $copyFrom) {\n    ...CulturePlanFields\n  }\n}\n\nmutation UpdateCulturePlan($id: ID!, $input: CulturePlanDetailsInput!) {\n  updateCulturePlan(id: $id, input: $input) {\n    ...CulturePlanFields\n  }\n}\n\nmutation SubmitCulturePlan($id: ID!) {\n  submitCulturePlan(id: $id) {\n    ...CulturePlanFields\n  }\n}\n\nmutation ApproveCulturePlan($id: ID!) {\n  approveCulturePlan(id: $id) {\n    ...CulturePlanFields\n  }\n}\n\nmutation ReturnCulturePlan($id: ID!, $note: String!) {\n  returnCulturePlan(id: $id, note: $note) {\n    ...CulturePlanFields\n  }\n}\n\nmutation AmendCulturePlan($id: ID!, $reason: String!) {\n  amendCulturePlan(id: $id, reason: $reason) {\n    ...CulturePlanFields\n  }\n}\n\nmutation CloseCulturePlan($id: ID!, $report: String!) {\n  closeCulturePlan(id: $id, report: $report) {\n    ...CulturePlanFields\n  }\n}": typeof types.CreateCulturePlanDocument,
    "query CulturePlanVersion($planId: ID!, $number: Int!) {\n  culturePlanVersion(planId: $planId, number: $number) {\n    planId\n    year\n    number\n    reason\n    riskBasis\n    targetPassed\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n    activities {\n      id\n      kind\n      topics\n      title\n      description\n      audience\n      role\n      deadline\n      checkForm\n      checkNoneReason\n      plannedParticipants\n      risks\n    }\n  }\n}": typeof types.CulturePlanVersionDocument,
    "fragment CultureSurveyFields on CultureSurvey {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  intro {\n    kk\n    ru\n    en\n  }\n  questions {\n    id\n    kind\n    required\n    statement {\n      kk\n      ru\n      en\n    }\n  }\n  audience\n  audienceUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n  }\n  opensOn\n  closesOn\n  status\n  phase\n  asked\n  answered\n  readsResults\n  askedCount\n  answeredCount\n}": typeof types.CultureSurveyFieldsFragmentDoc,
    "query CultureSurvey($id: ID!) {\n  cultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": typeof types.CultureSurveyDocument,
    "query CultureSurveyOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": typeof types.CultureSurveyOrgUnitsDocument,
    "query CultureSurveyParticipation($id: ID!, $orgUnitId: ID) {\n  cultureSurvey(id: $id) {\n    id\n    participation(orgUnitId: $orgUnitId) {\n      id\n      orgUnitId\n      totals {\n        asked\n        answered\n        share\n        withheld\n        results\n      }\n      units {\n        id\n        orgUnitId\n        names {\n          kk\n          ru\n          en\n        }\n        hasChildren\n        figures {\n          asked\n          answered\n          share\n          withheld\n          results\n        }\n      }\n    }\n  }\n}": typeof types.CultureSurveyParticipationDocument,
    "query CultureSurveyResults($id: ID!, $orgUnitId: ID) {\n  cultureSurveyResults(id: $id, orgUnitId: $orgUnitId) {\n    id\n    responses\n    questions {\n      id\n      answered\n      withheld\n      average\n      distribution\n    }\n    freeTexts {\n      id\n      texts\n    }\n  }\n}": typeof types.CultureSurveyResultsDocument,
    "query CultureSurveyTemplate {\n  cultureSurveyTemplate {\n    title {\n      kk\n      ru\n      en\n    }\n    intro {\n      kk\n      ru\n      en\n    }\n    questions {\n      kind\n      required\n      statement {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": typeof types.CultureSurveyTemplateDocument,
    "query CultureSurveys {\n  cultureSurveys {\n    ...CultureSurveyFields\n  }\n}": typeof types.CultureSurveysDocument,
    "query CultureTargetIndicator($year: Int!, $orgUnitId: ID) {\n  cultureTargetIndicator(year: $year, orgUnitId: $orgUnitId) {\n    year\n    target\n    orgUnitId\n    passed\n    headcount\n    share\n    suppressed\n    byUnit {\n      orgUnitId\n      name {\n        kk\n        ru\n        en\n      }\n      hasChildren\n      passed\n      headcount\n      share\n      suppressed\n    }\n  }\n}": typeof types.CultureTargetIndicatorDocument,
    "query MyCultureEvents {\n  myCultureEvents {\n    activityId\n    planYear\n    kind\n    title\n    description\n    deadline\n    status\n    heldOn\n  }\n}": typeof types.MyCultureEventsDocument,
    "query MyCultureMaterials {\n  myCultureMaterials {\n    ...CultureMaterialFields\n  }\n}": typeof types.MyCultureMaterialsDocument,
    "query MyCultureSurveys {\n  myCultureSurveys {\n    ...CultureSurveyFields\n  }\n}": typeof types.MyCultureSurveysDocument,
    "mutation OpenCultureSurvey($id: ID!) {\n  openCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": typeof types.OpenCultureSurveyDocument,
    "mutation PublishCultureMaterial($id: ID!) {\n  publishCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": typeof types.PublishCultureMaterialDocument,
    "mutation RemindCultureMaterial($id: ID!) {\n  remindCultureMaterial(id: $id)\n}": typeof types.RemindCultureMaterialDocument,
    "mutation RemindCultureSurvey($id: ID!) {\n  remindCultureSurvey(id: $id)\n}": typeof types.RemindCultureSurveyDocument,
    "mutation SaveCultureMaterial($input: CultureMaterialInput!) {\n  saveCultureMaterial(input: $input) {\n    ...CultureMaterialFields\n  }\n}": typeof types.SaveCultureMaterialDocument,
    "mutation SaveCultureSurvey($input: SaveCultureSurveyInput!) {\n  saveCultureSurvey(input: $input) {\n    ...CultureSurveyFields\n  }\n}": typeof types.SaveCultureSurveyDocument,
    "mutation UploadCultureMaterialFile($id: ID!, $file: File!) {\n  uploadCultureMaterialFile(id: $id, file: $file) {\n    ...CultureMaterialFields\n  }\n}": typeof types.UploadCultureMaterialFileDocument,
    "mutation WithdrawCultureMaterial($id: ID!) {\n  withdrawCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": typeof types.WithdrawCultureMaterialDocument,
};
const documents: Documents = {
    "mutation AcknowledgeCultureMaterial($id: ID!) {\n  acknowledgeCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": types.AcknowledgeCultureMaterialDocument,
    "mutation AnswerCultureSurvey($id: ID!, $answers: [CultureSurveyAnswerInput!]!) {\n  answerCultureSurvey(id: $id, answers: $answers) {\n    ...CultureSurveyFields\n  }\n}": types.AnswerCultureSurveyDocument,
    "mutation CloseCultureSurvey($id: ID!) {\n  closeCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": types.CloseCultureSurveyDocument,
    "fragment CultureActivityFields on CultureActivity {\n  id\n  planId\n  planYear\n  kind\n  topics\n  title\n  description\n  audience\n  orgUnitIds\n  role\n  deadline\n  responsible {\n    id\n    fullName\n  }\n  risks\n  riskIds\n  answeredRisks {\n    id\n    code\n    processOrDocument\n  }\n  checkForm\n  checkNoneReason\n  course {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n  session {\n    id\n    topic {\n      kk\n      ru\n      en\n    }\n    plannedOn\n  }\n  plannedParticipants\n  status\n  overdue\n  heldOn\n  actualParticipants\n  reportNote\n  incentives {\n    kind\n    description\n    people\n  }\n  reportedBy {\n    id\n    fullName\n  }\n  reportedAt\n  results {\n    participants\n    passed\n  }\n  evidence {\n    id\n    kind\n    title\n    url\n    fileName\n    contentType\n    sizeBytes\n    addedBy {\n      id\n      fullName\n    }\n    addedAt\n  }\n  actions\n}": types.CultureActivityFieldsFragmentDoc,
    "query CultureActivity($id: ID!) {\n  cultureActivity(id: $id) {\n    ...CultureActivityFields\n  }\n}": types.CultureActivityDocument,
    "query CultureLinkableCourses {\n  cultureLinkableCourses {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n}\n\nquery CultureLinkableSessions($year: Int!) {\n  cultureLinkableSessions(year: $year) {\n    id\n    topic {\n      kk\n      ru\n      en\n    }\n    plannedOn\n  }\n}\n\nquery CultureOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}\n\nquery CultureRiskChoices {\n  riskChoices {\n    id\n    code\n    processOrDocument\n  }\n}": types.CultureLinkableCoursesDocument,
    "mutation AddCultureActivity($planId: ID!, $input: CultureActivityInput!) {\n  addCultureActivity(planId: $planId, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation UpdateCultureActivity($id: ID!, $input: CultureActivityInput!) {\n  updateCultureActivity(id: $id, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation RemoveCultureActivity($id: ID!) {\n  removeCultureActivity(id: $id)\n}": types.AddCultureActivityDocument,
    "mutation ReportCultureActivity($id: ID!, $input: CultureActivityReportInput!) {\n  reportCultureActivity(id: $id, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation AddCultureEvidence($activityId: ID!, $input: CultureEvidenceInput!, $file: File) {\n  addCultureEvidence(activityId: $activityId, input: $input, file: $file) {\n    ...CultureActivityFields\n  }\n}\n\nmutation RemoveCultureEvidence($id: ID!) {\n  removeCultureEvidence(id: $id) {\n    ...CultureActivityFields\n  }\n}": types.ReportCultureActivityDocument,
    "fragment CultureMaterialFields on CultureMaterial {\n  id\n  kind\n  subject\n  title {\n    kk\n    ru\n    en\n  }\n  body {\n    kk\n    ru\n    en\n  }\n  status\n  linkUrl\n  source\n  sourceName\n  file {\n    name\n    contentType\n    sizeBytes\n  }\n  audienceAll\n  audienceOrgUnits {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  audienceRoles\n  requiresAcknowledgement\n  acknowledgementDays\n  revision\n  publishedAt\n  publishedBy {\n    id\n    fullName\n  }\n  acknowledgeBy\n  withdrawnAt\n  updatedAt\n  forViewer\n  acknowledgement {\n    acknowledgedAt\n    revision\n  }\n  acknowledgementOverdue\n}": types.CultureMaterialFieldsFragmentDoc,
    "query CultureMaterial($id: ID!) {\n  cultureMaterial(id: $id) {\n    ...CultureMaterialFields\n    figures {\n      ...CultureMaterialFiguresFields\n    }\n  }\n}": types.CultureMaterialDocument,
    "fragment CultureMaterialFiguresFields on CultureMaterialFigures {\n  audience\n  acknowledged\n  share\n  missing\n  byOrgUnit {\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n    audience\n    acknowledged\n    share\n    withheld\n  }\n  notAcknowledged {\n    personId\n    fullName\n    orgUnit {\n      id\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": types.CultureMaterialFiguresFieldsFragmentDoc,
    "query CultureMaterialForEdit($id: ID!) {\n  cultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": types.CultureMaterialForEditDocument,
    "query CultureMaterialOrgUnits {\n  orgUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": types.CultureMaterialOrgUnitsDocument,
    "query CultureMaterials($filter: CultureMaterialFilter, $page: CultureMaterialPageInput) {\n  cultureMaterials(filter: $filter, page: $page) {\n    total\n    rows {\n      id\n      kind\n      subject\n      title {\n        kk\n        ru\n        en\n      }\n      status\n      requiresAcknowledgement\n      updatedAt\n      counts {\n        audience\n        acknowledged\n        share\n      }\n    }\n  }\n}": types.CultureMaterialsDocument,
    "fragment CulturePlanFields on CulturePlan {\n  id\n  year\n  status\n  version\n  riskBasis\n  targetPassed\n  mergedInto\n  mergedNote\n  copiedFromYear\n  amendmentReason\n  returnNote\n  submittedBy {\n    id\n    fullName\n  }\n  submittedAt\n  closingReport\n  closedBy {\n    id\n    fullName\n  }\n  closedAt\n  activities {\n    ...CultureActivityFields\n  }\n  warnings {\n    rule\n    paragraph\n    state\n    period {\n      code\n      from\n      to\n    }\n  }\n  versions {\n    number\n    reason\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n  }\n  actions\n}": types.CulturePlanFieldsFragmentDoc,
    "query CulturePlan($year: Int!) {\n  culturePlan(year: $year) {\n    ...CulturePlanFields\n  }\n  culturePlanYears {\n    id\n    year\n    status\n  }\n}": types.CulturePlanDocument,
    "mutation CreateCulturePlan($year: Int!, $copyFrom: ID) {\n  createCulturePlan(year: $year, copyFrom: $copyFrom) {\n    ...CulturePlanFields\n  }\n}\n\nmutation UpdateCulturePlan($id: ID!, $input: CulturePlanDetailsInput!) {\n  updateCulturePlan(id: $id, input: $input) {\n    ...CulturePlanFields\n  }\n}\n\nmutation SubmitCulturePlan($id: ID!) {\n  submitCulturePlan(id: $id) {\n    ...CulturePlanFields\n  }\n}\n\nmutation ApproveCulturePlan($id: ID!) {\n  approveCulturePlan(id: $id) {\n    ...CulturePlanFields\n  }\n}\n\nmutation ReturnCulturePlan($id: ID!, $note: String!) {\n  returnCulturePlan(id: $id, note: $note) {\n    ...CulturePlanFields\n  }\n}\n\nmutation AmendCulturePlan($id: ID!, $reason: String!) {\n  amendCulturePlan(id: $id, reason: $reason) {\n    ...CulturePlanFields\n  }\n}\n\nmutation CloseCulturePlan($id: ID!, $report: String!) {\n  closeCulturePlan(id: $id, report: $report) {\n    ...CulturePlanFields\n  }\n}": types.CreateCulturePlanDocument,
    "query CulturePlanVersion($planId: ID!, $number: Int!) {\n  culturePlanVersion(planId: $planId, number: $number) {\n    planId\n    year\n    number\n    reason\n    riskBasis\n    targetPassed\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n    activities {\n      id\n      kind\n      topics\n      title\n      description\n      audience\n      role\n      deadline\n      checkForm\n      checkNoneReason\n      plannedParticipants\n      risks\n    }\n  }\n}": types.CulturePlanVersionDocument,
    "fragment CultureSurveyFields on CultureSurvey {\n  id\n  title {\n    kk\n    ru\n    en\n  }\n  intro {\n    kk\n    ru\n    en\n  }\n  questions {\n    id\n    kind\n    required\n    statement {\n      kk\n      ru\n      en\n    }\n  }\n  audience\n  audienceUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n  }\n  opensOn\n  closesOn\n  status\n  phase\n  asked\n  answered\n  readsResults\n  askedCount\n  answeredCount\n}": types.CultureSurveyFieldsFragmentDoc,
    "query CultureSurvey($id: ID!) {\n  cultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": types.CultureSurveyDocument,
    "query CultureSurveyOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": types.CultureSurveyOrgUnitsDocument,
    "query CultureSurveyParticipation($id: ID!, $orgUnitId: ID) {\n  cultureSurvey(id: $id) {\n    id\n    participation(orgUnitId: $orgUnitId) {\n      id\n      orgUnitId\n      totals {\n        asked\n        answered\n        share\n        withheld\n        results\n      }\n      units {\n        id\n        orgUnitId\n        names {\n          kk\n          ru\n          en\n        }\n        hasChildren\n        figures {\n          asked\n          answered\n          share\n          withheld\n          results\n        }\n      }\n    }\n  }\n}": types.CultureSurveyParticipationDocument,
    "query CultureSurveyResults($id: ID!, $orgUnitId: ID) {\n  cultureSurveyResults(id: $id, orgUnitId: $orgUnitId) {\n    id\n    responses\n    questions {\n      id\n      answered\n      withheld\n      average\n      distribution\n    }\n    freeTexts {\n      id\n      texts\n    }\n  }\n}": types.CultureSurveyResultsDocument,
    "query CultureSurveyTemplate {\n  cultureSurveyTemplate {\n    title {\n      kk\n      ru\n      en\n    }\n    intro {\n      kk\n      ru\n      en\n    }\n    questions {\n      kind\n      required\n      statement {\n        kk\n        ru\n        en\n      }\n    }\n  }\n}": types.CultureSurveyTemplateDocument,
    "query CultureSurveys {\n  cultureSurveys {\n    ...CultureSurveyFields\n  }\n}": types.CultureSurveysDocument,
    "query CultureTargetIndicator($year: Int!, $orgUnitId: ID) {\n  cultureTargetIndicator(year: $year, orgUnitId: $orgUnitId) {\n    year\n    target\n    orgUnitId\n    passed\n    headcount\n    share\n    suppressed\n    byUnit {\n      orgUnitId\n      name {\n        kk\n        ru\n        en\n      }\n      hasChildren\n      passed\n      headcount\n      share\n      suppressed\n    }\n  }\n}": types.CultureTargetIndicatorDocument,
    "query MyCultureEvents {\n  myCultureEvents {\n    activityId\n    planYear\n    kind\n    title\n    description\n    deadline\n    status\n    heldOn\n  }\n}": types.MyCultureEventsDocument,
    "query MyCultureMaterials {\n  myCultureMaterials {\n    ...CultureMaterialFields\n  }\n}": types.MyCultureMaterialsDocument,
    "query MyCultureSurveys {\n  myCultureSurveys {\n    ...CultureSurveyFields\n  }\n}": types.MyCultureSurveysDocument,
    "mutation OpenCultureSurvey($id: ID!) {\n  openCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}": types.OpenCultureSurveyDocument,
    "mutation PublishCultureMaterial($id: ID!) {\n  publishCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}": types.PublishCultureMaterialDocument,
    "mutation RemindCultureMaterial($id: ID!) {\n  remindCultureMaterial(id: $id)\n}": types.RemindCultureMaterialDocument,
    "mutation RemindCultureSurvey($id: ID!) {\n  remindCultureSurvey(id: $id)\n}": types.RemindCultureSurveyDocument,
    "mutation SaveCultureMaterial($input: CultureMaterialInput!) {\n  saveCultureMaterial(input: $input) {\n    ...CultureMaterialFields\n  }\n}": types.SaveCultureMaterialDocument,
    "mutation SaveCultureSurvey($input: SaveCultureSurveyInput!) {\n  saveCultureSurvey(input: $input) {\n    ...CultureSurveyFields\n  }\n}": types.SaveCultureSurveyDocument,
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
export function graphql(source: "mutation AnswerCultureSurvey($id: ID!, $answers: [CultureSurveyAnswerInput!]!) {\n  answerCultureSurvey(id: $id, answers: $answers) {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').AnswerCultureSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCultureSurvey($id: ID!) {\n  closeCultureSurvey(id: $id) {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').CloseCultureSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CultureActivityFields on CultureActivity {\n  id\n  planId\n  planYear\n  kind\n  topics\n  title\n  description\n  audience\n  orgUnitIds\n  role\n  deadline\n  responsible {\n    id\n    fullName\n  }\n  risks\n  riskIds\n  answeredRisks {\n    id\n    code\n    processOrDocument\n  }\n  checkForm\n  checkNoneReason\n  course {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n  session {\n    id\n    topic {\n      kk\n      ru\n      en\n    }\n    plannedOn\n  }\n  plannedParticipants\n  status\n  overdue\n  heldOn\n  actualParticipants\n  reportNote\n  incentives {\n    kind\n    description\n    people\n  }\n  reportedBy {\n    id\n    fullName\n  }\n  reportedAt\n  results {\n    participants\n    passed\n  }\n  evidence {\n    id\n    kind\n    title\n    url\n    fileName\n    contentType\n    sizeBytes\n    addedBy {\n      id\n      fullName\n    }\n    addedAt\n  }\n  actions\n}"): typeof import('./graphql').CultureActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureActivity($id: ID!) {\n  cultureActivity(id: $id) {\n    ...CultureActivityFields\n  }\n}"): typeof import('./graphql').CultureActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureLinkableCourses {\n  cultureLinkableCourses {\n    id\n    title {\n      kk\n      ru\n      en\n    }\n  }\n}\n\nquery CultureLinkableSessions($year: Int!) {\n  cultureLinkableSessions(year: $year) {\n    id\n    topic {\n      kk\n      ru\n      en\n    }\n    plannedOn\n  }\n}\n\nquery CultureOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}\n\nquery CultureRiskChoices {\n  riskChoices {\n    id\n    code\n    processOrDocument\n  }\n}"): typeof import('./graphql').CultureLinkableCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddCultureActivity($planId: ID!, $input: CultureActivityInput!) {\n  addCultureActivity(planId: $planId, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation UpdateCultureActivity($id: ID!, $input: CultureActivityInput!) {\n  updateCultureActivity(id: $id, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation RemoveCultureActivity($id: ID!) {\n  removeCultureActivity(id: $id)\n}"): typeof import('./graphql').AddCultureActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportCultureActivity($id: ID!, $input: CultureActivityReportInput!) {\n  reportCultureActivity(id: $id, input: $input) {\n    ...CultureActivityFields\n  }\n}\n\nmutation AddCultureEvidence($activityId: ID!, $input: CultureEvidenceInput!, $file: File) {\n  addCultureEvidence(activityId: $activityId, input: $input, file: $file) {\n    ...CultureActivityFields\n  }\n}\n\nmutation RemoveCultureEvidence($id: ID!) {\n  removeCultureEvidence(id: $id) {\n    ...CultureActivityFields\n  }\n}"): typeof import('./graphql').ReportCultureActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CultureMaterialFields on CultureMaterial {\n  id\n  kind\n  subject\n  title {\n    kk\n    ru\n    en\n  }\n  body {\n    kk\n    ru\n    en\n  }\n  status\n  linkUrl\n  source\n  sourceName\n  file {\n    name\n    contentType\n    sizeBytes\n  }\n  audienceAll\n  audienceOrgUnits {\n    id\n    name {\n      kk\n      ru\n      en\n    }\n  }\n  audienceRoles\n  requiresAcknowledgement\n  acknowledgementDays\n  revision\n  publishedAt\n  publishedBy {\n    id\n    fullName\n  }\n  acknowledgeBy\n  withdrawnAt\n  updatedAt\n  forViewer\n  acknowledgement {\n    acknowledgedAt\n    revision\n  }\n  acknowledgementOverdue\n}"): typeof import('./graphql').CultureMaterialFieldsFragmentDoc;
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
export function graphql(source: "query CultureMaterialForEdit($id: ID!) {\n  cultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').CultureMaterialForEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureMaterialOrgUnits {\n  orgUnits {\n    id\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}"): typeof import('./graphql').CultureMaterialOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CultureMaterials($filter: CultureMaterialFilter, $page: CultureMaterialPageInput) {\n  cultureMaterials(filter: $filter, page: $page) {\n    total\n    rows {\n      id\n      kind\n      subject\n      title {\n        kk\n        ru\n        en\n      }\n      status\n      requiresAcknowledgement\n      updatedAt\n      counts {\n        audience\n        acknowledged\n        share\n      }\n    }\n  }\n}"): typeof import('./graphql').CultureMaterialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CulturePlanFields on CulturePlan {\n  id\n  year\n  status\n  version\n  riskBasis\n  targetPassed\n  mergedInto\n  mergedNote\n  copiedFromYear\n  amendmentReason\n  returnNote\n  submittedBy {\n    id\n    fullName\n  }\n  submittedAt\n  closingReport\n  closedBy {\n    id\n    fullName\n  }\n  closedAt\n  activities {\n    ...CultureActivityFields\n  }\n  warnings {\n    rule\n    paragraph\n    state\n    period {\n      code\n      from\n      to\n    }\n  }\n  versions {\n    number\n    reason\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n  }\n  actions\n}"): typeof import('./graphql').CulturePlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CulturePlan($year: Int!) {\n  culturePlan(year: $year) {\n    ...CulturePlanFields\n  }\n  culturePlanYears {\n    id\n    year\n    status\n  }\n}"): typeof import('./graphql').CulturePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCulturePlan($year: Int!, $copyFrom: ID) {\n  createCulturePlan(year: $year, copyFrom: $copyFrom) {\n    ...CulturePlanFields\n  }\n}\n\nmutation UpdateCulturePlan($id: ID!, $input: CulturePlanDetailsInput!) {\n  updateCulturePlan(id: $id, input: $input) {\n    ...CulturePlanFields\n  }\n}\n\nmutation SubmitCulturePlan($id: ID!) {\n  submitCulturePlan(id: $id) {\n    ...CulturePlanFields\n  }\n}\n\nmutation ApproveCulturePlan($id: ID!) {\n  approveCulturePlan(id: $id) {\n    ...CulturePlanFields\n  }\n}\n\nmutation ReturnCulturePlan($id: ID!, $note: String!) {\n  returnCulturePlan(id: $id, note: $note) {\n    ...CulturePlanFields\n  }\n}\n\nmutation AmendCulturePlan($id: ID!, $reason: String!) {\n  amendCulturePlan(id: $id, reason: $reason) {\n    ...CulturePlanFields\n  }\n}\n\nmutation CloseCulturePlan($id: ID!, $report: String!) {\n  closeCulturePlan(id: $id, report: $report) {\n    ...CulturePlanFields\n  }\n}"): typeof import('./graphql').CreateCulturePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CulturePlanVersion($planId: ID!, $number: Int!) {\n  culturePlanVersion(planId: $planId, number: $number) {\n    planId\n    year\n    number\n    reason\n    riskBasis\n    targetPassed\n    approvedBy {\n      id\n      fullName\n    }\n    approvedAt\n    activities {\n      id\n      kind\n      topics\n      title\n      description\n      audience\n      role\n      deadline\n      checkForm\n      checkNoneReason\n      plannedParticipants\n      risks\n    }\n  }\n}"): typeof import('./graphql').CulturePlanVersionDocument;
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
export function graphql(source: "query CultureTargetIndicator($year: Int!, $orgUnitId: ID) {\n  cultureTargetIndicator(year: $year, orgUnitId: $orgUnitId) {\n    year\n    target\n    orgUnitId\n    passed\n    headcount\n    share\n    suppressed\n    byUnit {\n      orgUnitId\n      name {\n        kk\n        ru\n        en\n      }\n      hasChildren\n      passed\n      headcount\n      share\n      suppressed\n    }\n  }\n}"): typeof import('./graphql').CultureTargetIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCultureEvents {\n  myCultureEvents {\n    activityId\n    planYear\n    kind\n    title\n    description\n    deadline\n    status\n    heldOn\n  }\n}"): typeof import('./graphql').MyCultureEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCultureMaterials {\n  myCultureMaterials {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').MyCultureMaterialsDocument;
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
export function graphql(source: "mutation PublishCultureMaterial($id: ID!) {\n  publishCultureMaterial(id: $id) {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').PublishCultureMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindCultureMaterial($id: ID!) {\n  remindCultureMaterial(id: $id)\n}"): typeof import('./graphql').RemindCultureMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindCultureSurvey($id: ID!) {\n  remindCultureSurvey(id: $id)\n}"): typeof import('./graphql').RemindCultureSurveyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveCultureMaterial($input: CultureMaterialInput!) {\n  saveCultureMaterial(input: $input) {\n    ...CultureMaterialFields\n  }\n}"): typeof import('./graphql').SaveCultureMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveCultureSurvey($input: SaveCultureSurveyInput!) {\n  saveCultureSurvey(input: $input) {\n    ...CultureSurveyFields\n  }\n}"): typeof import('./graphql').SaveCultureSurveyDocument;
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
