import type { LocalizedText } from './locale.js';
import { addCalendarDays, type CalendarDay } from './working-days.js';

/**
 * `day_off`: nobody works (a holiday, or a day off moved onto a weekday); `working_day`: a
 * Saturday or Sunday that is worked because its rest was moved elsewhere (Labour Code art. 85.3).
 */
export const CALENDAR_DAY_KINDS = ['day_off', 'working_day'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface NationalCalendarDay {
  date: CalendarDay;
  kind: CalendarDayKind;
  name: LocalizedText;
}

interface Holiday {
  month: number;
  day: number;
  name: LocalizedText;
  /** Religious holidays stay where they fall: a weekend one gives no extra day off (Labour Code art. 84.5). */
  religious?: boolean;
}

const NEW_YEAR: LocalizedText = { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' };
const NAURYZ: LocalizedText = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz meyramy' };
const KURBAN_AIT: LocalizedText = { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' };

/**
 * Law of 13 December 2001 No. 267-II "On holidays in the Republic of Kazakhstan", art. 5: the
 * national and state holidays that are days off; Labour Code art. 84.5: 7 January (Orthodox
 * Christmas) and the first day of Kurban Ait are days off too.
 */
const HOLIDAYS: readonly Holiday[] = [
  { month: 1, day: 1, name: NEW_YEAR },
  { month: 1, day: 2, name: NEW_YEAR },
  {
    month: 1,
    day: 7,
    name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
    religious: true,
  },
  {
    month: 3,
    day: 8,
    name: {
      kk: 'Халықаралық әйелдер күні',
      ru: 'Международный женский день',
      en: "International Women's Day",
    },
  },
  { month: 3, day: 21, name: NAURYZ },
  { month: 3, day: 22, name: NAURYZ },
  { month: 3, day: 23, name: NAURYZ },
  {
    month: 5,
    day: 1,
    name: {
      kk: 'Қазақстан халқының бірлігі мерекесі',
      ru: 'Праздник единства народа Казахстана',
      en: 'Day of Unity of the People of Kazakhstan',
    },
  },
  {
    month: 5,
    day: 7,
    name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
  },
  { month: 5, day: 9, name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' } },
  { month: 7, day: 6, name: { kk: 'Астана күні', ru: 'День Столицы', en: 'Capital Day' } },
  { month: 8, day: 30, name: { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' } },
  { month: 10, day: 25, name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' } },
  { month: 12, day: 16, name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' } },
];

/**
 * The first day of Kurban Ait follows the lunar calendar and is announced each year (2025:
 * 6 June, 2026: 27 May, as in the published production calendars). A year missing here has no
 * announced date yet: an organisation adds it to its own calendar until a migration adds it.
 */
const KURBAN_AIT_DAYS: Readonly<Record<number, CalendarDay>> = {
  2025: '2025-06-06',
  2026: '2026-05-27',
};

/**
 * Whether a day of the calendar is the first day of Kurban Ait, by its name in any language
 * (the seeded name, or the one an organisation's file gives it: "Құрбан айт", "Курбан айт", ...).
 */
export function isKurbanAit(name: LocalizedText): boolean {
  return [name.kk, name.ru, name.en].some((text) => /құрбан|курбан|kurban|qurban/i.test(text));
}

/** Days off the Minister of Labour moved by order (Labour Code art. 85.3), with the weekend day worked instead. */
const MOVED_DAYS_OFF: readonly {
  dayOff: CalendarDay;
  worked: CalendarDay;
  dayOffName: LocalizedText;
  workedName: LocalizedText;
}[] = [
  {
    dayOff: '2025-01-03',
    worked: '2025-01-05',
    dayOffName: {
      kk: 'Демалыс күні 5 қаңтардан ауыстырылды',
      ru: 'Выходной день перенесён с 5 января',
      en: 'Day off moved from 5 January',
    },
    workedName: {
      kk: 'Жұмыс күні: демалыс 3 қаңтарға ауыстырылды',
      ru: 'Рабочий день: выходной перенесён на 3 января',
      en: 'Working day: its rest moved to 3 January',
    },
  },
];

/** The years whose national calendar every database holds (seeded by the migration that creates the table). */
export const KAZAKHSTAN_CALENDAR_YEARS: readonly number[] = [2025, 2026, 2027];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isWeekend(day: CalendarDay): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function substituteName(name: LocalizedText): LocalizedText {
  return {
    kk: `${name.kk}: демалыс күні ауыстырылды`,
    ru: `${name.ru}: перенесённый выходной`,
    en: `${name.en}: day off moved from the weekend`,
  };
}

/**
 * Kazakhstan's national calendar of one year: the holidays, the weekday that replaces each
 * non-religious holiday falling on a Saturday or Sunday (the next working day after it, Labour
 * Code art. 84–85) and the days off moved by order, sorted by date.
 */
export function kazakhstanHolidays(year: number): NationalCalendarDay[] {
  const holidays = HOLIDAYS.map((holiday) => ({
    date: `${year}-${pad(holiday.month)}-${pad(holiday.day)}`,
    name: holiday.name,
    religious: holiday.religious ?? false,
  }));
  const kurbanAit = KURBAN_AIT_DAYS[year];
  if (kurbanAit) holidays.push({ date: kurbanAit, name: KURBAN_AIT, religious: true });
  holidays.sort((a, b) => a.date.localeCompare(b.date));

  const days: NationalCalendarDay[] = holidays.map(({ date, name }) => ({ date, kind: 'day_off', name }));
  const taken = new Set(holidays.map((holiday) => holiday.date));
  for (const holiday of holidays) {
    if (holiday.religious || !isWeekend(holiday.date)) continue;
    let substitute = addCalendarDays(holiday.date, 1);
    while (isWeekend(substitute) || taken.has(substitute)) substitute = addCalendarDays(substitute, 1);
    taken.add(substitute);
    days.push({ date: substitute, kind: 'day_off', name: substituteName(holiday.name) });
  }
  for (const moved of MOVED_DAYS_OFF) {
    if (!moved.dayOff.startsWith(`${year}-`)) continue;
    days.push({ date: moved.dayOff, kind: 'day_off', name: moved.dayOffName });
    days.push({ date: moved.worked, kind: 'working_day', name: moved.workedName });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
