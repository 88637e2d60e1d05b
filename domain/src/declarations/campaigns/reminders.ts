import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow, lockRows } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError } from '../../kernel/errors.js';
import { formatCalendarDay, kazakhstanDay, startOfKazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { Locale, LocalizedText } from '../../kernel/locale.js';
import type { PlainMail } from '../../kernel/plain-mail.js';
import { addCalendarDays, toDay } from '../../kernel/working-days.js';
import { bindNamed } from '../../training/assignments/enrolment-status.js';
import { CampaignDeclaration, DeclarationCampaign } from './campaign.entity.js';
import { CAMPAIGN_RUNNERS } from './campaign-roles.js';
import { findCampaign } from './campaign-progress.js';

/** A pending declaration is reminded once this many days before its due date. */
export const CAMPAIGN_DUE_SOON_DAYS = 3;
/** An overdue one is reminded the day after its due date, then once a week. */
export const OVERDUE_EVERY_DAYS = 7;

export type CampaignReminderKind = 'due_soon' | 'overdue';

export interface CampaignReminder {
  declarationId: string;
  organizationId: string;
  email: string;
  fullName: string;
  locale: Locale;
  title: LocalizedText;
  dueOn: string;
  kind: CampaignReminderKind;
}

interface Row {
  id: string;
  organization_id: string;
  email: string;
  full_name: string;
  locale: Locale;
  title: LocalizedText;
  due_on: string | Date;
  last_reminded_at: Date | null;
  reminder_count: number;
}

const PENDING_SQL = `select d.id, d.organization_id, p.email, p.full_name, p.locale, c.title, d.due_on,
       d.last_reminded_at, d.reminder_count
  from campaign_declaration d
  join declaration_campaign c on c.id = d.campaign_id and c.status = 'open'
  join person p on p.id = d.person_id and p.active
 where d.submitted_at is null`;

function reminder(row: Row, today: string): CampaignReminder {
  const dueOn = toDay(row.due_on);
  return {
    declarationId: row.id,
    organizationId: row.organization_id,
    email: row.email,
    fullName: row.full_name,
    locale: row.locale,
    title: row.title,
    dueOn,
    kind: dueOn < today ? 'overdue' : 'due_soon',
  };
}

/**
 * The reminders the daily job sends in an organisation: once CAMPAIGN_DUE_SOON_DAYS before the due date,
 * and after it every OVERDUE_EVERY_DAYS; never two on one day (Kazakhstan's).
 */
export async function dueCampaignReminders(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<CampaignReminder[]> {
  const today = kazakhstanDay(now);
  const { sql, params } = bindNamed(
    `${PENDING_SQL} and d.organization_id = cast(:organization as uuid)
       and ((d.due_on >= cast(:today as date) and d.due_on <= cast(:soon as date) and d.reminder_count = 0)
         or (d.due_on < cast(:today as date)
             and (d.last_reminded_at is null or d.last_reminded_at < cast(:weekAgo as timestamptz))))
       and (d.last_reminded_at is null or d.last_reminded_at < cast(:dayStart as timestamptz))
     order by p.email`,
    {
      organization: organizationId,
      today,
      soon: addCalendarDays(today, CAMPAIGN_DUE_SOON_DAYS),
      weekAgo: startOfKazakhstanDay(addCalendarDays(today, 1 - OVERDUE_EVERY_DAYS)),
      dayStart: startOfKazakhstanDay(today),
    },
  );
  return (await em.execute<Row[]>(sql, params)).map((row) => reminder(row, today));
}

/**
 * Takes the reminders that may still go, with their declarations locked until the transaction
 * ends, and records them as sent: the daily job and a reminder by hand take turns on a
 * declaration, and the second finds the first's and leaves the person out (one mail a day).
 */
export async function claimCampaignReminders(
  em: EntityManager,
  candidates: readonly CampaignReminder[],
  now: Date,
): Promise<CampaignReminder[]> {
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.declarationId);
  await lockRows(em, CampaignDeclaration, ids);
  const dayStart = startOfKazakhstanDay(kazakhstanDay(now));
  const fresh = await em.execute<{ id: string }[]>(
    `select id from campaign_declaration where id = any(cast(? as uuid[])) and submitted_at is null
        and (last_reminded_at is null or last_reminded_at < cast(? as timestamptz))`,
    [`{${ids.join(',')}}`, dayStart],
  );
  const still = new Set(fresh.map((row) => row.id));
  const claimed = candidates.filter((c) => still.has(c.declarationId));
  if (claimed.length > 0) {
    await em.execute(
      `update campaign_declaration set last_reminded_at = ?, reminder_count = reminder_count + 1
        where id = any(cast(? as uuid[]))`,
      [now, `{${claimed.map((c) => c.declarationId).join(',')}}`],
    );
  }
  return claimed;
}

/**
 * §72: "remind now" for a campaign's overdue declarants, except those reminded today. Answers the
 * reminders to mail once the transaction has committed.
 */
export async function remindOverdueDeclarants(
  em: EntityManager,
  actor: Actor,
  campaignId: string,
  now: Date = new Date(),
): Promise<CampaignReminder[]> {
  requireAnyRole(actor, CAMPAIGN_RUNNERS, 'remind declarants');
  const campaign = await findCampaign(em, actor, campaignId);
  // A closing waits for the reminders under way, and a reminder after it reads the campaign closed.
  await lockRow(em, DeclarationCampaign, campaign.id, 'share');
  await em.refresh(campaign);
  if (campaign.status === 'closed') {
    throw ConflictError.because('declarations.campaign.closed', {
      closedOn: campaign.closedAt ? kazakhstanDay(campaign.closedAt) : '',
    });
  }
  const today = kazakhstanDay(now);
  const { sql, params } = bindNamed(
    `${PENDING_SQL} and d.campaign_id = cast(:campaign as uuid) and d.due_on < cast(:today as date) order by p.email`,
    { campaign: campaign.id, today },
  );
  const candidates = (await em.execute<Row[]>(sql, params)).map((row) => reminder(row, today));
  const claimed = await claimCampaignReminders(em, candidates, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'declarations.campaign.reminded',
    entityType: 'DeclarationCampaign',
    entityId: campaign.id,
    data: { reminded: claimed.length, declarationIds: claimed.map((c) => c.declarationId) },
  });
  return claimed;
}

const WORDING: Record<
  Locale,
  Record<CampaignReminderKind, (title: string, date: string) => { subject: string; body: string }>
> = {
  kk: {
    due_soon: (title, date) => ({
      subject: `Мүдделер қақтығысы туралы декларацияны ${date} дейін тапсырыңыз`,
      body: `«${title}» науқаны бойынша декларацияны ${date} дейін тапсыру қажет.`,
    }),
    overdue: (title, date) => ({
      subject: `Декларация мерзімі өтіп кетті: «${title}»`,
      body: `«${title}» науқаны бойынша декларацияны тапсыру мерзімі ${date} аяқталды. Декларацияны мүмкіндігінше тез тапсырыңыз.`,
    }),
  },
  ru: {
    due_soon: (title, date) => ({
      subject: `Подайте декларацию о конфликте интересов до ${date}`,
      body: `Декларацию по кампании «${title}» нужно подать до ${date}.`,
    }),
    overdue: (title, date) => ({
      subject: `Срок подачи декларации истёк: «${title}»`,
      body: `Срок подачи декларации по кампании «${title}» истёк ${date}. Пожалуйста, подайте её как можно скорее.`,
    }),
  },
  en: {
    due_soon: (title, date) => ({
      subject: `Submit your conflict-of-interest declaration by ${date}`,
      body: `Your declaration for the campaign “${title}” is due by ${date}.`,
    }),
    overdue: (title, date) => ({
      subject: `Declaration overdue: “${title}”`,
      body: `Your declaration for the campaign “${title}” was due on ${date}. Please submit it as soon as you can.`,
    }),
  },
};

const GREETING: Record<Locale, (name: string) => string> = {
  kk: (name) => `Құрметті ${name}!`,
  ru: (name) => `Уважаемый(ая) ${name}!`,
  en: (name) => `Dear ${name},`,
};

const LINK: Record<Locale, string> = {
  kk: 'Менің декларацияларым',
  ru: 'Мои декларации',
  en: 'My declarations',
};

/** The reminder e-mail in the person's language, linking to "My declarations" under `appUrl`. */
export function campaignReminderMail(reminder: CampaignReminder, appUrl: string): PlainMail {
  const title = reminder.title[reminder.locale] || reminder.title.ru;
  const { subject, body } = WORDING[reminder.locale][reminder.kind](title, formatCalendarDay(reminder.dueOn));
  const link = `${appUrl.replace(/\/+$/, '')}/declarations/`;
  return {
    to: reminder.email,
    subject,
    text: `${GREETING[reminder.locale](reminder.fullName)}\n\n${body}\n\n${LINK[reminder.locale]}: ${link}\n`,
  };
}
