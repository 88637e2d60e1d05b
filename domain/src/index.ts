// The public surface of @adal/domain: the gateway and the tests use nothing else.

// kernel
export {
  DomainError,
  ValidationError,
  NotFoundError,
  ForbiddenError,
  ConflictError,
  type ErrorCode,
  type MessageParams,
} from './kernel/errors.js';
export { ERROR_MESSAGES, ERROR_MESSAGE_KEYS, type ErrorMessageKey } from './kernel/error-messages.js';
export {
  LOCALES,
  DEFAULT_LOCALE,
  isLocale,
  localizedName,
  type Locale,
  type LocalizedText,
} from './kernel/locale.js';
export { ROLE_CODES, RESPONSIBLE_STAFF_ROLES, isRoleCode, type RoleCode } from './kernel/roles.js';
export { hasAnyRole, requireAnyRole, type Actor } from './kernel/actor.js';
export { newId } from './kernel/ids.js';
export { formatCalendarDay, formatKazakhstanDateTime, kazakhstanDay } from './kernel/kazakhstan-time.js';
export { MONTH_NAMES } from './kernel/month-names.js';
export { addCalendarDays } from './kernel/working-days.js';
export {
  currentQuarter,
  lastEndedQuarter,
  quarterDays,
  quarterNumbers,
  quarterNamed,
  quarterOfDay,
  quarterOrNull,
  shiftQuarter,
  type Quarter,
} from './kernel/quarters.js';
export type { PlainMail } from './kernel/plain-mail.js';

// database
export type { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
export { createOrmConfig, type OrmConfigOptions } from './database/orm-config.js';
export { openDatabase, type OpenDatabaseOptions } from './database/open-database.js';
export { forTenant, TENANT_FILTER } from './database/tenant-filter.js';
export {
  countStatements,
  currentStatementTally,
  statementCountingLogger,
  type StatementTally,
} from './database/statement-count.js';
export { ENTITIES } from './database/entities.js';
export {
  seedDemo,
  DEMO_LOGINS,
  type DemoLogin,
  type SeedDemoResult,
  type SeedDemoOptions,
} from '../seeders/seed-demo.js';
export { SUBSIDIARY_DEMO_LOGINS } from '../seeders/demo-logins.js';
export { DemoSeeder } from '../seeders/demo.seeder.js';
export { createScaleDatabase, type ScaleDatabase } from '../seeders/scale/scale-database.js';
export { SCALE_LOGINS } from '../seeders/scale/seed-scale.js';

// org
export {
  Organization,
  ORGANIZATION_KINDS,
  type IOrganization,
  type OrganizationKind,
} from './org/organization.entity.js';
export { OrgUnit, type IOrgUnit } from './org/org-unit.entity.js';
export { Position, type IPosition } from './org/position.entity.js';
export { Person, type IPerson } from './org/person.entity.js';
export { RoleGrant, type IRoleGrant } from './org/role-grant.entity.js';
export { findLoginByEmail, loadActor, type LoginIdentity } from './org/login.js';
export { getPerson, listOrgUnits, getOrgUnit } from './org/org-queries.js';
export {
  searchPeople,
  PEOPLE_SEARCHERS,
  MIN_PEOPLE_SEARCH_LENGTH,
  DEFAULT_PEOPLE_SEARCH_LIMIT,
  MAX_PEOPLE_SEARCH_LIMIT,
  type PersonSearchResult,
} from './org/people-search.js';
export {
  importPeople,
  previewPeopleImport,
  MAX_IMPORT_ROWS,
  type ImportReport,
  type PeopleImportOptions,
  type PeopleImportPreview,
  type PeopleImportPreviewRow,
} from './org/people-import.js';
export type { ImportRowError } from './org/people-import-rows.js';
export {
  directoryPerson,
  DIRECTORY_SORT_FIELDS,
  listPeopleDirectory,
  MAX_DIRECTORY_PAGE,
  type DirectoryPerson,
  type DirectorySort,
  type PeopleDirectoryInput,
  type PeopleDirectoryPage,
  type PersonStatusFilter,
} from './org/people-directory.js';
export { updatePerson, type PersonEdit } from './org/person-edit.js';
export { renameOrgUnit } from './org/org-unit-names.js';
export { deactivatePerson, reactivatePerson } from './org/person-status.js';
export { grantRole, revokeRole, rolesOf } from './org/role-grants.js';
export { orgUnitHeadcounts, type OrgUnitHeadcount } from './org/org-unit-counts.js';
export type { ImportFile } from './org/import-table.js';
export { iinProblem } from './org/iin.js';
export { ORG_KPIS, HEADCOUNT_KPI, RESPONSIBLE_STAFF_KPI } from './org/kpis.js';

// audit (§75)
export { AuditEvent, type IAuditEvent } from './audit/audit-event.entity.js';
export { recordAudit, type AuditEntry } from './audit/record-audit.js';
export {
  verifyAuditChain,
  AUDIT_CHAIN_PROBLEMS,
  type AuditChainProblem,
  type AuditChainReport,
} from './audit/verify-audit-chain.js';
export {
  parseAuditKeyring,
  generateAuditKeyring,
  serializeAuditKeyring,
  withNewAuditKey,
  type AuditKeyring,
} from './audit/audit-keyring.js';
export type { AuditTrailSettings } from './audit/audit-trail-settings.js';
export { writeAuditCheckpoint, type AuditCheckpointOutcome } from './audit/write-audit-checkpoint.js';
export { auditCheckpointMails, AUDIT_CHECKPOINT_MAIL_PERIOD_MS } from './audit/audit-checkpoint-mail.js';
export { auditCheckpointFile } from './audit/checkpoint-file.js';
export {
  listAuditEvents,
  auditEventAtSeq,
  auditTrailFacets,
  MAX_AUDIT_PAGE,
  AUDIT_READERS,
  type AuditTrailFilter,
  type AuditTrailFacets,
  AUDIT_TRAIL_READERS,
  type AuditEventView,
} from './audit/list-audit-events.js';

// kpi
export type {
  KpiDefinition,
  KpiDescription,
  KpiDimension,
  KpiDirection,
  KpiFilter,
  KpiGranularity,
  KpiUnit,
  KpiValue,
} from './kpi/kpi-definition.js';
export { registerKpi, kpiCatalog, readableKpis, findKpi } from './kpi/kpi-registry.js';
export {
  computeKpiValues,
  computeKpiValuesByOrganization,
  type HoldingKpiValues,
  type OrganizationKpiValues,
  type KpiPeriod,
} from './kpi/compute-kpi-values.js';
export {
  kpiBenchmark,
  BENCHMARK_KPI_CODES,
  MIN_BENCHMARK_PEERS,
  type KpiBenchmark,
  type KpiBenchmarkMeasure,
  type KpiPeerFigure,
} from './kpi/kpi-benchmark.js';
export {
  KpiValuesCache,
  openKpiValuesCache,
  readKpiValues,
  type KpiValuesCacheOptions,
  type ComputeKpiValues,
} from './kpi/kpi-values-cache.js';
export { listenForKpiChanges, KPI_CHANGED_CHANNEL, type KpiChangeFeed } from './kpi/kpi-change-feed.js';
export { presentKpi, fillLocalized, type KpiPresentation } from './kpi/kpi-title.js';
export {
  KpiView,
  KpiViewShare,
  KpiViewVersion,
  KpiWidgetComment,
  KpiViewSignOff,
  SCHEDULE_FREQUENCIES,
  type IKpiView,
  type IKpiViewSignOff,
  type IKpiViewVersion,
  type ScheduleFrequency,
  type ViewSchedule,
} from './kpi/views/kpi-view.entity.js';
export {
  WIDGET_KINDS,
  WIDGET_SPLITS,
  GRID_COLUMNS,
  GRID_ROWS,
  type KpiWidget,
  type WidgetKind,
  type WidgetSplit,
} from './kpi/views/view-layout.js';
export {
  PERIOD_KINDS,
  resolvePeriod,
  type PeriodKind,
  type ViewFilters,
  type ViewPeriod,
  type ViewPeriodChoice,
} from './kpi/views/view-period.js';
export { type ViewFiltersInput, type KpiViewInput } from './kpi/views/view-input.js';
export { VIEW_COMPOSERS, VIEW_SIGNERS, isOwner } from './kpi/views/view-access.js';
export { viewOrganizations, type ViewOrganization } from './kpi/views/view-scope.js';
export {
  listKpiViews,
  kpiView,
  saveKpiView,
  duplicateKpiView,
  deleteKpiView,
  kpiViewVersions,
  type KpiViewSummary,
} from './kpi/views/kpi-views.js';
export { shareKpiView, viewSharedPeople, type ViewShareInput } from './kpi/views/view-sharing.js';
export {
  commentKpiWidget,
  signOffKpiView,
  shownFigures,
  viewSignOffs,
  type ShownFigures,
} from './kpi/views/view-sign-off.js';
export { viewExport, EXPORT_FORMATS, type ExportFormat, type ViewExport } from './kpi/views/view-export.js';
export {
  claimKpiViewMailing,
  dueKpiViewIds,
  duePeriod,
  kpiViewMail,
  mailingPeriod,
  type ViewMailing,
  type ViewMailRecipient,
} from './kpi/views/view-mailing.js';
export {
  viewFigures,
  type ViewFigures,
  type WidgetFigures,
  type SeriesPoint,
  type Bar,
  type WidgetComment,
} from './kpi/views/view-figures.js';
export {
  KPI_OWNER_PLUGINS,
  KPI_OWNER_PLUGIN_CODES,
  kpiOwnerPlugin,
  type KpiContext,
  type KpiOwnerPlugin,
} from './kpi/kpi-owner-plugin.js';
export { catalogueDimensions } from './kpi/kpi-dimensions.js';
// KPI drill-down (issue 16.3): units below a figure, and the named records of those allowed them
export { computeKpiValuesByUnit } from './kpi/compute-kpi-values.js';
export { kpiDrillDown, type KpiDrillDown, type KpiUnitFigure } from './kpi/kpi-drill-down.js';
export {
  kpiRecords,
  mayReadKpiRecords,
  registerKpiRecords,
  findKpiRecords,
  localizedNameSql,
  MAX_KPI_RECORDS_PAGE,
  type KpiRecord,
  type KpiRecordCell,
  type KpiRecordColumn,
  type KpiRecordColumnKind,
  type KpiRecordsDefinition,
  type KpiRecordsPage,
  type KpiRecordsPaging,
} from './kpi/kpi-records.js';
export { isStartOfKazakhstanDay, requireWholeDayBounds } from './kpi/whole-day-bounds.js';
import './training/reports/kpi-records.js';
import './culture/plans/kpi-records.js';
import './compliance/mitigation/kpi-records.js';

// my work: what waits for the signed-in person, each context's provider registered on import
export { myWork, registerWorkProvider, workProviders } from './work/work-registry.js';
export {
  WORK_URGENCIES,
  type MyWorkItem,
  type WorkItem,
  type WorkProvider,
  type WorkUrgency,
} from './work/work-item.js';
export { ORG_WORK } from './org/work-items.js';
export { AUDIT_WORK } from './audit/work-items.js';
export { TRAINING_WORK } from './training/work-items.js';
export { HOTLINE_WORK } from './hotline/work-items.js';
export { KPI_VIEW_WORK } from './kpi/views/work-items.js';

// training (§5.3–§5.4, §19, §32–§35, §68, §74.3)
export {
  Course,
  CourseVersion,
  COURSE_TOPICS,
  COURSE_VERSION_STATUSES,
  LESSON_KINDS,
  type ICourse,
  type ICourseVersion,
  type CourseTopic,
  type CourseVersionStatus,
  type CourseDetails,
  type TestSnapshot,
  type Lesson,
  type LessonFileRef,
  type LessonKind,
} from './training/authoring/course.entity.js';
export {
  Question,
  QuestionPool,
  QUESTION_KINDS,
  type IQuestion,
  type IQuestionPool,
  type QuestionKind,
  type QuestionOption,
  type AnswerKey,
} from './training/bank/question.entity.js';
export {
  CourseTest,
  DEFAULT_PASS_MARK,
  type ICourseTest,
  type PoolDraw,
} from './training/authoring/course-test.entity.js';
export {
  Attempt,
  ATTEMPT_STATUSES,
  type IAttempt,
  type AttemptStatus,
  type DrawnQuestion,
  type GivenAnswer,
} from './training/quiz/attempt.entity.js';
export { AttemptAnswer, type IAttemptAnswer } from './training/quiz/attempt-answer.entity.js';
export { Certificate, type ICertificate } from './training/certificates/certificate.entity.js';
export {
  Assignment,
  Enrolment,
  AUDIENCE_KINDS,
  RECURRENCES,
  DEFAULT_NEW_HIRE_MONTHS,
  type IAssignment,
  type IEnrolment,
  type AudienceKind,
  type Recurrence,
} from './training/assignments/assignment.entity.js';
export { CERTIFICATE_READERS, TRAINING_MANAGERS } from './training/training-roles.js';
export type { LocalizedInput } from './training/localized-input.js';
export {
  createCourse,
  editCourseContent,
  publishCourse,
  getCourse,
  listCourses,
  publishedVersion,
  type CreateCourseInput,
  type LessonInput,
} from './training/authoring/courses.js';
export {
  saveCourseDraft,
  listAuthoredCourses,
  getAuthoredCourse,
  MAX_LESSONS,
  type CourseDraftInput,
  type AuthoredCourse,
  type SavedDraft,
} from './training/authoring/drafts.js';
export { lessonVersionsFor, versionTakenBy } from './training/authoring/version-pinning.js';
export { LessonFile, type ILessonFile } from './training/authoring/lesson-file.entity.js';
export {
  uploadLessonFile,
  readLessonFile,
  detectLessonFileType,
  MAX_LESSON_FILE_BYTES,
} from './training/authoring/lesson-files.js';
export { createQuestionPool, importQuestions, MAX_QUESTIONS_PER_IMPORT } from './training/bank/questions.js';
export type { QuestionInput, QuestionOptionInput, QuestionRowError } from './training/bank/question-rows.js';
export { createCourseTest, type CreateCourseTestInput } from './training/authoring/course-tests.js';
export {
  BANK_PAGE,
  createCoursePool,
  createTrainingQuestion,
  deleteQuestionPool,
  editTrainingQuestion,
  renameQuestionPool,
  retireTrainingQuestion,
  trainingQuestionBank,
  type BankPool,
  type BankQuestion,
  type QuestionBank,
} from './training/bank/question-bank.js';
export {
  MAX_OPTIONS,
  MIN_OPTIONS,
  draftProblems,
  type DraftProblem,
  type QuestionDraft,
  type QuestionDraftOption,
} from './training/bank/question-draft.js';
export {
  importTrainingQuestionFile,
  previewTrainingQuestionImport,
  trainingQuestionSheet,
  type QuestionImportPreview,
  type QuestionImportRow,
} from './training/bank/question-file-import.js';
export {
  QUESTION_KIND_NAMES,
  QUESTION_SHEET_COLUMNS,
  questionSheetHeader,
} from './training/bank/question-sheet.js';
export {
  MAX_ATTEMPTS,
  MAX_TIME_LIMIT_MINUTES,
  editTrainingTest,
  trainingTestOf,
  type TestSettingsInput,
} from './training/bank/test-settings.js';
export {
  startAttempt,
  saveAnswer,
  submitAttempt,
  closeExpiredAttempts,
  type SubmissionResult,
} from './training/quiz/attempts.js';
export {
  attemptView,
  getAttempt,
  attemptResult,
  type AttemptQuestionView,
  type AttemptView,
  type AttemptResult,
  type ReviewedQuestion,
} from './training/quiz/attempt-views.js';
export { AttemptFlag, type IAttemptFlag } from './training/quiz/attempt-flag.entity.js';
export { flagQuestion } from './training/quiz/flags.js';
export { LessonProgress, type ILessonProgress } from './training/lessons/lesson-progress.entity.js';
export { lessonStanding, markLessonDone, type LessonStanding } from './training/lessons/lesson-progress.js';
export {
  certificateForPrint,
  verifyCertificate,
  type CertificatePrint,
  type CertificateVerification,
} from './training/certificates/certificates.js';
export {
  CERTIFICATE_STANDINGS,
  certificateStanding,
  type CertificateStanding,
} from './training/certificates/validity.js';
export {
  myCertificates,
  personCertificates,
  type PersonCertificate,
  type PersonCertificates,
} from './training/certificates/person-certificates.js';
export { createAssignment, type CreateAssignmentInput } from './training/assignments/assignments.js';
export {
  assignableCourses,
  assignCourseForEvent,
  type AssignableCourse,
  type EventAssignmentInput,
} from './training/assignments/event-assignments.js';
export { listAssignments, type AssignmentSummary } from './training/assignments/assignment-list.js';
export { syncEnrolments } from './training/assignments/enrolment-sync.js';
export { LATE_JOINER_DAYS } from './training/assignments/cycles.js';
export {
  ATTENDANCE_STATUSES,
  SESSION_KINDS,
  SESSION_STATUSES,
  SessionAttendance,
  TrainingSession,
  type AttendanceStatus,
  type ISessionAttendance,
  type ITrainingSession,
  type SessionKind,
  type SessionMaterial,
  type SessionStatus,
} from './training/sessions/session.entity.js';
export {
  editSession,
  getSession,
  listSessions,
  MAX_SESSION_PAGE,
  planSession,
  setSessionStatus,
  summariseSessions,
  type SessionInput,
  type SessionListInput,
  type SessionSummary,
} from './training/sessions/sessions.js';
export {
  MAX_ATTENDANCE_ENTRIES,
  recordAttendance,
  sessionAttendance,
  type AttendanceEntry,
} from './training/sessions/attendance.js';
export {
  previewAttendanceImport,
  importAttendance,
  attendanceTemplateXlsx,
  ATTENDANCE_IMPORT_COLUMNS,
  ATTENDANCE_TEMPLATE_HEADINGS,
  type AttendanceImportColumn,
  type AttendanceImportPreview,
  type AttendanceImportRow,
} from './training/sessions/attendance-import.js';
export { ENROLMENT_STATUSES, type EnrolmentStatus } from './training/assignments/enrolment-status.js';
export { myAssignment, myAssignments, type MyAssignment } from './training/assignments/my-assignments.js';
export {
  completionReport,
  completionPeople,
  CompletionReportCache,
  COMPLETION_READERS,
  COMPLETION_FIGURES,
  MAX_COMPLETION_PEOPLE,
  type CompletionReport,
  type CompletionReportPerson,
  type CompletionFigure,
  type CompletionFigures,
  type UnitCompletion,
} from './training/reports/completion.js';
export {
  knowledgeGaps,
  type KnowledgeGapsInput,
  type KnowledgeGapsReport,
  type GapFigures,
  type QuestionGap,
  type TopicGap,
  type UnitGap,
} from './training/reports/knowledge-gaps.js';
export {
  TRAINING_KPIS,
  PASSED_SHARE_KPI,
  COVERAGE_KPI,
  COMPLIANCE_STAFF_TRAINED_KPI,
  RISK_POSITIONS_TRAINED_KPI,
  RESTRICTED_PERSONS_TRAINED_KPI,
} from './training/reports/kpis.js';
export {
  TrainingReminder,
  REMINDER_KINDS,
  type ITrainingReminder,
  type ReminderKind,
} from './training/assignments/reminder.entity.js';
export {
  claimReminders,
  dueReminders,
  markReminderSent,
  markRemindersSent,
  DUE_SOON_DAYS,
  OVERDUE_EVERY_DAYS,
  type DueReminder,
} from './training/assignments/reminders.js';
export { reminderMail, type ReminderMail } from './training/assignments/reminder-mail.js';
export {
  AssignmentChange,
  ASSIGNMENT_CHANGE_KINDS,
  type AssignmentChangeKind,
  type AssignmentChangeState,
  type IAssignmentChange,
} from './training/assignment-changes/assignment-change.entity.js';
export {
  deactivateTrainingAssignment,
  editTrainingAssignment,
  extendTrainingDueDate,
  lockedAssignment,
  MAX_EXTENSION_PEOPLE,
  sendTrainingReminderNow,
  type EditAssignmentInput,
} from './training/assignment-changes/assignment-changes.js';
export {
  assignmentEnrolments,
  assignmentHistory,
  getTrainingAssignment,
  MAX_ENROLMENT_PAGE,
  type AssignmentEnrolment,
  type AssignmentHistoryEntry,
} from './training/assignment-changes/assignment-views.js';

// hotline (§69) and the protection of reporters (§39–§41)
export * from './hotline/public.js';
export * from './hotline/protection/protection-public.js';

// declarations: conflicts of interest, gifts, campaigns, financial-declaration notices (§12–§30, §72)
export * from './declarations/public.js';

// the anti-corruption culture: the yearly plan, materials, the survey (§31–§35, §68)
export * from './culture/public.js';

// the compliance programme: the standard, the risk register and map, the mitigation plan, the
// compliance service, the programme and its self-assessment (§2, §8–§11, §53–§75)
export * from './compliance/public.js';

// the read model for BI tools: views of the KPIs in schema adal_bi and the readers granted them
export { BI_SCHEMA, biViews } from './kpi/bi/bi-view-sql.js';
export { refreshBiReadModel, recreateBiViews } from './kpi/bi/refresh-bi-read-model.js';
export { grantBiReader, revokeBiReader, type BiReaderGrant } from './kpi/bi/bi-readers.js';
