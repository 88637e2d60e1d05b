import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { Organization } from '../../org/organization.entity.js';
import { checkedQuarter } from './conflict-quarterly-analysis.js';
import { ConflictQuarterlyAnalysis } from './conflict-quarterly-analysis.entity.js';
import { CONFLICT_REGISTER_READERS } from './conflict-roles.js';
import { toDay } from '../../kernel/working-days.js';
import type { SupplierRole, WatchlistKind } from '../watchlists/watchlist.entity.js';

export type ConflictMatchKind = 'same_iin' | 'same_name_and_birth_date' | 'same_bin';
/** Who the declared person was found to be: an employee, a supplier's founder or manager, a person dismissed for corruption. */
export type ConflictMatchSource = 'employee' | 'supplier' | 'corruption_dismissal';

/** The entry of an outside list (see watchlists/) a declared person matched. */
export interface ConflictMatchListed {
  fullName: string;
  /** Shown only where the IIN may be read (see iinsShown). */
  iin: string | null;
  birthDate: string | null;
  companyName: string | null;
  bin: string | null;
  role: SupplierRole | null;
  dismissedOn: string | null;
  employer: string | null;
  /** The row of the loaded file, to check the match against the source. */
  row: number;
}

/**
 * A likely undeclared conflict for the quarterly analysis (§14): a relative or linked person an
 * employee declared — or the employee themself, `relatedPersonId` null — who is an employee too
 * (flagged when the two stand in one reporting line: §13's ban on direct subordination of
 * relatives), a founder or manager of a supplier or works at one (its BIN), or was dismissed for
 * corruption. Matched by IIN, or by the same name and birth date (given, or read from the IIN).
 */
export interface ConflictMatch {
  kind: ConflictMatchKind;
  source: ConflictMatchSource;
  declarant: { id: string; fullName: string };
  relatedPersonId: string | null;
  relatedPersonName: string;
  /** The relation declared; 'self' when the employee themself is on a list. */
  relation: string;
  employee: { id: string; fullName: string } | null;
  /** Shown only where the IIN may be read (see iinsShown). */
  employeeIin: string | null;
  listed: ConflictMatchListed | null;
  sameReportingLine: boolean;
}

export interface ConflictMatches {
  quarter: string;
  /** §14: in a state body the IINs show only once the quarter's memo is recorded. */
  iinsShown: boolean;
  matches: ConflictMatch[];
}

interface EmployeeRow {
  kind: ConflictMatchKind;
  declarant_id: string;
  declarant_name: string;
  related_id: string;
  related_name: string;
  relation: string;
  employee_id: string;
  employee_name: string;
  employee_iin: string | null;
  same_line: boolean;
}

interface ListedRow {
  kind: ConflictMatchKind;
  list: WatchlistKind;
  declarant_id: string;
  declarant_name: string;
  related_id: string | null;
  related_name: string;
  relation: string;
  full_name: string;
  iin: string | null;
  birth_date: string | Date | null;
  company_name: string | null;
  bin: string | null;
  role: SupplierRole | null;
  dismissed_on: string | Date | null;
  employer: string | null;
  row: number;
}

// The birth date an IIN encodes: YYMMDD, the century from the seventh digit (1–2: 1800s, 3–4: 1900s, 5–6: 2000s).
function birthDateOfIin(iin: string): string {
  return `case when ${iin} ~ '^[0-9]{12}$' then
      (case when substr(${iin}, 7, 1) in ('3', '4') then '19' when substr(${iin}, 7, 1) in ('5', '6') then '20' else '18' end
       || substr(${iin}, 1, 2) || '-' || substr(${iin}, 3, 2) || '-' || substr(${iin}, 5, 2)) end`;
}
const BIRTH_DATE_OF_IIN = birthDateOfIin('e.iin');
/** Names compared as people write them: case and runs of spaces aside. */
const sameName = (a: string, b: string): string =>
  `lower(regexp_replace(${a}, '\\s+', ' ', 'g')) = lower(regexp_replace(${b}, '\\s+', ' ', 'g'))`;

/** §14: the matches the quarter's analysis reviews, those in one reporting line first. */
export async function conflictMatches(
  em: EntityManager,
  actor: Actor,
  quarterText: string,
): Promise<ConflictMatches> {
  requireAnyRole(actor, CONFLICT_REGISTER_READERS, 'read the quarterly conflict-of-interest matches');
  const quarter = checkedQuarter(quarterText);
  const organization = await em.findOneOrFail(Organization, { id: actor.organizationId });
  const memo = await em.findOne(ConflictQuarterlyAnalysis, {
    organization: actor.organizationId,
    quarter,
    memoRecordedAt: { $ne: null },
  });
  const iinsShown = organization.kind !== 'state_body' || memo !== null;
  const rows = await em.execute<EmployeeRow[]>(
    `with recursive chain(person_id, manager_id, depth) as (
         select p.id, p.manager_id, 1 from person p where p.organization_id = ? and p.manager_id is not null
         union all
         select c.person_id, m.manager_id, c.depth + 1 from chain c join person m on m.id = c.manager_id
          where m.manager_id is not null and c.depth < 50
       ),
       matched as (
         select distinct on (rp.id, e.id)
                case when rp.iin is not null and rp.iin = e.iin then 'same_iin' else 'same_name_and_birth_date' end as kind,
                d.id as declarant_id, d.full_name as declarant_name, rp.id as related_id, rp.full_name as related_name,
                rp.relation, e.id as employee_id, e.full_name as employee_name, e.iin as employee_iin
           from related_person rp
           join person d on d.id = rp.person_id
           join person e on e.organization_id = rp.organization_id and e.active and e.id <> d.id
          where rp.organization_id = ? and rp.removed_at is null and d.active
            and ((rp.iin is not null and rp.iin = e.iin)
              or (rp.birth_date is not null and ${sameName('rp.full_name', 'e.full_name')}
                  and cast(rp.birth_date as text) = ${BIRTH_DATE_OF_IIN}))
       )
     select m.*, exists (
         select 1 from chain c
          where (c.person_id = m.declarant_id and c.manager_id = m.employee_id)
             or (c.person_id = m.employee_id and c.manager_id = m.declarant_id)
             or (c.person_id = m.declarant_id and c.depth = 1 and c.manager_id = (select manager_id from person where id = m.employee_id))
       ) as same_line
       from matched m
      order by same_line desc, m.declarant_name, m.related_name`,
    [actor.organizationId, actor.organizationId],
  );
  const listed = await listedMatches(em, actor.organizationId);
  const iin = (value: string | null): string | null => (iinsShown ? value : null);
  return {
    quarter,
    iinsShown,
    matches: [
      ...rows.map((r): ConflictMatch => ({
        kind: r.kind,
        source: 'employee',
        declarant: { id: r.declarant_id, fullName: r.declarant_name },
        relatedPersonId: r.related_id,
        relatedPersonName: r.related_name,
        relation: r.relation,
        employee: { id: r.employee_id, fullName: r.employee_name },
        employeeIin: iin(r.employee_iin),
        listed: null,
        sameReportingLine: r.same_line,
      })),
      ...listed.map((r): ConflictMatch => ({
        kind: r.kind,
        source: r.list === 'supplier_people' ? 'supplier' : 'corruption_dismissal',
        declarant: { id: r.declarant_id, fullName: r.declarant_name },
        relatedPersonId: r.related_id,
        relatedPersonName: r.related_name,
        relation: r.relation,
        employee: null,
        employeeIin: null,
        listed: {
          fullName: r.full_name,
          iin: iin(r.iin),
          birthDate: r.birth_date ? toDay(r.birth_date) : null,
          companyName: r.company_name,
          bin: r.bin,
          role: r.role,
          dismissedOn: r.dismissed_on ? toDay(r.dismissed_on) : null,
          employer: r.employer,
          row: Number(r.row),
        },
        sameReportingLine: false,
      })),
    ],
  };
}

/**
 * The declared people — and the employees themselves — found on the outside lists: one row per
 * person and entry (a supplier once per person however many founders it lists), by IIN first.
 */
async function listedMatches(em: EntityManager, organizationId: string): Promise<ListedRow[]> {
  return em.execute<ListedRow[]>(
    `with declared as (
         select rp.id as related_id, d.id as declarant_id, d.full_name as declarant_name, rp.full_name as related_name,
                rp.relation, rp.iin, coalesce(cast(rp.birth_date as text), ${birthDateOfIin('rp.iin')}) as birth,
                rp.workplace_bin
           from related_person rp join person d on d.id = rp.person_id
          where rp.organization_id = ? and rp.removed_at is null and d.active
         union all
         select null, p.id, p.full_name, p.full_name, 'self', p.iin, ${birthDateOfIin('p.iin')}, null
           from person p where p.organization_id = ? and p.active
       ),
       entry as (
         select w.*, coalesce(cast(w.birth_date as text), ${birthDateOfIin('w.iin')}) as birth, l.kind as list
           from conflict_watchlist_entry w join conflict_watchlist l on l.id = w.watchlist_id
          where w.organization_id = ?
       ),
       found as (
         select 1 as rank, 'same_iin' as kind, x.*, w.id as entry_id, w.bin as entry_bin, w."row" as entry_row
           from declared x join entry w on w.iin = x.iin
         union all
         select 2, 'same_name_and_birth_date', x.*, w.id, w.bin, w."row"
           from declared x join entry w on w.birth = x.birth and ${sameName('w.full_name', 'x.related_name')}
         union all
         select 3, 'same_bin', x.*, w.id, w.bin, w."row"
           from declared x join entry w on w.bin = x.workplace_bin
       ),
       one_per_entry as (
         select distinct on (f.declarant_id, f.related_id, f.entry_id) f.*
           from found f order by f.declarant_id, f.related_id, f.entry_id, f.rank
       ),
       one_per_supplier as (
         select distinct on (f.declarant_id, f.related_id, f.supplier_key) f.*
           from (select e.*, case when e.kind = 'same_bin' then 'bin:' || e.entry_bin else cast(e.entry_id as text) end
                          as supplier_key
                   from one_per_entry e) f
          order by f.declarant_id, f.related_id, f.supplier_key, f.entry_row
       )
     select f.kind, w.list, f.declarant_id, f.declarant_name, f.related_id, f.related_name, f.relation,
            w.full_name, w.iin, w.birth_date, w.company_name, w.bin, w.role, w.dismissed_on, w.employer, w."row"
       from one_per_supplier f join entry w on w.id = f.entry_id
      -- Working at a supplier says nothing more once the same person is found among its founders or managers.
      where not (f.kind = 'same_bin' and exists (
              select 1 from one_per_entry g
               where g.declarant_id = f.declarant_id and g.related_id is not distinct from f.related_id
                 and g.kind <> 'same_bin' and g.entry_bin = f.entry_bin))
      order by w.list desc, f.declarant_name, f.related_name, w.company_name, f.rank, w.full_name`,
    [organizationId, organizationId, organizationId],
  );
}
