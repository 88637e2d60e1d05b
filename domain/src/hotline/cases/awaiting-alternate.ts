import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { caseHandlings, escalatedCaseIds } from './case-handler.js';
import { dashboardCell, type DashboardCell } from '../reports/dashboard.js';
import { HotlineReport } from './hotline-report.entity.js';
import { HOTLINE_DASHBOARD_READERS } from '../hotline-roles.js';

/**
 * The open cases that name a compliance head and that nobody runs yet (ADR 008): no alternate
 * handler is named, or the report names them too. They never fall back to the compliance head;
 * the dashboard flags them until the first head names an alternate handler. A count like the
 * dashboard's others: 1 to 4 shows as "< 5".
 */
export async function casesAwaitingAlternateHandler(em: EntityManager, actor: Actor): Promise<DashboardCell> {
  requireAnyRole(actor, HOTLINE_DASHBOARD_READERS, 'see the hotline dashboard');
  const escalated = [...(await escalatedCaseIds(em, actor.organizationId))];
  const open =
    escalated.length > 0
      ? await em.find(
          HotlineReport,
          { organization: actor.organizationId, id: { $in: escalated }, status: { $ne: 'closed' } },
          { fields: ['id'] },
        )
      : [];
  const handlings = await caseHandlings(
    em,
    actor.organizationId,
    open.map((r) => r.id),
  );
  const waiting = [...handlings.values()].filter((h) => h.handledBy === 'awaiting_alternate').length;
  return dashboardCell('awaiting_alternate_handler', waiting);
}
