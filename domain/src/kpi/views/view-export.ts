import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { TENANT_FILTER } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { presentKpi } from '../kpi-title.js';
import { findKpi } from '../kpi-registry.js';
import type { IKpiView, IKpiViewSignOff } from './kpi-view.entity.js';
import { readableView } from './view-access.js';
import type { ViewFigures } from './view-figures.js';
import type { ViewFiltersInput } from './view-input.js';
import { shownFigures } from './view-sign-off.js';

export const EXPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Everything a view's PDF or workbook shows, computed with the reader's rights. */
export interface ViewExport {
  view: IKpiView;
  figures: ViewFigures;
  signOff: IKpiViewSignOff | null;
  organization: LocalizedText;
  orgUnit: LocalizedText | null;
  /** Each KPI's title as the organisation reads it (its own settings filled in), unit and direction. */
  kpis: Map<string, { title: LocalizedText; unit: 'count' | 'percent'; direction: 'at_least' | 'at_most' }>;
}

/**
 * A view as it is exported or mailed: the figures the reader may read (frozen when the period is
 * signed off), the names of the organisation and unit it shows. The export is on the audit trail
 * (§75): who took which figures out, and in what form.
 */
export async function viewExport(
  em: EntityManager,
  actor: Actor,
  id: string,
  filters: ViewFiltersInput | null,
  format: ExportFormat,
  now: Date,
  action: 'kpi_view.exported' | 'kpi_view.mailed' = 'kpi_view.exported',
): Promise<ViewExport> {
  const view = await readableView(em, actor, id);
  const { figures, signOff } = await shownFigures(em, actor, id, filters, now);
  const organizationId = figures.organizationId ?? actor.organizationId;
  const organization = await em.findOneOrFail(Organization, organizationId);
  const unit = figures.orgUnitId
    ? await em.findOne(OrgUnit, figures.orgUnitId, { filters: { [TENANT_FILTER]: false } })
    : null;
  const kpis: ViewExport['kpis'] = new Map();
  for (const code of new Set(view.widgets.flatMap((w) => w.codes))) {
    const def = findKpi(code);
    if (!def) continue;
    const { title } = await presentKpi(em, actor.organizationId, def);
    kpis.set(code, { title, unit: def.unit, direction: def.direction });
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action,
    entityType: 'KpiView',
    entityId: view.id,
    data: { format, periodKey: figures.periodKey, signedOff: signOff !== null },
  });
  await em.flush();
  return {
    view,
    figures,
    signOff,
    organization: localizedName(organization.names, organization.name),
    orgUnit: unit ? localizedName(unit.names, unit.name) : null,
    kpis,
  };
}
