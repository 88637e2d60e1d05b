// Protection of reporters (§39–§41) and the working-day calendar, re-exported by src/index.ts.
export {
  addCalendarDays,
  addWorkingDays,
  addYears,
  endOnWorkingDay,
  isWorkingDay,
  parseCalendarDay,
  type CalendarDay,
} from '../../kernel/working-days.js';
export {
  formatKazakhstanDate,
  formatKazakhstanDateTime,
  kazakhstanDay,
  KAZAKHSTAN_UTC_OFFSET_HOURS,
  startOfKazakhstanDay,
} from '../../kernel/kazakhstan-time.js';
export {
  CALENDAR_DAY_KINDS,
  KAZAKHSTAN_CALENDAR_YEARS,
  isKurbanAit,
  kazakhstanHolidays,
  type CalendarDayKind,
  type NationalCalendarDay,
} from '../../kernel/kazakhstan-holidays.js';
export { PublicHoliday, type IPublicHoliday } from '../../kernel/public-holiday.entity.js';
export {
  CALENDAR_KEEPERS,
  addHoliday,
  incompleteCalendarYears,
  listHolidays,
  loadHolidays,
  removeHoliday,
  termEnd,
  type HolidayCalendar,
  type HolidayInput,
  type HolidayView,
} from '../../kernel/public-holidays.js';
export {
  CALENDAR_IMPORTERS,
  HOLIDAY_IMPORT_CHANGES,
  HOLIDAY_IMPORT_COLUMNS,
  MAX_HOLIDAY_ROWS,
  importHolidays,
  previewHolidayImport,
  type HolidayImportChange,
  type HolidayImportPreview,
  type HolidayImportRow,
} from '../../kernel/public-holiday-import.js';
export {
  COMMISSION_RECORDERS,
  HR_OFFICERS,
  LABOUR_DISPUTE_KEEPERS,
  LABOUR_DISPUTE_READERS,
  PROTECTION_GRANTERS,
  PROTECTION_READERS,
  STATE_BODY_PROTECTION_GRANTERS,
  PROTECTION_TASK_OWNERS,
} from './protection-roles.js';
export {
  PROTECTION_BASES,
  PROTECTION_YEARS,
  REPORTED_TO,
  ProtectionRecord,
  type IProtectionRecord,
  type ProtectionBasis,
  type ReportedTo,
} from './protection-record.entity.js';
export {
  activeProtection,
  MAX_STATE_BODY_NAME,
  grantProtection,
  grantStateBodyProtection,
  isActiveOn,
  listProtectionRecords,
  type GrantProtectionInput,
  type StateBodyProtectionInput,
  type NamedPerson,
  type ProtectionRecordView,
} from './protection.js';
export { grantCaseProtection } from './case-protection.js';
export {
  HR_ACTION_INITIATORS,
  HR_ACTION_KINDS,
  HR_ACTION_STATUSES,
  HrAction,
  type HrActionInitiator,
  type HrActionKind,
  type HrActionStatus,
  type IHrAction,
} from './hr-action.entity.js';
export { HR_ACTION_COLUMNS, parseHrActionInitiator, parseHrActionKind } from './hr-action-rows.js';
export {
  MAX_HR_ACTION_ROWS,
  attachCommissionRecommendation,
  finalizeHrAction,
  flaggedHrActions,
  importHrActions,
  listHrActions,
  recordHrAction,
  type HrActionImportReport,
  type HrActionInput,
  type HrActionView,
} from './hr-actions.js';
export {
  DISPUTE_BODIES,
  DISPUTE_DECISION_DAYS,
  LabourDispute,
  PROTOCOL_FORWARDING_WORKING_DAYS,
  type DecisionSignatory,
  type DisputeBody,
  type ILabourDispute,
} from './labour-dispute.entity.js';
export {
  MAX_SIGNATORIES,
  labourDisputeView,
  listLabourDisputes,
  openLabourDispute,
  recordDisputeDecision,
  recordProtocolForwarded,
  type DisputeDecisionInput,
  type LabourDisputeView,
} from './labour-disputes.js';
export {
  listProtectionTasks,
  completeProtectionTask,
  protectionTaskOwners,
  type ProtectionTaskInput,
  type ProtectionTaskView,
} from './protection-task.js';
export { HotlineProtectionTask } from './hotline-protection-task.entity.js';
