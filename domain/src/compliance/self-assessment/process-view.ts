import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import type { IComplianceProcess } from './process.entity.js';

export interface AssessmentPerson {
  id: string;
  fullName: string;
}

export interface ProcessView {
  id: string;
  /** The name as entered. */
  name: string;
  /** The name in each language, the entered one standing in for a missing translation. */
  names: LocalizedText;
  /** The translations kept, for the edit form. */
  translations: Partial<LocalizedText>;
  ownerUnit: { id: string; name: LocalizedText } | null;
  activeFrom: CalendarDay;
  activeTo: CalendarDay | null;
  archived: boolean;
}

/** The process as a reader sees it; its owner unit must be loaded. */
export function processView(process: IComplianceProcess): ProcessView {
  const unit = process.ownerUnit;
  return {
    id: process.id,
    name: process.name,
    names: localizedName(process.names, process.name),
    translations: process.names ?? {},
    ownerUnit: unit ? { id: unit.id, name: localizedName(unit.names, unit.name) } : null,
    activeFrom: toDay(process.activeFrom),
    activeTo: process.activeTo ? toDay(process.activeTo) : null,
    archived: process.archivedAt != null,
  };
}
