import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import type { WorkItem, WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { BoardReport } from './board.entity.js';

const PLUGIN = 'compliance';

/** How the report's period is named in My work (as the page names it). */
function periodSubject(year: number, period: 'h1' | 'h2' | 'year'): { kk: string; ru: string; en: string } {
  if (period === 'year') return { kk: `${year} жыл`, ru: `${year} год`, en: `Year ${year}` };
  const n = period === 'h1' ? 1 : 2;
  return {
    kk: `${year} ж., ${n}-жартыжылдық`,
    ru: `${n}-е полугодие ${year} г.`,
    en: `${n === 1 ? 'First' : 'Second'} half of ${year}`,
  };
}

/** §69: a submitted report to the board that the board member has not marked read yet. */
async function reportsToRead(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  const reports = await em.find(
    BoardReport,
    { organization: actor.organizationId, status: 'submitted' },
    { orderBy: { submittedAt: 'asc' } },
  );
  const read = await em.execute<{ report_id: string }[]>(
    'select report_id from compliance_board_report_reading where person_id = ?',
    [actor.personId],
  );
  const done = new Set(read.map((r) => r.report_id));
  return reports
    .filter((r) => !done.has(r.id))
    .map((r) => {
      return {
        id: `${PLUGIN}:board_report_to_read:${r.id}`,
        plugin: PLUGIN,
        kind: 'compliance_board_report_to_read',
        subject: periodSubject(r.year, r.period),
        urgency: 'waiting',
        dueAt: null,
        dueOn: null,
        path: `/compliance/board?report=${r.id}`,
        count: null,
      } satisfies WorkItem;
    });
}

export const BOARD_WORK: WorkProvider = {
  context: 'compliance.board',
  async items(em, actor) {
    if (!hasAnyRole(actor, ['board_member'])) return [];
    return reportsToRead(em, actor);
  },
};

registerWorkProvider(BOARD_WORK);
