import type { Caller } from './demo-fixture.js';

/**
 * §75: every change writes an audit event in the same transaction. For each mutation, either a
 * scenario that changes the demo data — who calls it, on which target of `access-calls.ts` (the
 * only one when absent) — or the reason it is exempt. `audit-coverage.test.ts` runs each scenario
 * once, in the order of the calls, and fails when a mutation changed a domain table without
 * adding to the audit trail; a mutation with neither a scenario nor an exemption fails too.
 */
export type AuditScenario = { as: Caller; target?: string } | { exempt: string };

const ASSIGNED = 'a case assigned to the investigator';
const UNASSIGNED = 'an unassigned case';

export const AUDIT_COVERAGE: Readonly<Record<string, AuditScenario>> = {
  devLogin: { exempt: 'Issues a signed token; nothing is stored.' },
  saveAnswer: {
    exempt:
      'Answers are their own record, a row each with the time it was saved; the start and the submission of ' +
      'the attempt are on the audit trail.',
  },
  flagQuestion: {
    exempt:
      "A flag is the person's own note on an open attempt, a row while it stands, and changes no score; like " +
      'answers, flags are their own record.',
  },
  markLessonDone: {
    as: 'first_head',
    target: 'a lesson of the procurement course (of the demo logins, only the first head is assigned it)',
  },
  submitAttempt: { as: 'employee', target: 'own attempt' },
  startAttempt: {
    as: 'first_head',
    target: "the procurement course's test (of the demo logins, only the first head is assigned it)",
  },
  createTrainingCourse: { as: 'training_admin' },
  editTrainingCourse: { as: 'training_admin' },
  publishTrainingCourse: { as: 'training_admin' },
  saveTrainingCourseDraft: { as: 'training_admin' },
  uploadLessonFile: { as: 'training_admin' },
  importTrainingQuestions: { as: 'training_admin' },
  createTrainingQuestionPool: { as: 'training_admin' },
  renameTrainingQuestionPool: { as: 'compliance_officer' },
  deleteTrainingQuestionPool: { as: 'training_admin' },
  createTrainingQuestion: { as: 'training_admin' },
  editTrainingQuestion: { as: 'compliance_head' },
  retireTrainingQuestion: { as: 'training_admin' },
  previewTrainingQuestionImport: {
    exempt: 'Checks a question file and says what an import would add; writes nothing.',
  },
  importTrainingQuestionFile: { as: 'training_admin' },
  editTrainingTest: { as: 'training_admin' },
  createTrainingAssignment: { as: 'training_admin' },
  editTrainingAssignment: { as: 'training_admin' },
  extendTrainingDueDate: { as: 'compliance_officer' },
  sendTrainingReminderNow: { as: 'training_admin' },
  deactivateTrainingAssignment: { as: 'compliance_head' },
  planTrainingSession: { as: 'training_admin' },
  editTrainingSession: { as: 'compliance_officer' },
  setTrainingSessionStatus: { as: 'training_admin' },
  recordSessionAttendance: { as: 'training_admin' },
  previewSessionAttendanceImport: {
    exempt: 'Checks an attendance list and says what it holds; writes nothing.',
  },
  importSessionAttendance: { as: 'training_admin' },
  importPeople: { as: 'org_admin' },
  previewPeopleImport: { exempt: 'Checks a file and says what an import would do; writes nothing.' },
  updateStaffMember: { as: 'org_admin' },
  renameOrgUnit: { as: 'org_admin' },
  grantRole: { as: 'org_admin', target: 'a person of the organisation' },
  revokeRole: { as: 'org_admin' },
  deactivateStaffMember: { as: 'org_admin' },
  reactivateStaffMember: { as: 'org_admin' },
  submitHotlineReport: { as: 'anonymous' },
  addReporterMessage: { as: 'anonymous' },
  enterHotlineReportForCaller: { as: 'hotline_investigator' },
  updateHotlineSettings: { as: 'compliance_head' },
  addHotlineIntakeQuestion: { as: 'compliance_head' },
  updateHotlineIntakeQuestion: { as: 'compliance_head' },
  moveHotlineIntakeQuestion: { as: 'compliance_head' },
  retireHotlineIntakeQuestion: { as: 'compliance_head' },
  updateHotlineIntakeProfile: { as: 'compliance_head' },
  setHotlineIntakeLogo: { as: 'compliance_head' },
  setHotlineAlternateHandler: { as: 'first_head' },
  addPublicHoliday: { as: 'org_admin' },
  removePublicHoliday: { as: 'compliance_head' },
  previewPublicHolidayImport: {
    exempt: 'Checks a calendar file and says what it would change; writes nothing.',
  },
  importPublicHolidays: { as: 'org_admin' },
  acknowledgeHotlineCase: { as: 'compliance_head', target: UNASSIGNED },
  triageHotlineCase: { as: 'compliance_head', target: UNASSIGNED },
  assignHotlineCase: { as: 'compliance_head', target: UNASSIGNED },
  addHotlineNote: { as: 'hotline_investigator', target: ASSIGNED },
  setHotlineCaseLabels: { as: 'hotline_investigator', target: ASSIGNED },
  setHotlineCasePriority: { as: 'hotline_investigator', target: ASSIGNED },
  bulkLabelHotlineCases: { as: 'compliance_head' },
  bulkAssignHotlineCases: { as: 'compliance_head' },
  saveHotlineFilter: {
    exempt: "A person's own way of looking at the queue: it shows and changes no case.",
  },
  deleteHotlineFilter: {
    exempt: "A person's own way of looking at the queue: it shows and changes no case.",
  },
  sendHotlineMessage: { as: 'hotline_investigator', target: ASSIGNED },
  giveHotlineInterimFeedback: { as: 'hotline_investigator', target: ASSIGNED },
  addHotlineRecommendation: { as: 'hotline_investigator', target: ASSIGNED },
  completeHotlineRecommendation: { as: 'employee' },
  linkHotlineInvolvedPersons: { as: 'compliance_head', target: ASSIGNED },
  grantProtection: { as: 'hotline_investigator', target: ASSIGNED },
  grantStateBodyProtection: { as: 'compliance_officer' },
  requestIdentityDisclosure: { as: 'hotline_investigator' },
  decideIdentityDisclosure: {
    as: 'compliance_head',
    target: 'asked by the investigator for the compliance officer',
  },
  signHotlineNonDisclosureUndertaking: { as: 'employee' },
  revealHotlineReporterIdentity: { as: 'compliance_officer' },
  recordHotlineFindings: { as: 'hotline_investigator', target: ASSIGNED },
  closeHotlineCase: { as: 'hotline_investigator', target: ASSIGNED },
  declareHotlineCaseConflict: { as: 'hotline_investigator', target: ASSIGNED },
  openRetaliationComplaint: { as: 'hotline_investigator', target: ASSIGNED },
  completeProtectionTask: { as: 'compliance_officer', target: 'a task the compliance officer owns' },
  generateHotlineQuarterlyReport: { as: 'compliance_head' },
  recordHrAction: { as: 'hr_officer' },
  importHrActions: { as: 'hr_officer' },
  attachCommissionRecommendation: {
    as: 'compliance_head',
    target: 'an action flagged to the compliance head',
  },
  finalizeHrAction: { as: 'hr_officer' },
  openLabourDispute: { as: 'compliance_officer' },
  notifyConflictOfInterest: { as: 'employee' },
  forwardConflictOfInterest: {
    as: 'compliance_head',
    target: "the compliance officer's notification, which the compliance head forwards",
  },
  concludeConflictOfInterest: { as: 'compliance_officer' },
  decideConflictOfInterest: { as: 'first_head', target: "the employee's concluded notification" },
  recordConflictTransfer: { as: 'compliance_officer' },
  recordConflictIinAccessMemo: { as: 'compliance_officer' },
  reviewConflictQuarterlyAnalysis: { as: 'compliance_head' },
  recordDisputeDecision: { as: 'compliance_officer' },
  recordProtocolForwarded: { as: 'compliance_officer' },
  saveRelatedPerson: { as: 'employee', target: 'own related person' },
  removeRelatedPerson: { as: 'employee', target: 'own related person' },
};
