import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '../kernel/locale.js';
import type { RoleCode } from '../kernel/roles.js';

/**
 * Counts of people or reports below this stay on the server, as "< 5": the hotline's
 * breakdowns and KPIs, and the figures of a small group of people split by org unit.
 */
export const SMALL_COUNT_THRESHOLD = 5;

export type KpiUnit = 'count' | 'percent';
export type KpiDirection = 'at_least' | 'at_most';
/**
 * What a KPI's figure can be split by. `organization` is offered by every KPI and is not listed in
 * a definition's `dimensions`: each query is computed for one organisation, so a holding's parent
 * can put its subsidiaries' figures side by side (see `catalogueDimensions` in kpi-catalogue.ts).
 */
export type KpiDimension = 'organization' | 'org_unit' | 'period';

/**
 * How finely a KPI's period may be cut.
 * - `instant`: the bounds are used as given.
 * - `day`: whole days in Kazakhstan (UTC+5) only. A bound is snapped to the day it falls on, the
 *   period ends with yesterday at the latest (today is not over, and a figure that grows during
 *   the day would date what it counts to the minute), and with a small-count threshold the
 *   first and last day of the period must each hold none or at least the threshold.
 */
export type KpiGranularity = 'instant' | 'day';

/**
 * A KPI a context offers (§5.3, §74). `sql` is one SELECT returning exactly one row with
 * the columns value, numerator, denominator (numeric or null), using named parameters that
 * the registry binds (the text must not contain `?` operators):
 * - every KPI: :organizationId, :orgUnitPath (subtree prefix, '/' for the whole organisation);
 * - `instant` KPIs: :periodFrom and :periodTo, the caller's timestamps or null (cast them, e.g.
 *   `cast(:periodTo as date)`);
 * - `day` KPIs: :periodStart (timestamptz, the start of the first day, null when the period is
 *   open), :periodEnd (timestamptz, the start of the day after the last), :firstDay (date or
 *   null) and :lastDay (date), and :asOf (timestamptz, the start of today) in place of now().
 *   All of them are instants or days of Kazakhstan computed by the registry, so the query
 *   never depends on the database session's time zone.
 */
/** What an organisation's own settings make of a KPI: the values its title names, and a note to show with it. */
export interface KpiDescription {
  params: Record<string, number>;
  note: LocalizedText | null;
}

export interface KpiDefinition {
  code: string;
  context: string;
  /** May name `{placeholders}` that `describe` fills for the organisation (see kpi-title.ts). */
  title: LocalizedText;
  /**
   * For a KPI that follows an organisation's setting (a deadline it chose): the values of the
   * title's placeholders, and a note when the setting departs from the methodology.
   */
  describe?: (em: EntityManager, organizationId: string) => Promise<KpiDescription>;
  paragraph: string;
  /**
   * What the KPI measures and why, in one or two sentences citing the methodology's paragraph,
   * as the catalogue shows it (kk, ru and en; the registry refuses a definition without it).
   */
  description: LocalizedText;
  /**
   * How the figure is computed, in words: what the numerator and the denominator count
   * (e.g. "passed / assigned × 100"); it must say what `sql` does.
   */
  formula: LocalizedText;
  unit: KpiUnit;
  target: number | null;
  direction: KpiDirection;
  dimensions: readonly KpiDimension[];
  granularity: KpiGranularity;
  /** The roles that may read the KPI; anyone else is refused it (and does not see it in the catalogue). */
  readers: readonly RoleCode[];
  sql: string;
  /**
   * Counts from 1 to this minus 1 never leave the server (a KPI of a context whose small
   * figures could point at a person, e.g. the hotline's reporters): the counted things are the
   * value of a `count` KPI and the denominator of a `percent` one.
   */
  smallCountThreshold?: number;
  /**
   * Computed for one org unit's subtree, a group (the denominator: the people the figure is
   * about) of 1 to this minus 1 never leaves the server: split by unit, a small group's figures
   * would say whether a named person passed. The whole organisation's figures are shown.
   */
  smallGroupThreshold?: number;
}

export interface KpiFilter {
  /** The viewer's own organisation when absent, or one of its subsidiaries. */
  organizationId?: string;
  orgUnitId?: string;
  periodFrom?: Date;
  periodTo?: Date;
  /**
   * The bounds are the starts of the period's first and last day in Kazakhstan, both days whole:
   * a `day` KPI takes them as they are, an `instant` KPI is given the last day to its end.
   */
  wholeDays?: boolean;
}

export interface KpiValue {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  met: boolean | null;
  /** True when the figures are withheld as a small count or group (see smallCountThreshold, smallGroupThreshold): value, numerator, denominator and met are null. */
  suppressed: boolean;
  orgUnitId: string | null;
  /** The period computed: for a `day` KPI the start of its first day (null: from the beginning). */
  periodFrom: Date | null;
  /** For a `day` KPI the start of its last day, which is included. */
  periodTo: Date | null;
}
