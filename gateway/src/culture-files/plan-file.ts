import {
  formatCalendarDay,
  formatKazakhstanDate,
  type CulturePlanFile,
  type IndicatorFigures,
  type Locale,
} from '@adal/domain';
import { PLAN_EXPORT_TEXTS } from './plan-export-texts.js';

/**
 * The plan as organisations file it (§35.1: task, deadline, responsible persons, form of knowledge
 * check) with its execution (status, day held, participants, evidence), the rules' state and §35.3,
 * as rows both the workbook and the PDF draw.
 */
export interface PlanFileTables {
  title: string;
  organization: string;
  lines: string[];
  plan: { header: string[]; rows: string[][] };
  rules: { header: string[]; rows: string[][] };
  indicator: { line: string; header: string[]; rows: string[][] };
  report: { heading: string; text: string } | null;
}

function percent(value: number | null, locale: Locale): string {
  return value === null
    ? '—'
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} %`;
}

function count(figures: IndicatorFigures, locale: Locale, value: number | null): string {
  return figures.suppressed ? PLAN_EXPORT_TEXTS[locale].withheld : value === null ? '—' : String(value);
}

export function planFileTables(file: CulturePlanFile, locale: Locale): PlanFileTables {
  const t = PLAN_EXPORT_TEXTS[locale];
  const { plan, indicator } = file;
  // Days as the approval line and the pages write them (31.03.2026): short enough for a narrow column.
  const day = (value: string | null) => (value ? formatCalendarDay(value) : '');
  const lines = [
    file.approval
      ? t.approvedBy(
          file.approval.approvedBy.fullName,
          formatKazakhstanDate(file.approval.approvedAt),
          file.approval.number,
        )
      : t.notApproved,
    `${t.status}: ${t.statuses[plan.status]}`,
  ];
  if (plan.riskBasis) lines.push(`${t.riskBasis}: ${plan.riskBasis}`);
  if (plan.mergedInto)
    lines.push(`${t.mergedInto}: ${plan.mergedInto}${plan.mergedNote ? ` (${plan.mergedNote})` : ''}`);
  const c = t.columns;
  return {
    title: t.title(plan.year),
    organization: file.organizationName[locale],
    lines,
    plan: {
      header: [
        c.number,
        c.task,
        c.kind,
        c.deadline,
        c.responsible,
        c.check,
        c.status,
        c.heldOn,
        c.participants,
        c.evidence,
      ],
      rows: plan.activities.map((a, i) => [
        String(i + 1),
        a.description ? `${a.title}. ${a.description}` : a.title,
        t.kinds[a.kind],
        day(a.deadline),
        a.responsible.map((p) => p.fullName).join(', '),
        a.checkForm === 'none' && a.checkNoneReason
          ? `${t.checks.none}: ${a.checkNoneReason}`
          : t.checks[a.checkForm],
        a.overdue ? `${t.activityStatuses[a.status]} (${t.overdue})` : t.activityStatuses[a.status],
        day(a.heldOn),
        String(a.results?.participants ?? a.actualParticipants ?? ''),
        t.evidence(a.evidence.length),
      ]),
    },
    rules: {
      header: [t.rule, t.period, t.state],
      rows:
        plan.warnings.length === 0
          ? [[t.rulesMet, '', '']]
          : plan.warnings.map((w) => [t.ruleNames[w.rule], t.periods[w.period.code], t.states[w.state]]),
    },
    indicator: {
      line: t.indicatorLine(
        count(indicator, locale, indicator.passed),
        plan.targetPassed === null ? '—' : String(plan.targetPassed),
        indicator.suppressed ? t.withheld : percent(indicator.share, locale),
      ),
      header: [t.unit, t.passed, t.share],
      rows: indicator.byUnit.map((u) => [
        u.name[locale],
        count(u, locale, u.passed),
        u.suppressed ? t.withheld : percent(u.share, locale),
      ]),
    },
    report: plan.closingReport ? { heading: t.report, text: plan.closingReport } : null,
  };
}
