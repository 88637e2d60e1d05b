// The materials library (§32.2, §35.6): memos, guides, videos, presentations and booklets with
// their "read and understood".
import './kpis.js';
import './work-items.js';

export {
  DEFAULT_ACKNOWLEDGEMENT_DAYS,
  MATERIAL_KINDS,
  MATERIAL_SOURCES,
  MATERIAL_STATUSES,
  MATERIAL_SUBJECTS,
  type MaterialKind,
  type MaterialSource,
  type MaterialStatus,
  type MaterialSubject,
} from './material.entity.js';
export { MAX_ACKNOWLEDGEMENT_DAYS, type MaterialInput, type TypedText } from './material-input.js';
export type {
  MaterialFileInfo,
  MaterialView,
  NamedPerson as MaterialPerson,
  NamedUnit as MaterialUnit,
  OwnAcknowledgement,
} from './material-view.js';
export {
  MAX_MATERIAL_PAGE,
  cultureMaterial,
  cultureMaterials,
  publishCultureMaterial,
  saveCultureMaterial,
  withdrawCultureMaterial,
  type MaterialFilter,
  type MaterialPage,
} from './materials.js';
export {
  MAX_MATERIAL_FILE_BYTES,
  detectMaterialFileType,
  readCultureMaterialFile,
  uploadCultureMaterialFile,
  type MaterialFileContent,
} from './material-files.js';
export { acknowledgeCultureMaterial, myCultureMaterials } from './acknowledgements.js';
export {
  MAX_MISSING_LISTED,
  acknowledgementCounts,
  materialFigures,
  type AcknowledgementCounts,
  type MaterialFigures,
  type MissingReader,
  type UnitAcknowledgement,
} from './figures.js';
export { MATERIAL_ACK_SHARE_KPI } from './kpis.js';
export { CULTURE_MATERIAL_WORK } from './work-items.js';
export {
  MATERIAL_REMINDER_EVERY_DAYS,
  claimMaterialReminders,
  dueMaterialReminders,
  materialReminderMail,
  remindCultureMaterial,
  type MaterialReminder,
} from './reminders.js';
