/** Kazakhstan keeps one time zone, UTC+5, with no daylight saving: its quarters turn at its midnight. */
const KAZAKHSTAN_OFFSET_MS = 5 * 3_600_000;

/**
 * The quarters that have ended by `now` on Kazakhstan's calendar, the latest first: the one the
 * domain's `lastEndedQuarter` names (the §14 analysis the responsible unit is asked for), then the
 * `count - 1` before it. Each as the API writes it, "2026-Q3".
 */
export function endedQuarters(now: Date, count = 8): string[] {
  const local = new Date(now.getTime() + KAZAKHSTAN_OFFSET_MS);
  let year = local.getUTCFullYear();
  let quarter = Math.floor(local.getUTCMonth() / 3) + 1;
  const quarters: string[] = [];
  for (let i = 0; i < count; i += 1) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    quarters.push(`${year}-Q${quarter}`);
  }
  return quarters;
}

/** "2026-Q3" split into the words a message puts in place: { year: '2026', number: '3' }. */
export function quarterParts(quarter: string): { year: string; number: string } {
  const [year, number] = quarter.split('-Q');
  return { year: year ?? '', number: number ?? '' };
}
