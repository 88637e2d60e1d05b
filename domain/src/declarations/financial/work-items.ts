import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay, type CalendarDay } from '../../kernel/working-days.js';
import { type WorkItem, type WorkUrgency, dayUrgency } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { ForeignAccountFinding } from '../foreign-accounts/finding.entity.js';
import { Declarant } from './declarant.entity.js';
import { FinancialNotice } from './financial-notice.entity.js';
import { HR_OFFICERS } from './financial-roles.js';
import { statusRows } from './status.js';
import { obligedDuring } from './obliged-during.js';
import { declarationPublications, publicationDeadline } from './publications.js';

const PLUGIN = 'declarations';
/** A term within two weeks is due soon. */
const DUE_SOON_DAYS = 14;

function urgency(dueOn: CalendarDay | null, today: CalendarDay): WorkUrgency {
  return dayUrgency(dueOn, today, DUE_SOON_DAYS);
}

function item(
  kind: string,
  key: string,
  dueOn: CalendarDay | null,
  today: CalendarDay,
  path: string,
  count: number | null = null,
  subject: WorkItem['subject'] = null,
): WorkItem {
  return {
    id: `${PLUGIN}:${kind}:${key}`,
    plugin: PLUGIN,
    kind,
    subject,
    urgency: urgency(dueOn, today),
    dueAt: null,
    dueOn,
    path,
    count,
  };
}

/** HR: the notices to send (one item, with the earliest term), and this year's filings past their deadline without proof. */
async function hrItems(em: EntityManager, actor: Actor, today: CalendarDay): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, HR_OFFICERS)) return [];
  const items: WorkItem[] = [];
  const [pending] = await em.execute<{ count: string; first_due: string | Date | null }[]>(
    `select count(*) as count, min(due_on) as first_due from financial_notice
      where organization_id = ? and sent_at is null and signed_on is null`,
    [actor.organizationId],
  );
  const count = Number(pending?.count ?? 0);
  if (count > 0) {
    const first = pending?.first_due ? toDay(pending.first_due) : null;
    items.push(item('financial_notices_to_send', 'all', first, today, '/declarations/financial', count));
  }
  const year = Number(today.slice(0, 4));
  const declarants = await em.find(
    Declarant,
    {
      organization: actor.organizationId,
      ...obligedDuring(year),
    },
    { populate: ['person'] },
  );
  const overdue = (await statusRows(em, actor.organizationId, declarants, year, today)).filter(
    (row) => row.filing === 'overdue',
  );
  if (overdue.length > 0) {
    const first = overdue.map((row) => row.deadline!).sort()[0]!;
    items.push(
      item('financial_proofs_missing', String(year), first, today, '/declarations/financial', overdue.length),
    );
  }
  return items;
}

/**
 * §29: HR, for each reporting year whose data is still to publish — last year's, due on 31 December
 * of this one, and the year before, overdue since this 1 January — how many declarants of the six
 * publication categories have no publication recorded yet.
 */
async function publicationItems(
  em: EntityManager,
  actor: Actor,
  today: CalendarDay,
  now: Date,
): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, HR_OFFICERS)) return [];
  const thisYear = Number(today.slice(0, 4));
  const items: WorkItem[] = [];
  for (const year of [thisYear - 2, thisYear - 1]) {
    const unpublished = (await declarationPublications(em, actor, year, now)).filter(
      (row) => row.publishedOn === null,
    ).length;
    if (unpublished === 0) continue;
    const subject = { kk: String(year), ru: String(year), en: String(year) };
    items.push(
      item(
        'financial_publications_due',
        String(year),
        publicationDeadline(year),
        today,
        '/declarations/financial',
        unpublished,
        subject,
      ),
    );
  }
  return items;
}

/** The declarant: their own proof to upload, trust management to prove, notices to sign, an account to close. */
async function ownItems(em: EntityManager, actor: Actor, today: CalendarDay): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  const declarant = await em.findOne(
    Declarant,
    { organization: actor.organizationId, person: actor.personId },
    { populate: ['person'] },
  );
  if (declarant) {
    const [status] = await statusRows(
      em,
      actor.organizationId,
      [declarant],
      Number(today.slice(0, 4)),
      today,
    );
    if (status && (status.filing === 'pending' || status.filing === 'overdue')) {
      items.push(
        item(
          'financial_proof_due',
          `${status.form}:${today.slice(0, 4)}`,
          status.deadline,
          today,
          '/declarations',
          null,
          { kk: status.form!, ru: status.form!, en: status.form! },
        ),
      );
    }
    if (declarant.trustManagementSettledOn === null && declarant.obligedUntil === null) {
      items.push(
        item('trust_management_due', declarant.id, declarant.trustManagementDueOn, today, '/declarations'),
      );
    }
  }
  const toSign = await em.find(FinancialNotice, {
    organization: actor.organizationId,
    person: actor.personId,
    recipient: 'employee',
    kind: 'post_service_warning',
    // My declarations lists a notice once HR has sent it; asking before would point at nothing.
    sentAt: { $ne: null },
    signedOn: null,
  });
  for (const notice of toSign)
    items.push(item('post_service_warning_to_sign', notice.id, notice.dueOn ?? null, today, '/declarations'));
  const findings = await em.find(ForeignAccountFinding, {
    organization: actor.organizationId,
    person: actor.personId,
    closedOn: null,
  });
  for (const finding of findings)
    items.push(item('foreign_account_closure_due', finding.id, finding.closureDueOn, today, '/declarations'));
  return items;
}

/** §30.5–§30.6: the first head, for each open finding until the account is proved closed; past the 6 months it is overdue. */
async function firstHeadItems(em: EntityManager, actor: Actor, today: CalendarDay): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, ['first_head'])) return [];
  const findings = await em.find(
    ForeignAccountFinding,
    { organization: actor.organizationId, closedOn: null },
    { populate: ['person'], orderBy: { closureDueOn: 'asc' } },
  );
  return findings.map((finding) =>
    item(
      'foreign_account_found',
      finding.id,
      finding.closureDueOn,
      today,
      '/declarations/foreign-accounts',
      null,
      {
        kk: finding.person.fullName,
        ru: finding.person.fullName,
        en: finding.person.fullName,
      },
    ),
  );
}

export const FINANCIAL_DECLARATION_WORK = {
  context: 'declarations.financial',
  async items(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
    const today = kazakhstanDay(now);
    // One after the other: all read through the same entity manager.
    const own = await ownItems(em, actor, today);
    const hr = await hrItems(em, actor, today);
    const publications = await publicationItems(em, actor, today, now);
    return [...own, ...hr, ...publications, ...(await firstHeadItems(em, actor, today))];
  },
};

registerWorkProvider(FINANCIAL_DECLARATION_WORK);
