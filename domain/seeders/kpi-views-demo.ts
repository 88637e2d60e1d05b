import type { EntityManager } from '@mikro-orm/postgresql';
import { saveKpiView } from '../src/kpi/views/kpi-views.js';
import type { KpiWidget } from '../src/kpi/views/view-layout.js';
import { currentQuarterChoice } from '../src/kpi/views/view-period.js';
import { shareKpiView } from '../src/kpi/views/view-sharing.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { demoActor } from './demo-actor.js';
// The KPIs the view shows, registered however the seed is loaded.
import '../src/training/reports/kpis.js';
import '../src/hotline/reports/kpis.js';
import '../src/culture/plans/kpis.js';
import '../src/compliance/mitigation/kpis.js';
import '../src/declarations/gifts/kpis.js';

function widget(
  id: string,
  kind: KpiWidget['kind'],
  codes: string[],
  x: number,
  y: number,
  w: number,
  h: number,
): KpiWidget {
  return {
    id,
    kind,
    codes,
    split: kind === 'bars' ? 'org_unit' : null,
    x,
    y,
    w,
    h,
    amberMargin: kind === 'number' ? 10 : null,
  };
}

/**
 * §69, §74: the compliance head's view for management, KPIs of every plugin for this quarter,
 * shared with the first head and the board: what the first head finds on her home page.
 */
export async function seedKpiViewsDemo(
  tx: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const head = await demoActor(tx, holding, 'compliance_head');
  const view = await saveKpiView(
    tx,
    head,
    {
      title: 'Басшылыққа арналған көрсеткіштер',
      filters: { period: currentQuarterChoice(today) },
      widgets: [
        widget('coverage', 'number', ['training.coverage'], 0, 0, 4, 3),
        widget('hotline', 'number', ['hotline.processed_in_time'], 4, 0, 4, 3),
        widget('culture', 'number', ['culture.activities_on_time'], 8, 0, 4, 3),
        widget('passed', 'bars', ['training.passed_share'], 0, 3, 8, 5),
        widget(
          'programme',
          'table',
          ['compliance.measures_on_time', 'compliance.risks_with_measures', 'declarations.gifts_declared'],
          8,
          3,
          4,
          5,
        ),
        widget('reports', 'trend', ['hotline.reports_count'], 0, 8, 6, 4),
        widget('risks', 'heat_map', [], 6, 8, 6, 4),
      ],
    },
    today,
  );
  await shareKpiView(tx, head, view.id, { roles: ['first_head', 'board_member'], personIds: [] }, today);
}
