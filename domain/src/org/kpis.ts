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
  description: {
    kk: 'Кезең соңында штатта тұрған қызметкерлер саны — 5-тармақ пен 74-тармақ бойынша қамту үлестері есептелетін нақты штат саны.',
    ru: 'Число работников, состоящих в штате на конец периода, — фактическая численность, от которой считаются доли охвата по пп. 5 и 74.',
    en: 'The number of people on the staff at the end of the period: the actual headcount against which the coverage shares of §5 and §74 are measured.',
  },
  formula: {
    kk: 'Кезең соңында штатта тұрған қызметкерлер саны (кезеңі шектелмесе — бүгін жұмыстағылар)',
    ru: 'Количество работников в штате на конец периода (для открытого периода — работающих сегодня)',
    en: 'Count of people on the staff at the end of the period (today’s staff for an open period)',
  },
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
  description: {
    kk: 'Сыбайлас жемқорлықтың алдын алуға жауапты қызметкерлер (комплаенс-офицерлер мен комплаенс-қызмет басшылары) саны: 5-тармақ бірінші басшыға кемінде 3 адам тағайындауды ұсынады.',
    ru: 'Число работников, ответственных за противодействие коррупции (комплаенс-офицеры и руководители комплаенс-службы): п. 5 рекомендует первому руководителю назначить не менее 3.',
    en: 'The number of people responsible for corruption prevention (compliance officers and heads): §5 recommends that the first head appoint at least 3.',
  },
  formula: {
    kk: 'Комплаенс-офицер немесе комплаенс-қызмет басшысы рөлі бар жұмыстағы қызметкерлер саны',
    ru: 'Количество работающих сотрудников с ролью комплаенс-офицера или руководителя комплаенс-службы',
    en: 'Count of active people holding the compliance officer or compliance head role',
  },
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
