import type { RoleCode } from '@adal/domain';

/**
 * Who may call each operation, decided once and written down here for every Query and Mutation
 * field of the schema. `access-matrix.test.ts` calls every operation as the demo login of every
 * role and anonymously, compares the outcome with this table and fails on any difference — and
 * on an operation missing from it, so that nothing new ships without a decision.
 *
 * The roles are spelled out rather than taken from the domain's constants: this is the second,
 * independent statement of the rule that the test holds the code to.
 */

/**
 * `everyone`: anonymous callers too — public operations, and the hotline intake's operations,
 * which never resolve an actor whatever credentials come along (ADR 007). `signed-in`: any
 * signed-in person (every demo login also holds `employee`). Otherwise the roles, each alone.
 */
export type Callers = 'everyone' | 'signed-in' | readonly RoleCode[];

/** What the callers get from one call on one target of the demo data. */
export interface Expectation {
  /** Pass the permission check: data, or a domain error that comes after it (VALIDATION, CONFLICT). */
  allowed: Callers;
  /** Told NOT_FOUND: the thing is not theirs, and they must not learn that it exists. */
  hidden?: Callers;
  // Everyone else is refused: UNAUTHENTICATED when anonymous, FORBIDDEN when signed in.
}

/** An operation whose role decides alone: one target. */
export interface RoleAccess extends Expectation {
  /** What the domain still filters for those allowed (which rows they see). */
  ownership?: string;
  /**
   * The field's `authScopes` name the roles allowed, unless this says that the field lets any
   * signed-in person through and the domain decides (the alternate handler may hold any role).
   */
  gateway?: 'signed-in';
}

/** An operation where the data decides too (ownership): the outcome per target of the demo data. */
export interface OwnershipAccess {
  ownership: string;
  /** Keyed as `access-calls.ts` names the targets. */
  targets: Readonly<Record<string, Expectation>>;
}

export type OperationAccess = RoleAccess | OwnershipAccess;

const TRAINING_MANAGERS = ['training_admin', 'compliance_officer', 'compliance_head'] as const;
const TRAINING_READERS = [...TRAINING_MANAGERS, 'first_head', 'auditor'] as const;
const HR = ['hr_officer'] as const;
/** A person's certificates: those who keep the training records, and the administrator's staff records. */
const CERTIFICATE_READERS = [...TRAINING_MANAGERS, 'org_admin'] as const;
const LABOUR_DISPUTE_KEEPERS = [...HR, 'compliance_officer', 'compliance_head'] as const;
/**
 * §5, §14–§17, §72: the declaration officers — the compliance service and, in a state body, the
 * ethics commissioner — conclude on conflicts, decide gifts and run the campaigns; with the
 * auditors they read the registers.
 */
const DECLARATION_OFFICERS = ['compliance_officer', 'compliance_head', 'ethics_commissioner'] as const;
const DECLARATION_REGISTER_READERS = [...DECLARATION_OFFICERS, 'auditor'] as const;
/** §68: a survey reaches its audience; those who read results see every opened one. */
const SURVEY_AUDIENCE_RULE =
  "A survey's audience (asked when it opened), and those who read its results; anyone else is told NOT_FOUND.";

/**
 * The case operations reach any signed-in person at the gateway (the alternate handler may hold
 * any role, ADR 008); the domain decides from the case. On the demo's cases that means: the
 * compliance head on her cases, the investigator on those assigned to her, the board member (the
 * alternate handler) on the case that names the compliance head — which the head no longer reads.
 */
const CASE_HANDLER_RULE =
  "The case's handlers: its manager (the compliance head; the alternate handler on a case that names a " +
  'compliance head) and its assigned investigators. A person the case names never, whatever their role.';
const CASE_MANAGER_RULE =
  "The case's manager only: the compliance head, or the alternate handler on a case that names a compliance " +
  'head. A person the case names never.';

const onAssignedCase: Expectation = { allowed: ['compliance_head', 'hotline_investigator'] };
const onUnassignedCase: Expectation = { allowed: ['compliance_head'] };
const onCaseNamingHead: Expectation = { allowed: ['board_member', 'hotline_investigator'] };
const managingCaseNamingHead: Expectation = { allowed: ['board_member'] };

const OWN_ATTEMPT_RULE = "One's own attempts only: another person's attempt is NOT_FOUND, as if absent.";
const OWN_RELATED_RULE = "One's own list: another person's related person is NOT_FOUND, as if absent.";
const ownRelated: Readonly<Record<string, Expectation>> = {
  'own related person': { allowed: 'signed-in' },
  "another person's related person": { allowed: [], hidden: 'signed-in' },
};

const ownAttempt: Readonly<Record<string, Expectation>> = {
  'own attempt': { allowed: 'signed-in' },
  "another person's attempt": { allowed: [], hidden: 'signed-in' },
};

/** §15: those who read a conflict-of-interest case; to anyone else, the related employee included, it is absent. */
const CONFLICT_READERS_RULE =
  'Its notifier, the holder of its forwarding step, those who decide it (the first head, or the deputy named), ' +
  'the responsible unit and auditors, and once a transfer is decided those who record it. The related ' +
  'employee never. A party to the case takes no step on it.';
/** The roles that do not read the employee's conflict-of-interest notification. */
const NOT_CONFLICT_READERS = [
  'training_admin',
  'board_member',
  'hotline_investigator',
  'org_admin',
  'hr_officer',
] as const;
const CONFLICT_TRANSFER_RECORDERS = [...DECLARATION_OFFICERS, 'hr_officer'] as const;
/** §5, §35.1: who drafts the culture plan, runs its activities and keeps its materials library. */
const CULTURE_PLANNERS = ['compliance_officer', 'compliance_head', 'ethics_commissioner'] as const;
/** §35.1, §69, §75: the first head approves the plan; auditors and the board read it. */
const CULTURE_READERS = [...CULTURE_PLANNERS, 'first_head', 'auditor', 'board_member'] as const;
/** §9.3: the keepers of the elimination plan and the public page (the compliance service, the ethics commissioner). */
const MITIGATION_KEEPERS = ['compliance_officer', 'compliance_head', 'ethics_commissioner'] as const;
/** §9.3, §75: the first head approves the plan; auditors and the board read it. */
const MITIGATION_READERS = [...MITIGATION_KEEPERS, 'first_head', 'auditor', 'board_member'] as const;
const CULTURE_ACTIVITY_RULE =
  "The plan's readers and the activity's responsible people (the demo's: HR); to anyone else it is NOT_FOUND.";
const CULTURE_REPORT_RULE =
  "The compliance staff and the activity's responsible people (the demo's: HR); anyone else is FORBIDDEN.";
const CULTURE_NOT_RESPONSIBLE = ['employee', 'training_admin', 'hotline_investigator', 'org_admin'] as const;

/** §5, §53–§63: the compliance service and, in a state body, the ethics commissioner keep the programme. */
const COMPLIANCE_KEEPERS = ['compliance_officer', 'compliance_head', 'ethics_commissioner'] as const;
/** §60.4, §75: the first head, the auditors and the board read it. */
const COMPLIANCE_READERS = [...COMPLIANCE_KEEPERS, 'first_head', 'auditor', 'board_member'] as const;
/** §9.1, §34–§35: who names the risks an activity or an assignment answers, and the register's readers. */
const RISK_CHOOSERS = [...COMPLIANCE_READERS, 'training_admin'] as const;

/** §69: a KPI view to its owner and those it is shared with; anyone else is told NOT_FOUND. */
const KPI_VIEW_RULE =
  'The owner, and the roles and people the view is shared with; anyone else is told NOT_FOUND.';
const KPI_VIEW_OWNER_RULE =
  'The owner only: a reader it is shared with is FORBIDDEN (read-only), anyone else told NOT_FOUND.';
/** The demo view: the compliance head's, shared with the first head and the board. */
const SHARED_VIEW: Expectation = {
  allowed: ['compliance_head', 'first_head', 'board_member'],
  hidden: 'signed-in',
};
/** Its owner's changes: the other composer does not read it (NOT_FOUND); the rest are refused by role. */
const OWNED_VIEW: Expectation = { allowed: ['compliance_head'], hidden: ['compliance_officer'] };

export const ACCESS_MATRIX: Readonly<Record<string, OperationAccess>> = {
  conflictTypicalCases: { allowed: 'signed-in' },
  myConflictNotifications: { allowed: 'signed-in', ownership: "The viewer's own notifications." },
  notifyConflictOfInterest: { allowed: 'signed-in', ownership: 'Notified as oneself.' },
  conflictOfInterestCase: {
    ownership: CONFLICT_READERS_RULE,
    targets: {
      "the employee's notification": {
        allowed: ['employee', ...DECLARATION_OFFICERS, 'first_head', 'auditor'],
        hidden: 'signed-in',
      },
    },
  },
  forwardConflictOfInterest: {
    ownership: `The holder of the step (the notifier's manager), or the responsible unit once it is overdue. ${CONFLICT_READERS_RULE}`,
    targets: {
      "the compliance officer's notification, which the compliance head forwards": {
        allowed: ['compliance_head'],
        hidden: ['employee', ...NOT_CONFLICT_READERS],
      },
    },
  },
  concludeConflictOfInterest: { allowed: DECLARATION_OFFICERS, ownership: CONFLICT_READERS_RULE },
  decideConflictOfInterest: {
    ownership: `The first head, or the deputy named when the first head is a party (§15.5). ${CONFLICT_READERS_RULE}`,
    targets: {
      "the employee's concluded notification": { allowed: ['first_head'], hidden: NOT_CONFLICT_READERS },
    },
  },
  recordConflictTransfer: { allowed: CONFLICT_TRANSFER_RECORDERS, ownership: CONFLICT_READERS_RULE },
  conflictQuarterlyAnalysis: { allowed: [...DECLARATION_OFFICERS, 'auditor'] },
  conflictOfInterestRegister: { allowed: [...DECLARATION_OFFICERS, 'auditor'] },
  conflictMatches: { allowed: [...DECLARATION_OFFICERS, 'auditor'] },
  conflictWatchlists: { allowed: [...DECLARATION_OFFICERS, 'auditor'] },
  importConflictWatchlist: { allowed: DECLARATION_OFFICERS },
  recordConflictIinAccessMemo: { allowed: DECLARATION_OFFICERS },
  reviewConflictQuarterlyAnalysis: { allowed: DECLARATION_OFFICERS },
  // --- org
  viewer: { allowed: 'everyone', ownership: 'Null without a token.' },
  devLogin: {
    allowed: 'everyone',
    ownership: 'Only in the schema with development login on (ADAL_DEV_LOGIN=1).',
  },
  orgUnits: { allowed: 'signed-in' },
  people: {
    allowed: [
      'compliance_head',
      'compliance_officer',
      'hotline_investigator',
      'first_head',
      'board_member',
      'org_admin',
      'training_admin',
      'hr_officer',
      'ethics_commissioner',
    ],
  },
  importPeople: { allowed: ['org_admin'] },
  previewPeopleImport: { allowed: ['org_admin'] },
  staff: { allowed: ['org_admin'] },
  orgUnitHeadcounts: { allowed: ['org_admin'] },
  updateStaffMember: { allowed: ['org_admin'] },
  renameOrgUnit: { allowed: ['org_admin'] },
  grantRole: {
    ownership: "The administrator's own organisation: a person of another one is not found.",
    targets: {
      'a person of the organisation': { allowed: ['org_admin'] },
      'a person of another organisation': { allowed: [], hidden: ['org_admin'] },
    },
  },
  revokeRole: { allowed: ['org_admin'] },
  deactivateStaffMember: { allowed: ['org_admin'] },
  reactivateStaffMember: { allowed: ['org_admin'] },

  // --- KPI
  kpiCatalog: { allowed: 'signed-in', ownership: 'Lists only the KPIs the viewer may read.' },
  kpiValues: {
    ownership: 'Each KPI names its readers; a request naming one the viewer may not read is FORBIDDEN whole.',
    targets: {
      'a hotline KPI': { allowed: ['compliance_head', 'first_head', 'board_member', 'auditor'] },
      'a training KPI': {
        allowed: ['compliance_officer', 'compliance_head', 'first_head', 'auditor', 'training_admin'],
      },
      'an org KPI': {
        allowed: ['compliance_officer', 'compliance_head', 'first_head', 'auditor', 'org_admin'],
      },
      // Issue 16: the parent company's readers read a direct subsidiary's KPIs as their own.
      "a subsidiary's org KPI": {
        allowed: ['compliance_officer', 'compliance_head', 'first_head', 'auditor', 'org_admin'],
      },
      'an org KPI of an organisation outside the holding': {
        allowed: [],
        hidden: ['compliance_officer', 'compliance_head', 'first_head', 'auditor', 'org_admin'],
      },
      'a culture KPI': {
        allowed: [
          'compliance_officer',
          'compliance_head',
          'first_head',
          'auditor',
          'ethics_commissioner',
          'board_member',
        ],
      },
    },
  },
  // §69, §74: KPI views, composed by the compliance service and shared read-only.
  kpiViews: { allowed: 'signed-in', ownership: 'The views the viewer owns or that are shared with them.' },
  kpiOrganizations: { allowed: 'signed-in', ownership: "The viewer's organisation and its subsidiaries." },
  kpiView: { ownership: KPI_VIEW_RULE, targets: { 'the shared view': SHARED_VIEW } },
  kpiViewFigures: {
    ownership: `${KPI_VIEW_RULE} Each widget follows its KPIs' readers.`,
    targets: { 'the shared view': SHARED_VIEW },
  },
  saveKpiView: {
    ownership: `Composers create views; ${KPI_VIEW_OWNER_RULE}`,
    targets: {
      'a new view': { allowed: ['compliance_officer', 'compliance_head'] },
      'the shared view': OWNED_VIEW,
    },
  },
  duplicateKpiView: {
    ownership: `A composer copies a view they read. ${KPI_VIEW_RULE}`,
    targets: { 'the shared view': OWNED_VIEW },
  },
  deleteKpiView: {
    ownership: KPI_VIEW_OWNER_RULE,
    targets: { "a spare view of the compliance head's": OWNED_VIEW },
  },
  shareKpiView: { ownership: KPI_VIEW_OWNER_RULE, targets: { 'the shared view': OWNED_VIEW } },
  commentKpiWidget: { ownership: KPI_VIEW_OWNER_RULE, targets: { 'the shared view': OWNED_VIEW } },
  exportKpiView: {
    ownership: `${KPI_VIEW_RULE} Each widget follows its KPIs' readers.`,
    targets: { 'the shared view': SHARED_VIEW },
  },
  signOffKpiView: {
    ownership: `The compliance head, on a view she reads. ${KPI_VIEW_RULE}`,
    targets: { 'the shared view': { allowed: ['compliance_head'] } },
  },

  kpiDrillDown: {
    ownership: 'The figure and the units below it for the readers of the KPI; a small group is withheld.',
    targets: {
      'a training KPI': {
        allowed: ['compliance_officer', 'compliance_head', 'first_head', 'auditor', 'training_admin'],
      },
      'an org KPI': {
        allowed: [
          'compliance_officer',
          'compliance_head',
          'first_head',
          'auditor',
          'org_admin',
          'training_admin',
        ],
      },
    },
  },
  kpiRecords: {
    ownership:
      "Names for those who run what the KPI counts; the figure's other readers (the first head, auditors, the board) get counts only.",
    targets: {
      'people behind a training KPI': {
        allowed: ['training_admin', 'compliance_officer', 'compliance_head'],
      },
      'activities behind a culture KPI': {
        allowed: ['compliance_officer', 'compliance_head', 'ethics_commissioner'],
      },
      'measures behind a compliance KPI': {
        allowed: ['compliance_officer', 'compliance_head', 'ethics_commissioner'],
      },
    },
  },

  // Issue 16 (holding level): the viewer's roles in their own organisation decide, as for kpiValues.
  kpiByOrganization: {
    ownership:
      "The viewer's organisation and its direct subsidiaries only; each KPI names its readers, a request " +
      'naming one the viewer may not read is FORBIDDEN whole.',
    targets: {
      'an org KPI': {
        allowed: ['compliance_officer', 'compliance_head', 'first_head', 'auditor', 'org_admin'],
      },
      'a hotline KPI': { allowed: ['compliance_head', 'first_head', 'board_member', 'auditor'] },
    },
  },
  kpiBenchmark: {
    allowed: [
      'compliance_officer',
      'compliance_head',
      'first_head',
      'auditor',
      'training_admin',
      'board_member',
    ],
    gateway: 'signed-in',
    ownership:
      'The measures the viewer may read (hotline or training readers); the other companies unnamed and unidentified.',
  },

  // --- audit (§75)
  auditEvents: {
    allowed: ['auditor', 'compliance_head', 'org_admin', 'hotline_investigator'],
    ownership:
      'Hotline events for the compliance head, auditors (names withheld) and the investigators of the case; ' +
      'an investigator reads nothing else; a person a case names never sees its events.',
  },
  auditChainStatus: { allowed: ['auditor', 'compliance_head', 'org_admin'] },
  auditTrailFacets: {
    allowed: ['auditor', 'compliance_head', 'org_admin', 'hotline_investigator'],
    ownership: 'The actors and actions of the events the reader may read, as auditEvents shows them.',
  },

  // --- training
  trainingCourses: { allowed: TRAINING_READERS },
  trainingCompletion: { allowed: TRAINING_READERS },
  trainingCompletionPeople: { allowed: TRAINING_READERS },
  trainingKnowledgeGaps: { allowed: TRAINING_READERS },
  trainingAssignments: { allowed: TRAINING_MANAGERS },
  trainingAssignment: { allowed: TRAINING_MANAGERS },
  trainingAssignmentEnrolments: { allowed: TRAINING_MANAGERS },
  trainingAssignmentHistory: { allowed: TRAINING_MANAGERS },
  myAssignments: { allowed: 'signed-in', ownership: "The viewer's own." },
  myAssignment: {
    allowed: 'signed-in',
    ownership: "The viewer's own; another person's enrolment reads as null.",
  },
  myWork: {
    allowed: 'signed-in',
    ownership: "The viewer's own work, each plugin's items read with the access rules of its own queries.",
  },
  verifyCertificate: { allowed: 'everyone' },
  myCertificates: { allowed: 'signed-in', ownership: "The viewer's own." },
  personCertificates: {
    ownership: 'A person of the organisation: one of another organisation is not found.',
    targets: {
      'a person of the organisation': { allowed: CERTIFICATE_READERS },
      'a person of another organisation': { allowed: [], hidden: CERTIFICATE_READERS },
    },
  },
  createTrainingCourse: { allowed: TRAINING_MANAGERS },
  editTrainingCourse: { allowed: TRAINING_MANAGERS },
  publishTrainingCourse: { allowed: TRAINING_MANAGERS },
  authoredTrainingCourses: { allowed: TRAINING_MANAGERS },
  trainingCourse: { allowed: TRAINING_MANAGERS },
  saveTrainingCourseDraft: { allowed: TRAINING_MANAGERS },
  uploadLessonFile: { allowed: TRAINING_MANAGERS },
  importTrainingQuestions: { allowed: TRAINING_MANAGERS },
  trainingQuestionBank: { allowed: TRAINING_MANAGERS },
  trainingTestSettings: { allowed: TRAINING_MANAGERS },
  createTrainingQuestionPool: { allowed: TRAINING_MANAGERS },
  renameTrainingQuestionPool: { allowed: TRAINING_MANAGERS },
  deleteTrainingQuestionPool: { allowed: TRAINING_MANAGERS },
  createTrainingQuestion: { allowed: TRAINING_MANAGERS },
  editTrainingQuestion: { allowed: TRAINING_MANAGERS },
  retireTrainingQuestion: { allowed: TRAINING_MANAGERS },
  previewTrainingQuestionImport: { allowed: TRAINING_MANAGERS },
  importTrainingQuestionFile: { allowed: TRAINING_MANAGERS },
  editTrainingTest: { allowed: TRAINING_MANAGERS },
  createTrainingAssignment: { allowed: TRAINING_MANAGERS },
  editTrainingAssignment: { allowed: TRAINING_MANAGERS },
  extendTrainingDueDate: { allowed: TRAINING_MANAGERS },
  sendTrainingReminderNow: { allowed: TRAINING_MANAGERS },
  deactivateTrainingAssignment: { allowed: TRAINING_MANAGERS },
  trainingSessions: { allowed: TRAINING_READERS },
  trainingSession: { allowed: TRAINING_READERS },
  sessionAttendance: { allowed: TRAINING_READERS },
  planTrainingSession: { allowed: TRAINING_MANAGERS },
  editTrainingSession: { allowed: TRAINING_MANAGERS },
  setTrainingSessionStatus: { allowed: TRAINING_MANAGERS },
  recordSessionAttendance: { allowed: TRAINING_MANAGERS },
  previewSessionAttendanceImport: { allowed: TRAINING_MANAGERS },
  importSessionAttendance: { allowed: TRAINING_MANAGERS },
  attempt: { ownership: OWN_ATTEMPT_RULE, targets: ownAttempt },
  attemptResult: { ownership: OWN_ATTEMPT_RULE, targets: ownAttempt },
  startAttempt: {
    ownership: 'A test of a course the person is enrolled in (§68); FORBIDDEN otherwise.',
    targets: {
      "the yearly course's test (every demo login is enrolled)": { allowed: 'signed-in' },
      "the procurement course's test (of the demo logins, only the first head is assigned it)": {
        allowed: ['first_head'],
      },
    },
  },
  saveAnswer: { ownership: OWN_ATTEMPT_RULE, targets: ownAttempt },
  flagQuestion: { ownership: OWN_ATTEMPT_RULE, targets: ownAttempt },
  submitAttempt: { ownership: OWN_ATTEMPT_RULE, targets: ownAttempt },
  markLessonDone: {
    ownership: 'A lesson of a course the person is enrolled in (§68); FORBIDDEN otherwise.',
    targets: {
      'a lesson of the yearly course (every demo login is enrolled)': { allowed: 'signed-in' },
      'a lesson of the procurement course (of the demo logins, only the first head is assigned it)': {
        allowed: ['first_head'],
      },
    },
  },

  // --- hotline intake: no actor, whoever calls (ADR 007)
  intakeOrganizations: { allowed: 'everyone' },
  intakeQuestions: { allowed: 'everyone' },
  hotlineChallenge: { allowed: 'everyone' },
  submitHotlineReport: { allowed: 'everyone' },
  hotlineReportByReceipt: { allowed: 'everyone', ownership: 'The receipt is the only key.' },
  addReporterMessage: { allowed: 'everyone', ownership: 'The receipt is the only key.' },

  // --- hotline queue and settings
  hotlineCases: {
    allowed: ['compliance_head', 'hotline_investigator', 'first_head', 'board_member'],
    gateway: 'signed-in',
    ownership:
      'Every case for the compliance head (a withheld row for those naming a compliance head), the assigned ' +
      'ones for an investigator, those naming a compliance head for the alternate handler (whatever their role), ' +
      'an empty queue for the first head and the board otherwise.',
  },
  hotlineDashboard: { allowed: ['compliance_head', 'auditor', 'first_head', 'board_member'] },
  hotlineCaseLabels: {
    allowed: ['compliance_head', 'hotline_investigator', 'first_head', 'board_member'],
    gateway: 'signed-in',
    ownership: 'The labels of the cases the viewer’s queue shows whole.',
  },
  mySavedHotlineFilters: {
    allowed: ['compliance_head', 'hotline_investigator', 'first_head', 'board_member'],
    gateway: 'signed-in',
    ownership: "One's own saved filters only.",
  },
  saveHotlineFilter: {
    allowed: ['compliance_head', 'hotline_investigator', 'first_head', 'board_member'],
    gateway: 'signed-in',
    ownership: "Saved as one's own.",
  },
  deleteHotlineFilter: {
    allowed: [],
    hidden: ['compliance_head', 'hotline_investigator', 'first_head', 'board_member'],
    gateway: 'signed-in',
    ownership: "One's own saved filters only: anyone else's is NOT_FOUND, as if absent.",
  },
  bulkAssignHotlineCases: {
    allowed: ['compliance_head'],
    gateway: 'signed-in',
    ownership: 'Each case as assignHotlineCase decides it; a refused case says why in its result.',
  },
  bulkLabelHotlineCases: {
    allowed: ['compliance_head'],
    gateway: 'signed-in',
    ownership: 'Each case its handlers may label; a refused case says why in its result.',
  },
  hotlineSettings: { allowed: ['compliance_head', 'hotline_investigator', 'first_head', 'board_member'] },
  updateHotlineSettings: { allowed: ['compliance_head'] },
  hotlineIntakeQuestions: { allowed: ['compliance_head', 'hotline_investigator'] },
  addHotlineIntakeQuestion: { allowed: ['compliance_head'] },
  updateHotlineIntakeQuestion: { allowed: ['compliance_head'] },
  moveHotlineIntakeQuestion: { allowed: ['compliance_head'] },
  retireHotlineIntakeQuestion: { allowed: ['compliance_head'] },
  updateHotlineIntakeProfile: { allowed: ['compliance_head'] },
  setHotlineIntakeLogo: { allowed: ['compliance_head'] },
  setHotlineAlternateHandler: {
    allowed: ['first_head'],
    ownership: 'Never the compliance head, who must not pick who judges her (ADR 008).',
  },
  publicHolidays: { allowed: 'signed-in' },
  addPublicHoliday: { allowed: ['org_admin', 'compliance_head'] },
  removePublicHoliday: { allowed: ['org_admin', 'compliance_head'] },
  incompleteCalendarYears: { allowed: 'signed-in' },
  previewPublicHolidayImport: { allowed: ['org_admin'] },
  importPublicHolidays: { allowed: ['org_admin'] },
  hotlineRecommendations: {
    allowed: ['compliance_head', 'first_head', 'board_member'],
    gateway: 'signed-in',
    ownership:
      'The recommendations of the cases the viewer manages (the alternate handler too, whatever their role).',
  },
  hotlineDisclosureRequests: {
    allowed: 'signed-in',
    ownership: 'Only the requests the viewer may decide: none for most.',
  },
  enterHotlineReportForCaller: { allowed: ['compliance_head', 'hotline_investigator'] },
  hotlineTrends: {
    allowed: ['compliance_head', 'auditor', 'first_head', 'board_member', 'hotline_investigator'],
    ownership:
      'Every case of the organisation for the dashboard’s readers (whole days and "< 5" for the first head, the ' +
      'board and auditors); an investigator counts only the cases assigned to her, exactly.',
  },
  hotlineFigureCases: {
    allowed: ['compliance_head', 'hotline_investigator'],
    ownership:
      'The numbers of the cases behind a figure: any case of the organisation for the compliance head, the ' +
      'cases assigned to her for an investigator.',
  },
  hotlineQuarterlyReports: { allowed: ['compliance_head', 'auditor', 'first_head', 'board_member'] },
  generateHotlineQuarterlyReport: {
    allowed: ['compliance_head'],
    ownership: "The caller's own organisation's figures; aggregates only, no case content.",
  },

  // --- a hotline case (§69, ADR 008)
  hotlineCase: {
    ownership: CASE_HANDLER_RULE,
    targets: {
      'an unassigned case': onUnassignedCase,
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': onCaseNamingHead,
    },
  },
  hotlineInvestigatorCandidates: {
    ownership: CASE_MANAGER_RULE,
    targets: {
      'an unassigned case': onUnassignedCase,
      'the case that names the compliance head': managingCaseNamingHead,
    },
  },
  acknowledgeHotlineCase: {
    ownership: CASE_HANDLER_RULE,
    targets: {
      'an unassigned case': onUnassignedCase,
      'the case that names the compliance head': onCaseNamingHead,
    },
  },
  triageHotlineCase: {
    ownership: CASE_MANAGER_RULE,
    targets: {
      'an unassigned case': onUnassignedCase,
      'the case that names the compliance head': managingCaseNamingHead,
    },
  },
  assignHotlineCase: {
    ownership: CASE_MANAGER_RULE,
    targets: {
      'an unassigned case': onUnassignedCase,
      'the case that names the compliance head': managingCaseNamingHead,
    },
  },
  declareHotlineCaseConflict: {
    ownership:
      'Investigators only, on a case offered (any case of the organisation) or assigned to them; never one that ' +
      'names them. It takes them off the case for good; a second declaration is CONFLICT.',
    targets: {
      'an unassigned case': { allowed: ['hotline_investigator'] },
      'a case assigned to the investigator': { allowed: ['hotline_investigator'] },
    },
  },
  hotlineConflictDeclarations: {
    ownership: CASE_MANAGER_RULE,
    targets: {
      'an unassigned case': onUnassignedCase,
      'the case that names the compliance head': managingCaseNamingHead,
    },
  },
  hotlineRetaliationAssessment: {
    ownership: CASE_HANDLER_RULE,
    targets: {
      'an unassigned case': onUnassignedCase,
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': onCaseNamingHead,
    },
  },
  hotlineCaseLinks: {
    ownership: CASE_HANDLER_RULE,
    targets: {
      'an unassigned case': onUnassignedCase,
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': onCaseNamingHead,
    },
  },
  openRetaliationComplaint: {
    ownership:
      `${CASE_HANDLER_RULE} By role the hotline's operators only (the compliance head, investigators), who ` +
      'enter the complaint as a new case: the alternate handler leaves it to the case’s investigators. The ' +
      'original may be closed.',
    targets: {
      'an unassigned case': onUnassignedCase,
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': { allowed: ['hotline_investigator'] },
    },
  },
  linkHotlineInvolvedPersons: {
    ownership: `${CASE_HANDLER_RULE} Investigators only add names; the manager sets the list.`,
    targets: { 'a case assigned to the investigator': onAssignedCase },
  },
  sendHotlineMessage: {
    ownership: CASE_HANDLER_RULE,
    targets: { 'a case assigned to the investigator': onAssignedCase },
  },
  giveHotlineInterimFeedback: {
    ownership: CASE_HANDLER_RULE,
    targets: { 'a case assigned to the investigator': onAssignedCase },
  },
  setHotlineCaseLabels: {
    ownership: CASE_HANDLER_RULE,
    targets: {
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': onCaseNamingHead,
    },
  },
  setHotlineCasePriority: {
    ownership: CASE_HANDLER_RULE,
    targets: {
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': onCaseNamingHead,
    },
  },
  addHotlineNote: {
    ownership: CASE_HANDLER_RULE,
    targets: {
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': onCaseNamingHead,
    },
  },
  addHotlineRecommendation: {
    ownership: CASE_HANDLER_RULE,
    targets: { 'a case assigned to the investigator': onAssignedCase },
  },
  completeHotlineRecommendation: {
    ownership: `Its owner (anyone in the organisation), or the handlers of its case. ${CASE_HANDLER_RULE}`,
    targets: {
      'a recommendation the employee owns': {
        allowed: ['employee', 'compliance_head', 'hotline_investigator'],
      },
    },
  },
  recordHotlineFindings: {
    ownership: CASE_HANDLER_RULE,
    targets: { 'a case assigned to the investigator': onAssignedCase },
  },
  closeHotlineCase: {
    ownership: CASE_HANDLER_RULE,
    targets: { 'a case assigned to the investigator': onAssignedCase },
  },
  requestIdentityDisclosure: {
    ownership: `${CASE_HANDLER_RULE} Never for oneself.`,
    targets: { "an open reporter's case assigned to the investigator": onAssignedCase },
  },
  decideIdentityDisclosure: {
    ownership:
      'Four eyes: never its requester nor its beneficiary; the case’s manager decides, or — when the request ' +
      'involves whoever runs the case — the alternate handler or the first head (ADR 008).',
    targets: {
      'asked by the investigator for the compliance officer': { allowed: ['compliance_head'] },
      'asked by the compliance head for the compliance officer': { allowed: ['board_member', 'first_head'] },
    },
  },
  hotlineNonDisclosureUndertaking: {
    allowed: 'signed-in',
    ownership: 'Only whether the viewer has signed it (§40.6, §41.3).',
  },
  signHotlineNonDisclosureUndertaking: {
    allowed: 'signed-in',
    ownership: "The viewer's own signature: anyone may come to hold an approved disclosure.",
  },
  revealHotlineReporterIdentity: {
    ownership:
      'The assigned investigators, and whoever holds a disclosure that a third person approved, once they have ' +
      'signed the non-disclosure undertaking; every read is on the audit trail. Not the compliance head by her role.',
    targets: {
      "an open reporter's case, disclosed to the compliance officer": {
        allowed: ['compliance_officer', 'hotline_investigator'],
      },
    },
  },

  // --- protection of reporters (§39–§41)
  protectionRecords: {
    allowed: ['compliance_head'],
    ownership: 'Not the records from a case that names her or a compliance head.',
  },
  grantProtection: {
    ownership:
      'The compliance head or an assigned investigator, on a case they handle, by role: the alternate ' +
      "handler leaves it to the case's investigators. A person the case names never.",
    targets: {
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': { allowed: ['hotline_investigator'] },
    },
  },
  grantStateBodyProtection: { allowed: ['compliance_head', 'compliance_officer'] },
  protectionTaskOwners: {
    ownership: `${CASE_MANAGER_RULE} For the one who triages it.`,
    targets: {
      'an unassigned case': onUnassignedCase,
      'the case that names the compliance head': managingCaseNamingHead,
    },
  },
  protectionTasks: {
    allowed: ['compliance_head', 'compliance_officer'],
    ownership:
      "Every task of the organisation for the compliance head; one's own for the compliance officer.",
  },
  completeProtectionTask: {
    ownership:
      'Its owner (a compliance officer or the head), or the compliance head; a completed task is CONFLICT.',
    targets: {
      'a task the compliance officer owns': { allowed: ['compliance_head', 'compliance_officer'] },
      'a task the compliance head owns': { allowed: ['compliance_head'] },
    },
  },
  hrActions: {
    allowed: [...HR, 'compliance_head'],
    ownership:
      'All for HR; the flagged ones for the compliance head, except those flagged from a case that names her ' +
      'or a compliance head.',
  },
  recordHrAction: { allowed: HR },
  declareGift: {
    allowed: 'signed-in',
    ownership: 'Declared as the caller, for themselves or a family member.',
  },
  decideGift: { allowed: DECLARATION_OFFICERS },
  recordGiftHandOver: {
    allowed: ['employee', ...DECLARATION_OFFICERS],
    gateway: 'signed-in',
    ownership:
      'The person who declared the gift (the demo employee) or an officer; anyone else is FORBIDDEN. Once recorded, a ' +
      'second recording is a CONFLICT.',
  },
  myGifts: { allowed: 'signed-in', ownership: "One's own declarations only." },
  giftDeclaration: {
    ownership: 'Its declarant, the officers and the auditors; anyone else is told NOT_FOUND.',
    targets: {
      "the employee's gift": { allowed: ['employee', ...DECLARATION_REGISTER_READERS], hidden: 'signed-in' },
    },
  },
  giftRegister: { allowed: DECLARATION_REGISTER_READERS },
  requestGiftPreApproval: { allowed: 'signed-in', ownership: 'Asked as the caller.' },
  decideGiftPreApproval: { allowed: DECLARATION_OFFICERS },
  myGiftPreApprovals: { allowed: 'signed-in', ownership: "One's own requests only." },
  giftPreApprovals: { allowed: DECLARATION_REGISTER_READERS },
  // --- the culture plan (§35)
  culturePlan: { allowed: CULTURE_READERS },
  culturePlanYears: { allowed: CULTURE_READERS },
  culturePlanVersion: { allowed: CULTURE_READERS },
  cultureTargetIndicator: { allowed: CULTURE_READERS },
  cultureLinkableCourses: { allowed: CULTURE_PLANNERS },
  cultureLinkableSessions: { allowed: CULTURE_PLANNERS },
  myCultureEvents: { allowed: 'signed-in', ownership: 'The events whose audience takes the caller in.' },
  createCulturePlan: { allowed: CULTURE_PLANNERS },
  updateCulturePlan: { allowed: CULTURE_PLANNERS },
  submitCulturePlan: { allowed: CULTURE_PLANNERS },
  approveCulturePlan: { allowed: ['first_head'] },
  returnCulturePlan: { allowed: ['first_head'] },
  amendCulturePlan: { allowed: CULTURE_PLANNERS },
  closeCulturePlan: { allowed: CULTURE_PLANNERS },
  addCultureActivity: { allowed: CULTURE_PLANNERS },
  updateCultureActivity: { allowed: CULTURE_PLANNERS },
  removeCultureActivity: { allowed: CULTURE_PLANNERS },
  cultureActivity: {
    allowed: [...CULTURE_READERS, 'hr_officer'],
    hidden: CULTURE_NOT_RESPONSIBLE,
    gateway: 'signed-in',
    ownership: CULTURE_ACTIVITY_RULE,
  },
  reportCultureActivity: {
    allowed: [...CULTURE_PLANNERS, 'hr_officer'],
    gateway: 'signed-in',
    ownership: CULTURE_REPORT_RULE,
  },
  addCultureEvidence: {
    allowed: [...CULTURE_PLANNERS, 'hr_officer'],
    gateway: 'signed-in',
    ownership: CULTURE_REPORT_RULE,
  },
  removeCultureEvidence: {
    allowed: [...CULTURE_PLANNERS, 'hr_officer'],
    gateway: 'signed-in',
    ownership: CULTURE_REPORT_RULE,
  },
  importHrActions: { allowed: HR },
  finalizeHrAction: { allowed: HR },
  attachCommissionRecommendation: {
    ownership:
      'HR on any action; the compliance head on the actions flagged to her (§40.1) — others are NOT_FOUND to ' +
      'her, as in her list.',
    targets: {
      'an action flagged to the compliance head': { allowed: [...HR, 'compliance_head'] },
      'an unflagged action': { allowed: HR, hidden: ['compliance_head'] },
      'an action flagged from the case that names the compliance head': {
        allowed: HR,
        hidden: ['compliance_head'],
      },
    },
  },
  labourDisputes: { allowed: [...LABOUR_DISPUTE_KEEPERS, 'auditor'] },
  openLabourDispute: { allowed: LABOUR_DISPUTE_KEEPERS },
  recordDisputeDecision: { allowed: LABOUR_DISPUTE_KEEPERS },
  recordProtocolForwarded: { allowed: LABOUR_DISPUTE_KEEPERS },

  // --- declarations (§12–§30, §72)
  myRelatedPersons: { allowed: 'signed-in', ownership: "The viewer's own." },
  saveRelatedPerson: { ownership: OWN_RELATED_RULE, targets: ownRelated },
  removeRelatedPerson: { ownership: OWN_RELATED_RULE, targets: ownRelated },
  // --- declaration campaigns (§72)
  myDeclarations: { allowed: 'signed-in', ownership: "One's own declarations only." },
  declarationCampaigns: { allowed: DECLARATION_OFFICERS },
  standardDeclarationQuestions: { allowed: DECLARATION_OFFICERS },
  declarationCampaignProgress: { allowed: DECLARATION_OFFICERS },
  declarationCampaignDeclarants: { allowed: DECLARATION_OFFICERS },
  launchDeclarationCampaign: { allowed: DECLARATION_OFFICERS },
  remindOverdueDeclarants: { allowed: DECLARATION_OFFICERS },
  closeDeclarationCampaign: { allowed: DECLARATION_OFFICERS },
  submitDeclaration: {
    ownership: 'A campaign that asks the person; any other campaign is NOT_FOUND, as if absent.',
    targets: {
      'the yearly campaign (every demo login is asked)': { allowed: 'signed-in' },
      "the tender commission's campaign (no demo login is asked)": { allowed: [], hidden: 'signed-in' },
    },
  },
  // A potential supplier's one-time link: no actor, whoever calls (as the hotline intake's).
  supplierDeclarationForm: { allowed: 'everyone', ownership: "The link's token is the only key." },
  submitSupplierDeclaration: { allowed: 'everyone', ownership: "The link's token is the only key." },
  // --- the anonymous culture survey (§68)
  cultureSurveyTemplate: { allowed: CULTURE_PLANNERS },
  cultureSurveys: { allowed: CULTURE_READERS, ownership: 'Drafts to the compliance staff only.' },
  cultureSurvey: {
    ownership: SURVEY_AUDIENCE_RULE,
    targets: {
      'the pulse survey (every demo login is asked)': { allowed: 'signed-in' },
      'the procurement survey (no demo login is asked)': { allowed: CULTURE_READERS, hidden: 'signed-in' },
    },
  },
  myCultureSurveys: { allowed: 'signed-in', ownership: 'The surveys that ask the viewer.' },
  cultureSurveyResults: {
    allowed: CULTURE_READERS,
    ownership: 'Groups of at least 5 answers; the free texts to the compliance staff only.',
  },
  saveCultureSurvey: { allowed: CULTURE_PLANNERS },
  openCultureSurvey: { allowed: CULTURE_PLANNERS },
  remindCultureSurvey: { allowed: CULTURE_PLANNERS },
  answerCultureSurvey: {
    ownership: `${SURVEY_AUDIENCE_RULE} Only its audience answers, once each.`,
    targets: {
      'the pulse survey (every demo login is asked)': { allowed: 'signed-in' },
      'the procurement survey (no demo login is asked)': { allowed: [], hidden: 'signed-in' },
    },
  },
  closeCultureSurvey: { allowed: CULTURE_PLANNERS },
  // --- the mitigation plan (§9.3) and the public page (§9.4–§11)
  mitigationPlan: { allowed: MITIGATION_READERS },
  createMitigationPlan: { allowed: MITIGATION_KEEPERS },
  approveMitigationPlan: { allowed: ['first_head'] },
  publishMitigationPlan: { allowed: MITIGATION_KEEPERS },
  addMitigationMeasure: { allowed: MITIGATION_KEEPERS },
  updateMitigationMeasure: { allowed: MITIGATION_KEEPERS },
  reportMitigationMeasure: { allowed: MITIGATION_KEEPERS },
  // --- the initial internal assessment (§64) and the one-year programme (§65–§72)
  complianceProgramme: { allowed: MITIGATION_READERS },
  myProgrammeItems: { allowed: 'signed-in', ownership: 'The items the viewer owns.' },
  createComplianceProgramme: { allowed: MITIGATION_KEEPERS },
  addProgrammeItem: { allowed: MITIGATION_KEEPERS },
  updateProgrammeItem: { allowed: MITIGATION_KEEPERS },
  reportProgrammeItem: {
    allowed: MITIGATION_KEEPERS,
    gateway: 'signed-in',
    ownership:
      'The compliance service reports on any item, its owner on their own (the demo item is the officer’s).',
  },
  recordProgrammePresentation: { allowed: MITIGATION_KEEPERS },
  initialAssessment: { allowed: MITIGATION_READERS },
  startInitialAssessment: { allowed: MITIGATION_KEEPERS },
  saveAssessmentAnswer: { allowed: MITIGATION_KEEPERS },
  completeInitialAssessment: { allowed: MITIGATION_KEEPERS },
  riskFromAssessmentFinding: { allowed: MITIGATION_KEEPERS },
  compliancePublicPage: { allowed: MITIGATION_READERS },
  publishableRisks: { allowed: MITIGATION_READERS },
  complianceQuarterlyReports: { allowed: MITIGATION_READERS },
  publicProposals: { allowed: MITIGATION_KEEPERS },
  setRiskPublished: { allowed: MITIGATION_KEEPERS },
  setCompliancePublicPage: { allowed: MITIGATION_KEEPERS },
  publishQuarterlyReport: { allowed: MITIGATION_KEEPERS },
  answerPublicProposal: { allowed: MITIGATION_KEEPERS },
  // --- the periodic report to the board (§66, §69) and the management plan (§74.2)
  boardReports: { allowed: MITIGATION_READERS, ownership: 'Drafts to the compliance staff only.' },
  boardReport: {
    ownership: 'A submitted report to its readers; a draft to the compliance staff only.',
    targets: {
      'the submitted report': { allowed: MITIGATION_READERS },
      'the draft': { allowed: MITIGATION_KEEPERS, hidden: ['first_head', 'auditor', 'board_member'] },
    },
  },
  managementPlans: { allowed: MITIGATION_READERS },
  createBoardReport: { allowed: MITIGATION_KEEPERS },
  updateBoardReport: { allowed: MITIGATION_KEEPERS },
  submitBoardReport: { allowed: MITIGATION_KEEPERS },
  markBoardReportRead: { allowed: MITIGATION_READERS },
  createManagementPlan: { allowed: MITIGATION_KEEPERS },
  setManagementPlanMembers: { allowed: MITIGATION_KEEPERS },
  addManagementActivity: { allowed: MITIGATION_KEEPERS },
  recordManagementParticipation: { allowed: MITIGATION_KEEPERS },
  // The public page's operations: no actor, whoever calls (as the hotline intake's).
  publicCartogram: { allowed: 'everyone', ownership: 'Only what the organisation published.' },
  submitPublicProposal: { allowed: 'everyone', ownership: 'Rate-limited per client; no identity kept.' },
  // --- financial-declaration notices and proofs (§21–§29), the foreign-account check (§30)
  financialDeclarationStatus: { allowed: ['hr_officer', 'first_head'] },
  pendingFinancialNotices: { allowed: ['hr_officer'] },
  declarationPublications: { allowed: ['hr_officer', 'first_head'] },
  declarationMeetings: { allowed: ['hr_officer', 'first_head'] },
  declarationRuleChanges: { allowed: ['hr_officer'] },
  financialNotices: {
    ownership: "HR reads anyone's HR file of notices; a person their own.",
    targets: {
      "one's own HR file": { allowed: 'signed-in' },
      "the employee's HR file": { allowed: ['employee', 'hr_officer'] },
    },
  },
  myFinancialDeclaration: { allowed: 'signed-in', ownership: "One's own standing only." },
  foreignAccountFindings: {
    allowed: 'signed-in',
    ownership: 'Every finding for the first head, HR and those the access order names; one’s own otherwise.',
  },
  myForeignAccountFindings: { allowed: 'signed-in', ownership: "One's own findings only." },
  foreignAccountUndertakings: { allowed: ['hr_officer'] },
  foreignAccountAccessOrder: {
    allowed: ['hr_officer', 'first_head'],
    gateway: 'signed-in',
    ownership: 'The first head, HR and those the §30.1 order names (in the demo, HR), whatever their role.',
  },
  taxAuthorityRequests: {
    allowed: ['hr_officer'],
    gateway: 'signed-in',
    ownership: "Those the first head's §30.1 order names (in the demo, HR), whatever their role.",
  },
  registerDeclarant: { allowed: ['hr_officer'] },
  recordDeclarantDeparture: { allowed: ['hr_officer'] },
  setDeclarationDeadline: { allowed: ['hr_officer'] },
  recordDeclarationRuleChange: { allowed: ['hr_officer'] },
  recordDeclarationPublication: { allowed: ['hr_officer'] },
  sendFinancialNotices: { allowed: ['hr_officer'] },
  signFinancialNotice: {
    allowed: ['employee', 'hr_officer'],
    hidden: [
      'training_admin',
      'compliance_officer',
      'compliance_head',
      'first_head',
      'board_member',
      'hotline_investigator',
      'auditor',
      'org_admin',
      'ethics_commissioner',
    ],
    gateway: 'signed-in',
    ownership: "The notice's employee, or HR; anyone else's is NOT_FOUND.",
  },
  recordFilingProof: {
    allowed: ['hr_officer'],
    gateway: 'signed-in',
    ownership: 'The declarant for their own, or HR (the demo calls name a declarant without a login).',
  },
  recordTrustManagement: {
    allowed: ['hr_officer'],
    gateway: 'signed-in',
    ownership: 'The declarant for their own, or HR (the demo calls name a declarant without a login).',
  },
  recordForeignAccountAccessOrder: { allowed: ['first_head'] },
  recordForeignAccountUndertaking: { allowed: ['hr_officer'] },
  prepareTaxAuthorityRequest: {
    allowed: ['hr_officer'],
    gateway: 'signed-in',
    ownership: "Those the first head's §30.1 order names (in the demo, HR).",
  },
  recordTaxAuthorityAnswer: {
    allowed: ['hr_officer'],
    gateway: 'signed-in',
    ownership: "Those the first head's §30.1 order names (in the demo, HR).",
  },
  recordForeignAccountClosure: {
    allowed: ['hr_officer'],
    hidden: [
      'employee',
      'training_admin',
      'compliance_officer',
      'compliance_head',
      'first_head',
      'board_member',
      'hotline_investigator',
      'auditor',
      'org_admin',
      'ethics_commissioner',
    ],
    gateway: 'signed-in',
    ownership:
      "The employee whose account it is, HR, or those the access order names; anyone else's is NOT_FOUND.",
  },
  // §32.2, §35.6: the materials library, kept by the culture planners and read by each material's audience.
  cultureMaterials: { allowed: CULTURE_PLANNERS },
  cultureMaterial: {
    ownership:
      'A published material for its audience; any material for the planners; anyone else is told NOT_FOUND.',
    targets: {
      'the memo for everyone': { allowed: 'signed-in' },
      'the draft presentation': { allowed: CULTURE_PLANNERS, hidden: 'signed-in' },
    },
  },
  myCultureMaterials: { allowed: 'signed-in', ownership: "The published materials of one's own audiences." },
  saveCultureMaterial: { allowed: CULTURE_PLANNERS },
  publishCultureMaterial: { allowed: CULTURE_PLANNERS },
  withdrawCultureMaterial: { allowed: CULTURE_PLANNERS },
  uploadCultureMaterialFile: { allowed: CULTURE_PLANNERS },
  acknowledgeCultureMaterial: {
    allowed: 'signed-in',
    ownership: "As the caller, of a material whose audience they are in; another audience's is NOT_FOUND.",
  },
  remindCultureMaterial: { allowed: CULTURE_PLANNERS },
  // §2, §53–§63, §67: the standard, the compliance service and the programme checklist.
  antiCorruptionStandard: { allowed: COMPLIANCE_READERS },
  complianceService: { allowed: COMPLIANCE_READERS },
  programmeChecklist: { allowed: COMPLIANCE_READERS },
  recordAntiCorruptionStandard: { allowed: COMPLIANCE_KEEPERS },
  recordStandardPublication: { allowed: COMPLIANCE_KEEPERS },
  recordComplianceServiceAppointment: { allowed: COMPLIANCE_KEEPERS },
  setComplianceServiceSizing: { allowed: COMPLIANCE_KEEPERS },
  updateChecklistItem: { allowed: COMPLIANCE_KEEPERS },
  // §73: the self-assessment — the compliance service keeps it; the first head, auditors and the board read it.
  complianceProcesses: { allowed: COMPLIANCE_READERS },
  internalAuditCoverage: { allowed: COMPLIANCE_READERS },
  selfAssessment: { allowed: COMPLIANCE_READERS },
  saveComplianceProcess: { allowed: COMPLIANCE_KEEPERS },
  archiveComplianceProcess: { allowed: COMPLIANCE_KEEPERS },
  recordInternalAuditCoverage: { allowed: COMPLIANCE_KEEPERS },
  drawSelfAssessment: { allowed: COMPLIANCE_KEEPERS },
  recordSelfAssessmentFinding: { allowed: COMPLIANCE_KEEPERS },
  addImprovementItem: { allowed: COMPLIANCE_KEEPERS },
  completeImprovementItem: { allowed: COMPLIANCE_KEEPERS },
  // --- the corruption-risk register and map (§8–§11, Annex 1)
  risks: { allowed: COMPLIANCE_READERS },
  riskScale: { allowed: COMPLIANCE_READERS },
  riskHeatMap: { allowed: COMPLIANCE_READERS },
  riskRemapping: { allowed: COMPLIANCE_READERS },
  riskPositionChoices: { allowed: COMPLIANCE_READERS },
  riskChoices: { allowed: RISK_CHOOSERS },
  riskProposal: { allowed: COMPLIANCE_KEEPERS },
  upsertRisk: { allowed: COMPLIANCE_KEEPERS },
  setRiskScale: { allowed: COMPLIANCE_KEEPERS },
  recordRiskTrigger: { allowed: COMPLIANCE_KEEPERS },
  completeRiskRemapping: { allowed: COMPLIANCE_KEEPERS },
  importRisks: { allowed: COMPLIANCE_KEEPERS },
};

/** The HTTP routes beside GraphQL, with the same kind of decision. */
export const ROUTE_ACCESS: Readonly<Record<string, OperationAccess>> = {
  'GET /training/certificates/:code.pdf': {
    allowed: 'everyone',
    ownership: 'The code printed on the certificate is the key.',
  },
  'GET /training/verify/:code': { allowed: 'everyone' },
  'GET /declarations/conflicts/register.xlsx': { allowed: [...DECLARATION_OFFICERS, 'auditor'] },
  'GET /training/completion.csv': { allowed: TRAINING_READERS },
  'GET /training/completion.xlsx': { allowed: TRAINING_READERS },
  'GET /training/knowledge-gaps.csv': { allowed: TRAINING_READERS },
  'GET /training/knowledge-gaps.xlsx': { allowed: TRAINING_READERS },
  'GET /training/attendance-template.xlsx': { allowed: 'signed-in' },
  'GET /training/courses/:id/questions.xlsx': { allowed: TRAINING_MANAGERS },
  'GET /training/question-template.xlsx': { allowed: TRAINING_MANAGERS },
  'GET /training/lesson-files/:id': {
    allowed: 'signed-in',
    ownership: "Anyone of the course's organisation: learners open their lessons' files.",
  },
  'GET /admin/audit-trail.csv': {
    allowed: ['auditor', 'compliance_head', 'org_admin', 'hotline_investigator'],
    ownership: 'The events the reader may read, as auditEvents shows them.',
  },
  'GET /hotline/attachments/:id': {
    ownership: CASE_HANDLER_RULE,
    targets: { "an unassigned case's file": onUnassignedCase },
  },
  'POST /hotline/reporter-attachment': { allowed: 'everyone', ownership: 'The receipt is the only key.' },
  'GET /hotline/cases/:id.pdf': {
    ownership: `${CASE_HANDLER_RULE} The reporter's identity only to those who may read it, when asked for.`,
    targets: {
      'an unassigned case': onUnassignedCase,
      'a case assigned to the investigator': onAssignedCase,
      'the case that names the compliance head': onCaseNamingHead,
    },
  },
  'GET /declarations/campaigns/:id/progress.xlsx': { allowed: DECLARATION_OFFICERS },
  'GET /declarations/gifts/register.xlsx': { allowed: DECLARATION_REGISTER_READERS },
  'GET /culture/plans/:year.xlsx': { allowed: CULTURE_READERS },
  'GET /culture/plans/:year.pdf': { allowed: CULTURE_READERS },
  'GET /culture/evidence/:id': {
    allowed: [...CULTURE_READERS, 'hr_officer'],
    hidden: CULTURE_NOT_RESPONSIBLE,
    ownership: CULTURE_ACTIVITY_RULE,
  },
  'GET /culture/surveys/:id/results.xlsx': {
    allowed: CULTURE_READERS,
    ownership:
      'As cultureSurveyResults: groups of at least 5 answers, free texts to the compliance staff only.',
  },
  'GET /declarations/financial/status.xlsx': { allowed: ['hr_officer', 'first_head'] },
  'GET /declarations/foreign-accounts/tax-requests/:id.csv': {
    allowed: ['hr_officer'],
    ownership: "Those the first head's §30.1 order names (in the demo, HR), whatever their role.",
  },
  // A potential supplier's link: a page without an account, the token its only key (§72.1).
  'GET /declarations/supplier/:token': {
    allowed: 'everyone',
    ownership: "The link's token is the only key.",
  },
  'POST /declarations/supplier/:token': {
    allowed: 'everyone',
    ownership: "The link's token is the only key.",
  },
  // §9.4–§11: the organisation's public page, without an account.
  'GET /transparency/:slug': { allowed: 'everyone', ownership: 'Only what the organisation published.' },
  'GET /culture/materials/:id/file': {
    ownership: "A published material's audience and the planners; anyone else is told NOT_FOUND.",
    targets: {
      "the draft presentation's PDF": { allowed: CULTURE_PLANNERS, hidden: 'signed-in' },
    },
  },
  'GET /compliance/risks.xlsx': { allowed: COMPLIANCE_READERS },
};

/** The targets of an entry: its own, or the one target of a role rule. */
export function targetsOf(access: OperationAccess): Readonly<Record<string, Expectation>> {
  return 'targets' in access ? access.targets : { [ONLY_TARGET]: access };
}

/** The name of the one target of an operation whose role decides alone. */
export const ONLY_TARGET = 'the demo data';
