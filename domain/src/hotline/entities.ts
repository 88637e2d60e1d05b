import { HotlineAlert } from './hotline-alert.entity.js';
import { HotlineAttachment } from './hotline-attachment.entity.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import { HotlineInvolvedPerson } from './hotline-involved-person.entity.js';
import { HotlineMessage } from './hotline-message.entity.js';
import { HotlineNote } from './hotline-note.entity.js';
import { HotlineRecommendation } from './hotline-recommendation.entity.js';
import { HotlineReport } from './hotline-report.entity.js';
import { HotlineSettings } from './hotline-settings.entity.js';
import { IdentityDisclosure } from './identity-disclosure.entity.js';

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
  HotlineSettings,
  HotlineAlert,
] as const;
