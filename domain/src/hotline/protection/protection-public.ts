// Protection of reporters (§39–§41) and the working-day calendar, re-exported by src/index.ts.
export {
  addCalendarDays,
  addWorkingDays,
  addYears,
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
  kazakhstanHolidays,
  type CalendarDayKind,
  type NationalCalendarDay,
} from '../../kernel/kazakhstan-holidays.js';
export { PublicHoliday, type IPublicHoliday } from '../../kernel/public-holiday.entity.js';
export {
  CALENDAR_KEEPERS,
  addHoliday,
  listHolidays,
  loadHolidays,
  removeHoliday,
  type HolidayCalendar,
  type HolidayInput,
  type HolidayView,
} from '../../kernel/public-holidays.js';
export {
  COMMISSION_RECORDERS,
  HR_OFFICERS,
  LABOUR_DISPUTE_KEEPERS,
  LABOUR_DISPUTE_READERS,
  PROTECTION_GRANTERS,
  PROTECTION_READERS,
  PROTECTION_TASK_OWNERS,
} from './protection-roles.js';
export {
  PROTECTION_BASES,
  PROTECTION_YEARS,
  ProtectionRecord,
  type IProtectionRecord,
  type ProtectionBasis,
} from './protection-record.entity.js';
export {
  activeProtection,
  grantProtection,
  isActiveOn,
  listProtectionRecords,
  type GrantProtectionInput,
  type NamedPerson,
  type ProtectionRecordView,
} from './protection.js';
export { grantCaseProtection } from './case-protection.js';
export {
  HR_ACTION_KINDS,
  HR_ACTION_STATUSES,
  HrAction,
  type HrActionKind,
  type HrActionStatus,
  type IHrAction,
} from './hr-action.entity.js';
export { HR_ACTION_COLUMNS, parseHrActionKind } from './hr-action-rows.js';
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
  DISPUTE_DECISION_DAYS,
  LabourDispute,
  PROTOCOL_FORWARDING_WORKING_DAYS,
  type ILabourDispute,
} from './labour-dispute.entity.js';
export {
  labourDisputeView,
  listLabourDisputes,
  openLabourDispute,
  recordDisputeDecision,
  recordProtocolForwarded,
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
