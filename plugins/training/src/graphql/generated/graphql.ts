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

/** Attended, or absent with the reason (§68: people who had no opportunity to take the training). */
export type AttendanceStatus =
  | 'absent'
  | 'attended';

/** Who takes an assigned course (§5.4, §52.3, §68). */
export type AudienceKind =
  | 'managers'
  | 'new_hires'
  | 'org_units'
  | 'procurement_staff'
  | 'risk_exposed_positions'
  | 'role'
  | 'whole_org';

export type CompletionFigure =
  | 'assigned'
  | 'failed'
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

/** A person's standing in the current cycle of an assigned course. */
export type EnrolmentStatus =
  | 'failed'
  | 'in_progress'
  | 'not_started'
  | 'overdue'
  | 'passed';

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
  | 'first_head'
  | 'hotline_investigator'
  | 'org_admin'
  | 'training_admin';

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

/** Seminar, webinar, external course (§5.3, §68), or the compliance staff’s upskilling (§5.4). */
export type TrainingSessionKind =
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

export type AttemptFieldsFragment = { id: string, testId: string, number: number, status: AttemptStatus, startedAt: string, deadline: string | null, submittedAt: string | null, questions: Array<{ id: string, kind: QuestionKind, text: { kk: string, ru: string, en: string }, options: Array<{ id: string, text: { kk: string, ru: string, en: string } }>, matches: Array<{ id: string, text: { kk: string, ru: string, en: string } }> | null }>, answers: Array<{ questionId: string, optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }> };

export type AttemptResultFieldsFragment = { attemptId: string, status: AttemptStatus, scorePercent: number, passed: boolean, passMark: number, certificateCode: string | null, wrongQuestionIds: Array<string> | null };

export type AuthoredCourseRowFragment = { id: string, status: CourseAuthoringStatus, revision: number, changedAt: string, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string } }, publishedVersion: { id: string, number: number } | null, draft: { id: string, number: number } | null };

export type CourseVersionFieldsFragment = { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> };

export type AuthoredCourseFieldsFragment = { id: string, status: CourseAuthoringStatus, revision: number, changedAt: string, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } }, publishedVersion: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, draft: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, versions: Array<{ id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null }>, course: { id: string, test: { id: string, questionCount: number, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null } | null } };

export type CompletionFiguresFieldsFragment = { assigned: number, started: number, passed: number, failed: number, overdue: number, startedPercent: number, passedPercent: number, failedPercent: number, overduePercent: number };

export type CreateTrainingAssignmentMutationVariables = Exact<{
  input: CreateTrainingAssignmentInput;
}>;


export type CreateTrainingAssignmentMutation = { createTrainingAssignment: { id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, enrolled: number, course: { id: string, title: { kk: string, ru: string, en: string } } } };

export type CreateTrainingCourseMutationVariables = Exact<{
  input: CreateTrainingCourseInput;
}>;


export type CreateTrainingCourseMutation = { createTrainingCourse: { id: string, course: { id: string } } };

export type EditTrainingSessionMutationVariables = Exact<{
  id: string;
  input: TrainingSessionInput;
}>;


export type EditTrainingSessionMutation = { editTrainingSession: { id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> } };

export type GetAttemptResultQueryVariables = Exact<{
  attemptId: string;
}>;


export type GetAttemptResultQuery = { attemptResult: { attemptId: string, status: AttemptStatus, scorePercent: number, passed: boolean, passMark: number, certificateCode: string | null, wrongQuestionIds: Array<string> | null }, attempt: { id: string, testId: string, number: number, status: AttemptStatus, startedAt: string, deadline: string | null, submittedAt: string | null, questions: Array<{ id: string, kind: QuestionKind, text: { kk: string, ru: string, en: string }, options: Array<{ id: string, text: { kk: string, ru: string, en: string } }>, matches: Array<{ id: string, text: { kk: string, ru: string, en: string } }> | null }>, answers: Array<{ questionId: string, optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }> } };

export type GetTrainingCompletionQueryVariables = Exact<{
  courseId?: string | null | undefined;
  orgUnitId?: string | null | undefined;
}>;


export type GetTrainingCompletionQuery = { trainingCompletion: { orgUnit: { id: string, parent: { id: string } | null, names: { kk: string, ru: string, en: string } }, total: { assigned: number, started: number, passed: number, failed: number, overdue: number, startedPercent: number, passedPercent: number, failedPercent: number, overduePercent: number }, rows: Array<{ orgUnit: { id: string, names: { kk: string, ru: string, en: string } }, figures: { assigned: number, started: number, passed: number, failed: number, overdue: number, startedPercent: number, passedPercent: number, failedPercent: number, overduePercent: number } }> } };

export type GetTrainingCourseQueryVariables = Exact<{
  id: string;
}>;


export type GetTrainingCourseQuery = { trainingCourse: { id: string, status: CourseAuthoringStatus, revision: number, changedAt: string, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } }, publishedVersion: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, draft: { id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null, savedByName: string | null, details: { topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string }, audienceHint: { kk: string, ru: string, en: string } } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null, file: { id: string, name: string, contentType: string, sizeBytes: number } | null }> } | null, versions: Array<{ id: string, number: number, status: CourseVersionStatus, publishedAt: string | null, savedAt: string | null }>, course: { id: string, test: { id: string, questionCount: number, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null } | null } } };

export type GetTrainingSessionQueryVariables = Exact<{
  id: string;
}>;


export type GetTrainingSessionQuery = { trainingSession: { id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> }, sessionAttendance: Array<{ personId: string, fullName: string, email: string, status: AttendanceStatus, reason: string | null, scorePercent: number | null }> };

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


export type ListMyAssignmentsQuery = { myAssignments: Array<{ id: string, assignmentId: string, testId: string | null, dueOn: string, status: EnrolmentStatus, attempts: number, maxAttempts: number | null, attemptsLeft: number | null, canStartAttempt: boolean, bestScorePercent: number | null, certificateCode: string | null, course: { id: string, topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, audienceHint: { kk: string, ru: string, en: string } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, file: { id: string, name: string } | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null }>, test: { id: string, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null, questionCount: number, reviewAllowed: boolean } | null } }> };

export type ListOrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrgUnitsQuery = { orgUnits: Array<{ id: string, name: string, path: string, names: { kk: string, ru: string, en: string } }> };

export type ListTrainingAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListTrainingAssignmentsQuery = { trainingAssignments: Array<{ id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, enrolled: number, course: { id: string, title: { kk: string, ru: string, en: string } } }> };

export type ListTrainingCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListTrainingCoursesQuery = { trainingCourses: Array<{ id: string, title: { kk: string, ru: string, en: string } }> };

export type ListTrainingSessionsQueryVariables = Exact<{
  search?: string | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ListTrainingSessionsQuery = { trainingSessions: { total: number, sessions: Array<{ id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> }> } };

export type LocalizedTextFieldsFragment = { kk: string, ru: string, en: string };

export type MyAssignmentFieldsFragment = { id: string, assignmentId: string, testId: string | null, dueOn: string, status: EnrolmentStatus, attempts: number, maxAttempts: number | null, attemptsLeft: number | null, canStartAttempt: boolean, bestScorePercent: number | null, certificateCode: string | null, course: { id: string, topic: CourseTopic, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, audienceHint: { kk: string, ru: string, en: string } | null, lessons: Array<{ id: string, kind: LessonKind, url: string | null, file: { id: string, name: string } | null, title: { kk: string, ru: string, en: string }, body: { kk: string, ru: string, en: string } | null }>, test: { id: string, passMark: number, timeLimitMinutes: number | null, maxAttempts: number | null, questionCount: number, reviewAllowed: boolean } | null } };

export type OrgUnitNamedFragment = { id: string, names: { kk: string, ru: string, en: string } };

export type PlanTrainingSessionMutationVariables = Exact<{
  input: TrainingSessionInput;
}>;


export type PlanTrainingSessionMutation = { planTrainingSession: { id: string, kind: TrainingSessionKind, plannedOn: string, heldOn: string | null, status: TrainingSessionStatus, trainer: string, durationMinutes: number, knowledgeCheck: boolean, attended: number, absent: number, topic: { kk: string, ru: string, en: string }, materials: Array<{ title: string, url: string }> } };

export type PublishTrainingCourseMutationVariables = Exact<{
  courseId: string;
}>;


export type PublishTrainingCourseMutation = { publishTrainingCourse: { id: string, number: number } };

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


export type StartAttemptMutation = { startAttempt: { id: string, testId: string, number: number, status: AttemptStatus, startedAt: string, deadline: string | null, submittedAt: string | null, questions: Array<{ id: string, kind: QuestionKind, text: { kk: string, ru: string, en: string }, options: Array<{ id: string, text: { kk: string, ru: string, en: string } }>, matches: Array<{ id: string, text: { kk: string, ru: string, en: string } }> | null }>, answers: Array<{ questionId: string, optionIds: Array<string> | null, pairs: Array<{ optionId: string, matchId: string }> | null }> } };

export type SubmitAttemptMutationVariables = Exact<{
  attemptId: string;
}>;


export type SubmitAttemptMutation = { submitAttempt: { attemptId: string, status: AttemptStatus, scorePercent: number, passed: boolean, passMark: number, certificateCode: string | null, wrongQuestionIds: Array<string> | null } };

export type TrainingAssignmentFieldsFragment = { id: string, audience: AudienceKind, orgUnitIds: Array<string>, role: Role | null, newHireMonths: number | null, dueOn: string, recurrence: Recurrence, enrolled: number, course: { id: string, title: { kk: string, ru: string, en: string } } };

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
}
    `, {"fragmentName":"AttemptResultFields"}) as unknown as TypedDocumentString<AttemptResultFieldsFragment, unknown>;
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
}
    `, {"fragmentName":"CompletionFiguresFields"}) as unknown as TypedDocumentString<CompletionFiguresFieldsFragment, unknown>;
export const MyAssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyAssignmentFields on MyAssignment {
  id
  assignmentId
  testId
  dueOn
  status
  attempts
  maxAttempts
  attemptsLeft
  canStartAttempt
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
    test {
      id
      passMark
      timeLimitMinutes
      maxAttempts
      questionCount
      reviewAllowed
    }
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
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
  enrolled
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
  enrolled
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
}
fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}`) as unknown as TypedDocumentString<GetAttemptResultQuery, GetAttemptResultQueryVariables>;
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
    ...MyAssignmentFields
  }
}
    fragment LocalizedTextFields on LocalizedText {
  kk
  ru
  en
}
fragment MyAssignmentFields on MyAssignment {
  id
  assignmentId
  testId
  dueOn
  status
  attempts
  maxAttempts
  attemptsLeft
  canStartAttempt
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
    test {
      id
      passMark
      timeLimitMinutes
      maxAttempts
      questionCount
      reviewAllowed
    }
  }
}`) as unknown as TypedDocumentString<ListMyAssignmentsQuery, ListMyAssignmentsQueryVariables>;
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
  enrolled
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
export const PublishTrainingCourseDocument = new TypedDocumentString(`
    mutation PublishTrainingCourse($courseId: ID!) {
  publishTrainingCourse(courseId: $courseId) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<PublishTrainingCourseMutation, PublishTrainingCourseMutationVariables>;
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
}`) as unknown as TypedDocumentString<SubmitAttemptMutation, SubmitAttemptMutationVariables>;
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