import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import type { WorkItem, WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { Organization } from '../../org/organization.entity.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import { PublicProposal, QuarterlyReport } from './public-page.entity.js';
import { lastEndedQuarter, quarterNumbers } from '../../kernel/quarters.js';

const PLUGIN = 'compliance';

/**
 * §9.5: in a state body or a quasi-public organisation, the keepers are reminded when the quarter
 * just ended passed without a report to the public.
 */
async function quarterlyReportDue(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  const organization = await em.findOneOrFail(Organization, actor.organizationId);
  if (organization.kind === 'private') return [];
  // §9.5: the quarter that ended last on Kazakhstan's calendar is the one a report is now due for.
  const last = quarterNumbers(lastEndedQuarter(now));
  const reported = await em.count(QuarterlyReport, { organization: actor.organizationId, ...last });
  if (reported > 0) return [];
  // Kazakh and Russian name a quarter by its Roman numeral (III тоқсан, III квартал).
  const roman = ['I', 'II', 'III', 'IV'][last.quarter - 1];
  return [
    {
      id: `${PLUGIN}:quarterly_report_due:${last.year}-${last.quarter}`,
      plugin: PLUGIN,
      kind: 'compliance_quarterly_report_due',
      subject: {
        kk: `${last.year} ж. ${roman} тоқсан`,
        ru: `${roman} квартал ${last.year} г.`,
        en: `Q${last.quarter} ${last.year}`,
      },
      urgency: 'overdue',
      dueAt: null,
      dueOn: null,
      path: '/compliance/public',
      count: null,
    },
  ];
}

/** §9.5: proposals from the public waiting for an answer, as one item with their count. */
async function proposalsToAnswer(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  const count = await em.count(PublicProposal, { organization: actor.organizationId, status: 'new' });
  if (count === 0) return [];
  return [
    {
      id: `${PLUGIN}:proposals_to_answer`,
      plugin: PLUGIN,
      kind: 'compliance_proposals_to_answer',
      subject: { kk: String(count), ru: String(count), en: String(count) },
      urgency: 'waiting',
      dueAt: null,
      dueOn: null,
      path: '/compliance/public',
      count,
    },
  ];
}

export const PUBLIC_PAGE_WORK: WorkProvider = {
  context: 'compliance.public',
  async items(em, actor, now) {
    if (!hasAnyRole(actor, COMPLIANCE_KEEPERS)) return [];
    return [...(await quarterlyReportDue(em, actor, now)), ...(await proposalsToAnswer(em, actor))];
  },
};

registerWorkProvider(PUBLIC_PAGE_WORK);
