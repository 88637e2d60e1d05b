import { AuditChainVerification } from '../audit/audit-chain-verification.entity.js';
import { AuditChainHead, AuditEvent } from '../audit/audit-event.entity.js';
import { Organization } from '../org/organization.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../org/person.entity.js';
import { Position } from '../org/position.entity.js';
import { RoleGrant } from '../org/role-grant.entity.js';
import { Assignment, Enrolment } from '../training/assignments/assignment.entity.js';
import { AttemptAnswer } from '../training/quiz/attempt-answer.entity.js';
import { Attempt } from '../training/quiz/attempt.entity.js';
import { Certificate } from '../training/certificates/certificate.entity.js';
import { CourseTest } from '../training/authoring/course-test.entity.js';
import { LessonFile } from '../training/authoring/lesson-file.entity.js';
import { Course, CourseVersion } from '../training/authoring/course.entity.js';
import { Question, QuestionPool } from '../training/bank/question.entity.js';
import { LessonProgress } from '../training/lessons/lesson-progress.entity.js';
import { AttemptFlag } from '../training/quiz/attempt-flag.entity.js';
import { TrainingReminder } from '../training/assignments/reminder.entity.js';
import { AssignmentChange } from '../training/assignment-changes/assignment-change.entity.js';
import { SessionAttendance, TrainingSession } from '../training/sessions/session.entity.js';
import { HOTLINE_ENTITIES } from '../hotline/entities.js';
import { PROTECTION_ENTITIES } from '../hotline/protection/protection-entities.js';
import { DECLARATIONS_ENTITIES } from '../declarations/entities.js';
import { CULTURE_ENTITIES } from '../culture/entities.js';
import { COMPLIANCE_ENTITIES } from '../compliance/entities.js';
import { KPI_VIEW_ENTITIES } from '../kpi/views/entities.js';

/** Every entity, listed explicitly: no folder discovery. */
export const ENTITIES = [
  Organization,
  OrgUnit,
  Position,
  Person,
  RoleGrant,
  AuditEvent,
  AuditChainHead,
  AuditChainVerification,
  Course,
  CourseVersion,
  QuestionPool,
  Question,
  CourseTest,
  LessonFile,
  Attempt,
  AttemptAnswer,
  AttemptFlag,
  LessonProgress,
  Certificate,
  Assignment,
  Enrolment,
  TrainingReminder,
  AssignmentChange,
  TrainingSession,
  SessionAttendance,
  ...HOTLINE_ENTITIES,
  ...PROTECTION_ENTITIES,
  ...DECLARATIONS_ENTITIES,
  ...CULTURE_ENTITIES,
  ...COMPLIANCE_ENTITIES,
  ...KPI_VIEW_ENTITIES,
] as const;
