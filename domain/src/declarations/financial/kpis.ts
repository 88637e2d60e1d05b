import { SMALL_COUNT_THRESHOLD, type KpiDefinition } from '../../kpi/kpi-definition.js';
import { registerKpi } from '../../kpi/kpi-registry.js';
import { kazakhstanDaySql } from '../../kernel/kazakhstan-time.js';
import type { RoleCode } from '../../kernel/roles.js';
import { HR_OFFICERS } from './financial-roles.js';

/** HR who runs the notices, the first head who answers for prevention, the compliance head and auditors who check it. */
const FINANCIAL_KPI_READERS: readonly RoleCode[] = [
  ...HR_OFFICERS,
  'first_head',
  'compliance_head',
  'auditor',
];

// Split by org unit, a group of 1 to 4 declarants is withheld: its share would say whether a named person filed.
const PRIVACY = { smallGroupThreshold: SMALL_COUNT_THRESHOLD } as const;

/** A deadline passes at midnight in Kazakhstan, not at the database server's. */
const TODAY = kazakhstanDaySql('now()');

/**
 * Each declarant in the subtree and each deadline of the period already past, for the form the
 * declarant owed that year (§27: 250.00 in the year of entering; §28: 270.00 every year after).
 */
const OBLIGATIONS = `select dl.person_id, d.form, d.year, d.due_on
    from declaration_deadline d
    join declarant dl on dl.organization_id = d.organization_id
    join person p on p.id = dl.person_id
    join org_unit u on u.id = p.org_unit_id
   where d.organization_id = cast(:organizationId as uuid)
     and u.path like :orgUnitPath || '%'
     and d.due_on < ${TODAY}
     and (cast(:periodFrom as timestamptz) is null or d.due_on >= cast(cast(:periodFrom as timestamptz) as date))
     and (cast(:periodTo as timestamptz) is null or d.due_on <= cast(:periodTo as date))
     and extract(year from dl.obliged_from) <= d.year
     and (dl.obliged_until is null or dl.obliged_until >= make_date(d.year, 1, 1))
     and d.form = case when extract(year from dl.obliged_from) = d.year then '250.00'
                       when dl.category = 'candidate' then null else '270.00' end`;

/** §23, §24.1(a): the share of filings owed by a deadline of the period whose proof arrived by it. */
export const FILED_ON_TIME_KPI: KpiDefinition = {
  code: 'declarations.financial_filed_on_time',
  context: 'declarations',
  title: {
    kk: 'Декларация тапсырғаны туралы растауды мерзімінде ұсынған міндетті тұлғалар үлесі',
    ru: 'Доля обязанных лиц, представивших подтверждение подачи декларации в срок',
    en: 'Share of obliged persons whose proof of filing arrived by the deadline',
  },
  paragraph: '§23, §24.1(a)',
  description: {
    kk: 'Кезеңнің өткен мерзімдері бойынша тапсырылуға тиіс декларациялардың (250.00, 270.00 нысандары) тапсырылғаны туралы растау мерзімінде келген үлесі (23-тармақ, 24.1(a)-тармақша).',
    ru: 'Доля деклараций (формы 250.00, 270.00), которые следовало подать к прошедшим срокам периода, подтверждение подачи которых поступило в срок (п. 23, пп. 24.1(a)).',
    en: 'The share of declarations (forms 250.00, 270.00) owed by a past deadline of the period whose proof of filing arrived by that deadline (§23, §24.1(a)).',
  },
  formula: {
    kk: 'Мерзімінде растау келген міндеттемелер / кезеңнің өткен мерзімдері бойынша міндеттемелер (әр декларант, нысан және жыл бойынша) × 100',
    ru: 'Обязательства с подтверждением подачи не позднее срока / обязательства по прошедшим срокам периода (по каждому декларанту, форме и году) × 100',
    en: 'Filings with proof filed by the deadline / filings owed by a past deadline of the period (each declarant, form and year) × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: FINANCIAL_KPI_READERS,
  ...PRIVACY,
  sql: `with obligations as (${OBLIGATIONS})
    select case when count(*) = 0 then null else round(100.0 * count(fp.id) / count(*), 1) end as value,
           count(fp.id)::numeric as numerator, count(*)::numeric as denominator
      from obligations o
      left join filing_proof fp on fp.person_id = o.person_id and fp.form = o.form and fp.year = o.year
                               and fp.filed_on <= o.due_on`,
};

/**
 * §24.1(d), §24.3, §26, §16: the share of notices with a term in the period (ended already, or
 * sent) that were sent or signed by it.
 */
export const NOTICES_ON_TIME_KPI: KpiDefinition = {
  code: 'declarations.financial_notices_on_time',
  context: 'declarations',
  title: {
    kk: 'Декларациялау туралы мерзімінде жіберілген хабарламалар үлесі',
    ru: 'Доля уведомлений о декларировании, направленных в срок',
    en: 'Share of declaration notices sent on time',
  },
  paragraph: '§24.1(d), §24.3, §26',
  description: {
    kk: 'Мерзімі кезеңге келген декларациялау туралы хабарламалардың мерзімінде жіберілген немесе қол қойылған үлесі (24.1(d), 24.3-тармақшалар, 26-тармақ).',
    ru: 'Доля уведомлений о декларировании со сроком в периоде, направленных или подписанных в срок (пп. 24.1(d), 24.3, п. 26).',
    en: 'The share of the notices about declaring, due in the period, that were sent or signed by their term (§24.1(d), §24.3, §26).',
  },
  formula: {
    kk: 'Мерзімінде жіберілген немесе қол қойылған хабарламалар / мерзімі кезеңге келген, мерзімі өткен немесе жіберілген хабарламалар × 100',
    ru: 'Уведомления, направленные или подписанные не позднее срока / уведомления со сроком в периоде, уже прошедшим, или уже направленные × 100',
    en: 'Notices sent or signed by their term / notices with a term in the period that has passed, or already sent × 100',
  },
  unit: 'percent',
  target: 100,
  direction: 'at_least',
  dimensions: ['org_unit', 'period'],
  granularity: 'instant',
  readers: FINANCIAL_KPI_READERS,
  ...PRIVACY,
  sql: `with notices as (
      select n.due_on, coalesce(${kazakhstanDaySql('n.sent_at')}, n.signed_on) as sent_on
        from financial_notice n
        join person p on p.id = n.person_id
        join org_unit u on u.id = p.org_unit_id
       where n.organization_id = cast(:organizationId as uuid)
         and u.path like :orgUnitPath || '%'
         and n.due_on is not null
         and (n.due_on < ${TODAY} or n.sent_at is not null or n.signed_on is not null)
         and (cast(:periodFrom as timestamptz) is null or n.due_on >= cast(cast(:periodFrom as timestamptz) as date))
         and (cast(:periodTo as timestamptz) is null or n.due_on <= cast(:periodTo as date)))
    select case when count(*) = 0 then null
                else round(100.0 * count(*) filter (where sent_on <= due_on) / count(*), 1) end as value,
           (count(*) filter (where sent_on <= due_on))::numeric as numerator, count(*)::numeric as denominator
      from notices`,
};

export const FINANCIAL_KPIS: readonly KpiDefinition[] = [FILED_ON_TIME_KPI, NOTICES_ON_TIME_KPI];

for (const kpi of FINANCIAL_KPIS) registerKpi(kpi);
