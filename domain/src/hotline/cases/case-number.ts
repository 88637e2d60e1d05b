import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';

/** A case as people refer to it: HL-<year received>-<number, at least 4 digits>. */
export function formatCaseNumber(number: number, receivedAt: Date): string {
  // A report received on New Year's night in Kazakhstan carries the new year.
  const year = kazakhstanDay(receivedAt).slice(0, 4);
  return `HL-${year}-${String(number).padStart(4, '0')}`;
}

/** The number in a search text: "HL-2026-0012", "0012" or "12". */
export function parseCaseNumber(text: string): number | null {
  const match = /^\s*(?:HL-\d{4}-)?0*(\d{1,9})\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}
