import { registerKpi } from '../kpi/kpi-registry.js';
import type { KpiDefinition } from '../kpi/kpi-definition.js';
import { PROGRAMME_KPI_READERS } from '../kpi/kpi-readers.js';
import { HEADCOUNT_FROM } from './headcount-sql.js';

/** §1, §5: actual headcount, the basis of the coverage KPIs (people employed at the end of the period). */
export const HEADCOUNT_KPI: KpiDefinition = {
  code: 'org.headcount',
  context: 'org',
  title: { kk: 'Нақты штат саны', ru: 'Фактическая численность', en: 'Actual headcount' },
  paragraph: '§5',
  unit: 'count',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  // The base of every coverage share: the programme's readers, the administrator who keeps the
  // staff list and the training administrators whose coverage it measures.
  readers: [...PROGRAMME_KPI_READERS, 'org_admin', 'training_admin'],
  sql: `select count(*)::numeric as value, count(*)::numeric as numerator, null::numeric as denominator
    ${HEADCOUNT_FROM}`,
};

/** §5: the first head appoints people responsible for corruption prevention, at least 3 recommended. */
export const RESPONSIBLE_STAFF_KPI: KpiDefinition = {
  code: 'org.responsible_staff',
  context: 'org',
  title: {
    kk: 'Сыбайлас жемқорлықтың алдын алуға жауапты қызметкерлер',
    ru: 'Работники, ответственные за противодействие коррупции',
    en: 'Staff responsible for corruption prevention',
  },
  paragraph: '§5',
  unit: 'count',
  target: 3,
  direction: 'at_least',
  dimensions: ['org_unit'],
  granularity: 'instant',
  // §5: the first head appoints them and the administrator keeps their roles.
  readers: [...PROGRAMME_KPI_READERS, 'org_admin'],
  sql: `select count(distinct p.id)::numeric as value, count(distinct p.id)::numeric as numerator,
      null::numeric as denominator
    from role_grant g join person p on p.id = g.person_id join org_unit u on u.id = p.org_unit_id
    where g.organization_id = cast(:organizationId as uuid) and p.active
      and g.role in ('compliance_officer', 'compliance_head')
      and u.path like :orgUnitPath || '%'`,
};

export const ORG_KPIS: readonly KpiDefinition[] = [HEADCOUNT_KPI, RESPONSIBLE_STAFF_KPI];

for (const kpi of ORG_KPIS) registerKpi(kpi);
