import { useI18n } from 'vue-i18n';
import { calendarDay, formatDay } from '@adal/sdk';
import type { CultureActivityStatus, CulturePlanStatus } from './graphql/generated/graphql';

/** A warning as the server gives it: the rule, its paragraph ("§39"), its period and its state. */
export interface WarningWords {
  rule: string;
  paragraph: string;
  state: string;
  period: { code: string; from: string; to: string };
}

type TagSeverity = 'success' | 'info' | 'warn' | 'danger' | 'secondary' | 'contrast';

export const PLAN_STATUS_SEVERITY: Record<CulturePlanStatus, TagSeverity> = {
  draft: 'secondary',
  submitted: 'warn',
  approved: 'success',
  in_execution: 'info',
  closed: 'contrast',
};

export const ACTIVITY_STATUS_SEVERITY: Record<CultureActivityStatus, TagSeverity> = {
  planned: 'info',
  in_progress: 'warn',
  done: 'success',
  cancelled: 'secondary',
};

/** The plan's words shared by its components: days, moments as days, and the warnings' sentences. */
export function usePlanWords() {
  const { t, te, locale } = useI18n();

  const day = (value: string): string => formatDay(value, locale.value);
  /** A moment (submitted, approved, added) as the viewer's calendar day. */
  const dayOf = (moment: string): string => formatDay(calendarDay(new Date(moment)), locale.value);

  /**
   * "§39: no event explaining reporter protection … is planned in Q3", in the viewer's language,
   * the paragraph written as the language writes it; a rule this version does not know is still
   * named by its paragraph and period.
   */
  function warning(w: WarningWords): string {
    const year = w.period.from.slice(0, 4);
    const periodKey = `plan.warnings.period.${w.period.code}`;
    const period = te(periodKey) ? t(periodKey, { year }) : t('plan.warnings.range', range(w));
    const ruleKey = `plan.warnings.rules.${w.rule}.${w.state === 'overdue' ? 'overdue' : 'missing'}`;
    const text = te(ruleKey) ? t(ruleKey, { period }) : t('plan.warnings.other', { period });
    return t('plan.warnings.line', { number: w.paragraph.replace(/^§\s*/, ''), text });
  }

  function range(w: WarningWords): { from: string; to: string } {
    return { from: day(w.period.from), to: day(w.period.to) };
  }

  return { day, dayOf, warning, range };
}
