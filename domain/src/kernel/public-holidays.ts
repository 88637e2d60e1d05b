import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { isUuid } from '../org/org-queries.js';
import { requireAnyRole, type Actor } from './actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors.js';
import { newId } from './ids.js';
import { isKurbanAit, type CalendarDayKind } from './kazakhstan-holidays.js';
import type { LocalizedText } from './locale.js';
import { PublicHoliday, type IPublicHoliday } from './public-holiday.entity.js';
import type { RoleCode } from './roles.js';
import { endOnWorkingDay, isWorkingDay, parseCalendarDay, type CalendarDay } from './working-days.js';

/** Who keeps the organisation's own calendar days: the administrator, and the compliance head whose deadlines count in it. */
export const CALENDAR_KEEPERS: readonly RoleCode[] = ['org_admin', 'compliance_head'];

/** The days that bend the five-day week in an organisation: its days off and its worked weekend days. */
export interface HolidayCalendar {
  holidays: ReadonlySet<CalendarDay>;
  workedWeekendDays: ReadonlySet<CalendarDay>;
}

export interface HolidayView {
  id: string;
  date: CalendarDay;
  kind: CalendarDayKind;
  name: LocalizedText;
  /** From the law (seeded), not added by the organisation; only the organisation's own days can be removed. */
  national: boolean;
}

function toView(row: IPublicHoliday): HolidayView {
  return { id: row.id, date: row.date, kind: row.kind, name: row.name, national: row.organization === null };
}

function rowsBetween(
  em: EntityManager,
  organizationId: string,
  from: CalendarDay,
  to: CalendarDay,
): Promise<IPublicHoliday[]> {
  return em.find(
    PublicHoliday,
    { $or: [{ organization: null }, { organization: organizationId }], date: { $gte: from, $lte: to } },
    { orderBy: { date: 'asc' } },
  );
}

/** The national calendar plus the organisation's own days, for the years a deadline may fall in. */
export async function loadHolidays(
  em: EntityManager,
  organizationId: string,
  fromYear: number,
  toYear: number,
): Promise<HolidayCalendar> {
  const rows = await rowsBetween(em, organizationId, `${fromYear}-01-01`, `${toYear}-12-31`);
  return {
    holidays: new Set(rows.filter((row) => row.kind === 'day_off').map((row) => row.date)),
    workedWeekendDays: new Set(rows.filter((row) => row.kind === 'working_day').map((row) => row.date)),
  };
}

/**
 * The day a term counted in calendar days, months or years really ends, in the organisation's
 * calendar: its last day as counted, or the next working day when that is a day off (Civil Code
 * of the Republic of Kazakhstan, art. 173, see endOnWorkingDay).
 */
export async function termEnd(
  em: EntityManager,
  organizationId: string,
  lastDay: CalendarDay,
): Promise<CalendarDay> {
  const year = Number(lastDay.slice(0, 4));
  // The days off after 31 December may carry the end into January.
  const calendar = await loadHolidays(em, organizationId, year, year + 1);
  return endOnWorkingDay(lastDay, calendar.holidays, calendar.workedWeekendDays);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw ValidationError.because('calendar.yearOutOfRange', { year });
  }
}

/** A year's calendar as every signed-in person of the organisation sees it: national days first by date, then its own. */
export async function listHolidays(em: EntityManager, actor: Actor, year: number): Promise<HolidayView[]> {
  checkYear(year);
  const rows = await rowsBetween(em, actor.organizationId, `${year}-01-01`, `${year}-12-31`);
  return rows.map(toView);
}

export interface HolidayInput {
  date: string;
  name: string;
  /** `working_day` records a weekend day the organisation works; a day off by default. */
  kind?: CalendarDayKind;
}

/** Adds a day of the organisation's own to the national calendar (e.g. a regional holiday or a moved day off). */
export async function addHoliday(em: EntityManager, actor: Actor, input: HolidayInput): Promise<HolidayView> {
  requireAnyRole(actor, CALENDAR_KEEPERS, "change the organisation's holiday calendar");
  const date = parseCalendarDay(input.date);
  if (!date) throw ValidationError.because('kernel.notADate', { value: input.date });
  checkYear(Number(date.slice(0, 4)));
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw ValidationError.because('calendar.nameRequired');
  if (name.length > 200) throw ValidationError.because('calendar.nameTooLong', { max: 200 });
  const kind = input.kind ?? 'day_off';
  const weekday = isWorkingDay(date, new Set());
  if (kind === 'day_off' && !weekday) {
    throw ValidationError.because('calendar.alreadyDayOff', { date });
  }
  if (kind === 'working_day' && weekday) {
    throw ValidationError.because('calendar.alreadyWorkingDay', { date });
  }
  // One change to the organisation's calendar at a time: two additions of the same day would
  // both find it free, and the second would fail on the unique key instead of a CONFLICT.
  await em.execute('select id from organization where id = ? for no key update', [actor.organizationId]);
  const [existing] = await rowsBetween(em, actor.organizationId, date, date);
  if (existing) {
    throw existing.organization === null
      ? ConflictError.because('calendar.inNationalCalendar', { date, name: existing.name.en })
      : ConflictError.because('calendar.inOrganisationCalendar', { date });
  }
  const row = em.create(PublicHoliday, {
    id: newId(),
    organization: actor.organizationId,
    date,
    kind,
    name: { kk: name, ru: name, en: name },
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'calendar.day_added',
    entityType: 'PublicHoliday',
    entityId: row.id,
    data: { date, kind, name },
  });
  return toView(row);
}

/** Removes one of the organisation's own days; the national ones follow the law and stay. */
export async function removeHoliday(em: EntityManager, actor: Actor, id: string): Promise<void> {
  requireAnyRole(actor, CALENDAR_KEEPERS, "change the organisation's holiday calendar");
  const row = isUuid(id)
    ? await em.findOne(PublicHoliday, {
        id,
        $or: [{ organization: null }, { organization: actor.organizationId }],
      })
    : null;
  if (!row) throw NotFoundError.forId('PublicHoliday', id);
  if (row.organization === null) {
    throw ForbiddenError.because('calendar.nationalHolidayFixed', { date: row.date });
  }
  em.remove(row);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'calendar.day_removed',
    entityType: 'PublicHoliday',
    entityId: row.id,
    data: { date: row.date, kind: row.kind },
  });
}

/**
 * The years of `fromYear`..`toYear` whose calendar is incomplete for the organisation: the first
 * day of Kurban Ait, a day off (Labour Code art. 84.5) announced each year, is in neither the
 * national calendar nor its own. Deadlines that end in such a year may end a day early.
 */
export async function incompleteCalendarYears(
  em: EntityManager,
  actor: Actor,
  fromYear: number,
  toYear: number,
): Promise<number[]> {
  checkYear(fromYear);
  checkYear(toYear);
  if (toYear < fromYear || toYear - fromYear > 20) {
    throw ValidationError.because('calendar.yearRange', { from: fromYear, to: toYear, max: 20 });
  }
  const rows = await rowsBetween(em, actor.organizationId, `${fromYear}-01-01`, `${toYear}-12-31`);
  const known = new Set(
    rows
      .filter((row) => row.kind === 'day_off' && isKurbanAit(row.name))
      .map((row) => Number(row.date.slice(0, 4))),
  );
  const years: number[] = [];
  for (let year = fromYear; year <= toYear; year += 1) if (!known.has(year)) years.push(year);
  return years;
}
