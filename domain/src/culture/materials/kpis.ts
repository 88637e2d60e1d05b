import type { KpiDefinition } from '../../kpi/kpi-definition.js';
import { SMALL_COUNT_THRESHOLD } from '../../kpi/kpi-definition.js';
import { PROGRAMME_KPI_READERS } from '../../kpi/kpi-readers.js';
import { registerKpi } from '../../kpi/kpi-registry.js';
import type { RoleCode } from '../../kernel/roles.js';
import { CULTURE_READERS } from '../culture-roles.js';
import { inAudienceSql } from './audience.js';

/**
 * §5, §35, §73–§74: the programme's readers and those who read the culture plan — the planners
 * (the ethics commissioner among them) and the board.
 */
const MATERIAL_KPI_READERS: readonly RoleCode[] = [
  ...new Set([...PROGRAMME_KPI_READERS, ...CULTURE_READERS]),
];

/**
 * §35.6: of the audience of the published materials that ask for "read and understood" (each
 * material's audience as it stands, active staff only), the share who acknowledged; a person in
 * two such audiences counts twice. The period picks the materials published within it.
 */
export const MATERIAL_ACK_SHARE_KPI: KpiDefinition = {
  code: 'culture.material_ack_share',
  context: 'culture',
  title: {
    kk: 'Материалмен танысқанын растаған қызметкерлер үлесі',
    ru: 'Доля сотрудников, подтвердивших ознакомление с материалами',
    en: 'Share of employees who acknowledged the materials',
  },
  paragraph: '§35.6',
  description: {
    kk: 'Танысуды талап ететін жарияланған материалдар (жадынамалар, іс-қимыл алгоритмдері) аудиториясындағы қызметкерлердің танысқанын растаған үлесі: 35.6-тармақ осындай материалдарды қызметкерлерге жеткізуді талап етеді.',
    ru: 'Доля сотрудников из аудитории опубликованных материалов (памятки, алгоритмы действий), требующих ознакомления, подтвердивших ознакомление: п. 35.6 требует доводить такие материалы до работников.',
    en: 'Of the audiences of the published materials (memos, algorithms of action) that ask to be read and understood, the share who acknowledged them: §35.6 asks that such materials reach the employees.',
  },
  formula: {
    kk: 'Кезеңде жарияланған материалдармен танысқаны туралы растаулар / осы материалдар аудиториясындағы жұмыстағы қызметкерлер (екі аудиторияға кіретін адам екі рет саналады) × 100',
    ru: 'Подтверждения ознакомления с материалами, опубликованными за период / работающие сотрудники в аудиториях этих материалов (входящий в две аудитории считается дважды) × 100',
    en: 'Acknowledgements of the materials published in the period / active people in those materials’ audiences (a person in two audiences counts twice) × 100',
  },
  unit: 'percent',
  target: null,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: MATERIAL_KPI_READERS,
  smallGroupThreshold: SMALL_COUNT_THRESHOLD,
  sql: `select case when count(*) = 0 then null else round(100.0 * count(a.id) / count(*), 1) end as value,
      count(a.id)::numeric as numerator, count(*)::numeric as denominator
    from culture_material m
    join person p on p.organization_id = m.organization_id and p.active
    join org_unit u on u.id = p.org_unit_id
    left join culture_material_acknowledgement a on a.material_id = m.id and a.person_id = p.id
   where m.organization_id = cast(:organizationId as uuid)
     and m.status = 'published' and m.requires_acknowledgement
     and u.path like :orgUnitPath || '%'
     and ${inAudienceSql()}
     and (cast(:periodFrom as timestamptz) is null or m.published_at >= cast(:periodFrom as timestamptz))
     and (cast(:periodTo as timestamptz) is null or m.published_at < cast(:periodTo as timestamptz))`,
};

registerKpi(MATERIAL_ACK_SHARE_KPI);
