import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { formatCalendarDay } from '../../kernel/kazakhstan-time.js';
import type { Locale } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { isUuid } from '../../org/org-queries.js';
import { HOTLINE_DASHBOARD_READERS, HOTLINE_MANAGERS, HOTLINE_OVERSIGHT } from '../hotline-roles.js';
import { lockRow } from '../../database/row-lock.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { Organization } from '../../org/organization.entity.js';
import { lastEndedQuarter } from '../../kernel/quarters.js';
import { quarterlyFigures } from './quarterly-figures.js';
import { HotlineQuarterlyReport, type IHotlineQuarterlyReport } from './quarterly-report.entity.js';

/** The quarterly reports, newest quarter first; one page is years of them. */
export const QUARTERLY_REPORTS_LIMIT = 40;

/**
 * Generates the quarterly hotline report of `quarter` ("2026-Q1") and keeps it (§69: management
 * reviews the compliance service's periodic report). `actor` null: the scheduled job. A report
 * already kept stays: a new one is added, dated, beside it.
 */
export async function generateQuarterlyReport(
  em: EntityManager,
  actor: Actor | null,
  organizationId: string,
  quarter: string,
  now: Date,
): Promise<IHotlineQuarterlyReport> {
  // §69: the compliance function makes its periodic report; management and auditors read it.
  if (actor) requireAnyRole(actor, HOTLINE_MANAGERS, 'generate the quarterly hotline report');
  const figures = await quarterlyFigures(em, organizationId, quarter, now);
  const report = em.create(HotlineQuarterlyReport, {
    organization: organizationId,
    quarter,
    generatedAt: now,
    generatedBy: actor?.personId ?? null,
    figures,
  });
  await recordAudit(em, actor, {
    organizationId,
    action: 'hotline.quarterly_report_generated',
    entityType: 'HotlineQuarterlyReport',
    entityId: report.id,
    data: { quarter, byJob: actor === null },
  });
  return report;
}

/** The scheduled report is made in the first days of a quarter; a gateway down on the 1st catches up. */
const SCHEDULED_WINDOW_DAYS = 7;

/**
 * The quarter whose report the schedule owes the organisation now: the last one ended, in the
 * first SCHEDULED_WINDOW_DAYS days of the next, unless the job made it already. Takes the
 * organisation's lock, so that two runs make one report.
 */
export async function scheduledQuarterDue(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<string | null> {
  const today = kazakhstanDay(now);
  const month = Number(today.slice(5, 7));
  if ((month - 1) % 3 !== 0 || Number(today.slice(8, 10)) > SCHEDULED_WINDOW_DAYS) return null;
  await lockRow(em, Organization, organizationId);
  const quarter = lastEndedQuarter(now);
  const made = await em.count(HotlineQuarterlyReport, {
    organization: organizationId,
    quarter,
    generatedBy: null,
  });
  return made === 0 ? quarter : null;
}

/** The kept reports, newest quarter and generation first. */
export async function listQuarterlyReports(
  em: EntityManager,
  actor: Actor,
): Promise<IHotlineQuarterlyReport[]> {
  requireAnyRole(actor, HOTLINE_DASHBOARD_READERS, 'read the quarterly hotline reports');
  return em.find(
    HotlineQuarterlyReport,
    { organization: actor.organizationId },
    {
      orderBy: { quarter: 'desc', generatedAt: 'desc' },
      limit: QUARTERLY_REPORTS_LIMIT,
      populate: ['generatedBy'],
    },
  );
}

/** One kept report, for its PDF or workbook. */
export async function findQuarterlyReport(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<IHotlineQuarterlyReport> {
  requireAnyRole(actor, HOTLINE_DASHBOARD_READERS, 'read the quarterly hotline reports');
  const report = isUuid(id)
    ? await em.findOne(HotlineQuarterlyReport, { id, organization: actor.organizationId })
    : null;
  if (!report) throw NotFoundError.forId('HotlineQuarterlyReport', id);
  return report;
}

export interface QuarterlyReportRecipient {
  email: string;
  fullName: string;
  locale: Locale;
}

/** Those the compliance service reports to (§60.4, §69): the organisation's first heads and board members in service. */
export async function quarterlyReportRecipients(
  em: EntityManager,
  organizationId: string,
): Promise<QuarterlyReportRecipient[]> {
  const people = await em.execute<{ email: string; full_name: string; locale: Locale }[]>(
    `select distinct p.email, p.full_name, p.locale from person p
       join role_grant g on g.person_id = p.id and g.organization_id = p.organization_id
      where p.organization_id = ? and p.active and g.role in (${HOTLINE_OVERSIGHT.map(() => '?').join(', ')})
      order by p.email`,
    [organizationId, ...HOTLINE_OVERSIGHT],
  );
  return people.map((person) => ({ email: person.email, fullName: person.full_name, locale: person.locale }));
}

const WORDING: Record<
  Locale,
  {
    subject(quarter: string): string;
    body(name: string, quarter: string, period: string, link: string): string;
  }
> = {
  kk: {
    subject: (quarter) => `Сенім желісінің тоқсандық есебі: ${quarter}`,
    body: (name, quarter, period, link) =>
      `Құрметті ${name}!\n\nСенім желісінің ${quarter} тоқсандық есебі (${period}) дайын: көрсеткіштер, олардың мақсаттары, айлар бойынша үрдістер және ұсынымдардың орындалуы.\n\nЕсепті PDF немесе XLSX түрінде жүктеп алыңыз: ${link}\n`,
  },
  ru: {
    subject: (quarter) => `Квартальный отчёт линии доверия: ${quarter}`,
    body: (name, quarter, period, link) =>
      `Уважаемый(ая) ${name}!\n\nКвартальный отчёт линии доверия за ${quarter} (${period}) готов: показатели и их цели, динамика по месяцам и исполнение рекомендаций.\n\nСкачайте отчёт в PDF или XLSX: ${link}\n`,
  },
  en: {
    subject: (quarter) => `Quarterly hotline report: ${quarter}`,
    body: (name, quarter, period, link) =>
      `Dear ${name},\n\nthe quarterly hotline report for ${quarter} (${period}) is ready: the KPIs against their targets, the monthly trends and how the recommendations are implemented.\n\nDownload it as PDF or XLSX: ${link}\n`,
  },
};

/**
 * The e-mail that a quarterly report is ready, in the recipient's language: the quarter and a
 * link only. An e-mail leaves the system's protection, so it carries no figure and no case content.
 */
export function quarterlyReportMail(
  report: IHotlineQuarterlyReport,
  recipient: QuarterlyReportRecipient,
  appUrl: string,
): PlainMail {
  const wording = WORDING[recipient.locale];
  const { figures } = report;
  const period = `${formatCalendarDay(figures.firstDay)}–${formatCalendarDay(figures.lastDay)}`;
  const link = `${appUrl.replace(/\/+$/, '')}/hotline/quarterly-reports`;
  return {
    to: recipient.email,
    subject: wording.subject(report.quarter),
    text: wording.body(recipient.fullName, report.quarter, period, link),
  };
}
