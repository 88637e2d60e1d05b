import type { CalendarDay } from '../../kernel/working-days.js';
import type { ActivityStatus, ActivityTopic, CheckForm } from './culture-activity.entity.js';

/** How often a rule asks for an event in the plan's year. */
export type RulePeriodicity = 'half' | 'quarter' | 'year';

/**
 * The recurring events the methodology asks for, which the plan must hold. Each names its
 * paragraph, how often, and which activities fit it.
 */
export const PLAN_RULES = [
  // §35.2: at least one event every half-year, with the knowledge gained measured.
  {
    code: 'measured_each_half',
    paragraph: '§35.2',
    every: 'half',
    fits: (a: RuledActivity) => a.checkForm !== 'none',
  },
  // §19: the responsible unit trains on typical conflict-of-interest cases at least every half-year.
  {
    code: 'conflict_training_each_half',
    paragraph: '§19',
    every: 'half',
    fits: about('conflict_of_interest_cases'),
  },
  // §39: each quarter, events explaining reporter protection, the safe channel and incentives.
  {
    code: 'reporter_protection_each_quarter',
    paragraph: '§39',
    every: 'quarter',
    fits: about('reporter_protection'),
  },
  // §29: the first head's yearly meeting explaining the declaring and the publication of its data.
  { code: 'declaration_meeting_yearly', paragraph: '§29', every: 'year', fits: about('declaration_meeting') },
  // §5.4: the people responsible for anti-corruption are trained at least once a year.
  {
    code: 'responsible_staff_training_yearly',
    paragraph: '§5.4',
    every: 'year',
    fits: about('responsible_staff_training'),
  },
  // §52.3: procurement staff are trained at least every half-year.
  {
    code: 'procurement_training_each_half',
    paragraph: '§52.3',
    every: 'half',
    fits: about('procurement_training'),
  },
  // §38.1: the yearly schedule of consultations, published in advance.
  {
    code: 'consultation_schedule_yearly',
    paragraph: '§38.1',
    every: 'year',
    fits: about('consultation_schedule'),
  },
] as const satisfies readonly PlanRule[];

export type PlanRuleCode = (typeof PLAN_RULES)[number]['code'];

export interface PlanRule {
  code: string;
  paragraph: string;
  every: RulePeriodicity;
  fits: (activity: RuledActivity) => boolean;
}

/** What the rules read of an activity. */
export interface RuledActivity {
  topics: readonly ActivityTopic[];
  checkForm: CheckForm;
  deadline: CalendarDay;
  status: ActivityStatus;
}

/** A stretch of the plan's year: H1, H2, Q1–Q4 or the whole year. */
export interface PlanPeriod {
  code: 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'year';
  from: CalendarDay;
  to: CalendarDay;
}

/**
 * `missing`: no activity that fits is planned in the period (a warning on the draft);
 * `overdue`: the period has ended and none that fits was done (the plan fell short).
 */
export type WarningState = 'missing' | 'overdue';

export interface PlanWarning {
  rule: PlanRuleCode;
  paragraph: string;
  period: PlanPeriod;
  state: WarningState;
}

function about(topic: ActivityTopic): (activity: RuledActivity) => boolean {
  return (activity) => activity.topics.includes(topic);
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): CalendarDay {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The periods a rule is judged in, within the year. */
export function periodsOf(every: RulePeriodicity, year: number): PlanPeriod[] {
  const span = (code: PlanPeriod['code'], firstMonth: number, lastMonth: number): PlanPeriod => ({
    code,
    from: `${year}-${pad(firstMonth)}-01`,
    to: lastDayOfMonth(year, lastMonth),
  });
  if (every === 'year') return [span('year', 1, 12)];
  if (every === 'half') return [span('H1', 1, 6), span('H2', 7, 12)];
  return [span('Q1', 1, 3), span('Q2', 4, 6), span('Q3', 7, 9), span('Q4', 10, 12)];
}

/**
 * Each rule in each of its periods: missing when no activity that fits is planned there (cancelled
 * ones do not count), overdue once the period is over (before `today`) without one done.
 */
export function planWarnings(
  year: number,
  activities: readonly RuledActivity[],
  today: CalendarDay,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const rule of PLAN_RULES) {
    for (const period of periodsOf(rule.every, year)) {
      const fitting = activities.filter(
        (a) =>
          a.status !== 'cancelled' && a.deadline >= period.from && a.deadline <= period.to && rule.fits(a),
      );
      const state: WarningState | null =
        fitting.length === 0
          ? 'missing'
          : period.to < today && !fitting.some((a) => a.status === 'done')
            ? 'overdue'
            : null;
      if (state) warnings.push({ rule: rule.code, paragraph: rule.paragraph, period, state });
    }
  }
  return warnings;
}
