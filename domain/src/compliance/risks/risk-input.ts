import { ValidationError } from '../../kernel/errors.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import {
  RISK_CONFIDENTIALITY,
  RISK_REGISTERS,
  RISK_SOURCES,
  RISK_STATUSES,
  type RiskConfidentiality,
  type RiskRegister,
  type RiskSource,
  type RiskStatus,
} from './risk.entity.js';

export const MAX_RISK_TEXT = 4000;
export const MAX_REASON = 1000;

/** A risk as the officer gives it: a new one without id, or an edit naming the version it was read at. */
export interface RiskInput {
  id?: string | null;
  /** The version the edit was made on; a risk changed since is a CONFLICT (nothing is lost silently). */
  version?: number | null;
  register: string;
  processOrDocument: string;
  scheme: string;
  positionIds?: readonly string[] | null;
  probability?: number | null;
  frequency?: number | null;
  impact?: number | null;
  source: string;
  sourceKind?: string | null;
  sourceId?: string | null;
  confidentiality?: string | null;
  procurement?: boolean | null;
  lastReviewedOn?: string | null;
  status?: string | null;
  /** Why the score or status changes; required for a re-score of an existing risk. */
  reason?: string | null;
}

export interface CheckedRisk {
  register: RiskRegister;
  processOrDocument: string;
  scheme: string;
  positionIds: string[];
  probability: number;
  frequency: number;
  impact: number;
  source: RiskSource;
  sourceKind: string | null;
  sourceId: string | null;
  confidentiality: RiskConfidentiality;
  procurement: boolean;
  lastReviewedOn: CalendarDay | null;
  status: RiskStatus;
  reason: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined, field: string): T {
  if (value && (values as readonly string[]).includes(value)) return value as T;
  throw ValidationError.because('compliance.risk.unknownValue', { field });
}

function text(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw ValidationError.because('compliance.risk.textTooLong', { field, max });
  return trimmed === '' ? null : trimmed;
}

/** §9.2: probability and frequency are both required, as is the impact; each from 1 to the scale. */
export function checkedScore(value: number | null | undefined, field: string, scale: number): number {
  if (value === null || value === undefined)
    throw ValidationError.because('compliance.risk.scoreRequired', { field });
  if (!Number.isInteger(value) || value < 1 || value > scale)
    throw ValidationError.because('compliance.risk.scoreOutOfScale', { field, max: scale });
  return value;
}

/** The input checked against the organisation's scale; every refusal names its field. */
export function checkRiskInput(input: RiskInput, scale: number): CheckedRisk {
  const processOrDocument = text(input.processOrDocument, 'processOrDocument', MAX_RISK_TEXT);
  if (!processOrDocument)
    throw ValidationError.because('compliance.risk.textRequired', { field: 'processOrDocument' });
  const scheme = text(input.scheme, 'scheme', MAX_RISK_TEXT);
  if (!scheme) throw ValidationError.because('compliance.risk.textRequired', { field: 'scheme' });
  const sourceKind = text(input.sourceKind, 'sourceKind', 50);
  const sourceId = text(input.sourceId, 'sourceId', 36);
  if ((sourceKind === null) !== (sourceId === null) || (sourceId !== null && !UUID.test(sourceId)))
    throw ValidationError.because('compliance.risk.sourceReference', { field: 'sourceId' });
  let lastReviewedOn: CalendarDay | null = null;
  if (input.lastReviewedOn) {
    lastReviewedOn = parseCalendarDay(input.lastReviewedOn);
    if (!lastReviewedOn)
      throw ValidationError.because('kernel.notADate', {
        field: 'lastReviewedOn',
        value: input.lastReviewedOn,
      });
  }
  const positionIds = [...new Set(input.positionIds ?? [])];
  if (positionIds.some((id) => !UUID.test(id)))
    throw ValidationError.because('compliance.risk.positionUnknown', { field: 'positionIds' });
  return {
    register: oneOf(RISK_REGISTERS, input.register, 'register'),
    processOrDocument,
    scheme,
    positionIds,
    probability: checkedScore(input.probability, 'probability', scale),
    frequency: checkedScore(input.frequency, 'frequency', scale),
    impact: checkedScore(input.impact, 'impact', scale),
    source: oneOf(RISK_SOURCES, input.source, 'source'),
    sourceKind,
    sourceId,
    confidentiality: input.confidentiality
      ? oneOf(RISK_CONFIDENTIALITY, input.confidentiality, 'confidentiality')
      : 'none',
    procurement: input.procurement ?? false,
    lastReviewedOn,
    status: input.status ? oneOf(RISK_STATUSES, input.status, 'status') : 'open',
    reason: text(input.reason, 'reason', MAX_REASON),
  };
}
