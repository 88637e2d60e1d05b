import type { LocalizedText } from '../../kernel/locale.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import type { RiskConfidentiality, RiskLevel, RiskRegister, RiskSource, RiskStatus } from './risk.entity.js';

export interface RiskPosition {
  id: string;
  title: string;
  /** The title in each interface language; `title` where the organisation gave no translation. */
  titles: LocalizedText;
}

/** §9.1, §34: a culture-plan activity or a training assignment that names the risk as one it answers. */
export interface RiskAnswer {
  kind: 'culture_activity' | 'training_assignment';
  id: string;
  /** The activity's title, or the assigned course's. */
  title: LocalizedText;
}

/** A risk of the register as its readers see it. */
export interface RiskView {
  id: string;
  number: number;
  /** № 7: how the register and the mitigation plan name it. */
  code: string;
  register: RiskRegister;
  processOrDocument: string;
  scheme: string;
  positions: RiskPosition[];
  probability: number;
  frequency: number;
  impact: number;
  score: number;
  level: RiskLevel;
  source: RiskSource;
  sourceKind: string | null;
  sourceId: string | null;
  /** The source as people refer to it (HL-2026-0007…), never its content; null when none is linked. */
  sourceReference: string | null;
  /** The culture-plan activities and training assignments that answer it. */
  answeredBy: RiskAnswer[];
  confidentiality: RiskConfidentiality;
  procurement: boolean;
  lastReviewedOn: CalendarDay | null;
  status: RiskStatus;
  version: number;
  updatedAt: Date;
}

export const riskCode = (number: number): string => `№ ${number}`;
