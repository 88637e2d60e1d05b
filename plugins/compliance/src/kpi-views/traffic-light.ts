/** What a number widget's light says of a figure against its target (§69, §74). */
export type TrafficLight = 'green' | 'amber' | 'red' | 'suppressed' | 'none';

export interface LitFigure {
  value?: number | null | undefined;
  target?: number | null | undefined;
  met?: boolean | null | undefined;
  suppressed: boolean;
}

/**
 * Green when the target is met, amber when the figure falls short of it by no more than the
 * widget's margin (in the KPI's own points: percentage points for a percentage), red otherwise. A
 * withheld small count (the hotline's "< 5") is neither: it says nothing about the target. The
 * server's `met` decides green; the direction only tells which side of the target is short.
 */
export function trafficLight(
  figure: LitFigure,
  direction: 'at_least' | 'at_most',
  amberMargin: number | null | undefined,
): TrafficLight {
  if (figure.suppressed) return 'suppressed';
  const { value, target } = figure;
  if (value === null || value === undefined || target === null || target === undefined) return 'none';
  const met = figure.met ?? (direction === 'at_least' ? value >= target : value <= target);
  if (met) return 'green';
  const margin = amberMargin ?? 0;
  const short = direction === 'at_least' ? target - value : value - target;
  return margin > 0 && short <= margin ? 'amber' : 'red';
}
