/**
 * Dates as the API takes them: ISO 8601 days (`2026-02-28`) and instants (`2026-02-28T09:30:00Z`).
 * JavaScript's Date rolls 30 February over into March and accepts year 0, and PostgreSQL then
 * refuses what the Date accepted; so both are checked here, field by field, before either runs.
 */

/** Nothing the methodology's records need lies outside these years; anything outside is a typo or a probe. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

const ISO_DATE_SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

export type IsoDateReading = { ok: true; instant: Date } | { ok: false; problem: string };

/** True for text laid out as an ISO 8601 day or instant, whether or not such a day exists. */
export function hasIsoDateShape(text: string): boolean {
  return ISO_DATE_SHAPE.test(text);
}

/**
 * Reads an ISO 8601 day (midnight UTC) or instant. An instant without an offset is in the
 * server's time zone, as `new Date` reads it; every part must exist on the calendar and the clock.
 */
export function readIsoDate(text: string): IsoDateReading {
  const match = ISO_DATE_SHAPE.exec(text);
  if (!match)
    return { ok: false, problem: 'is not an ISO 8601 date such as 2026-01-31 or 2026-01-31T09:00:00Z' };
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return {
      ok: false,
      problem: `has the year ${y}; dates between ${EARLIEST_YEAR} and ${LATEST_YEAR} are accepted`,
    };
  }
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (day < 1 || day > daysInMonth)
    return { ok: false, problem: `names ${y}-${mo}-${d}, a day that does not exist` };
  if (h === undefined) return { ok: true, instant: new Date(Date.UTC(year, month - 1, day)) };

  const [hour, minute, second] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 59)
    return { ok: false, problem: `names ${h}:${mi}, a time that does not exist` };
  const ms = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  let instant: Date;
  if (zulu || sign) {
    const offset = sign ? (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) : 0;
    if (sign && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) {
      return {
        ok: false,
        problem: `has the offset ${sign}${offsetHours}:${offsetMinutes}, which no time zone uses`,
      };
    }
    instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000);
  } else {
    instant = new Date(year, month - 1, day, hour, minute, second, ms);
  }
  // An offset can carry 2200-12-31T23:00-05:00 into 2201.
  const utcYear = instant.getUTCFullYear();
  if (utcYear < EARLIEST_YEAR || utcYear > LATEST_YEAR) {
    return { ok: false, problem: `lies outside the years ${EARLIEST_YEAR} to ${LATEST_YEAR}` };
  }
  return { ok: true, instant };
}
