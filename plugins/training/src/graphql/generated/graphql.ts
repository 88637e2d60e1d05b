/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Choice questions are answered with optionIds, matching questions with pairs. */
export type AnswerInput = {
  optionIds?: Array<string> | null | undefined;
  pairs?: Array<MatchPairInput> | null | undefined;
  questionId: string;
};

export type AttemptStatus =
  | 'expired'
  | 'open'
  | 'submitted';

export type AttendanceEntryInput = {
  personId: string;
  /** Required for absent. */
  reason?: string | null | undefined;
  /** The knowledge check’s score, 0–100, for an attendee. */
  scorePercent?: number | null | undefined;
  status: AttendanceStatus;
};

/** How a row of an attendance list named its person. */
export type AttendanceImportMatch =
  | 'email'
  | 'iin'
  | 'name';

/** Attended, or absent with the reason (§68: people who had no opportunity to take the training). */
export type AttendanceStatus =
  | 'absent'
  | 'attended';

/** Who takes an assigned course (§5.4, §52.3, §68). */
export type AudienceKind =
  | 'managers'
  | 'new_hires'
  | 'org_units'
  | 'people'
  | 'procurement_staff'
  | 'restricted_positions'
  | 'risk_exposed_positions'
  | 'role'
  | 'whole_org';

/** Whether a certificate still stands: one of a course that recurs (§19, §52.3, §68) expires after its validUntil. */
export type CertificateStanding =
  | 'expired'
  | 'valid';

export type CompletionFigure =
  | 'assigned'
  | 'failed'
  | 'not_started'
  | 'overdue'
  | 'passed'
  | 'started';

/** draft: never published; published: the published version is the latest; changed: published, with a draft of changes. */
export type CourseAuthoringStatus =
  | 'changed'
  | 'draft'
  | 'published';

/** The draft as the author has it: texts may be empty and lessons incomplete until publication; bodies are sanitized when stored. */
export type CourseDraftInput = {
  audienceHint: LocalizedTextInput;
  description: LocalizedTextInput;
  lessons: Array<LessonAuthoringInput>;
  title: LocalizedTextInput;
  topic: CourseTopic;
};

/** Basic and risk-based training topics (§34, §68). */
export type CourseTopic =
  | 'code_of_ethics'
  | 'conflict_of_interest'
  | 'general'
  | 'gifts'
  | 'hotline'
  | 'hr'
  | 'induction'
  | 'middle_managers'
  | 'procurement'
  | 'sponsorship_charity';

/** A draft is edited; the published version is taught; a retired one stays for past attempts. */
export type CourseVersionStatus =
  | 'draft'
  | 'published'
  | 'retired';

export type CreateTrainingAssignmentInput = {
  audience: AudienceKind;
  courseId: string;
  /** YYYY-MM-DD (unused for new hires). A half-yearly assignment falls due on 30 June or 31 December, a yearly one on 31 December: its cycles are calendar half-years or years (§35.2, §68). */
  dueOn: string;
  /** For new_hires: calendar months after hiring the course is due, 1 to 12; 3 by default (§68). */
  newHireMonths?: number | null | undefined;
  /** For org_units: the units, each with its subtree. */
  orgUnitIds?: Array<string> | null | undefined;
  recurrence: Recurrence;
  /** §9.1, §34: risks of the register the training answers. */
  riskIds?: Array<string> | null | undefined;
  /** For role. */
  role?: Role | null | undefined;
};

export type CreateTrainingCourseInput = {
  audienceHint?: LocalizedTextInput | null | undefined;
  /** Required before publishing. */
  description?: LocalizedTextInput | null | undefined;
  lessons: Array<LessonAuthoringInput>;
  title: LocalizedTextInput;
  topic: CourseTopic;
};

export type EditTrainingAssignmentInput = {
  audience: AudienceKind;
  /** YYYY-MM-DD, from today on; a half-yearly assignment falls due on 30 June or 31 December, a yearly one on 31 December. */
  dueOn: string;
  /** For new_hires: calendar months after hiring, 1 to 12. */
  newHireMonths?: number | null | undefined;
  /** For org_units: the units, each with its subtree. */
  orgUnitIds?: Array<string> | null | undefined;
  /** §9.1, §34: risks of the register the training answers (VALIDATION for another’s); left out, they stay. */
  riskIds?: Array<string> | null | undefined;
  /** For role. */
  role?: Role | null | undefined;
};

/** A person's standing in the current cycle of an assigned course. */
export type EnrolmentStatus =
  | 'failed'
  | 'in_progress'
  | 'not_started'
  | 'overdue'
  | 'passed'
  | 'withdrawn';

/** Text lessons carry a body (HTML, sanitized when stored: scripts, event handlers and unsafe links are removed, the formatting kept); files, videos and links carry an http(s) address (§35.4). */
export type LessonAuthoringInput = {
  body?: LocalizedTextInput | null | undefined;
  /** A file uploaded with uploadLessonFile, for file and video lessons. */
  fileId?: string | null | undefined;
  /** The id of a lesson kept from the draft; absent for a new lesson. */
  id?: string | null | undefined;
  kind: LessonKind;
  title: LocalizedTextInput;
  url?: string | null | undefined;
};

export type LessonKind =
  | 'file'
  | 'link'
  | 'text'
  | 'video';

/** Kazakh and Russian are required; English falls back to Russian. */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  kk: string;
  ru: string;
};

export type MatchPairInput = {
  matchId: string;
  optionId: string;
};

export type QuestionKind =
  | 'matching'
  | 'multiple'
  | 'single'
  | 'true_false';

/** Once, every half-year (§19, §52.3) or every year (§68). */
export type Recurrence =
  | 'half_yearly'
  | 'once'
  | 'yearly';

/** A role granted in an organisation; every member is also an employee. */
export type Role =
  | 'auditor'
  | 'board_member'
  | 'compliance_head'
  | 'compliance_officer'
  | 'employee'
  | 'ethics_commissioner'
  | 'first_head'
  | 'hotline_investigator'
  | 'hr_officer'
  | 'org_admin'
  | 'training_admin';

export type TrainingAssignmentChangeKind =
  | 'deactivated'
  | 'edited'
  | 'extended'
  | 'reminded';

export type TrainingPoolDrawInput = {
  count: number;
  poolId: string;
};

/** 2 to 8 options (true/false: 2). A VALIDATION error names the field to fix: text, options (training.question.noRightAnswer, training.question.allRight), options.N.text, options.N.match (training.question.unpaired), matches.N, explanation. */
export type TrainingQuestionInput = {
  explanation?: LocalizedTextInput | null | undefined;
  kind: QuestionKind;
  matches?: Array<LocalizedTextInput> | null | undefined;
  options: Array<TrainingQuestionOptionInput>;
  /** Editing: moves the question to another pool of the same bank. */
  poolId?: string | null | undefined;
  text: LocalizedTextInput;
};

/** A choice option marks `correct`; a matching item names its `match`: an index, from 0, in `matches`. */
export type TrainingQuestionOptionInput = {
  correct?: boolean | null | undefined;
  match?: number | null | undefined;
  text: LocalizedTextInput;
};

/** A session as planned: the topic in Kazakh and Russian (English optional), its day, trainer and length. */
export type TrainingSessionInput = {
  /** 1 to 480. */
  durationMinutes: number;
  kind: TrainingSessionKind;
  /** Whether attendance ends with a knowledge check; false by default. */
  knowledgeCheck?: boolean | null | undefined;
  materials?: Array<TrainingSessionMaterialInput> | null | undefined;
  /** YYYY-MM-DD */
  plannedOn: string;
  topic: LocalizedTextInput;
  trainer: string;
};

/** Seminar, webinar, external course (§5.3, §68), the compliance staff’s upskilling (§5.4), or the first head’s yearly meeting on publishing declaration data (§29). */
export type TrainingSessionKind =
  | 'declaration_meeting'
  | 'external_course'
  | 'seminar'
  | 'upskilling'
  | 'webinar';

export type TrainingSessionMaterialInput = {
  title: string;
  url: string;
};

/** Planned, held on a day, or cancelled: §74.3 counts the share of planned trainings held. */
export type TrainingSessionStatus =
  | 'cancelled'
  | 'held'
  | 'planned';

/** Pass mark 60 to 100 (§5.3, §35.3: training.test.passMarkTooLow below 60), time limit 1 to 240 minutes or null for none, 1 to 10 attempts; a draw takes at most the questions its pool holds (training.test.drawTooMany, field draws.N.count). */
export type TrainingTestSettingsInput = {
  draws: Array<TrainingPoolDrawInput>;
  /** False when not given. */
  lessonsRequiredBeforeTest?: boolean | null | undefined;
  maxAttempts: number;
  passMark: number;
  reviewAllowed: boolean;
  shuffle: boolean;
  timeLimitMinutes?: number | null | undefined;
};

export type AttemptFieldsFragment = { id: string, testId: string, number: number, status: AttemptStatus, startedAt: string, deadline: string | null, submittedAt: string | null, questions: Array<{ id: string, kind: QuestionKind, answered: boolean, flagged: boolean, text: { kk: string, ru: string, en: string }, options: Array<{ id: string, text: { kk: string, ru: string, en: string } }>, matches: Array<{ id: string, text: { kk: string, ru: string, en: string } }> | null }>, answers: Array<{ questionId: string, optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }> };

export type AttemptResultFieldsFragment = { attemptId: string, status: AttemptStatus, scorePercent: number, passed: boolean, passMark: number, certificateCode: string | null, wrongQuestionIds: Array<string> | null, review: Array<{ questionId: string, correct: boolean, given: { optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null } | null, rightAnswer: { optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }, explanation: { kk: string, ru: string, en: string } | null }> | null };

export type AttendanceImportPreviewFieldsFragment = { attended: number, absent: number, rows: Array<{ row: number, personId: string, fullName: string, email: string, matchedBy: AttendanceImportMatch, status: AttendanceStatus, reason: string | null, scorePercent: number | null }>, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> };

export type AuthoredCourseRowFragment = { id: string, status: CourseAuthoringStatus, revision: number, changedAt: string, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string } }, publishedVersion: { id: string, number: number } | null, draft: { id: string, number: number } | null };

export type CourseVersionFieldsFragment = { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> };

export type AuthoredCourseFieldsFragment = { id: string, status: CourseAuthoringStatus, revision: number, changedAt: string, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } }, publishedVersion: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, draft: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, versions: Array<{ id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null }>, course: { id: string, test: { id: string, questionCount: number, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null } | null } };

export type EditTrainingAssignmentMutationVariables = Exact<{
  id: string;
  input: EditTrainingAssignmentInput;
}>;


export type EditTrainingAssignmentMutation = { editTrainingAssignment: { id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, riskIds: Array<string>, enrolled: number, active: boolean, course: { id: string, title: { kk: string, ru: string, en: string } }, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null> } };

export type ExtendTrainingDueDateMutationVariables = Exact<{
  assignmentId: string;
  personIds: Array<string> | string;
  dueOn: string;
}>;


export type ExtendTrainingDueDateMutation = { extendTrainingDueDate: number };

export type DeactivateTrainingAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type DeactivateTrainingAssignmentMutation = { deactivateTrainingAssignment: { id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, riskIds: Array<string>, enrolled: number, active: boolean, course: { id: string, title: { kk: string, ru: string, en: string } }, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null> } };

export type SendTrainingReminderNowMutationVariables = Exact<{
  assignmentId: string;
}>;


export type SendTrainingReminderNowMutation = { sendTrainingReminderNow: number };

export type CompletionFiguresFieldsFragment = { assigned: number, started: number, passed: number, failed: number, overdue: number, startedPercent: number, passedPercent: number, failedPercent: number, overduePercent: number, notStarted: number, notStartedPercent: number };

export type CreateTrainingAssignmentMutationVariables = Exact<{
  input: CreateTrainingAssignmentInput;
}>;


export type CreateTrainingAssignmentMutation = { createTrainingAssignment: { id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, riskIds: Array<string>, enrolled: number, active: boolean, course: { id: string, title: { kk: string, ru: string, en: string } }, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null> } };

export type CreateTrainingCourseMutationVariables = Exact<{
  input: CreateTrainingCourseInput;
}>;


export type CreateTrainingCourseMutation = { createTrainingCourse: { id: string, course: { id: string } } };

export type EditTrainingSessionMutationVariables = Exact<{
  id: string;
  input: TrainingSessionInput;
}>;


export type EditTrainingSessionMutation = { editTrainingSession: { id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> } };

export type FlagQuestionMutationVariables = Exact<{
  attemptId: string;
  questionId: string;
  flagged: boolean;
}>;


export type FlagQuestionMutation = { flagQuestion: { id: string, questions: Array<{ id: string, flagged: boolean }> } };

export type GetAttemptResultQueryVariables = Exact<{
  attemptId: string;
}>;


export type GetAttemptResultQuery = { attemptResult: { attemptId: string, status: AttemptStatus, scorePercent: number, passed: boolean, passMark: number, certificateCode: string | null, wrongQuestionIds: Array<string> | null, review: Array<{ questionId: string, correct: boolean, given: { optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null } | null, rightAnswer: { optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }, explanation: { kk: string, ru: string, en: string } | null }> | null }, attempt: { id: string, testId: string, number: number, status: AttemptStatus, startedAt: string, deadline: string | null, submittedAt: string | null, questions: Array<{ id: string, kind: QuestionKind, answered: boolean, flagged: boolean, text: { kk: string, ru: string, en: string }, options: Array<{ id: string, text: { kk: string, ru: string, en: string } }>, matches: Array<{ id: string, text: { kk: string, ru: string, en: string } }> | null }>, answers: Array<{ questionId: string, optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }> } };

export type GetMyAssignmentQueryVariables = Exact<{
  id: string;
}>;


export type GetMyAssignmentQuery = { myAssignment: { id: string, assignmentId: string, testId: string | null, dueOn: string, status: EnrolmentStatus, attempts: number, maxAttempts: number | null, attemptsLeft: number | null, canStartAttempt: boolean, lessonsTotal: number, doneLessonIds: Array<string>, lessonsRequiredBeforeTest: boolean, bestScorePercent: number | null, certificateCode: string | null, course: { id: string, topic: CourseTopic, lessons: Array<{ id: string, kind: LessonKind, url: string | null, file: { id: string, name: string } | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null }>, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, audienceHint: { kk: string, ru: string, en: string } | null, test: { id: string, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null, questionCount: number, reviewAllowed: boolean, lessonsRequiredBeforeTest: boolean } | null } } | null };

export type GetQuestionBankQueryVariables = Exact<{
  courseId: string;
  search?: string | null | undefined;
  kind?: QuestionKind | null | undefined;
  poolId?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type GetQuestionBankQuery = { trainingQuestionBank: { courseId: string, total: number, courseTitle: { kk: string, ru: string, en: string }, pools: Array<{ id: string, questionCount: number, title: { kk: string, ru: string, en: string } }>, questions: Array<{ id: string, poolId: string, kind: QuestionKind, text: { kk: string, ru: string, en: string }, options: Array<{ correct: boolean, match: number | null, text: { kk: string, ru: string, en: string } }>, matches: Array<{ kk: string, ru: string, en: string }> | null, explanation: { kk: string, ru: string, en: string } | null }> } };

export type GetTrainingAssignmentQueryVariables = Exact<{
  id: string;
}>;


export type GetTrainingAssignmentQuery = { trainingAssignment: { id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, riskIds: Array<string>, enrolled: number, active: boolean, course: { id: string, title: { kk: string, ru: string, en: string } }, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null> }, trainingAssignmentHistory: Array<{ id: string, kind: TrainingAssignmentChangeKind, changedAt: string, changedByName: string | null, before: { audience: AudienceKind | null, orgUnitIds: Array<string> | null, role: Role | null, newHireMonths: number | null, dueOn: string | null, active: boolean | null, people: number | null, enrolled: number | null, withdrawn: number | null, reminded: number | null }, after: { audience: AudienceKind | null, orgUnitIds: Array<string> | null, role: Role | null, newHireMonths: number | null, dueOn: string | null, active: boolean | null, people: number | null, enrolled: number | null, withdrawn: number | null, reminded: number | null } }> };

export type TrainingAssignmentStateFieldsFragment = { audience: AudienceKind | null, orgUnitIds: Array<string> | null, role: Role | null, newHireMonths: number | null, dueOn: string | null, active: boolean | null, people: number | null, enrolled: number | null, withdrawn: number | null, reminded: number | null };

export type GetTrainingCompletionQueryVariables = Exact<{
  courseId?: string | null | undefined;
  orgUnitId?: string | null | undefined;
}>;


export type GetTrainingCompletionQuery = { trainingCompletion: { orgUnit: { id: string, parent: { id: string } | null, names: { kk: string, ru: string, en: string } }, total: { assigned: number, started: number, passed: number, failed: number, overdue: number, startedPercent: number, passedPercent: number, failedPercent: number, overduePercent: number, notStarted: number, notStartedPercent: number }, rows: Array<{ orgUnit: { id: string, names: { kk: string, ru: string, en: string } }, figures: { assigned: number, started: number, passed: number, failed: number, overdue: number, startedPercent: number, passedPercent: number, failedPercent: number, overduePercent: number, notStarted: number, notStartedPercent: number } }> } };

export type GetTrainingCourseQueryVariables = Exact<{
  id: string;
}>;


export type GetTrainingCourseQuery = { trainingCourse: { id: string, status: CourseAuthoringStatus, revision: number, changedAt: string, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } }, publishedVersion: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, draft: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, versions: Array<{ id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null }>, course: { id: string, test: { id: string, questionCount: number, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null } | null } } };

export type GetTrainingKnowledgeGapsQueryVariables = Exact<{
  courseId: string;
  periodFrom: string;
  periodTo: string;
  orgUnitId?: string | null | undefined;
}>;


export type GetTrainingKnowledgeGapsQuery = { trainingKnowledgeGaps: { periodFrom: string, periodTo: string, attempts: number, people: number, suppressed: boolean, orgUnit: { id: string, names: { kk: string, ru: string, en: string } }, total: { asked: number, wrong: number, wrongPercent: number } | null, questions: Array<{ questionId: string, topic: CourseTopic, text: { kk: string, ru: string, en: string }, poolTitle: { kk: string, ru: string, en: string }, figures: { asked: number, wrong: number, wrongPercent: number } }>, topics: Array<{ topic: CourseTopic, questions: number, figures: { asked: number, wrong: number, wrongPercent: number } }>, units: Array<{ suppressed: boolean, people: number | null, orgUnit: { id: string, names: { kk: string, ru: string, en: string } }, figures: { asked: number, wrong: number, wrongPercent: number } | null }> } };

export type GetTrainingSessionQueryVariables = Exact<{
  id: string;
}>;


export type GetTrainingSessionQuery = { trainingSession: { id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> }, sessionAttendance: Array<{ personId: string, fullName: string, email: string, status: AttendanceStatus, reason: string | null, scorePercent: number | null }> };

export type ImportSessionAttendanceMutationVariables = Exact<{
  sessionId: string;
  file: File;
}>;


export type ImportSessionAttendanceMutation = { importSessionAttendance: { attended: number, absent: number, rows: Array<{ row: number, personId: string, fullName: string, email: string, matchedBy: AttendanceImportMatch, status: AttendanceStatus, reason: string | null, scorePercent: number | null }>, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> } };

export type ListAuthoredCoursesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ListAuthoredCoursesQuery = { authoredTrainingCourses: Array<{ id: string, status: CourseAuthoringStatus, revision: number, changedAt: string, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string } }, publishedVersion: { id: string, number: number } | null, draft: { id: string, number: number } | null }> };

export type ListCompletionPeopleQueryVariables = Exact<{
  courseId?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  figure: CompletionFigure;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ListCompletionPeopleQuery = { trainingCompletionPeople: Array<{ id: string, fullName: string, email: string, status: EnrolmentStatus, dueOn: string, bestScorePercent: number | null, orgUnit: { id: string, names: { kk: string, ru: string, en: string } } }> };

export type ListMyAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListMyAssignmentsQuery = { myAssignments: Array<{ id: string, assignmentId: string, testId: string | null, dueOn: string, status: EnrolmentStatus, attempts: number, maxAttempts: number | null, attemptsLeft: number | null, canStartAttempt: boolean, lessonsTotal: number, doneLessonIds: Array<string>, lessonsRequiredBeforeTest: boolean, bestScorePercent: number | null, certificateCode: string | null, course: { id: string, topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, audienceHint: { kk: string, ru: string, en: string } | null, test: { id: string, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null, questionCount: number, reviewAllowed: boolean, lessonsRequiredBeforeTest: boolean } | null } }> };

export type ListMyCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListMyCertificatesQuery = { myCertificates: Array<{ id: string, code: string, courseId: string, issuedOn: string, scorePercent: number, validUntil: string | null, standing: CertificateStanding, courseTitle: { kk: string, ru: string, en: string } }> };

export type ListOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: string, names: { kk: string, ru: string, en: string } }> };

export type ListPersonCertificatesQueryVariables = Exact<{
  personId: string;
}>;


export type ListPersonCertificatesQuery = { personCertificates: { personId: string, fullName: string, certificates: Array<{ id: string, code: string, courseId: string, issuedOn: string, scorePercent: number, validUntil: string | null, standing: CertificateStanding, courseTitle: { kk: string, ru: string, en: string } }> } };

export type ListTrainingAssignmentEnrolmentsQueryVariables = Exact<{
  assignmentId: string;
  status?: EnrolmentStatus | null | undefined;
  search?: string | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ListTrainingAssignmentEnrolmentsQuery = { trainingAssignmentEnrolments: { total: number, rows: Array<{ id: string, personId: string, fullName: string, email: string, status: EnrolmentStatus, dueOn: string, extendedFrom: string | null, attempts: number, lastScorePercent: number | null, orgUnitNames: { kk: string, ru: string, en: string } }> } };

export type ListTrainingAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListTrainingAssignmentsQuery = { trainingAssignments: Array<{ id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, riskIds: Array<string>, enrolled: number, active: boolean, course: { id: string, title: { kk: string, ru: string, en: string } }, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null> }> };

export type ListTrainingCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListTrainingCoursesQuery = { trainingCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> };

export type ListTrainingSessionsQueryVariables = Exact<{
  search?: string | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ListTrainingSessionsQuery = { trainingSessions: { total: number, sessions: Array<{ id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> }> } };

export type LocalizedTextFieldsFragment = { kk: string, ru: string, en: string };

export type MarkLessonDoneMutationVariables = Exact<{
  courseId: string;
  lessonId: string;
}>;


export type MarkLessonDoneMutation = { markLessonDone: { id: string, assignmentId: string, testId: string | null, dueOn: string, status: EnrolmentStatus, attempts: number, maxAttempts: number | null, attemptsLeft: number | null, canStartAttempt: boolean, lessonsTotal: number, doneLessonIds: Array<string>, lessonsRequiredBeforeTest: boolean, bestScorePercent: number | null, certificateCode: string | null, course: { id: string, topic: CourseTopic, lessons: Array<{ id: string, kind: LessonKind, url: string | null, file: { id: string, name: string } | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null }>, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, audienceHint: { kk: string, ru: string, en: string } | null, test: { id: string, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null, questionCount: number, reviewAllowed: boolean, lessonsRequiredBeforeTest: boolean } | null } } };

export type MyAssignmentSummaryFieldsFragment = { id: string, assignmentId: string, testId: string | null, dueOn: string, status: EnrolmentStatus, attempts: number, maxAttempts: number | null, attemptsLeft: number | null, canStartAttempt: boolean, lessonsTotal: number, doneLessonIds: Array<string>, lessonsRequiredBeforeTest: boolean, bestScorePercent: number | null, certificateCode: string | null, course: { id: string, topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, audienceHint: { kk: string, ru: string, en: string } | null, test: { id: string, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null, questionCount: number, reviewAllowed: boolean, lessonsRequiredBeforeTest: boolean } | null } };

export type MyAssignmentFieldsFragment = { id: string, assignmentId: string, testId: string | null, dueOn: string, status: EnrolmentStatus, attempts: number, maxAttempts: number | null, attemptsLeft: number | null, canStartAttempt: boolean, lessonsTotal: number, doneLessonIds: Array<string>, lessonsRequiredBeforeTest: boolean, bestScorePercent: number | null, certificateCode: string | null, course: { id: string, topic: CourseTopic, lessons: Array<{ id: string, kind: LessonKind, url: string | null, file: { id: string, name: string } | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null }>, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, audienceHint: { kk: string, ru: string, en: string } | null, test: { id: string, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null, questionCount: number, reviewAllowed: boolean, lessonsRequiredBeforeTest: boolean } | null } };

export type OrgUnitNamedFragment = { id: string, names: { kk: string, ru: string, en: string } };

export type PersonCertificateFieldsFragment = { id: string, code: string, courseId: string, issuedOn: string, scorePercent: number, validUntil: string | null, standing: CertificateStanding, courseTitle: { kk: string, ru: string, en: string } };

export type PlanTrainingSessionMutationVariables = Exact<{
  input: TrainingSessionInput;
}>;


export type PlanTrainingSessionMutation = { planTrainingSession: { id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> } };

export type PreviewSessionAttendanceImportMutationVariables = Exact<{
  sessionId: string;
  file: File;
}>;


export type PreviewSessionAttendanceImportMutation = { previewSessionAttendanceImport: { attended: number, absent: number, rows: Array<{ row: number, personId: string, fullName: string, email: string, matchedBy: AttendanceImportMatch, status: AttendanceStatus, reason: string | null, scorePercent: number | null }>, errors: Array<{ row: number, column: string | null, messageKey: string | null, params: unknown, message: string }> } };

export type PublishTrainingCourseMutationVariables = Exact<{
  courseId: string;
}>;


export type PublishTrainingCourseMutation = { publishTrainingCourse: { id: string, number: number } };

export type BankQuestionFieldsFragment = { id: string, poolId: string, kind: QuestionKind, text: { kk: string, ru: string, en: string }, options: Array<{ correct: boolean, match: number | null, text: { kk: string, ru: string, en: string } }>, matches: Array<{ kk: string, ru: string, en: string }> | null, explanation: { kk: string, ru: string, en: string } | null };

export type BankPoolFieldsFragment = { id: string, questionCount: number, title: { kk: string, ru: string, en: string } };

export type PreviewTrainingQuestionImportMutationVariables = Exact<{
  courseId: string;
  file: File;
}>;


export type PreviewTrainingQuestionImportMutation = { previewTrainingQuestionImport: { poolsToCreate: Array<string>, rows: Array<{ row: number, pool: string, newPool: boolean, kind: QuestionKind, optionCount: number, text: { kk: string, ru: string, en: string } }>, problems: Array<{ row: number, column: string | null, messageKey: string, params: unknown, message: string }> } };

export type ImportTrainingQuestionFileMutationVariables = Exact<{
  courseId: string;
  file: File;
}>;


export type ImportTrainingQuestionFileMutation = { importTrainingQuestionFile: { created: number, poolsCreated: number } };

export type CreateTrainingQuestionPoolMutationVariables = Exact<{
  courseId: string;
  title: LocalizedTextInput;
}>;


export type CreateTrainingQuestionPoolMutation = { createTrainingQuestionPool: { id: string } };

export type RenameTrainingQuestionPoolMutationVariables = Exact<{
  poolId: string;
  title: LocalizedTextInput;
}>;


export type RenameTrainingQuestionPoolMutation = { renameTrainingQuestionPool: { id: string } };

export type DeleteTrainingQuestionPoolMutationVariables = Exact<{
  poolId: string;
}>;


export type DeleteTrainingQuestionPoolMutation = { deleteTrainingQuestionPool: string };

export type RecordSessionAttendanceMutationVariables = Exact<{
  sessionId: string;
  entries: Array<AttendanceEntryInput> | AttendanceEntryInput;
}>;


export type RecordSessionAttendanceMutation = { recordSessionAttendance: number };

export type SaveAnswerMutationVariables = Exact<{
  attemptId: string;
  answer: AnswerInput;
}>;


export type SaveAnswerMutation = { saveAnswer: { id: string, status: AttemptStatus, answers: Array<{ questionId: string, optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }> } };

export type SaveTrainingCourseDraftMutationVariables = Exact<{
  courseId: string;
  revision: number;
  input: CourseDraftInput;
}>;


export type SaveTrainingCourseDraftMutation = { saveTrainingCourseDraft: { id: string, status: CourseAuthoringStatus, revision: number, changedAt: string, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } }, publishedVersion: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, draft: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, versions: Array<{ id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null }>, course: { id: string, test: { id: string, questionCount: number, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null } | null } } };

export type SessionAttendanceFieldsFragment = { personId: string, fullName: string, email: string, status: AttendanceStatus, reason: string | null, scorePercent: number | null };

export type SetTrainingSessionStatusMutationVariables = Exact<{
  id: string;
  status: TrainingSessionStatus;
  heldOn?: string | null | undefined;
}>;


export type SetTrainingSessionStatusMutation = { setTrainingSessionStatus: { id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> } };

export type StartAttemptMutationVariables = Exact<{
  testId: string;
}>;


export type StartAttemptMutation = { startAttempt: { id: string, testId: string, number: number, status: AttemptStatus, startedAt: string, deadline: string | null, submittedAt: string | null, questions: Array<{ id: string, kind: QuestionKind, answered: boolean, flagged: boolean, text: { kk: string, ru: string, en: string }, options: Array<{ id: string, text: { kk: string, ru: string, en: string } }>, matches: Array<{ id: string, text: { kk: string, ru: string, en: string } }> | null }>, answers: Array<{ questionId: string, optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }> } };

export type SubmitAttemptMutationVariables = Exact<{
  attemptId: string;
}>;


export type SubmitAttemptMutation = { submitAttempt: { attemptId: string, status: AttemptStatus, scorePercent: number, passed: boolean, passMark: number, certificateCode: string | null, wrongQuestionIds: Array<string> | null, review: Array<{ questionId: string, correct: boolean, given: { optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null } | null, rightAnswer: { optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }, explanation: { kk: string, ru: string, en: string } | null }> | null } };

export type TestSettingsFieldsFragment = { id: string, shuffle: boolean, timeLimitMinutes: number | null, maxAttempts: number, passMark: number, reviewAllowed: boolean, lessonsRequiredBeforeTest: boolean, draws: Array<{ poolId: string, count: number }> };

export type GetTestSettingsQueryVariables = Exact<{
  courseId: string;
}>;


export type GetTestSettingsQuery = { trainingQuestionBank: { courseId: string, courseTitle: { kk: string, ru: string, en: string }, pools: Array<{ id: string, questionCount: number, title: { kk: string, ru: string, en: string } }> }, trainingTestSettings: { id: string, shuffle: boolean, timeLimitMinutes: number | null, maxAttempts: number, passMark: number, reviewAllowed: boolean, lessonsRequiredBeforeTest: boolean, draws: Array<{ poolId: string, count: number }> } | null };

export type EditTrainingTestMutationVariables = Exact<{
  courseId: string;
  input: TrainingTestSettingsInput;
}>;


export type EditTrainingTestMutation = { editTrainingTest: { id: string, shuffle: boolean, timeLimitMinutes: number | null, maxAttempts: number, passMark: number, reviewAllowed: boolean, lessonsRequiredBeforeTest: boolean, draws: Array<{ poolId: string, count: number }> } };

export type TrainingAssignmentFieldsFragment = { id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, riskIds: Array<string>, enrolled: number, active: boolean, course: { id: string, title: { kk: string, ru: string, en: string } }, answeredRisks: Array<{ id: string, code: string, processOrDocument: string } | null> };

export type CreateTrainingQuestionMutationVariables = Exact<{
  poolId: string;
  input: TrainingQuestionInput;
}>;


export type CreateTrainingQuestionMutation = { createTrainingQuestion: { id: string } };

export type EditTrainingQuestionMutationVariables = Exact<{
  id: string;
  input: TrainingQuestionInput;
}>;


export type EditTrainingQuestionMutation = { editTrainingQuestion: { id: string } };

export type RetireTrainingQuestionMutationVariables = Exact<{
  id: string;
}>;


export type RetireTrainingQuestionMutation = { retireTrainingQuestion: string };

export type TrainingRiskChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingRiskChoicesQuery = { riskChoices: Array<{ id: string, code: string, processOrDocument: string }> };

export type TrainingSessionFieldsFragment = { id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> };

export type UploadLessonFileMutationVariables = Exact<{
  courseId: string;
  file: File;
}>;


export type UploadLessonFileMutation = { uploadLessonFile: { id: string, name: string, contentType: string, sizeBytes: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const LocalizedTextFieldsFragmentDoc = new TypedDocumentString(`
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
    `, {"fragmentName":"LocalizedTextFields"}) as unknown as TypedDocumentString<LocalizedTextFieldsFragment, unknown>;
export const AttemptFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttemptFields on Attempt {
  id
  testId
  number
  status
  startedAt
  deadline
  submittedAt
  questions {
    id
    kind
    text {
      ...LocalizedTextFields
    }
    options {
      id
      text {
        ...LocalizedTextFields
      }
    }
    matches {
      id
      text {
        ...LocalizedTextFields
      }
    }
    answered
    flagged
  }
  answers {
    questionId
    optionIds
    pairs {
      optionId
      matchId
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"AttemptFields"}) as unknown as TypedDocumentString<AttemptFieldsFragment, unknown>;
export const AttemptResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttemptResultFields on AttemptResult {
  attemptId
  status
  scorePercent
  passed
  passMark
  certificateCode
  wrongQuestionIds
  review {
    questionId
    correct
    given {
      optionIds
      pairs {
        optionId
        matchId
      }
    }
    rightAnswer {
      optionIds
      pairs {
        optionId
        matchId
      }
    }
    explanation {
      ...LocalizedTextFields
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"AttemptResultFields"}) as unknown as TypedDocumentString<AttemptResultFieldsFragment, unknown>;
export const AttendanceImportPreviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttendanceImportPreviewFields on AttendanceImportPreview {
  attended
  absent
  rows {
    row
    personId
    fullName
    email
    matchedBy
    status
    reason
    scorePercent
  }
  errors {
    row
    column
    messageKey
    params
    message
  }
}
    `, {"fragmentName":"AttendanceImportPreviewFields"}) as unknown as TypedDocumentString<AttendanceImportPreviewFieldsFragment, unknown>;
export const AuthoredCourseRowFragmentDoc = new TypedDocumentString(`
    fragment AuthoredCourseRow on AuthoredCourse {
  id
  status
  revision
  changedAt
  details {
    topic
    title {
      ...LocalizedTextFields
    }
  }
  publishedVersion {
    id
    number
  }
  draft {
    id
    number
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"AuthoredCourseRow"}) as unknown as TypedDocumentString<AuthoredCourseRowFragment, unknown>;
export const CourseVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CourseVersionFields on CourseVersion {
  id
  number
  status
  publishedAt
  savedAt
  savedByName
  details {
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
  }
  lessons {
    id
    kind
    title {
      ...LocalizedTextFields
    }
    body {
      ...LocalizedTextFields
    }
    url
    file {
      id
      name
      contentType
      sizeBytes
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"CourseVersionFields"}) as unknown as TypedDocumentString<CourseVersionFieldsFragment, unknown>;
export const AuthoredCourseFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthoredCourseFields on AuthoredCourse {
  id
  status
  revision
  changedAt
  details {
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
  }
  publishedVersion {
    ...CourseVersionFields
  }
  draft {
    ...CourseVersionFields
  }
  versions {
    id
    number
    status
    publishedAt
    savedAt
  }
  course {
    id
    test {
      id
      questionCount
      passMark
      timeLimitMinutes
      maxAttempts
    }
  }
}
    fragment CourseVersionFields on CourseVersion {
  id
  number
  status
  publishedAt
  savedAt
  savedByName
  details {
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
  }
  lessons {
    id
    kind
    title {
      ...LocalizedTextFields
    }
    body {
      ...LocalizedTextFields
    }
    url
    file {
      id
      name
      contentType
      sizeBytes
    }
  }
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"AuthoredCourseFields"}) as unknown as TypedDocumentString<AuthoredCourseFieldsFragment, unknown>;
export const CompletionFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompletionFiguresFields on CompletionFigures {
  assigned
  started
  passed
  failed
  overdue
  startedPercent
  passedPercent
  failedPercent
  overduePercent
  notStarted
  notStartedPercent
}
    `, {"fragmentName":"CompletionFiguresFields"}) as unknown as TypedDocumentString<CompletionFiguresFieldsFragment, unknown>;
export const TrainingAssignmentStateFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingAssignmentStateFields on TrainingAssignmentState {
  audience
  orgUnitIds
  role
  newHireMonths
  dueOn
  active
  people
  enrolled
  withdrawn
  reminded
}
    `, {"fragmentName":"TrainingAssignmentStateFields"}) as unknown as TypedDocumentString<TrainingAssignmentStateFieldsFragment, unknown>;
export const MyAssignmentSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyAssignmentSummaryFields on MyAssignment {
  id
  assignmentId
  testId
  dueOn
  status
  attempts
  maxAttempts
  attemptsLeft
  canStartAttempt
  lessonsTotal
  doneLessonIds
  lessonsRequiredBeforeTest
  bestScorePercent
  certificateCode
  course {
    id
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
    test {
      id
      passMark
      timeLimitMinutes
      maxAttempts
      questionCount
      reviewAllowed
      lessonsRequiredBeforeTest
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"MyAssignmentSummaryFields"}) as unknown as TypedDocumentString<MyAssignmentSummaryFieldsFragment, unknown>;
export const MyAssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyAssignmentFields on MyAssignment {
  ...MyAssignmentSummaryFields
  course {
    id
    lessons {
      id
      kind
      url
      file {
        id
        name
      }
      title {
        ...LocalizedTextFields
      }
      body {
        ...LocalizedTextFields
      }
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment MyAssignmentSummaryFields on MyAssignment {
  id
  assignmentId
  testId
  dueOn
  status
  attempts
  maxAttempts
  attemptsLeft
  canStartAttempt
  lessonsTotal
  doneLessonIds
  lessonsRequiredBeforeTest
  bestScorePercent
  certificateCode
  course {
    id
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
    test {
      id
      passMark
      timeLimitMinutes
      maxAttempts
      questionCount
      reviewAllowed
      lessonsRequiredBeforeTest
    }
  }
}`, {"fragmentName":"MyAssignmentFields"}) as unknown as TypedDocumentString<MyAssignmentFieldsFragment, unknown>;
export const OrgUnitNamedFragmentDoc = new TypedDocumentString(`
    fragment OrgUnitNamed on OrgUnit {
  id
  names {
    kk
    ru
    en
  }
}
    `, {"fragmentName":"OrgUnitNamed"}) as unknown as TypedDocumentString<OrgUnitNamedFragment, unknown>;
export const PersonCertificateFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonCertificateFields on PersonCertificate {
  id
  code
  courseId
  courseTitle {
    ...LocalizedTextFields
  }
  issuedOn
  scorePercent
  validUntil
  standing
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"PersonCertificateFields"}) as unknown as TypedDocumentString<PersonCertificateFieldsFragment, unknown>;
export const BankQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment BankQuestionFields on TrainingBankQuestion {
  id
  poolId
  kind
  text {
    ...LocalizedTextFields
  }
  options {
    text {
      ...LocalizedTextFields
    }
    correct
    match
  }
  matches {
    ...LocalizedTextFields
  }
  explanation {
    ...LocalizedTextFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"BankQuestionFields"}) as unknown as TypedDocumentString<BankQuestionFieldsFragment, unknown>;
export const BankPoolFieldsFragmentDoc = new TypedDocumentString(`
    fragment BankPoolFields on TrainingBankPool {
  id
  title {
    ...LocalizedTextFields
  }
  questionCount
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"BankPoolFields"}) as unknown as TypedDocumentString<BankPoolFieldsFragment, unknown>;
export const SessionAttendanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionAttendanceFields on SessionAttendance {
  personId
  fullName
  email
  status
  reason
  scorePercent
}
    `, {"fragmentName":"SessionAttendanceFields"}) as unknown as TypedDocumentString<SessionAttendanceFieldsFragment, unknown>;
export const TestSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment TestSettingsFields on TrainingTestSettings {
  id
  draws {
    poolId
    count
  }
  shuffle
  timeLimitMinutes
  maxAttempts
  passMark
  reviewAllowed
  lessonsRequiredBeforeTest
}
    `, {"fragmentName":"TestSettingsFields"}) as unknown as TypedDocumentString<TestSettingsFieldsFragment, unknown>;
export const TrainingAssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingAssignmentFields on TrainingAssignment {
  id
  course {
    id
    title {
      ...LocalizedTextFields
    }
  }
  audience
  orgUnitIds
  role
  newHireMonths
  dueOn
  recurrence
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  enrolled
  active
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"TrainingAssignmentFields"}) as unknown as TypedDocumentString<TrainingAssignmentFieldsFragment, unknown>;
export const TrainingSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingSessionFields on TrainingSession {
  id
  kind
  topic {
    ...LocalizedTextFields
  }
  plannedOn
  heldOn
  status
  trainer
  durationMinutes
  knowledgeCheck
  materials {
    title
    url
  }
  attended
  absent
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`, {"fragmentName":"TrainingSessionFields"}) as unknown as TypedDocumentString<TrainingSessionFieldsFragment, unknown>;
export const EditTrainingAssignmentDocument = new TypedDocumentString(`
    mutation EditTrainingAssignment($id: ID!, $input: EditTrainingAssignmentInput!) {
  editTrainingAssignment(id: $id, input: $input) {
    ...TrainingAssignmentFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingAssignmentFields on TrainingAssignment {
  id
  course {
    id
    title {
      ...LocalizedTextFields
    }
  }
  audience
  orgUnitIds
  role
  newHireMonths
  dueOn
  recurrence
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  enrolled
  active
}`) as unknown as TypedDocumentString<EditTrainingAssignmentMutation, EditTrainingAssignmentMutationVariables>;
export const ExtendTrainingDueDateDocument = new TypedDocumentString(`
    mutation ExtendTrainingDueDate($assignmentId: ID!, $personIds: [ID!]!, $dueOn: String!) {
  extendTrainingDueDate(
    assignmentId: $assignmentId
    personIds: $personIds
    dueOn: $dueOn
  )
}
    `) as unknown as TypedDocumentString<ExtendTrainingDueDateMutation, ExtendTrainingDueDateMutationVariables>;
export const DeactivateTrainingAssignmentDocument = new TypedDocumentString(`
    mutation DeactivateTrainingAssignment($id: ID!) {
  deactivateTrainingAssignment(id: $id) {
    ...TrainingAssignmentFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingAssignmentFields on TrainingAssignment {
  id
  course {
    id
    title {
      ...LocalizedTextFields
    }
  }
  audience
  orgUnitIds
  role
  newHireMonths
  dueOn
  recurrence
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  enrolled
  active
}`) as unknown as TypedDocumentString<DeactivateTrainingAssignmentMutation, DeactivateTrainingAssignmentMutationVariables>;
export const SendTrainingReminderNowDocument = new TypedDocumentString(`
    mutation SendTrainingReminderNow($assignmentId: ID!) {
  sendTrainingReminderNow(assignmentId: $assignmentId)
}
    `) as unknown as TypedDocumentString<SendTrainingReminderNowMutation, SendTrainingReminderNowMutationVariables>;
export const CreateTrainingAssignmentDocument = new TypedDocumentString(`
    mutation CreateTrainingAssignment($input: CreateTrainingAssignmentInput!) {
  createTrainingAssignment(input: $input) {
    ...TrainingAssignmentFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingAssignmentFields on TrainingAssignment {
  id
  course {
    id
    title {
      ...LocalizedTextFields
    }
  }
  audience
  orgUnitIds
  role
  newHireMonths
  dueOn
  recurrence
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  enrolled
  active
}`) as unknown as TypedDocumentString<CreateTrainingAssignmentMutation, CreateTrainingAssignmentMutationVariables>;
export const CreateTrainingCourseDocument = new TypedDocumentString(`
    mutation CreateTrainingCourse($input: CreateTrainingCourseInput!) {
  createTrainingCourse(input: $input) {
    id
    course {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTrainingCourseMutation, CreateTrainingCourseMutationVariables>;
export const EditTrainingSessionDocument = new TypedDocumentString(`
    mutation EditTrainingSession($id: ID!, $input: TrainingSessionInput!) {
  editTrainingSession(id: $id, input: $input) {
    ...TrainingSessionFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingSessionFields on TrainingSession {
  id
  kind
  topic {
    ...LocalizedTextFields
  }
  plannedOn
  heldOn
  status
  trainer
  durationMinutes
  knowledgeCheck
  materials {
    title
    url
  }
  attended
  absent
}`) as unknown as TypedDocumentString<EditTrainingSessionMutation, EditTrainingSessionMutationVariables>;
export const FlagQuestionDocument = new TypedDocumentString(`
    mutation FlagQuestion($attemptId: ID!, $questionId: ID!, $flagged: Boolean!) {
  flagQuestion(attemptId: $attemptId, questionId: $questionId, flagged: $flagged) {
    id
    questions {
      id
      flagged
    }
  }
}
    `) as unknown as TypedDocumentString<FlagQuestionMutation, FlagQuestionMutationVariables>;
export const GetAttemptResultDocument = new TypedDocumentString(`
    query GetAttemptResult($attemptId: ID!) {
  attemptResult(attemptId: $attemptId) {
    ...AttemptResultFields
  }
  attempt(id: $attemptId) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  testId
  number
  status
  startedAt
  deadline
  submittedAt
  questions {
    id
    kind
    text {
      ...LocalizedTextFields
    }
    options {
      id
      text {
        ...LocalizedTextFields
      }
    }
    matches {
      id
      text {
        ...LocalizedTextFields
      }
    }
    answered
    flagged
  }
  answers {
    questionId
    optionIds
    pairs {
      optionId
      matchId
    }
  }
}
fragment AttemptResultFields on AttemptResult {
  attemptId
  status
  scorePercent
  passed
  passMark
  certificateCode
  wrongQuestionIds
  review {
    questionId
    correct
    given {
      optionIds
      pairs {
        optionId
        matchId
      }
    }
    rightAnswer {
      optionIds
      pairs {
        optionId
        matchId
      }
    }
    explanation {
      ...LocalizedTextFields
    }
  }
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<GetAttemptResultQuery, GetAttemptResultQueryVariables>;
export const GetMyAssignmentDocument = new TypedDocumentString(`
    query GetMyAssignment($id: ID!) {
  myAssignment(id: $id) {
    ...MyAssignmentFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment MyAssignmentSummaryFields on MyAssignment {
  id
  assignmentId
  testId
  dueOn
  status
  attempts
  maxAttempts
  attemptsLeft
  canStartAttempt
  lessonsTotal
  doneLessonIds
  lessonsRequiredBeforeTest
  bestScorePercent
  certificateCode
  course {
    id
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
    test {
      id
      passMark
      timeLimitMinutes
      maxAttempts
      questionCount
      reviewAllowed
      lessonsRequiredBeforeTest
    }
  }
}
fragment MyAssignmentFields on MyAssignment {
  ...MyAssignmentSummaryFields
  course {
    id
    lessons {
      id
      kind
      url
      file {
        id
        name
      }
      title {
        ...LocalizedTextFields
      }
      body {
        ...LocalizedTextFields
      }
    }
  }
}`) as unknown as TypedDocumentString<GetMyAssignmentQuery, GetMyAssignmentQueryVariables>;
export const GetQuestionBankDocument = new TypedDocumentString(`
    query GetQuestionBank($courseId: ID!, $search: String, $kind: QuestionKind, $poolId: ID, $offset: Int) {
  trainingQuestionBank(
    courseId: $courseId
    search: $search
    kind: $kind
    poolId: $poolId
    limit: 20
    offset: $offset
  ) {
    courseId
    courseTitle {
      ...LocalizedTextFields
    }
    pools {
      ...BankPoolFields
    }
    total
    questions {
      ...BankQuestionFields
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment BankQuestionFields on TrainingBankQuestion {
  id
  poolId
  kind
  text {
    ...LocalizedTextFields
  }
  options {
    text {
      ...LocalizedTextFields
    }
    correct
    match
  }
  matches {
    ...LocalizedTextFields
  }
  explanation {
    ...LocalizedTextFields
  }
}
fragment BankPoolFields on TrainingBankPool {
  id
  title {
    ...LocalizedTextFields
  }
  questionCount
}`) as unknown as TypedDocumentString<GetQuestionBankQuery, GetQuestionBankQueryVariables>;
export const GetTrainingAssignmentDocument = new TypedDocumentString(`
    query GetTrainingAssignment($id: ID!) {
  trainingAssignment(id: $id) {
    ...TrainingAssignmentFields
  }
  trainingAssignmentHistory(assignmentId: $id) {
    id
    kind
    changedAt
    changedByName
    before {
      ...TrainingAssignmentStateFields
    }
    after {
      ...TrainingAssignmentStateFields
    }
  }
}
    fragment TrainingAssignmentStateFields on TrainingAssignmentState {
  audience
  orgUnitIds
  role
  newHireMonths
  dueOn
  active
  people
  enrolled
  withdrawn
  reminded
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingAssignmentFields on TrainingAssignment {
  id
  course {
    id
    title {
      ...LocalizedTextFields
    }
  }
  audience
  orgUnitIds
  role
  newHireMonths
  dueOn
  recurrence
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  enrolled
  active
}`) as unknown as TypedDocumentString<GetTrainingAssignmentQuery, GetTrainingAssignmentQueryVariables>;
export const GetTrainingCompletionDocument = new TypedDocumentString(`
    query GetTrainingCompletion($courseId: ID, $orgUnitId: ID) {
  trainingCompletion(courseId: $courseId, orgUnitId: $orgUnitId) {
    orgUnit {
      ...OrgUnitNamed
      parent {
        id
      }
    }
    total {
      ...CompletionFiguresFields
    }
    rows {
      orgUnit {
        ...OrgUnitNamed
      }
      figures {
        ...CompletionFiguresFields
      }
    }
  }
}
    fragment CompletionFiguresFields on CompletionFigures {
  assigned
  started
  passed
  failed
  overdue
  startedPercent
  passedPercent
  failedPercent
  overduePercent
  notStarted
  notStartedPercent
}
fragment OrgUnitNamed on OrgUnit {
  id
  names {
    kk
    ru
    en
  }
}`) as unknown as TypedDocumentString<GetTrainingCompletionQuery, GetTrainingCompletionQueryVariables>;
export const GetTrainingCourseDocument = new TypedDocumentString(`
    query GetTrainingCourse($id: ID!) {
  trainingCourse(id: $id) {
    ...AuthoredCourseFields
  }
}
    fragment CourseVersionFields on CourseVersion {
  id
  number
  status
  publishedAt
  savedAt
  savedByName
  details {
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
  }
  lessons {
    id
    kind
    title {
      ...LocalizedTextFields
    }
    body {
      ...LocalizedTextFields
    }
    url
    file {
      id
      name
      contentType
      sizeBytes
    }
  }
}
fragment AuthoredCourseFields on AuthoredCourse {
  id
  status
  revision
  changedAt
  details {
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
  }
  publishedVersion {
    ...CourseVersionFields
  }
  draft {
    ...CourseVersionFields
  }
  versions {
    id
    number
    status
    publishedAt
    savedAt
  }
  course {
    id
    test {
      id
      questionCount
      passMark
      timeLimitMinutes
      maxAttempts
    }
  }
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<GetTrainingCourseQuery, GetTrainingCourseQueryVariables>;
export const GetTrainingKnowledgeGapsDocument = new TypedDocumentString(`
    query GetTrainingKnowledgeGaps($courseId: ID!, $periodFrom: String!, $periodTo: String!, $orgUnitId: ID) {
  trainingKnowledgeGaps(
    courseId: $courseId
    periodFrom: $periodFrom
    periodTo: $periodTo
    orgUnitId: $orgUnitId
  ) {
    periodFrom
    periodTo
    attempts
    people
    suppressed
    orgUnit {
      ...OrgUnitNamed
    }
    total {
      asked
      wrong
      wrongPercent
    }
    questions {
      questionId
      text {
        ...LocalizedTextFields
      }
      poolTitle {
        ...LocalizedTextFields
      }
      topic
      figures {
        asked
        wrong
        wrongPercent
      }
    }
    topics {
      topic
      questions
      figures {
        asked
        wrong
        wrongPercent
      }
    }
    units {
      orgUnit {
        ...OrgUnitNamed
      }
      suppressed
      people
      figures {
        asked
        wrong
        wrongPercent
      }
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment OrgUnitNamed on OrgUnit {
  id
  names {
    kk
    ru
    en
  }
}`) as unknown as TypedDocumentString<GetTrainingKnowledgeGapsQuery, GetTrainingKnowledgeGapsQueryVariables>;
export const GetTrainingSessionDocument = new TypedDocumentString(`
    query GetTrainingSession($id: ID!) {
  trainingSession(id: $id) {
    ...TrainingSessionFields
  }
  sessionAttendance(sessionId: $id) {
    ...SessionAttendanceFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment SessionAttendanceFields on SessionAttendance {
  personId
  fullName
  email
  status
  reason
  scorePercent
}
fragment TrainingSessionFields on TrainingSession {
  id
  kind
  topic {
    ...LocalizedTextFields
  }
  plannedOn
  heldOn
  status
  trainer
  durationMinutes
  knowledgeCheck
  materials {
    title
    url
  }
  attended
  absent
}`) as unknown as TypedDocumentString<GetTrainingSessionQuery, GetTrainingSessionQueryVariables>;
export const ImportSessionAttendanceDocument = new TypedDocumentString(`
    mutation ImportSessionAttendance($sessionId: ID!, $file: File!) {
  importSessionAttendance(sessionId: $sessionId, file: $file) {
    ...AttendanceImportPreviewFields
  }
}
    fragment AttendanceImportPreviewFields on AttendanceImportPreview {
  attended
  absent
  rows {
    row
    personId
    fullName
    email
    matchedBy
    status
    reason
    scorePercent
  }
  errors {
    row
    column
    messageKey
    params
    message
  }
}`) as unknown as TypedDocumentString<ImportSessionAttendanceMutation, ImportSessionAttendanceMutationVariables>;
export const ListAuthoredCoursesDocument = new TypedDocumentString(`
    query ListAuthoredCourses($search: String) {
  authoredTrainingCourses(search: $search) {
    ...AuthoredCourseRow
  }
}
    fragment AuthoredCourseRow on AuthoredCourse {
  id
  status
  revision
  changedAt
  details {
    topic
    title {
      ...LocalizedTextFields
    }
  }
  publishedVersion {
    id
    number
  }
  draft {
    id
    number
  }
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<ListAuthoredCoursesQuery, ListAuthoredCoursesQueryVariables>;
export const ListCompletionPeopleDocument = new TypedDocumentString(`
    query ListCompletionPeople($courseId: ID, $orgUnitId: ID, $figure: CompletionFigure!, $limit: Int, $offset: Int) {
  trainingCompletionPeople(
    courseId: $courseId
    orgUnitId: $orgUnitId
    figure: $figure
    limit: $limit
    offset: $offset
  ) {
    id
    fullName
    email
    status
    dueOn
    bestScorePercent
    orgUnit {
      ...OrgUnitNamed
    }
  }
}
    fragment OrgUnitNamed on OrgUnit {
  id
  names {
    kk
    ru
    en
  }
}`) as unknown as TypedDocumentString<ListCompletionPeopleQuery, ListCompletionPeopleQueryVariables>;
export const ListMyAssignmentsDocument = new TypedDocumentString(`
    query ListMyAssignments {
  myAssignments {
    ...MyAssignmentSummaryFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment MyAssignmentSummaryFields on MyAssignment {
  id
  assignmentId
  testId
  dueOn
  status
  attempts
  maxAttempts
  attemptsLeft
  canStartAttempt
  lessonsTotal
  doneLessonIds
  lessonsRequiredBeforeTest
  bestScorePercent
  certificateCode
  course {
    id
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
    test {
      id
      passMark
      timeLimitMinutes
      maxAttempts
      questionCount
      reviewAllowed
      lessonsRequiredBeforeTest
    }
  }
}`) as unknown as TypedDocumentString<ListMyAssignmentsQuery, ListMyAssignmentsQueryVariables>;
export const ListMyCertificatesDocument = new TypedDocumentString(`
    query ListMyCertificates {
  myCertificates {
    ...PersonCertificateFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment PersonCertificateFields on PersonCertificate {
  id
  code
  courseId
  courseTitle {
    ...LocalizedTextFields
  }
  issuedOn
  scorePercent
  validUntil
  standing
}`) as unknown as TypedDocumentString<ListMyCertificatesQuery, ListMyCertificatesQueryVariables>;
export const ListOrgUnitsDocument = new TypedDocumentString(`
    query ListOrgUnits {
  orgUnits {
    id
    name
    names {
      kk
      ru
      en
    }
    path
  }
}
    `) as unknown as TypedDocumentString<ListOrgUnitsQuery, ListOrgUnitsQueryVariables>;
export const ListPersonCertificatesDocument = new TypedDocumentString(`
    query ListPersonCertificates($personId: ID!) {
  personCertificates(personId: $personId) {
    personId
    fullName
    certificates {
      ...PersonCertificateFields
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment PersonCertificateFields on PersonCertificate {
  id
  code
  courseId
  courseTitle {
    ...LocalizedTextFields
  }
  issuedOn
  scorePercent
  validUntil
  standing
}`) as unknown as TypedDocumentString<ListPersonCertificatesQuery, ListPersonCertificatesQueryVariables>;
export const ListTrainingAssignmentEnrolmentsDocument = new TypedDocumentString(`
    query ListTrainingAssignmentEnrolments($assignmentId: ID!, $status: EnrolmentStatus, $search: String, $limit: Int, $offset: Int) {
  trainingAssignmentEnrolments(
    assignmentId: $assignmentId
    status: $status
    search: $search
    limit: $limit
    offset: $offset
  ) {
    total
    rows {
      id
      personId
      fullName
      email
      orgUnitNames {
        ...LocalizedTextFields
      }
      status
      dueOn
      extendedFrom
      attempts
      lastScorePercent
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<ListTrainingAssignmentEnrolmentsQuery, ListTrainingAssignmentEnrolmentsQueryVariables>;
export const ListTrainingAssignmentsDocument = new TypedDocumentString(`
    query ListTrainingAssignments {
  trainingAssignments {
    ...TrainingAssignmentFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingAssignmentFields on TrainingAssignment {
  id
  course {
    id
    title {
      ...LocalizedTextFields
    }
  }
  audience
  orgUnitIds
  role
  newHireMonths
  dueOn
  recurrence
  riskIds
  answeredRisks {
    id
    code
    processOrDocument
  }
  enrolled
  active
}`) as unknown as TypedDocumentString<ListTrainingAssignmentsQuery, ListTrainingAssignmentsQueryVariables>;
export const ListTrainingCoursesDocument = new TypedDocumentString(`
    query ListTrainingCourses {
  trainingCourses {
    id
    title {
      ...LocalizedTextFields
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<ListTrainingCoursesQuery, ListTrainingCoursesQueryVariables>;
export const ListTrainingSessionsDocument = new TypedDocumentString(`
    query ListTrainingSessions($search: String, $limit: Int, $offset: Int) {
  trainingSessions(search: $search, limit: $limit, offset: $offset) {
    total
    sessions {
      ...TrainingSessionFields
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingSessionFields on TrainingSession {
  id
  kind
  topic {
    ...LocalizedTextFields
  }
  plannedOn
  heldOn
  status
  trainer
  durationMinutes
  knowledgeCheck
  materials {
    title
    url
  }
  attended
  absent
}`) as unknown as TypedDocumentString<ListTrainingSessionsQuery, ListTrainingSessionsQueryVariables>;
export const MarkLessonDoneDocument = new TypedDocumentString(`
    mutation MarkLessonDone($courseId: ID!, $lessonId: ID!) {
  markLessonDone(courseId: $courseId, lessonId: $lessonId) {
    ...MyAssignmentFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment MyAssignmentSummaryFields on MyAssignment {
  id
  assignmentId
  testId
  dueOn
  status
  attempts
  maxAttempts
  attemptsLeft
  canStartAttempt
  lessonsTotal
  doneLessonIds
  lessonsRequiredBeforeTest
  bestScorePercent
  certificateCode
  course {
    id
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
    test {
      id
      passMark
      timeLimitMinutes
      maxAttempts
      questionCount
      reviewAllowed
      lessonsRequiredBeforeTest
    }
  }
}
fragment MyAssignmentFields on MyAssignment {
  ...MyAssignmentSummaryFields
  course {
    id
    lessons {
      id
      kind
      url
      file {
        id
        name
      }
      title {
        ...LocalizedTextFields
      }
      body {
        ...LocalizedTextFields
      }
    }
  }
}`) as unknown as TypedDocumentString<MarkLessonDoneMutation, MarkLessonDoneMutationVariables>;
export const PlanTrainingSessionDocument = new TypedDocumentString(`
    mutation PlanTrainingSession($input: TrainingSessionInput!) {
  planTrainingSession(input: $input) {
    ...TrainingSessionFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingSessionFields on TrainingSession {
  id
  kind
  topic {
    ...LocalizedTextFields
  }
  plannedOn
  heldOn
  status
  trainer
  durationMinutes
  knowledgeCheck
  materials {
    title
    url
  }
  attended
  absent
}`) as unknown as TypedDocumentString<PlanTrainingSessionMutation, PlanTrainingSessionMutationVariables>;
export const PreviewSessionAttendanceImportDocument = new TypedDocumentString(`
    mutation PreviewSessionAttendanceImport($sessionId: ID!, $file: File!) {
  previewSessionAttendanceImport(sessionId: $sessionId, file: $file) {
    ...AttendanceImportPreviewFields
  }
}
    fragment AttendanceImportPreviewFields on AttendanceImportPreview {
  attended
  absent
  rows {
    row
    personId
    fullName
    email
    matchedBy
    status
    reason
    scorePercent
  }
  errors {
    row
    column
    messageKey
    params
    message
  }
}`) as unknown as TypedDocumentString<PreviewSessionAttendanceImportMutation, PreviewSessionAttendanceImportMutationVariables>;
export const PublishTrainingCourseDocument = new TypedDocumentString(`
    mutation PublishTrainingCourse($courseId: ID!) {
  publishTrainingCourse(courseId: $courseId) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<PublishTrainingCourseMutation, PublishTrainingCourseMutationVariables>;
export const PreviewTrainingQuestionImportDocument = new TypedDocumentString(`
    mutation PreviewTrainingQuestionImport($courseId: ID!, $file: File!) {
  previewTrainingQuestionImport(courseId: $courseId, file: $file) {
    rows {
      row
      pool
      newPool
      kind
      text {
        ...LocalizedTextFields
      }
      optionCount
    }
    problems {
      row
      column
      messageKey
      params
      message
    }
    poolsToCreate
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<PreviewTrainingQuestionImportMutation, PreviewTrainingQuestionImportMutationVariables>;
export const ImportTrainingQuestionFileDocument = new TypedDocumentString(`
    mutation ImportTrainingQuestionFile($courseId: ID!, $file: File!) {
  importTrainingQuestionFile(courseId: $courseId, file: $file) {
    created
    poolsCreated
  }
}
    `) as unknown as TypedDocumentString<ImportTrainingQuestionFileMutation, ImportTrainingQuestionFileMutationVariables>;
export const CreateTrainingQuestionPoolDocument = new TypedDocumentString(`
    mutation CreateTrainingQuestionPool($courseId: ID!, $title: LocalizedTextInput!) {
  createTrainingQuestionPool(courseId: $courseId, title: $title) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTrainingQuestionPoolMutation, CreateTrainingQuestionPoolMutationVariables>;
export const RenameTrainingQuestionPoolDocument = new TypedDocumentString(`
    mutation RenameTrainingQuestionPool($poolId: ID!, $title: LocalizedTextInput!) {
  renameTrainingQuestionPool(poolId: $poolId, title: $title) {
    id
  }
}
    `) as unknown as TypedDocumentString<RenameTrainingQuestionPoolMutation, RenameTrainingQuestionPoolMutationVariables>;
export const DeleteTrainingQuestionPoolDocument = new TypedDocumentString(`
    mutation DeleteTrainingQuestionPool($poolId: ID!) {
  deleteTrainingQuestionPool(poolId: $poolId)
}
    `) as unknown as TypedDocumentString<DeleteTrainingQuestionPoolMutation, DeleteTrainingQuestionPoolMutationVariables>;
export const RecordSessionAttendanceDocument = new TypedDocumentString(`
    mutation RecordSessionAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {
  recordSessionAttendance(sessionId: $sessionId, entries: $entries)
}
    `) as unknown as TypedDocumentString<RecordSessionAttendanceMutation, RecordSessionAttendanceMutationVariables>;
export const SaveAnswerDocument = new TypedDocumentString(`
    mutation SaveAnswer($attemptId: ID!, $answer: AnswerInput!) {
  saveAnswer(attemptId: $attemptId, answer: $answer) {
    id
    status
    answers {
      questionId
      optionIds
      pairs {
        optionId
        matchId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SaveAnswerMutation, SaveAnswerMutationVariables>;
export const SaveTrainingCourseDraftDocument = new TypedDocumentString(`
    mutation SaveTrainingCourseDraft($courseId: ID!, $revision: Int!, $input: CourseDraftInput!) {
  saveTrainingCourseDraft(courseId: $courseId, revision: $revision, input: $input) {
    ...AuthoredCourseFields
  }
}
    fragment CourseVersionFields on CourseVersion {
  id
  number
  status
  publishedAt
  savedAt
  savedByName
  details {
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
  }
  lessons {
    id
    kind
    title {
      ...LocalizedTextFields
    }
    body {
      ...LocalizedTextFields
    }
    url
    file {
      id
      name
      contentType
      sizeBytes
    }
  }
}
fragment AuthoredCourseFields on AuthoredCourse {
  id
  status
  revision
  changedAt
  details {
    topic
    title {
      ...LocalizedTextFields
    }
    description {
      ...LocalizedTextFields
    }
    audienceHint {
      ...LocalizedTextFields
    }
  }
  publishedVersion {
    ...CourseVersionFields
  }
  draft {
    ...CourseVersionFields
  }
  versions {
    id
    number
    status
    publishedAt
    savedAt
  }
  course {
    id
    test {
      id
      questionCount
      passMark
      timeLimitMinutes
      maxAttempts
    }
  }
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<SaveTrainingCourseDraftMutation, SaveTrainingCourseDraftMutationVariables>;
export const SetTrainingSessionStatusDocument = new TypedDocumentString(`
    mutation SetTrainingSessionStatus($id: ID!, $status: TrainingSessionStatus!, $heldOn: String) {
  setTrainingSessionStatus(id: $id, status: $status, heldOn: $heldOn) {
    ...TrainingSessionFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment TrainingSessionFields on TrainingSession {
  id
  kind
  topic {
    ...LocalizedTextFields
  }
  plannedOn
  heldOn
  status
  trainer
  durationMinutes
  knowledgeCheck
  materials {
    title
    url
  }
  attended
  absent
}`) as unknown as TypedDocumentString<SetTrainingSessionStatusMutation, SetTrainingSessionStatusMutationVariables>;
export const StartAttemptDocument = new TypedDocumentString(`
    mutation StartAttempt($testId: ID!) {
  startAttempt(testId: $testId) {
    ...AttemptFields
  }
}
    fragment AttemptFields on Attempt {
  id
  testId
  number
  status
  startedAt
  deadline
  submittedAt
  questions {
    id
    kind
    text {
      ...LocalizedTextFields
    }
    options {
      id
      text {
        ...LocalizedTextFields
      }
    }
    matches {
      id
      text {
        ...LocalizedTextFields
      }
    }
    answered
    flagged
  }
  answers {
    questionId
    optionIds
    pairs {
      optionId
      matchId
    }
  }
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<StartAttemptMutation, StartAttemptMutationVariables>;
export const SubmitAttemptDocument = new TypedDocumentString(`
    mutation SubmitAttempt($attemptId: ID!) {
  submitAttempt(attemptId: $attemptId) {
    ...AttemptResultFields
  }
}
    fragment AttemptResultFields on AttemptResult {
  attemptId
  status
  scorePercent
  passed
  passMark
  certificateCode
  wrongQuestionIds
  review {
    questionId
    correct
    given {
      optionIds
      pairs {
        optionId
        matchId
      }
    }
    rightAnswer {
      optionIds
      pairs {
        optionId
        matchId
      }
    }
    explanation {
      ...LocalizedTextFields
    }
  }
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<SubmitAttemptMutation, SubmitAttemptMutationVariables>;
export const GetTestSettingsDocument = new TypedDocumentString(`
    query GetTestSettings($courseId: ID!) {
  trainingQuestionBank(courseId: $courseId, limit: 1) {
    courseId
    courseTitle {
      ...LocalizedTextFields
    }
    pools {
      ...BankPoolFields
    }
  }
  trainingTestSettings(courseId: $courseId) {
    ...TestSettingsFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment BankPoolFields on TrainingBankPool {
  id
  title {
    ...LocalizedTextFields
  }
  questionCount
}
fragment TestSettingsFields on TrainingTestSettings {
  id
  draws {
    poolId
    count
  }
  shuffle
  timeLimitMinutes
  maxAttempts
  passMark
  reviewAllowed
  lessonsRequiredBeforeTest
}`) as unknown as TypedDocumentString<GetTestSettingsQuery, GetTestSettingsQueryVariables>;
export const EditTrainingTestDocument = new TypedDocumentString(`
    mutation EditTrainingTest($courseId: ID!, $input: TrainingTestSettingsInput!) {
  editTrainingTest(courseId: $courseId, input: $input) {
    ...TestSettingsFields
  }
}
    fragment TestSettingsFields on TrainingTestSettings {
  id
  draws {
    poolId
    count
  }
  shuffle
  timeLimitMinutes
  maxAttempts
  passMark
  reviewAllowed
  lessonsRequiredBeforeTest
}`) as unknown as TypedDocumentString<EditTrainingTestMutation, EditTrainingTestMutationVariables>;
export const CreateTrainingQuestionDocument = new TypedDocumentString(`
    mutation CreateTrainingQuestion($poolId: ID!, $input: TrainingQuestionInput!) {
  createTrainingQuestion(poolId: $poolId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTrainingQuestionMutation, CreateTrainingQuestionMutationVariables>;
export const EditTrainingQuestionDocument = new TypedDocumentString(`
    mutation EditTrainingQuestion($id: ID!, $input: TrainingQuestionInput!) {
  editTrainingQuestion(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditTrainingQuestionMutation, EditTrainingQuestionMutationVariables>;
export const RetireTrainingQuestionDocument = new TypedDocumentString(`
    mutation RetireTrainingQuestion($id: ID!) {
  retireTrainingQuestion(id: $id)
}
    `) as unknown as TypedDocumentString<RetireTrainingQuestionMutation, RetireTrainingQuestionMutationVariables>;
export const TrainingRiskChoicesDocument = new TypedDocumentString(`
    query TrainingRiskChoices {
  riskChoices {
    id
    code
    processOrDocument
  }
}
    `) as unknown as TypedDocumentString<TrainingRiskChoicesQuery, TrainingRiskChoicesQueryVariables>;
export const UploadLessonFileDocument = new TypedDocumentString(`
    mutation UploadLessonFile($courseId: ID!, $file: File!) {
  uploadLessonFile(courseId: $courseId, file: $file) {
    id
    name
    contentType
    sizeBytes
  }
}
    `) as unknown as TypedDocumentString<UploadLessonFileMutation, UploadLessonFileMutationVariables>;