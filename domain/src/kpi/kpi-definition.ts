import type { LocalizedText } from '../kernel/locale.js';

export type KpiUnit = 'count' | 'percent';
export type KpiDirection = 'at_least' | 'at_most';
export type KpiDimension = 'org_unit' | 'period';

/**
 * A KPI a context offers (§5.3, §74). `sql` is one SELECT returning exactly one row with
 * the columns value, numerator, denominator (numeric or null), using the named parameters
 * :organizationId, :orgUnitPath (subtree prefix, '/' for the whole organisation),
 * :periodFrom and :periodTo (timestamps or null; cast them, e.g. `cast(:periodTo as date)`).
 * Parameters are bound by the registry; the text must not contain `?` operators.
 */
export interface KpiDefinition {
  code: string;
  context: string;
  title: LocalizedText;
  paragraph: string;
  unit: KpiUnit;
  target: number | null;
  direction: KpiDirection;
  dimensions: readonly KpiDimension[];
  sql: string;
  /**
   * Counts from 1 to this minus 1 never leave the server (a KPI of a context whose small
   * figures could point at a person, e.g. the hotline's reporters): the counted things are the
   * value of a `count` KPI and the denominator of a `percent` one.
   */
  smallCountThreshold?: number;
}

export interface KpiFilter {
  orgUnitId?: string;
  periodFrom?: Date;
  periodTo?: Date;
}

export interface KpiValue {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  met: boolean | null;
  /** True when the figures are withheld as a small count (see smallCountThreshold): value, numerator, denominator and met are null. */
  suppressed: boolean;
  orgUnitId: string | null;
  periodFrom: Date | null;
  periodTo: Date | null;
}
