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
    "fragment AttemptFields on Attempt {\n  id\n  testId\n  number\n  status\n  startedAt\n  deadline\n  submittedAt\n  questions {\n    id\n    kind\n    text {\n      ...LocalizedTextFields\n    }\n    options {\n      id\n      text {\n        ...LocalizedTextFields\n      }\n    }\n    matches {\n      id\n      text {\n        ...LocalizedTextFields\n      }\n    }\n    answered\n    flagged\n  }\n  answers {\n    questionId\n    optionIds\n    pairs {\n      optionId\n      matchId\n    }\n  }\n}": typeof types.AttemptFieldsFragmentDoc,
    "fragment AttemptResultFields on AttemptResult {\n  attemptId\n  status\n  scorePercent\n  passed\n  passMark\n  certificateCode\n  wrongQuestionIds\n  review {\n    questionId\n    correct\n    given {\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n    rightAnswer {\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n    explanation {\n      ...LocalizedTextFields\n    }\n  }\n}": typeof types.AttemptResultFieldsFragmentDoc,
    "fragment AttendanceImportPreviewFields on AttendanceImportPreview {\n  attended\n  absent\n  rows {\n    row\n    personId\n    fullName\n    email\n    matchedBy\n    status\n    reason\n    scorePercent\n  }\n  errors {\n    row\n    column\n    messageKey\n    params\n    message\n  }\n}": typeof types.AttendanceImportPreviewFieldsFragmentDoc,
    "fragment AuthoredCourseRow on AuthoredCourse {\n  id\n  status\n  revision\n  changedAt\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n  }\n  publishedVersion {\n    id\n    number\n  }\n  draft {\n    id\n    number\n  }\n}\n\nfragment CourseVersionFields on CourseVersion {\n  id\n  number\n  status\n  publishedAt\n  savedAt\n  savedByName\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n  }\n  lessons {\n    id\n    kind\n    title {\n      ...LocalizedTextFields\n    }\n    body {\n      ...LocalizedTextFields\n    }\n    url\n    file {\n      id\n      name\n      contentType\n      sizeBytes\n    }\n  }\n}\n\nfragment AuthoredCourseFields on AuthoredCourse {\n  id\n  status\n  revision\n  changedAt\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n  }\n  publishedVersion {\n    ...CourseVersionFields\n  }\n  draft {\n    ...CourseVersionFields\n  }\n  versions {\n    id\n    number\n    status\n    publishedAt\n    savedAt\n  }\n  course {\n    id\n    test {\n      id\n      questionCount\n      passMark\n      timeLimitMinutes\n      maxAttempts\n    }\n  }\n}": typeof types.AuthoredCourseRowFragmentDoc,
    "mutation EditTrainingAssignment($id: ID!, $input: EditTrainingAssignmentInput!) {\n  editTrainingAssignment(id: $id, input: $input) {\n    ...TrainingAssignmentFields\n  }\n}\n\nmutation ExtendTrainingDueDate($assignmentId: ID!, $personIds: [ID!]!, $dueOn: String!) {\n  extendTrainingDueDate(\n    assignmentId: $assignmentId\n    personIds: $personIds\n    dueOn: $dueOn\n  )\n}\n\nmutation DeactivateTrainingAssignment($id: ID!) {\n  deactivateTrainingAssignment(id: $id) {\n    ...TrainingAssignmentFields\n  }\n}\n\nmutation SendTrainingReminderNow($assignmentId: ID!) {\n  sendTrainingReminderNow(assignmentId: $assignmentId)\n}": typeof types.EditTrainingAssignmentDocument,
    "fragment CompletionFiguresFields on CompletionFigures {\n  assigned\n  started\n  passed\n  failed\n  overdue\n  startedPercent\n  passedPercent\n  failedPercent\n  overduePercent\n  notStarted\n  notStartedPercent\n}": typeof types.CompletionFiguresFieldsFragmentDoc,
    "mutation CreateTrainingAssignment($input: CreateTrainingAssignmentInput!) {\n  createTrainingAssignment(input: $input) {\n    ...TrainingAssignmentFields\n  }\n}": typeof types.CreateTrainingAssignmentDocument,
    "mutation CreateTrainingCourse($input: CreateTrainingCourseInput!) {\n  createTrainingCourse(input: $input) {\n    id\n    course {\n      id\n    }\n  }\n}": typeof types.CreateTrainingCourseDocument,
    "mutation EditTrainingSession($id: ID!, $input: TrainingSessionInput!) {\n  editTrainingSession(id: $id, input: $input) {\n    ...TrainingSessionFields\n  }\n}": typeof types.EditTrainingSessionDocument,
    "mutation FlagQuestion($attemptId: ID!, $questionId: ID!, $flagged: Boolean!) {\n  flagQuestion(attemptId: $attemptId, questionId: $questionId, flagged: $flagged) {\n    id\n    questions {\n      id\n      flagged\n    }\n  }\n}": typeof types.FlagQuestionDocument,
    "query GetAttemptResult($attemptId: ID!) {\n  attemptResult(attemptId: $attemptId) {\n    ...AttemptResultFields\n  }\n  attempt(id: $attemptId) {\n    ...AttemptFields\n  }\n}": typeof types.GetAttemptResultDocument,
    "query GetMyAssignment($id: ID!) {\n  myAssignment(id: $id) {\n    ...MyAssignmentFields\n  }\n}": typeof types.GetMyAssignmentDocument,
    "query GetQuestionBank($courseId: ID!, $search: String, $kind: QuestionKind, $poolId: ID, $offset: Int) {\n  trainingQuestionBank(\n    courseId: $courseId\n    search: $search\n    kind: $kind\n    poolId: $poolId\n    limit: 20\n    offset: $offset\n  ) {\n    courseId\n    courseTitle {\n      ...LocalizedTextFields\n    }\n    pools {\n      ...BankPoolFields\n    }\n    total\n    questions {\n      ...BankQuestionFields\n    }\n  }\n}": typeof types.GetQuestionBankDocument,
    "query GetTrainingAssignment($id: ID!) {\n  trainingAssignment(id: $id) {\n    ...TrainingAssignmentFields\n  }\n  trainingAssignmentHistory(assignmentId: $id) {\n    id\n    kind\n    changedAt\n    changedByName\n    before {\n      ...TrainingAssignmentStateFields\n    }\n    after {\n      ...TrainingAssignmentStateFields\n    }\n  }\n}\n\nfragment TrainingAssignmentStateFields on TrainingAssignmentState {\n  audience\n  orgUnitIds\n  role\n  newHireMonths\n  dueOn\n  active\n  people\n  enrolled\n  withdrawn\n  reminded\n}": typeof types.GetTrainingAssignmentDocument,
    "query GetTrainingCompletion($courseId: ID, $orgUnitId: ID) {\n  trainingCompletion(courseId: $courseId, orgUnitId: $orgUnitId) {\n    orgUnit {\n      ...OrgUnitNamed\n      parent {\n        id\n      }\n    }\n    total {\n      ...CompletionFiguresFields\n    }\n    rows {\n      orgUnit {\n        ...OrgUnitNamed\n      }\n      figures {\n        ...CompletionFiguresFields\n      }\n    }\n  }\n}": typeof types.GetTrainingCompletionDocument,
    "query GetTrainingCourse($id: ID!) {\n  trainingCourse(id: $id) {\n    ...AuthoredCourseFields\n  }\n}": typeof types.GetTrainingCourseDocument,
    "query GetTrainingKnowledgeGaps($courseId: ID!, $periodFrom: String!, $periodTo: String!, $orgUnitId: ID) {\n  trainingKnowledgeGaps(\n    courseId: $courseId\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    orgUnitId: $orgUnitId\n  ) {\n    periodFrom\n    periodTo\n    attempts\n    people\n    suppressed\n    orgUnit {\n      ...OrgUnitNamed\n    }\n    total {\n      asked\n      wrong\n      wrongPercent\n    }\n    questions {\n      questionId\n      text {\n        ...LocalizedTextFields\n      }\n      poolTitle {\n        ...LocalizedTextFields\n      }\n      topic\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n    topics {\n      topic\n      questions\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n    units {\n      orgUnit {\n        ...OrgUnitNamed\n      }\n      suppressed\n      people\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n  }\n}": typeof types.GetTrainingKnowledgeGapsDocument,
    "query GetTrainingSession($id: ID!) {\n  trainingSession(id: $id) {\n    ...TrainingSessionFields\n  }\n  sessionAttendance(sessionId: $id) {\n    ...SessionAttendanceFields\n  }\n}": typeof types.GetTrainingSessionDocument,
    "mutation ImportSessionAttendance($sessionId: ID!, $file: File!) {\n  importSessionAttendance(sessionId: $sessionId, file: $file) {\n    ...AttendanceImportPreviewFields\n  }\n}": typeof types.ImportSessionAttendanceDocument,
    "query ListAuthoredCourses($search: String) {\n  authoredTrainingCourses(search: $search) {\n    ...AuthoredCourseRow\n  }\n}": typeof types.ListAuthoredCoursesDocument,
    "query ListCompletionPeople($courseId: ID, $orgUnitId: ID, $figure: CompletionFigure!, $limit: Int, $offset: Int) {\n  trainingCompletionPeople(\n    courseId: $courseId\n    orgUnitId: $orgUnitId\n    figure: $figure\n    limit: $limit\n    offset: $offset\n  ) {\n    id\n    fullName\n    email\n    status\n    dueOn\n    bestScorePercent\n    orgUnit {\n      ...OrgUnitNamed\n    }\n  }\n}": typeof types.ListCompletionPeopleDocument,
    "query ListMyAssignments {\n  myAssignments {\n    ...MyAssignmentSummaryFields\n  }\n}": typeof types.ListMyAssignmentsDocument,
    "query ListMyCertificates {\n  myCertificates {\n    ...PersonCertificateFields\n  }\n}": typeof types.ListMyCertificatesDocument,
    "query ListOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": typeof types.ListOrgUnitsDocument,
    "query ListPersonCertificates($personId: ID!) {\n  personCertificates(personId: $personId) {\n    personId\n    fullName\n    certificates {\n      ...PersonCertificateFields\n    }\n  }\n}": typeof types.ListPersonCertificatesDocument,
    "query ListTrainingAssignmentEnrolments($assignmentId: ID!, $status: EnrolmentStatus, $search: String, $limit: Int, $offset: Int) {\n  trainingAssignmentEnrolments(\n    assignmentId: $assignmentId\n    status: $status\n    search: $search\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      personId\n      fullName\n      email\n      orgUnitNames {\n        ...LocalizedTextFields\n      }\n      status\n      dueOn\n      extendedFrom\n      attempts\n      lastScorePercent\n    }\n  }\n}": typeof types.ListTrainingAssignmentEnrolmentsDocument,
    "query ListTrainingAssignments {\n  trainingAssignments {\n    ...TrainingAssignmentFields\n  }\n}": typeof types.ListTrainingAssignmentsDocument,
    "query ListTrainingCourses {\n  trainingCourses {\n    id\n    title {\n      ...LocalizedTextFields\n    }\n  }\n}": typeof types.ListTrainingCoursesDocument,
    "query ListTrainingSessions($search: String, $limit: Int, $offset: Int) {\n  trainingSessions(search: $search, limit: $limit, offset: $offset) {\n    total\n    sessions {\n      ...TrainingSessionFields\n    }\n  }\n}": typeof types.ListTrainingSessionsDocument,
    "fragment LocalizedTextFields on LocalizedText {\n  kk\n  ru\n  en\n}": typeof types.LocalizedTextFieldsFragmentDoc,
    "mutation MarkLessonDone($courseId: ID!, $lessonId: ID!) {\n  markLessonDone(courseId: $courseId, lessonId: $lessonId) {\n    ...MyAssignmentFields\n  }\n}": typeof types.MarkLessonDoneDocument,
    "fragment MyAssignmentSummaryFields on MyAssignment {\n  id\n  assignmentId\n  testId\n  dueOn\n  status\n  attempts\n  maxAttempts\n  attemptsLeft\n  canStartAttempt\n  lessonsTotal\n  doneLessonIds\n  lessonsRequiredBeforeTest\n  bestScorePercent\n  certificateCode\n  course {\n    id\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n    test {\n      id\n      passMark\n      timeLimitMinutes\n      maxAttempts\n      questionCount\n      reviewAllowed\n      lessonsRequiredBeforeTest\n    }\n  }\n}\n\nfragment MyAssignmentFields on MyAssignment {\n  ...MyAssignmentSummaryFields\n  course {\n    id\n    lessons {\n      id\n      kind\n      url\n      file {\n        id\n        name\n      }\n      title {\n        ...LocalizedTextFields\n      }\n      body {\n        ...LocalizedTextFields\n      }\n    }\n  }\n}": typeof types.MyAssignmentSummaryFieldsFragmentDoc,
    "fragment OrgUnitNamed on OrgUnit {\n  id\n  names {\n    kk\n    ru\n    en\n  }\n}": typeof types.OrgUnitNamedFragmentDoc,
    "fragment PersonCertificateFields on PersonCertificate {\n  id\n  code\n  courseId\n  courseTitle {\n    ...LocalizedTextFields\n  }\n  issuedOn\n  scorePercent\n  validUntil\n  standing\n}": typeof types.PersonCertificateFieldsFragmentDoc,
    "mutation PlanTrainingSession($input: TrainingSessionInput!) {\n  planTrainingSession(input: $input) {\n    ...TrainingSessionFields\n  }\n}": typeof types.PlanTrainingSessionDocument,
    "mutation PreviewSessionAttendanceImport($sessionId: ID!, $file: File!) {\n  previewSessionAttendanceImport(sessionId: $sessionId, file: $file) {\n    ...AttendanceImportPreviewFields\n  }\n}": typeof types.PreviewSessionAttendanceImportDocument,
    "mutation PublishTrainingCourse($courseId: ID!) {\n  publishTrainingCourse(courseId: $courseId) {\n    id\n    number\n  }\n}": typeof types.PublishTrainingCourseDocument,
    "fragment BankQuestionFields on TrainingBankQuestion {\n  id\n  poolId\n  kind\n  text {\n    ...LocalizedTextFields\n  }\n  options {\n    text {\n      ...LocalizedTextFields\n    }\n    correct\n    match\n  }\n  matches {\n    ...LocalizedTextFields\n  }\n  explanation {\n    ...LocalizedTextFields\n  }\n}\n\nfragment BankPoolFields on TrainingBankPool {\n  id\n  title {\n    ...LocalizedTextFields\n  }\n  questionCount\n}": typeof types.BankQuestionFieldsFragmentDoc,
    "mutation PreviewTrainingQuestionImport($courseId: ID!, $file: File!) {\n  previewTrainingQuestionImport(courseId: $courseId, file: $file) {\n    rows {\n      row\n      pool\n      newPool\n      kind\n      text {\n        ...LocalizedTextFields\n      }\n      optionCount\n    }\n    problems {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n    poolsToCreate\n  }\n}\n\nmutation ImportTrainingQuestionFile($courseId: ID!, $file: File!) {\n  importTrainingQuestionFile(courseId: $courseId, file: $file) {\n    created\n    poolsCreated\n  }\n}": typeof types.PreviewTrainingQuestionImportDocument,
    "mutation CreateTrainingQuestionPool($courseId: ID!, $title: LocalizedTextInput!) {\n  createTrainingQuestionPool(courseId: $courseId, title: $title) {\n    id\n  }\n}\n\nmutation RenameTrainingQuestionPool($poolId: ID!, $title: LocalizedTextInput!) {\n  renameTrainingQuestionPool(poolId: $poolId, title: $title) {\n    id\n  }\n}\n\nmutation DeleteTrainingQuestionPool($poolId: ID!) {\n  deleteTrainingQuestionPool(poolId: $poolId)\n}": typeof types.CreateTrainingQuestionPoolDocument,
    "mutation RecordSessionAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n  recordSessionAttendance(sessionId: $sessionId, entries: $entries)\n}": typeof types.RecordSessionAttendanceDocument,
    "mutation SaveAnswer($attemptId: ID!, $answer: AnswerInput!) {\n  saveAnswer(attemptId: $attemptId, answer: $answer) {\n    id\n    status\n    answers {\n      questionId\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n  }\n}": typeof types.SaveAnswerDocument,
    "mutation SaveTrainingCourseDraft($courseId: ID!, $revision: Int!, $input: CourseDraftInput!) {\n  saveTrainingCourseDraft(courseId: $courseId, revision: $revision, input: $input) {\n    ...AuthoredCourseFields\n  }\n}": typeof types.SaveTrainingCourseDraftDocument,
    "fragment SessionAttendanceFields on SessionAttendance {\n  personId\n  fullName\n  email\n  status\n  reason\n  scorePercent\n}": typeof types.SessionAttendanceFieldsFragmentDoc,
    "mutation SetTrainingSessionStatus($id: ID!, $status: TrainingSessionStatus!, $heldOn: String) {\n  setTrainingSessionStatus(id: $id, status: $status, heldOn: $heldOn) {\n    ...TrainingSessionFields\n  }\n}": typeof types.SetTrainingSessionStatusDocument,
    "mutation StartAttempt($testId: ID!) {\n  startAttempt(testId: $testId) {\n    ...AttemptFields\n  }\n}": typeof types.StartAttemptDocument,
    "mutation SubmitAttempt($attemptId: ID!) {\n  submitAttempt(attemptId: $attemptId) {\n    ...AttemptResultFields\n  }\n}": typeof types.SubmitAttemptDocument,
    "fragment TestSettingsFields on TrainingTestSettings {\n  id\n  draws {\n    poolId\n    count\n  }\n  shuffle\n  timeLimitMinutes\n  maxAttempts\n  passMark\n  reviewAllowed\n  lessonsRequiredBeforeTest\n}\n\nquery GetTestSettings($courseId: ID!) {\n  trainingQuestionBank(courseId: $courseId, limit: 1) {\n    courseId\n    courseTitle {\n      ...LocalizedTextFields\n    }\n    pools {\n      ...BankPoolFields\n    }\n  }\n  trainingTestSettings(courseId: $courseId) {\n    ...TestSettingsFields\n  }\n}\n\nmutation EditTrainingTest($courseId: ID!, $input: TrainingTestSettingsInput!) {\n  editTrainingTest(courseId: $courseId, input: $input) {\n    ...TestSettingsFields\n  }\n}": typeof types.TestSettingsFieldsFragmentDoc,
    "fragment TrainingAssignmentFields on TrainingAssignment {\n  id\n  course {\n    id\n    title {\n      ...LocalizedTextFields\n    }\n  }\n  audience\n  orgUnitIds\n  role\n  newHireMonths\n  dueOn\n  recurrence\n  riskIds\n  answeredRisks {\n    id\n    code\n    processOrDocument\n  }\n  enrolled\n  active\n}": typeof types.TrainingAssignmentFieldsFragmentDoc,
    "mutation CreateTrainingQuestion($poolId: ID!, $input: TrainingQuestionInput!) {\n  createTrainingQuestion(poolId: $poolId, input: $input) {\n    id\n  }\n}\n\nmutation EditTrainingQuestion($id: ID!, $input: TrainingQuestionInput!) {\n  editTrainingQuestion(id: $id, input: $input) {\n    id\n  }\n}\n\nmutation RetireTrainingQuestion($id: ID!) {\n  retireTrainingQuestion(id: $id)\n}": typeof types.CreateTrainingQuestionDocument,
    "query TrainingRiskChoices {\n  riskChoices {\n    id\n    code\n    processOrDocument\n  }\n}": typeof types.TrainingRiskChoicesDocument,
    "fragment TrainingSessionFields on TrainingSession {\n  id\n  kind\n  topic {\n    ...LocalizedTextFields\n  }\n  plannedOn\n  heldOn\n  status\n  trainer\n  durationMinutes\n  knowledgeCheck\n  materials {\n    title\n    url\n  }\n  attended\n  absent\n}": typeof types.TrainingSessionFieldsFragmentDoc,
    "mutation UploadLessonFile($courseId: ID!, $file: File!) {\n  uploadLessonFile(courseId: $courseId, file: $file) {\n    id\n    name\n    contentType\n    sizeBytes\n  }\n}": typeof types.UploadLessonFileDocument,
};
const documents: Documents = {
    "fragment AttemptFields on Attempt {\n  id\n  testId\n  number\n  status\n  startedAt\n  deadline\n  submittedAt\n  questions {\n    id\n    kind\n    text {\n      ...LocalizedTextFields\n    }\n    options {\n      id\n      text {\n        ...LocalizedTextFields\n      }\n    }\n    matches {\n      id\n      text {\n        ...LocalizedTextFields\n      }\n    }\n    answered\n    flagged\n  }\n  answers {\n    questionId\n    optionIds\n    pairs {\n      optionId\n      matchId\n    }\n  }\n}": types.AttemptFieldsFragmentDoc,
    "fragment AttemptResultFields on AttemptResult {\n  attemptId\n  status\n  scorePercent\n  passed\n  passMark\n  certificateCode\n  wrongQuestionIds\n  review {\n    questionId\n    correct\n    given {\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n    rightAnswer {\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n    explanation {\n      ...LocalizedTextFields\n    }\n  }\n}": types.AttemptResultFieldsFragmentDoc,
    "fragment AttendanceImportPreviewFields on AttendanceImportPreview {\n  attended\n  absent\n  rows {\n    row\n    personId\n    fullName\n    email\n    matchedBy\n    status\n    reason\n    scorePercent\n  }\n  errors {\n    row\n    column\n    messageKey\n    params\n    message\n  }\n}": types.AttendanceImportPreviewFieldsFragmentDoc,
    "fragment AuthoredCourseRow on AuthoredCourse {\n  id\n  status\n  revision\n  changedAt\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n  }\n  publishedVersion {\n    id\n    number\n  }\n  draft {\n    id\n    number\n  }\n}\n\nfragment CourseVersionFields on CourseVersion {\n  id\n  number\n  status\n  publishedAt\n  savedAt\n  savedByName\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n  }\n  lessons {\n    id\n    kind\n    title {\n      ...LocalizedTextFields\n    }\n    body {\n      ...LocalizedTextFields\n    }\n    url\n    file {\n      id\n      name\n      contentType\n      sizeBytes\n    }\n  }\n}\n\nfragment AuthoredCourseFields on AuthoredCourse {\n  id\n  status\n  revision\n  changedAt\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n  }\n  publishedVersion {\n    ...CourseVersionFields\n  }\n  draft {\n    ...CourseVersionFields\n  }\n  versions {\n    id\n    number\n    status\n    publishedAt\n    savedAt\n  }\n  course {\n    id\n    test {\n      id\n      questionCount\n      passMark\n      timeLimitMinutes\n      maxAttempts\n    }\n  }\n}": types.AuthoredCourseRowFragmentDoc,
    "mutation EditTrainingAssignment($id: ID!, $input: EditTrainingAssignmentInput!) {\n  editTrainingAssignment(id: $id, input: $input) {\n    ...TrainingAssignmentFields\n  }\n}\n\nmutation ExtendTrainingDueDate($assignmentId: ID!, $personIds: [ID!]!, $dueOn: String!) {\n  extendTrainingDueDate(\n    assignmentId: $assignmentId\n    personIds: $personIds\n    dueOn: $dueOn\n  )\n}\n\nmutation DeactivateTrainingAssignment($id: ID!) {\n  deactivateTrainingAssignment(id: $id) {\n    ...TrainingAssignmentFields\n  }\n}\n\nmutation SendTrainingReminderNow($assignmentId: ID!) {\n  sendTrainingReminderNow(assignmentId: $assignmentId)\n}": types.EditTrainingAssignmentDocument,
    "fragment CompletionFiguresFields on CompletionFigures {\n  assigned\n  started\n  passed\n  failed\n  overdue\n  startedPercent\n  passedPercent\n  failedPercent\n  overduePercent\n  notStarted\n  notStartedPercent\n}": types.CompletionFiguresFieldsFragmentDoc,
    "mutation CreateTrainingAssignment($input: CreateTrainingAssignmentInput!) {\n  createTrainingAssignment(input: $input) {\n    ...TrainingAssignmentFields\n  }\n}": types.CreateTrainingAssignmentDocument,
    "mutation CreateTrainingCourse($input: CreateTrainingCourseInput!) {\n  createTrainingCourse(input: $input) {\n    id\n    course {\n      id\n    }\n  }\n}": types.CreateTrainingCourseDocument,
    "mutation EditTrainingSession($id: ID!, $input: TrainingSessionInput!) {\n  editTrainingSession(id: $id, input: $input) {\n    ...TrainingSessionFields\n  }\n}": types.EditTrainingSessionDocument,
    "mutation FlagQuestion($attemptId: ID!, $questionId: ID!, $flagged: Boolean!) {\n  flagQuestion(attemptId: $attemptId, questionId: $questionId, flagged: $flagged) {\n    id\n    questions {\n      id\n      flagged\n    }\n  }\n}": types.FlagQuestionDocument,
    "query GetAttemptResult($attemptId: ID!) {\n  attemptResult(attemptId: $attemptId) {\n    ...AttemptResultFields\n  }\n  attempt(id: $attemptId) {\n    ...AttemptFields\n  }\n}": types.GetAttemptResultDocument,
    "query GetMyAssignment($id: ID!) {\n  myAssignment(id: $id) {\n    ...MyAssignmentFields\n  }\n}": types.GetMyAssignmentDocument,
    "query GetQuestionBank($courseId: ID!, $search: String, $kind: QuestionKind, $poolId: ID, $offset: Int) {\n  trainingQuestionBank(\n    courseId: $courseId\n    search: $search\n    kind: $kind\n    poolId: $poolId\n    limit: 20\n    offset: $offset\n  ) {\n    courseId\n    courseTitle {\n      ...LocalizedTextFields\n    }\n    pools {\n      ...BankPoolFields\n    }\n    total\n    questions {\n      ...BankQuestionFields\n    }\n  }\n}": types.GetQuestionBankDocument,
    "query GetTrainingAssignment($id: ID!) {\n  trainingAssignment(id: $id) {\n    ...TrainingAssignmentFields\n  }\n  trainingAssignmentHistory(assignmentId: $id) {\n    id\n    kind\n    changedAt\n    changedByName\n    before {\n      ...TrainingAssignmentStateFields\n    }\n    after {\n      ...TrainingAssignmentStateFields\n    }\n  }\n}\n\nfragment TrainingAssignmentStateFields on TrainingAssignmentState {\n  audience\n  orgUnitIds\n  role\n  newHireMonths\n  dueOn\n  active\n  people\n  enrolled\n  withdrawn\n  reminded\n}": types.GetTrainingAssignmentDocument,
    "query GetTrainingCompletion($courseId: ID, $orgUnitId: ID) {\n  trainingCompletion(courseId: $courseId, orgUnitId: $orgUnitId) {\n    orgUnit {\n      ...OrgUnitNamed\n      parent {\n        id\n      }\n    }\n    total {\n      ...CompletionFiguresFields\n    }\n    rows {\n      orgUnit {\n        ...OrgUnitNamed\n      }\n      figures {\n        ...CompletionFiguresFields\n      }\n    }\n  }\n}": types.GetTrainingCompletionDocument,
    "query GetTrainingCourse($id: ID!) {\n  trainingCourse(id: $id) {\n    ...AuthoredCourseFields\n  }\n}": types.GetTrainingCourseDocument,
    "query GetTrainingKnowledgeGaps($courseId: ID!, $periodFrom: String!, $periodTo: String!, $orgUnitId: ID) {\n  trainingKnowledgeGaps(\n    courseId: $courseId\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    orgUnitId: $orgUnitId\n  ) {\n    periodFrom\n    periodTo\n    attempts\n    people\n    suppressed\n    orgUnit {\n      ...OrgUnitNamed\n    }\n    total {\n      asked\n      wrong\n      wrongPercent\n    }\n    questions {\n      questionId\n      text {\n        ...LocalizedTextFields\n      }\n      poolTitle {\n        ...LocalizedTextFields\n      }\n      topic\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n    topics {\n      topic\n      questions\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n    units {\n      orgUnit {\n        ...OrgUnitNamed\n      }\n      suppressed\n      people\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n  }\n}": types.GetTrainingKnowledgeGapsDocument,
    "query GetTrainingSession($id: ID!) {\n  trainingSession(id: $id) {\n    ...TrainingSessionFields\n  }\n  sessionAttendance(sessionId: $id) {\n    ...SessionAttendanceFields\n  }\n}": types.GetTrainingSessionDocument,
    "mutation ImportSessionAttendance($sessionId: ID!, $file: File!) {\n  importSessionAttendance(sessionId: $sessionId, file: $file) {\n    ...AttendanceImportPreviewFields\n  }\n}": types.ImportSessionAttendanceDocument,
    "query ListAuthoredCourses($search: String) {\n  authoredTrainingCourses(search: $search) {\n    ...AuthoredCourseRow\n  }\n}": types.ListAuthoredCoursesDocument,
    "query ListCompletionPeople($courseId: ID, $orgUnitId: ID, $figure: CompletionFigure!, $limit: Int, $offset: Int) {\n  trainingCompletionPeople(\n    courseId: $courseId\n    orgUnitId: $orgUnitId\n    figure: $figure\n    limit: $limit\n    offset: $offset\n  ) {\n    id\n    fullName\n    email\n    status\n    dueOn\n    bestScorePercent\n    orgUnit {\n      ...OrgUnitNamed\n    }\n  }\n}": types.ListCompletionPeopleDocument,
    "query ListMyAssignments {\n  myAssignments {\n    ...MyAssignmentSummaryFields\n  }\n}": types.ListMyAssignmentsDocument,
    "query ListMyCertificates {\n  myCertificates {\n    ...PersonCertificateFields\n  }\n}": types.ListMyCertificatesDocument,
    "query ListOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}": types.ListOrgUnitsDocument,
    "query ListPersonCertificates($personId: ID!) {\n  personCertificates(personId: $personId) {\n    personId\n    fullName\n    certificates {\n      ...PersonCertificateFields\n    }\n  }\n}": types.ListPersonCertificatesDocument,
    "query ListTrainingAssignmentEnrolments($assignmentId: ID!, $status: EnrolmentStatus, $search: String, $limit: Int, $offset: Int) {\n  trainingAssignmentEnrolments(\n    assignmentId: $assignmentId\n    status: $status\n    search: $search\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      personId\n      fullName\n      email\n      orgUnitNames {\n        ...LocalizedTextFields\n      }\n      status\n      dueOn\n      extendedFrom\n      attempts\n      lastScorePercent\n    }\n  }\n}": types.ListTrainingAssignmentEnrolmentsDocument,
    "query ListTrainingAssignments {\n  trainingAssignments {\n    ...TrainingAssignmentFields\n  }\n}": types.ListTrainingAssignmentsDocument,
    "query ListTrainingCourses {\n  trainingCourses {\n    id\n    title {\n      ...LocalizedTextFields\n    }\n  }\n}": types.ListTrainingCoursesDocument,
    "query ListTrainingSessions($search: String, $limit: Int, $offset: Int) {\n  trainingSessions(search: $search, limit: $limit, offset: $offset) {\n    total\n    sessions {\n      ...TrainingSessionFields\n    }\n  }\n}": types.ListTrainingSessionsDocument,
    "fragment LocalizedTextFields on LocalizedText {\n  kk\n  ru\n  en\n}": types.LocalizedTextFieldsFragmentDoc,
    "mutation MarkLessonDone($courseId: ID!, $lessonId: ID!) {\n  markLessonDone(courseId: $courseId, lessonId: $lessonId) {\n    ...MyAssignmentFields\n  }\n}": types.MarkLessonDoneDocument,
    "fragment MyAssignmentSummaryFields on MyAssignment {\n  id\n  assignmentId\n  testId\n  dueOn\n  status\n  attempts\n  maxAttempts\n  attemptsLeft\n  canStartAttempt\n  lessonsTotal\n  doneLessonIds\n  lessonsRequiredBeforeTest\n  bestScorePercent\n  certificateCode\n  course {\n    id\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n    test {\n      id\n      passMark\n      timeLimitMinutes\n      maxAttempts\n      questionCount\n      reviewAllowed\n      lessonsRequiredBeforeTest\n    }\n  }\n}\n\nfragment MyAssignmentFields on MyAssignment {\n  ...MyAssignmentSummaryFields\n  course {\n    id\n    lessons {\n      id\n      kind\n      url\n      file {\n        id\n        name\n      }\n      title {\n        ...LocalizedTextFields\n      }\n      body {\n        ...LocalizedTextFields\n      }\n    }\n  }\n}": types.MyAssignmentSummaryFieldsFragmentDoc,
    "fragment OrgUnitNamed on OrgUnit {\n  id\n  names {\n    kk\n    ru\n    en\n  }\n}": types.OrgUnitNamedFragmentDoc,
    "fragment PersonCertificateFields on PersonCertificate {\n  id\n  code\n  courseId\n  courseTitle {\n    ...LocalizedTextFields\n  }\n  issuedOn\n  scorePercent\n  validUntil\n  standing\n}": types.PersonCertificateFieldsFragmentDoc,
    "mutation PlanTrainingSession($input: TrainingSessionInput!) {\n  planTrainingSession(input: $input) {\n    ...TrainingSessionFields\n  }\n}": types.PlanTrainingSessionDocument,
    "mutation PreviewSessionAttendanceImport($sessionId: ID!, $file: File!) {\n  previewSessionAttendanceImport(sessionId: $sessionId, file: $file) {\n    ...AttendanceImportPreviewFields\n  }\n}": types.PreviewSessionAttendanceImportDocument,
    "mutation PublishTrainingCourse($courseId: ID!) {\n  publishTrainingCourse(courseId: $courseId) {\n    id\n    number\n  }\n}": types.PublishTrainingCourseDocument,
    "fragment BankQuestionFields on TrainingBankQuestion {\n  id\n  poolId\n  kind\n  text {\n    ...LocalizedTextFields\n  }\n  options {\n    text {\n      ...LocalizedTextFields\n    }\n    correct\n    match\n  }\n  matches {\n    ...LocalizedTextFields\n  }\n  explanation {\n    ...LocalizedTextFields\n  }\n}\n\nfragment BankPoolFields on TrainingBankPool {\n  id\n  title {\n    ...LocalizedTextFields\n  }\n  questionCount\n}": types.BankQuestionFieldsFragmentDoc,
    "mutation PreviewTrainingQuestionImport($courseId: ID!, $file: File!) {\n  previewTrainingQuestionImport(courseId: $courseId, file: $file) {\n    rows {\n      row\n      pool\n      newPool\n      kind\n      text {\n        ...LocalizedTextFields\n      }\n      optionCount\n    }\n    problems {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n    poolsToCreate\n  }\n}\n\nmutation ImportTrainingQuestionFile($courseId: ID!, $file: File!) {\n  importTrainingQuestionFile(courseId: $courseId, file: $file) {\n    created\n    poolsCreated\n  }\n}": types.PreviewTrainingQuestionImportDocument,
    "mutation CreateTrainingQuestionPool($courseId: ID!, $title: LocalizedTextInput!) {\n  createTrainingQuestionPool(courseId: $courseId, title: $title) {\n    id\n  }\n}\n\nmutation RenameTrainingQuestionPool($poolId: ID!, $title: LocalizedTextInput!) {\n  renameTrainingQuestionPool(poolId: $poolId, title: $title) {\n    id\n  }\n}\n\nmutation DeleteTrainingQuestionPool($poolId: ID!) {\n  deleteTrainingQuestionPool(poolId: $poolId)\n}": types.CreateTrainingQuestionPoolDocument,
    "mutation RecordSessionAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n  recordSessionAttendance(sessionId: $sessionId, entries: $entries)\n}": types.RecordSessionAttendanceDocument,
    "mutation SaveAnswer($attemptId: ID!, $answer: AnswerInput!) {\n  saveAnswer(attemptId: $attemptId, answer: $answer) {\n    id\n    status\n    answers {\n      questionId\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n  }\n}": types.SaveAnswerDocument,
    "mutation SaveTrainingCourseDraft($courseId: ID!, $revision: Int!, $input: CourseDraftInput!) {\n  saveTrainingCourseDraft(courseId: $courseId, revision: $revision, input: $input) {\n    ...AuthoredCourseFields\n  }\n}": types.SaveTrainingCourseDraftDocument,
    "fragment SessionAttendanceFields on SessionAttendance {\n  personId\n  fullName\n  email\n  status\n  reason\n  scorePercent\n}": types.SessionAttendanceFieldsFragmentDoc,
    "mutation SetTrainingSessionStatus($id: ID!, $status: TrainingSessionStatus!, $heldOn: String) {\n  setTrainingSessionStatus(id: $id, status: $status, heldOn: $heldOn) {\n    ...TrainingSessionFields\n  }\n}": types.SetTrainingSessionStatusDocument,
    "mutation StartAttempt($testId: ID!) {\n  startAttempt(testId: $testId) {\n    ...AttemptFields\n  }\n}": types.StartAttemptDocument,
    "mutation SubmitAttempt($attemptId: ID!) {\n  submitAttempt(attemptId: $attemptId) {\n    ...AttemptResultFields\n  }\n}": types.SubmitAttemptDocument,
    "fragment TestSettingsFields on TrainingTestSettings {\n  id\n  draws {\n    poolId\n    count\n  }\n  shuffle\n  timeLimitMinutes\n  maxAttempts\n  passMark\n  reviewAllowed\n  lessonsRequiredBeforeTest\n}\n\nquery GetTestSettings($courseId: ID!) {\n  trainingQuestionBank(courseId: $courseId, limit: 1) {\n    courseId\n    courseTitle {\n      ...LocalizedTextFields\n    }\n    pools {\n      ...BankPoolFields\n    }\n  }\n  trainingTestSettings(courseId: $courseId) {\n    ...TestSettingsFields\n  }\n}\n\nmutation EditTrainingTest($courseId: ID!, $input: TrainingTestSettingsInput!) {\n  editTrainingTest(courseId: $courseId, input: $input) {\n    ...TestSettingsFields\n  }\n}": types.TestSettingsFieldsFragmentDoc,
    "fragment TrainingAssignmentFields on TrainingAssignment {\n  id\n  course {\n    id\n    title {\n      ...LocalizedTextFields\n    }\n  }\n  audience\n  orgUnitIds\n  role\n  newHireMonths\n  dueOn\n  recurrence\n  riskIds\n  answeredRisks {\n    id\n    code\n    processOrDocument\n  }\n  enrolled\n  active\n}": types.TrainingAssignmentFieldsFragmentDoc,
    "mutation CreateTrainingQuestion($poolId: ID!, $input: TrainingQuestionInput!) {\n  createTrainingQuestion(poolId: $poolId, input: $input) {\n    id\n  }\n}\n\nmutation EditTrainingQuestion($id: ID!, $input: TrainingQuestionInput!) {\n  editTrainingQuestion(id: $id, input: $input) {\n    id\n  }\n}\n\nmutation RetireTrainingQuestion($id: ID!) {\n  retireTrainingQuestion(id: $id)\n}": types.CreateTrainingQuestionDocument,
    "query TrainingRiskChoices {\n  riskChoices {\n    id\n    code\n    processOrDocument\n  }\n}": types.TrainingRiskChoicesDocument,
    "fragment TrainingSessionFields on TrainingSession {\n  id\n  kind\n  topic {\n    ...LocalizedTextFields\n  }\n  plannedOn\n  heldOn\n  status\n  trainer\n  durationMinutes\n  knowledgeCheck\n  materials {\n    title\n    url\n  }\n  attended\n  absent\n}": types.TrainingSessionFieldsFragmentDoc,
    "mutation UploadLessonFile($courseId: ID!, $file: File!) {\n  uploadLessonFile(courseId: $courseId, file: $file) {\n    id\n    name\n    contentType\n    sizeBytes\n  }\n}": types.UploadLessonFileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttemptFields on Attempt {\n  id\n  testId\n  number\n  status\n  startedAt\n  deadline\n  submittedAt\n  questions {\n    id\n    kind\n    text {\n      ...LocalizedTextFields\n    }\n    options {\n      id\n      text {\n        ...LocalizedTextFields\n      }\n    }\n    matches {\n      id\n      text {\n        ...LocalizedTextFields\n      }\n    }\n    answered\n    flagged\n  }\n  answers {\n    questionId\n    optionIds\n    pairs {\n      optionId\n      matchId\n    }\n  }\n}"): typeof import('./graphql').AttemptFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttemptResultFields on AttemptResult {\n  attemptId\n  status\n  scorePercent\n  passed\n  passMark\n  certificateCode\n  wrongQuestionIds\n  review {\n    questionId\n    correct\n    given {\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n    rightAnswer {\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n    explanation {\n      ...LocalizedTextFields\n    }\n  }\n}"): typeof import('./graphql').AttemptResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttendanceImportPreviewFields on AttendanceImportPreview {\n  attended\n  absent\n  rows {\n    row\n    personId\n    fullName\n    email\n    matchedBy\n    status\n    reason\n    scorePercent\n  }\n  errors {\n    row\n    column\n    messageKey\n    params\n    message\n  }\n}"): typeof import('./graphql').AttendanceImportPreviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuthoredCourseRow on AuthoredCourse {\n  id\n  status\n  revision\n  changedAt\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n  }\n  publishedVersion {\n    id\n    number\n  }\n  draft {\n    id\n    number\n  }\n}\n\nfragment CourseVersionFields on CourseVersion {\n  id\n  number\n  status\n  publishedAt\n  savedAt\n  savedByName\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n  }\n  lessons {\n    id\n    kind\n    title {\n      ...LocalizedTextFields\n    }\n    body {\n      ...LocalizedTextFields\n    }\n    url\n    file {\n      id\n      name\n      contentType\n      sizeBytes\n    }\n  }\n}\n\nfragment AuthoredCourseFields on AuthoredCourse {\n  id\n  status\n  revision\n  changedAt\n  details {\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n  }\n  publishedVersion {\n    ...CourseVersionFields\n  }\n  draft {\n    ...CourseVersionFields\n  }\n  versions {\n    id\n    number\n    status\n    publishedAt\n    savedAt\n  }\n  course {\n    id\n    test {\n      id\n      questionCount\n      passMark\n      timeLimitMinutes\n      maxAttempts\n    }\n  }\n}"): typeof import('./graphql').AuthoredCourseRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditTrainingAssignment($id: ID!, $input: EditTrainingAssignmentInput!) {\n  editTrainingAssignment(id: $id, input: $input) {\n    ...TrainingAssignmentFields\n  }\n}\n\nmutation ExtendTrainingDueDate($assignmentId: ID!, $personIds: [ID!]!, $dueOn: String!) {\n  extendTrainingDueDate(\n    assignmentId: $assignmentId\n    personIds: $personIds\n    dueOn: $dueOn\n  )\n}\n\nmutation DeactivateTrainingAssignment($id: ID!) {\n  deactivateTrainingAssignment(id: $id) {\n    ...TrainingAssignmentFields\n  }\n}\n\nmutation SendTrainingReminderNow($assignmentId: ID!) {\n  sendTrainingReminderNow(assignmentId: $assignmentId)\n}"): typeof import('./graphql').EditTrainingAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CompletionFiguresFields on CompletionFigures {\n  assigned\n  started\n  passed\n  failed\n  overdue\n  startedPercent\n  passedPercent\n  failedPercent\n  overduePercent\n  notStarted\n  notStartedPercent\n}"): typeof import('./graphql').CompletionFiguresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTrainingAssignment($input: CreateTrainingAssignmentInput!) {\n  createTrainingAssignment(input: $input) {\n    ...TrainingAssignmentFields\n  }\n}"): typeof import('./graphql').CreateTrainingAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTrainingCourse($input: CreateTrainingCourseInput!) {\n  createTrainingCourse(input: $input) {\n    id\n    course {\n      id\n    }\n  }\n}"): typeof import('./graphql').CreateTrainingCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditTrainingSession($id: ID!, $input: TrainingSessionInput!) {\n  editTrainingSession(id: $id, input: $input) {\n    ...TrainingSessionFields\n  }\n}"): typeof import('./graphql').EditTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlagQuestion($attemptId: ID!, $questionId: ID!, $flagged: Boolean!) {\n  flagQuestion(attemptId: $attemptId, questionId: $questionId, flagged: $flagged) {\n    id\n    questions {\n      id\n      flagged\n    }\n  }\n}"): typeof import('./graphql').FlagQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetAttemptResult($attemptId: ID!) {\n  attemptResult(attemptId: $attemptId) {\n    ...AttemptResultFields\n  }\n  attempt(id: $attemptId) {\n    ...AttemptFields\n  }\n}"): typeof import('./graphql').GetAttemptResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetMyAssignment($id: ID!) {\n  myAssignment(id: $id) {\n    ...MyAssignmentFields\n  }\n}"): typeof import('./graphql').GetMyAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetQuestionBank($courseId: ID!, $search: String, $kind: QuestionKind, $poolId: ID, $offset: Int) {\n  trainingQuestionBank(\n    courseId: $courseId\n    search: $search\n    kind: $kind\n    poolId: $poolId\n    limit: 20\n    offset: $offset\n  ) {\n    courseId\n    courseTitle {\n      ...LocalizedTextFields\n    }\n    pools {\n      ...BankPoolFields\n    }\n    total\n    questions {\n      ...BankQuestionFields\n    }\n  }\n}"): typeof import('./graphql').GetQuestionBankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetTrainingAssignment($id: ID!) {\n  trainingAssignment(id: $id) {\n    ...TrainingAssignmentFields\n  }\n  trainingAssignmentHistory(assignmentId: $id) {\n    id\n    kind\n    changedAt\n    changedByName\n    before {\n      ...TrainingAssignmentStateFields\n    }\n    after {\n      ...TrainingAssignmentStateFields\n    }\n  }\n}\n\nfragment TrainingAssignmentStateFields on TrainingAssignmentState {\n  audience\n  orgUnitIds\n  role\n  newHireMonths\n  dueOn\n  active\n  people\n  enrolled\n  withdrawn\n  reminded\n}"): typeof import('./graphql').GetTrainingAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetTrainingCompletion($courseId: ID, $orgUnitId: ID) {\n  trainingCompletion(courseId: $courseId, orgUnitId: $orgUnitId) {\n    orgUnit {\n      ...OrgUnitNamed\n      parent {\n        id\n      }\n    }\n    total {\n      ...CompletionFiguresFields\n    }\n    rows {\n      orgUnit {\n        ...OrgUnitNamed\n      }\n      figures {\n        ...CompletionFiguresFields\n      }\n    }\n  }\n}"): typeof import('./graphql').GetTrainingCompletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetTrainingCourse($id: ID!) {\n  trainingCourse(id: $id) {\n    ...AuthoredCourseFields\n  }\n}"): typeof import('./graphql').GetTrainingCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetTrainingKnowledgeGaps($courseId: ID!, $periodFrom: String!, $periodTo: String!, $orgUnitId: ID) {\n  trainingKnowledgeGaps(\n    courseId: $courseId\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    orgUnitId: $orgUnitId\n  ) {\n    periodFrom\n    periodTo\n    attempts\n    people\n    suppressed\n    orgUnit {\n      ...OrgUnitNamed\n    }\n    total {\n      asked\n      wrong\n      wrongPercent\n    }\n    questions {\n      questionId\n      text {\n        ...LocalizedTextFields\n      }\n      poolTitle {\n        ...LocalizedTextFields\n      }\n      topic\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n    topics {\n      topic\n      questions\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n    units {\n      orgUnit {\n        ...OrgUnitNamed\n      }\n      suppressed\n      people\n      figures {\n        asked\n        wrong\n        wrongPercent\n      }\n    }\n  }\n}"): typeof import('./graphql').GetTrainingKnowledgeGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetTrainingSession($id: ID!) {\n  trainingSession(id: $id) {\n    ...TrainingSessionFields\n  }\n  sessionAttendance(sessionId: $id) {\n    ...SessionAttendanceFields\n  }\n}"): typeof import('./graphql').GetTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportSessionAttendance($sessionId: ID!, $file: File!) {\n  importSessionAttendance(sessionId: $sessionId, file: $file) {\n    ...AttendanceImportPreviewFields\n  }\n}"): typeof import('./graphql').ImportSessionAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListAuthoredCourses($search: String) {\n  authoredTrainingCourses(search: $search) {\n    ...AuthoredCourseRow\n  }\n}"): typeof import('./graphql').ListAuthoredCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListCompletionPeople($courseId: ID, $orgUnitId: ID, $figure: CompletionFigure!, $limit: Int, $offset: Int) {\n  trainingCompletionPeople(\n    courseId: $courseId\n    orgUnitId: $orgUnitId\n    figure: $figure\n    limit: $limit\n    offset: $offset\n  ) {\n    id\n    fullName\n    email\n    status\n    dueOn\n    bestScorePercent\n    orgUnit {\n      ...OrgUnitNamed\n    }\n  }\n}"): typeof import('./graphql').ListCompletionPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListMyAssignments {\n  myAssignments {\n    ...MyAssignmentSummaryFields\n  }\n}"): typeof import('./graphql').ListMyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListMyCertificates {\n  myCertificates {\n    ...PersonCertificateFields\n  }\n}"): typeof import('./graphql').ListMyCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrgUnits {\n  orgUnits {\n    id\n    name\n    names {\n      kk\n      ru\n      en\n    }\n    path\n  }\n}"): typeof import('./graphql').ListOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListPersonCertificates($personId: ID!) {\n  personCertificates(personId: $personId) {\n    personId\n    fullName\n    certificates {\n      ...PersonCertificateFields\n    }\n  }\n}"): typeof import('./graphql').ListPersonCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListTrainingAssignmentEnrolments($assignmentId: ID!, $status: EnrolmentStatus, $search: String, $limit: Int, $offset: Int) {\n  trainingAssignmentEnrolments(\n    assignmentId: $assignmentId\n    status: $status\n    search: $search\n    limit: $limit\n    offset: $offset\n  ) {\n    total\n    rows {\n      id\n      personId\n      fullName\n      email\n      orgUnitNames {\n        ...LocalizedTextFields\n      }\n      status\n      dueOn\n      extendedFrom\n      attempts\n      lastScorePercent\n    }\n  }\n}"): typeof import('./graphql').ListTrainingAssignmentEnrolmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListTrainingAssignments {\n  trainingAssignments {\n    ...TrainingAssignmentFields\n  }\n}"): typeof import('./graphql').ListTrainingAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListTrainingCourses {\n  trainingCourses {\n    id\n    title {\n      ...LocalizedTextFields\n    }\n  }\n}"): typeof import('./graphql').ListTrainingCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListTrainingSessions($search: String, $limit: Int, $offset: Int) {\n  trainingSessions(search: $search, limit: $limit, offset: $offset) {\n    total\n    sessions {\n      ...TrainingSessionFields\n    }\n  }\n}"): typeof import('./graphql').ListTrainingSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LocalizedTextFields on LocalizedText {\n  kk\n  ru\n  en\n}"): typeof import('./graphql').LocalizedTextFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkLessonDone($courseId: ID!, $lessonId: ID!) {\n  markLessonDone(courseId: $courseId, lessonId: $lessonId) {\n    ...MyAssignmentFields\n  }\n}"): typeof import('./graphql').MarkLessonDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MyAssignmentSummaryFields on MyAssignment {\n  id\n  assignmentId\n  testId\n  dueOn\n  status\n  attempts\n  maxAttempts\n  attemptsLeft\n  canStartAttempt\n  lessonsTotal\n  doneLessonIds\n  lessonsRequiredBeforeTest\n  bestScorePercent\n  certificateCode\n  course {\n    id\n    topic\n    title {\n      ...LocalizedTextFields\n    }\n    description {\n      ...LocalizedTextFields\n    }\n    audienceHint {\n      ...LocalizedTextFields\n    }\n    test {\n      id\n      passMark\n      timeLimitMinutes\n      maxAttempts\n      questionCount\n      reviewAllowed\n      lessonsRequiredBeforeTest\n    }\n  }\n}\n\nfragment MyAssignmentFields on MyAssignment {\n  ...MyAssignmentSummaryFields\n  course {\n    id\n    lessons {\n      id\n      kind\n      url\n      file {\n        id\n        name\n      }\n      title {\n        ...LocalizedTextFields\n      }\n      body {\n        ...LocalizedTextFields\n      }\n    }\n  }\n}"): typeof import('./graphql').MyAssignmentSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrgUnitNamed on OrgUnit {\n  id\n  names {\n    kk\n    ru\n    en\n  }\n}"): typeof import('./graphql').OrgUnitNamedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonCertificateFields on PersonCertificate {\n  id\n  code\n  courseId\n  courseTitle {\n    ...LocalizedTextFields\n  }\n  issuedOn\n  scorePercent\n  validUntil\n  standing\n}"): typeof import('./graphql').PersonCertificateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanTrainingSession($input: TrainingSessionInput!) {\n  planTrainingSession(input: $input) {\n    ...TrainingSessionFields\n  }\n}"): typeof import('./graphql').PlanTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreviewSessionAttendanceImport($sessionId: ID!, $file: File!) {\n  previewSessionAttendanceImport(sessionId: $sessionId, file: $file) {\n    ...AttendanceImportPreviewFields\n  }\n}"): typeof import('./graphql').PreviewSessionAttendanceImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishTrainingCourse($courseId: ID!) {\n  publishTrainingCourse(courseId: $courseId) {\n    id\n    number\n  }\n}"): typeof import('./graphql').PublishTrainingCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BankQuestionFields on TrainingBankQuestion {\n  id\n  poolId\n  kind\n  text {\n    ...LocalizedTextFields\n  }\n  options {\n    text {\n      ...LocalizedTextFields\n    }\n    correct\n    match\n  }\n  matches {\n    ...LocalizedTextFields\n  }\n  explanation {\n    ...LocalizedTextFields\n  }\n}\n\nfragment BankPoolFields on TrainingBankPool {\n  id\n  title {\n    ...LocalizedTextFields\n  }\n  questionCount\n}"): typeof import('./graphql').BankQuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreviewTrainingQuestionImport($courseId: ID!, $file: File!) {\n  previewTrainingQuestionImport(courseId: $courseId, file: $file) {\n    rows {\n      row\n      pool\n      newPool\n      kind\n      text {\n        ...LocalizedTextFields\n      }\n      optionCount\n    }\n    problems {\n      row\n      column\n      messageKey\n      params\n      message\n    }\n    poolsToCreate\n  }\n}\n\nmutation ImportTrainingQuestionFile($courseId: ID!, $file: File!) {\n  importTrainingQuestionFile(courseId: $courseId, file: $file) {\n    created\n    poolsCreated\n  }\n}"): typeof import('./graphql').PreviewTrainingQuestionImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTrainingQuestionPool($courseId: ID!, $title: LocalizedTextInput!) {\n  createTrainingQuestionPool(courseId: $courseId, title: $title) {\n    id\n  }\n}\n\nmutation RenameTrainingQuestionPool($poolId: ID!, $title: LocalizedTextInput!) {\n  renameTrainingQuestionPool(poolId: $poolId, title: $title) {\n    id\n  }\n}\n\nmutation DeleteTrainingQuestionPool($poolId: ID!) {\n  deleteTrainingQuestionPool(poolId: $poolId)\n}"): typeof import('./graphql').CreateTrainingQuestionPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSessionAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n  recordSessionAttendance(sessionId: $sessionId, entries: $entries)\n}"): typeof import('./graphql').RecordSessionAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveAnswer($attemptId: ID!, $answer: AnswerInput!) {\n  saveAnswer(attemptId: $attemptId, answer: $answer) {\n    id\n    status\n    answers {\n      questionId\n      optionIds\n      pairs {\n        optionId\n        matchId\n      }\n    }\n  }\n}"): typeof import('./graphql').SaveAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveTrainingCourseDraft($courseId: ID!, $revision: Int!, $input: CourseDraftInput!) {\n  saveTrainingCourseDraft(courseId: $courseId, revision: $revision, input: $input) {\n    ...AuthoredCourseFields\n  }\n}"): typeof import('./graphql').SaveTrainingCourseDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionAttendanceFields on SessionAttendance {\n  personId\n  fullName\n  email\n  status\n  reason\n  scorePercent\n}"): typeof import('./graphql').SessionAttendanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTrainingSessionStatus($id: ID!, $status: TrainingSessionStatus!, $heldOn: String) {\n  setTrainingSessionStatus(id: $id, status: $status, heldOn: $heldOn) {\n    ...TrainingSessionFields\n  }\n}"): typeof import('./graphql').SetTrainingSessionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartAttempt($testId: ID!) {\n  startAttempt(testId: $testId) {\n    ...AttemptFields\n  }\n}"): typeof import('./graphql').StartAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitAttempt($attemptId: ID!) {\n  submitAttempt(attemptId: $attemptId) {\n    ...AttemptResultFields\n  }\n}"): typeof import('./graphql').SubmitAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TestSettingsFields on TrainingTestSettings {\n  id\n  draws {\n    poolId\n    count\n  }\n  shuffle\n  timeLimitMinutes\n  maxAttempts\n  passMark\n  reviewAllowed\n  lessonsRequiredBeforeTest\n}\n\nquery GetTestSettings($courseId: ID!) {\n  trainingQuestionBank(courseId: $courseId, limit: 1) {\n    courseId\n    courseTitle {\n      ...LocalizedTextFields\n    }\n    pools {\n      ...BankPoolFields\n    }\n  }\n  trainingTestSettings(courseId: $courseId) {\n    ...TestSettingsFields\n  }\n}\n\nmutation EditTrainingTest($courseId: ID!, $input: TrainingTestSettingsInput!) {\n  editTrainingTest(courseId: $courseId, input: $input) {\n    ...TestSettingsFields\n  }\n}"): typeof import('./graphql').TestSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TrainingAssignmentFields on TrainingAssignment {\n  id\n  course {\n    id\n    title {\n      ...LocalizedTextFields\n    }\n  }\n  audience\n  orgUnitIds\n  role\n  newHireMonths\n  dueOn\n  recurrence\n  riskIds\n  answeredRisks {\n    id\n    code\n    processOrDocument\n  }\n  enrolled\n  active\n}"): typeof import('./graphql').TrainingAssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTrainingQuestion($poolId: ID!, $input: TrainingQuestionInput!) {\n  createTrainingQuestion(poolId: $poolId, input: $input) {\n    id\n  }\n}\n\nmutation EditTrainingQuestion($id: ID!, $input: TrainingQuestionInput!) {\n  editTrainingQuestion(id: $id, input: $input) {\n    id\n  }\n}\n\nmutation RetireTrainingQuestion($id: ID!) {\n  retireTrainingQuestion(id: $id)\n}"): typeof import('./graphql').CreateTrainingQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingRiskChoices {\n  riskChoices {\n    id\n    code\n    processOrDocument\n  }\n}"): typeof import('./graphql').TrainingRiskChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TrainingSessionFields on TrainingSession {\n  id\n  kind\n  topic {\n    ...LocalizedTextFields\n  }\n  plannedOn\n  heldOn\n  status\n  trainer\n  durationMinutes\n  knowledgeCheck\n  materials {\n    title\n    url\n  }\n  attended\n  absent\n}"): typeof import('./graphql').TrainingSessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadLessonFile($courseId: ID!, $file: File!) {\n  uploadLessonFile(courseId: $courseId, file: $file) {\n    id\n    name\n    contentType\n    sizeBytes\n  }\n}"): typeof import('./graphql').UploadLessonFileDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
