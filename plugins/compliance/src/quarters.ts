/**
 * §73: quarters as the API names them (YYYY-Qn), in Kazakhstan's calendar (UTC+5), and how a
 * person reads them in each language.
 */
const KAZAKHSTAN_OFFSET_MS = 5 * 3_600_000;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function quarterOfDate(date: Date): string {
  const kz = new Date(date.getTime() + KAZAKHSTAN_OFFSET_MS);
  return `${kz.getUTCFullYear()}-Q${Math.floor(kz.getUTCMonth() / 3) + 1}`;
}

export function shiftQuarter(quarter: string, by: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The current quarter and the seven before it, the latest first. */
export function recentQuarters(now: Date, count = 8): string[] {
  const current = quarterOfDate(now);
  return Array.from({ length: count }, (_, i) => shiftQuarter(current, -i));
}

/** The parts the messages fill in: `{year}` and `{n}` (a Roman numeral, as Kazakh and Russian write it). */
export function quarterParts(quarter: string): { year: string; n: string } {
  return { year: quarter.slice(0, 4), n: ROMAN[Number(quarter.slice(6)) - 1] ?? '' };
}
