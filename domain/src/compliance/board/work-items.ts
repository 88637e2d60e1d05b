import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import type { WorkItem, WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { BoardReport } from './board.entity.js';

const PLUGIN = 'compliance';

const PERIOD_NAMES = {
  h1: { kk: 'I жартыжылдық', ru: 'I полугодие', en: 'H1' },
  h2: { kk: 'II жартыжылдық', ru: 'II полугодие', en: 'H2' },
  year: { kk: 'жыл', ru: 'год', en: 'year' },
} as const;

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
      const name = PERIOD_NAMES[r.period];
      return {
        id: `${PLUGIN}:board_report_to_read:${r.id}`,
        plugin: PLUGIN,
        kind: 'compliance_board_report_to_read',
        subject: {
          kk: `${r.year} ж., ${name.kk}`,
          ru: `${name.ru} ${r.year} г.`,
          en: `${name.en} ${r.year}`,
        },
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
