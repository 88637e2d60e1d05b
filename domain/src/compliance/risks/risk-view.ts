import type { CalendarDay } from '../../kernel/working-days.js';
import type { RiskConfidentiality, RiskLevel, RiskRegister, RiskSource, RiskStatus } from './risk.entity.js';

export interface RiskPosition {
  id: string;
  title: string;
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
  confidentiality: RiskConfidentiality;
  procurement: boolean;
  lastReviewedOn: CalendarDay | null;
  status: RiskStatus;
  version: number;
  updatedAt: Date;
}

export const riskCode = (number: number): string => `№ ${number}`;
