import { ValidationError } from '../kernel/errors.js';
import { kazakhstanDay, startOfKazakhstanDay } from '../kernel/kazakhstan-time.js';
import type { KpiDefinition, KpiFilter } from './kpi-definition.js';

/** Whether an instant is a midnight in Kazakhstan (UTC+5), the start of a day there. */
export function isStartOfKazakhstanDay(at: Date): boolean {
  return startOfKazakhstanDay(kazakhstanDay(at)).getTime() === at.getTime();
}

/**
 * A `day` KPI (the hotline's) is cut by whole days of Kazakhstan only: a bound that is not the
 * start of a day there is refused, naming the KPI and the bound, rather than snapped to its day.
 * Snapping answered the same for every instant of a day, but silently: a caller who sent 09:17
 * could believe the figure was cut there. Refused, a probe finer than a day gets no figure at all.
 * Checked before any statement runs, by every entry point (values, drill-down, records).
 */
export function requireWholeDayBounds(
  definitions: readonly KpiDefinition[],
  period: Pick<KpiFilter, 'periodFrom' | 'periodTo'>,
): void {
  const byDay = definitions.filter((def) => def.granularity === 'day').map((def) => def.code);
  if (byDay.length === 0) return;
  for (const field of ['periodFrom', 'periodTo'] as const) {
    const bound = period[field];
    if (bound && !isStartOfKazakhstanDay(bound)) {
      throw ValidationError.because('kpi.periodFinerThanDay', { code: byDay.join(', '), field });
    }
  }
}
