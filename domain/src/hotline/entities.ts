import { HotlineAlert } from './alerts/hotline-alert.entity.js';
import { HotlineAttachment } from './intake/hotline-attachment.entity.js';
import { HotlineCaseAssignment } from './cases/hotline-case-assignment.entity.js';
import { HotlineCaseLink } from './cases/hotline-case-link.entity.js';
import { HotlineConflictDeclaration } from './cases/hotline-conflict-declaration.entity.js';
import { HotlineRetaliationAssessment } from './cases/hotline-retaliation-assessment.entity.js';
import { HotlineInvolvedPerson } from './cases/hotline-involved-person.entity.js';
import { HotlineIntakeQuestion } from './questionnaire/intake-question.entity.js';
import { HotlineMessage } from './reporter/hotline-message.entity.js';
import { HotlineNote } from './cases/hotline-note.entity.js';
import { HotlineRecommendation } from './recommendations/hotline-recommendation.entity.js';
import { HotlineReport } from './cases/hotline-report.entity.js';
import { HotlineSavedFilter } from './cases/hotline-saved-filter.entity.js';
import { HotlineSettings } from './hotline-settings.entity.js';
import { IdentityDisclosure } from './identity/identity-disclosure.entity.js';
import { HotlineQuarterlyReport } from './reports/quarterly-report.entity.js';
import { NonDisclosureUndertaking } from './identity/non-disclosure-undertaking.entity.js';

/** The hotline's case entities (§69). */
export const HOTLINE_ENTITIES = [
  HotlineReport,
  HotlineMessage,
  HotlineAttachment,
  HotlineNote,
  HotlineCaseAssignment,
  HotlineInvolvedPerson,
  HotlineRecommendation,
  IdentityDisclosure,
  NonDisclosureUndertaking,
  HotlineSettings,
  HotlineAlert,
  HotlineConflictDeclaration,
  HotlineRetaliationAssessment,
  HotlineCaseLink,
  HotlineQuarterlyReport,
  HotlineIntakeQuestion,
  HotlineSavedFilter,
] as const;
