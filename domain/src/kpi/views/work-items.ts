import type { WorkItem, WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { listKpiViews } from './kpi-views.js';

/**
 * §69: the views shared with a person (the first head, the board) on their home page, after
 * everything with a deadline: they read them, nothing is due.
 */
export const KPI_VIEW_WORK: WorkProvider = {
  context: 'kpi.views',
  async items(em, actor) {
    const views = await listKpiViews(em, actor);
    return views
      .filter((view) => view.sharedWithMe)
      .map(
        (view) =>
          ({
            id: `compliance:kpi_view_shared:${view.id}`,
            plugin: 'compliance',
            kind: 'kpi_view_shared',
            subject: { kk: view.title, ru: view.title, en: view.title },
            urgency: 'upcoming',
            dueAt: null,
            dueOn: null,
            path: `/compliance/kpi-views/${view.id}`,
            count: null,
          }) satisfies WorkItem,
      );
  },
};

registerWorkProvider(KPI_VIEW_WORK);
