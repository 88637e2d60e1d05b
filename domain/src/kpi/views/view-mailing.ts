import { MONTH_NAMES } from '../../kernel/month-names.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { Locale } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { lastEndedQuarter, quarterNumbers } from '../../kernel/quarters.js';
import { addCalendarDays } from '../../kernel/working-days.js';
import { lockedFresh } from '../../database/row-lock.js';
import { loadActor } from '../../org/login.js';
import { Person } from '../../org/person.entity.js';
import { KpiView, type IKpiView, type ScheduleFrequency, type ViewSchedule } from './kpi-view.entity.js';
import { mayReadView } from './view-access.js';
import type { ViewFiltersInput } from './view-input.js';
import type { ViewPeriodChoice } from './view-period.js';

const MONTH = /^\d{4}-\d{2}$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/**
 * The period a schedule mails on `now`: the month (YYYY-MM) or quarter (YYYY-Qn) before the one
 * that holds Kazakhstan's today, so a view goes out once its period has ended, whole.
 */
export function mailingPeriod(frequency: ScheduleFrequency, now: Date): string {
  if (frequency === 'quarterly') return lastEndedQuarter(now);
  const firstOfMonth = `${kazakhstanDay(now).slice(0, 7)}-01`;
  return addCalendarDays(firstOfMonth, -1).slice(0, 7);
}

/** The period the schedule still owes on `now`, or null when it has none or that period was sent. */
export function duePeriod(schedule: ViewSchedule | null, now: Date): string | null {
  if (!schedule || schedule.recipientIds.length === 0) return null;
  const due = mailingPeriod(schedule.frequency, now);
  const last = schedule.lastSent;
  const sameForm = last !== null && (schedule.frequency === 'monthly' ? MONTH : QUARTER).test(last);
  // Both forms sort as they run, so a later period sent (a clock put back) is never sent again.
  return sameForm && last >= due ? null : due;
}

/** The view's filters with the period mailed: the month as its days, the quarter as a quarter. */
export function mailingFilters(filters: ViewFiltersInput, period: string): ViewFiltersInput {
  let choice: ViewPeriodChoice;
  if (QUARTER.test(period)) {
    const { year, quarter } = quarterNumbers(period);
    choice = { kind: 'quarter', year, part: quarter };
  } else {
    const from = `${period}-01`;
    const next = addCalendarDays(from, 32).slice(0, 7);
    choice = { kind: 'custom', from, to: addCalendarDays(`${next}-01`, -1) };
  }
  return {
    organizationId: filters.organizationId ?? null,
    orgUnitId: filters.orgUnitId ?? null,
    period: choice,
  };
}

export interface ViewMailRecipient {
  /** The recipient as they would read the view themselves: their own roles in the organisation. */
  actor: Actor;
  email: string;
  fullName: string;
  locale: Locale;
}

/** A view claimed for one period's mailing: whom it goes to and with which filters. */
export interface ViewMailing {
  viewId: string;
  title: string;
  /** YYYY-MM or YYYY-Qn. */
  period: string;
  filters: ViewFiltersInput;
  recipients: ViewMailRecipient[];
}

/**
 * The organisation's views with a schedule that owes a period on `now`, read without a lock: each
 * is then claimed in a transaction of its own, where the lock decides.
 */
export async function dueKpiViewIds(em: EntityManager, organizationId: string, now: Date): Promise<string[]> {
  const views = await em.execute<{ id: string; schedule: ViewSchedule }[]>(
    `select id, schedule from kpi_view
      where organization_id = ? and deleted_at is null and schedule is not null
      order by id`,
    [organizationId],
  );
  return views.filter((view) => duePeriod(view.schedule, now) !== null).map((view) => view.id);
}

/**
 * Those of the schedule's recipients who are still active people of the organisation and may read
 * the view (its owner, a holder of a role it is shared with, a person it is shared with), each with
 * the roles granted to them now; the rest are skipped.
 */
async function allowedRecipients(
  em: EntityManager,
  view: IKpiView,
  recipientIds: readonly string[],
): Promise<ViewMailRecipient[]> {
  const organizationId = view.organization.id;
  const people = recipientIds.length
    ? await em.find(
        Person,
        { id: { $in: [...recipientIds] }, organization: organizationId, active: true },
        { orderBy: { email: 'asc' } },
      )
    : [];
  const recipients: ViewMailRecipient[] = [];
  for (const person of people) {
    const actor = await loadActor(em, person.id, organizationId);
    if (!actor || !(await mayReadView(em, actor, view))) continue;
    recipients.push({ actor, email: person.email, fullName: person.fullName, locale: person.locale });
  }
  return recipients;
}

/**
 * §69, §74: claims a view's mailing of the period its schedule owes: the row is locked and read
 * afresh, and `lastSent` is written in the caller's transaction, which queues the mails too. Two
 * runs at once take turns and the second finds the period sent, so a view is mailed once per
 * period. Null when the view is gone, unscheduled or owes nothing.
 */
export async function claimKpiViewMailing(
  em: EntityManager,
  organizationId: string,
  viewId: string,
  now: Date,
): Promise<ViewMailing | null> {
  const view = await lockedFresh(em, KpiView, { id: viewId, organization: organizationId, deletedAt: null });
  const schedule = view?.schedule ?? null;
  const period = duePeriod(schedule, now);
  if (!view || !schedule || !period) return null;
  view.schedule = { ...schedule, lastSent: period };
  const recipients = await allowedRecipients(em, view, schedule.recipientIds);
  await recordAudit(em, null, {
    organizationId,
    action: 'kpi_view.schedule_sent',
    entityType: 'KpiView',
    entityId: view.id,
    data: {
      period,
      frequency: schedule.frequency,
      recipients: recipients.length,
      skipped: schedule.recipientIds.length - recipients.length,
    },
  });
  await em.flush();
  return {
    viewId: view.id,
    title: view.title,
    period,
    filters: mailingFilters(view.filters, period),
    recipients,
  };
}

/** 2026-11 or 2026-Q3 as people say it: "2026 жылғы қараша", "ноябрь 2026 г.", "Q3 2026". */
export function mailingPeriodWords(period: string, locale: Locale): string {
  const year = period.slice(0, 4);
  if (QUARTER.test(period)) {
    const q = period.slice(6);
    return { kk: `${year} жылғы ${q}-тоқсан`, ru: `${q}-й квартал ${year} г.`, en: `Q${q} ${year}` }[locale];
  }
  // Mid-sentence, Kazakh and Russian write a month in lower case.
  const name = MONTH_NAMES[locale][Number(period.slice(5, 7)) - 1] ?? period;
  const month = locale === 'en' ? name : name.toLocaleLowerCase(locale);
  return { kk: `${year} жылғы ${month}`, ru: `${month} ${year} г.`, en: `${month} ${year}` }[locale];
}

const WORDING: Record<
  Locale,
  {
    subject(title: string, period: string): string;
    body(name: string, title: string, period: string, link: string): string;
  }
> = {
  kk: {
    subject: (title, period) => `«${title}» НТК көрінісі: ${period}`,
    body: (name, title, period, link) =>
      `Құрметті ${name}!\n\n«${title}» НТК көрінісі ${period} бойынша PDF файлы ретінде тіркелген. Көрсеткіштер сіздің қол жеткізу құқықтарыңызбен есептелді.\n\nКөріністі ашу: ${link}\n`,
  },
  ru: {
    subject: (title, period) => `Представление КПЭ «${title}»: ${period}`,
    body: (name, title, period, link) =>
      `Уважаемый(ая) ${name}!\n\nВо вложении — представление КПЭ «${title}» за ${period} в формате PDF. Показатели рассчитаны с вашими правами доступа.\n\nОткрыть представление: ${link}\n`,
  },
  en: {
    subject: (title, period) => `KPI view "${title}": ${period}`,
    body: (name, title, period, link) =>
      `Dear ${name},\n\nattached is the KPI view "${title}" for ${period} as a PDF, its figures computed with your own access rights.\n\nOpen the view: ${link}\n`,
  },
};

/** The mail a scheduled view goes out with, in the recipient's language; the caller attaches the PDF. */
export function kpiViewMail(mailing: ViewMailing, recipient: ViewMailRecipient, appUrl: string): PlainMail {
  const wording = WORDING[recipient.locale];
  const period = mailingPeriodWords(mailing.period, recipient.locale);
  const link = `${appUrl.replace(/\/+$/, '')}/compliance/kpi-views/${mailing.viewId}`;
  return {
    to: recipient.email,
    subject: wording.subject(mailing.title, period),
    text: wording.body(recipient.fullName, mailing.title, period, link),
  };
}
