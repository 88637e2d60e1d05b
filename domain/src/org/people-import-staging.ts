import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../database/bound-statement.js';
import type { LocalizedText } from '../kernel/locale.js';
import type { PeopleImportPreviewRow } from './people-import.js';
import { keyedRowError, type ImportRowError, type PersonRow } from './people-import-rows.js';

/** A unit path as the import matches it: by its names, whatever their case. */
export function unitKey(path: readonly string[]): string {
  return path.map((name) => name.toLowerCase()).join('/');
}

/** A post as the import matches it: by its title, whatever its case. */
export function positionKey(title: string): string {
  return title.toLowerCase();
}

/** What the file says about one unit path, merged over its rows in file order. */
export interface StagedUnit {
  path: string[];
  names: Partial<LocalizedText> | null;
}

/** What the file says about one post, merged over its rows in file order; a flag is its last mark. */
export interface StagedPosition {
  title: string;
  riskExposed: boolean | null;
  procurementStaff: boolean | null;
  underRestrictions: boolean | null;
  titles: Partial<LocalizedText> | null;
}

/** Rows sent to the database in one statement. */
const ROWS_PER_INSERT = 2000;

const ROW_COLUMNS = `"row" int, email text, full_name text, iin text, unit_key text, unit_path text,
  position text, position_key text, manager_email text, hired_at date, locale text`;

function merged<T extends object>(into: T | null, from: T | null): T | null {
  return from ? { ...(into ?? {}), ...from } : into;
}

/**
 * The checked rows of a staff list in a temporary table of the import's transaction, dropped when
 * it ends: the file is held in the database, not in memory, and the checks across rows and against
 * the organisation's people, and the writes, are each one statement over all the rows. Only what
 * there is per unit and per post — a few hundred of each in a large company — is kept here.
 */
export class StagedPeople {
  readonly units = new Map<string, StagedUnit>();
  readonly positions = new Map<string, StagedPosition>();
  count = 0;
  private pending: PersonRow[] = [];

  private constructor(
    private readonly em: EntityManager,
    /** The temporary table's name, unique to this import. */
    readonly table: string,
  ) {}

  static async create(em: EntityManager): Promise<StagedPeople> {
    if (!em.isInTransaction()) throw new Error('A staff list is staged inside the transaction of its import');
    const table = `people_import_${randomBytes(6).toString('hex')}`;
    await em.execute(`create temp table ${table} (${ROW_COLUMNS}, primary key ("row")) on commit drop`);
    return new StagedPeople(em, table);
  }

  async add(row: PersonRow): Promise<void> {
    const unit = unitKey(row.unitPath);
    const stagedUnit = this.units.get(unit);
    if (stagedUnit) stagedUnit.names = merged(stagedUnit.names, row.unitNames);
    else this.units.set(unit, { path: row.unitPath, names: row.unitNames });
    const post = positionKey(row.position);
    const stagedPost = this.positions.get(post);
    if (stagedPost) {
      stagedPost.riskExposed = row.riskExposed ?? stagedPost.riskExposed;
      stagedPost.procurementStaff = row.procurementStaff ?? stagedPost.procurementStaff;
      stagedPost.underRestrictions = row.underRestrictions ?? stagedPost.underRestrictions;
      stagedPost.titles = merged(stagedPost.titles, row.positionTitles);
    } else {
      this.positions.set(post, {
        title: row.position,
        riskExposed: row.riskExposed,
        procurementStaff: row.procurementStaff,
        underRestrictions: row.underRestrictions,
        titles: row.positionTitles,
      });
    }
    this.pending.push(row);
    this.count += 1;
    if (this.pending.length >= ROWS_PER_INSERT) await this.flush();
  }

  /** Writes the rows added since the last call; call it once the file is read. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending.map((row) => ({
      row: row.row,
      email: row.email,
      full_name: row.fullName,
      iin: row.iin,
      unit_key: unitKey(row.unitPath),
      unit_path: row.unitPath.join(' / '),
      position: row.position,
      position_key: positionKey(row.position),
      manager_email: row.managerEmail,
      hired_at: row.hiredAt,
      locale: row.locale,
    }));
    this.pending = [];
    const json = JSON.stringify(rows);
    await executeBound(
      this.em,
      `insert into ${this.table} select * from jsonb_to_recordset(cast($1 as jsonb)) as r(${ROW_COLUMNS})`,
      [json],
    );
  }

  /** Indexes the table once it is filled, and tells the planner how large it is. */
  async complete(): Promise<void> {
    await this.flush();
    await this.em.execute(`create index on ${this.table} (email)`);
    await this.em.execute(`analyze ${this.table}`);
  }

  /**
   * The problems of rows against other rows and against the organisation's people: a second row of
   * one e-mail, a manager who is neither in the file nor in the organisation (an import adds and
   * updates people, never removes them), an IIN held by another person (people are matched by
   * e-mail; an IIN names one person). Read afresh; the caller holds the organisation's lock.
   */
  async problems(organizationId: string): Promise<ImportRowError[]> {
    const duplicates = await this.em.execute<{ row: number; email: string; first_row: number }[]>(
      `select "row", email, first_row from (
         select "row", email, min("row") over (partition by email) as first_row from ${this.table}
       ) d where "row" <> first_row`,
    );
    const unknownManagers = await this.em.execute<{ row: number; manager_email: string }[]>(
      `select s."row", s.manager_email from ${this.table} s
        where s.manager_email is not null
          and not exists (select 1 from ${this.table} o where o.email = s.manager_email)
          and not exists (select 1 from person p where p.organization_id = ? and p.email = s.manager_email)`,
      [organizationId],
    );
    const takenIins = await this.em.execute<{ row: number; holder: string }[]>(
      `select s."row", min(p.email) as holder from ${this.table} s
         join person p on p.organization_id = ? and p.iin = s.iin and p.email <> s.email
        where s.iin is not null group by s."row"`,
      [organizationId],
    );
    return [
      ...duplicates.map((d) =>
        keyedRowError(d.row, 'email', 'org.import.duplicateEmail', { email: d.email, firstRow: d.first_row }),
      ),
      ...unknownManagers.map((m) =>
        keyedRowError(m.row, 'manager_email', 'org.import.unknownManager', { email: m.manager_email }),
      ),
      ...takenIins.map((t) => keyedRowError(t.row, 'iin', 'org.import.iinTaken', { email: t.holder })),
    ];
  }

  /** Each row, in file order, and whether the organisation has a person of its e-mail already. */
  async outcomes(organizationId: string): Promise<PeopleImportPreviewRow[]> {
    const rows = await this.em.execute<
      { row: number; email: string; full_name: string; unit_path: string; position: string; known: boolean }[]
    >(
      `select s."row", s.email, s.full_name, s.unit_path, s.position,
              exists (select 1 from person p where p.organization_id = ? and p.email = s.email) as known
         from ${this.table} s order by s."row"`,
      [organizationId],
    );
    return rows.map((r) => ({
      row: r.row,
      email: r.email,
      fullName: r.full_name,
      orgUnitPath: r.unit_path,
      position: r.position,
      outcome: r.known ? 'update' : 'create',
    }));
  }

  /** The rows whose unit path is one of `keys`, each with its problem. */
  async rowsOfUnits(keys: readonly string[]): Promise<ImportRowError[]> {
    if (keys.length === 0) return [];
    const rows = await this.em.execute<{ row: number; unit_path: string }[]>(
      `select "row", unit_path from ${this.table}
        where unit_key in (select jsonb_array_elements_text(cast(? as jsonb))) order by "row"`,
      [JSON.stringify(keys)],
    );
    return rows.map((r) =>
      keyedRowError(r.row, 'org_unit_path', 'org.import.unknownOrgUnit', { path: r.unit_path }),
    );
  }

  /**
   * Writes the people, each row once: those of the organisation with the row's e-mail are updated,
   * the others created, each with the manager the row names — a person of the file, new or not, or
   * one the organisation has. Units and posts are given by key, already written.
   */
  async write(
    organizationId: string,
    unitIds: ReadonlyMap<string, string>,
    positionIds: ReadonlyMap<string, string>,
    defaults: { locale: string; now: Date },
  ): Promise<{ created: number; updated: number }> {
    const keys = `${this.table}_keys`;
    const people = `${this.table}_people`;
    await this.em.execute(
      `create temp table ${keys} (kind text, key text, id uuid, primary key (kind, key)) on commit drop`,
    );
    const mapping = [
      ...[...unitIds].map(([key, id]) => ({ kind: 'unit', key, id })),
      ...[...positionIds].map(([key, id]) => ({ kind: 'position', key, id })),
    ];
    await executeBound(
      this.em,
      `insert into ${keys} select * from jsonb_to_recordset(cast($1 as jsonb)) as r(kind text, key text, id uuid)`,
      [JSON.stringify(mapping)],
    );
    // Every row with the id of its person: the one the organisation has, or the one it will have.
    await executeBound(
      this.em,
      `create temp table ${people} on commit drop as
       select s.*, coalesce(p.id, gen_random_uuid()) as person_id, p.id is not null as known
         from ${this.table} s left join person p on p.organization_id = $1 and p.email = s.email`,
      [organizationId],
    );
    await this.em.execute(`create index on ${people} (email)`);
    await this.em.execute(`analyze ${people}`);
    const resolved = `${people} r
      join ${keys} u on u.kind = 'unit' and u.key = r.unit_key
      join ${keys} pos on pos.kind = 'position' and pos.key = r.position_key
      left join ${people} mr on mr.email = r.manager_email
      left join person mp on mp.organization_id = $1 and mp.email = r.manager_email`;
    const manager = 'coalesce(mr.person_id, mp.id)';
    // New people first: an existing person's new manager may be one of them.
    const [created] = await executeBound<{ count: string }>(
      this.em,
      `with added as (
         insert into person (id, organization_id, full_name, email, iin, locale, org_unit_id, position_id,
                             manager_id, hired_at, active, created_at)
         select r.person_id, $1, r.full_name, r.email, r.iin, coalesce(r.locale, $2), u.id, pos.id,
                ${manager}, r.hired_at, true, $3
           from ${resolved}
          where not r.known
         returning 1)
       select count(*) as count from added`,
      [organizationId, defaults.locale, defaults.now],
    );
    const [updated] = await executeBound<{ count: string }>(
      this.em,
      `with changed as (
         update person p set full_name = r.full_name, org_unit_id = u.id, position_id = pos.id,
                active = true, left_on = null, iin = coalesce(r.iin, p.iin),
                hired_at = coalesce(r.hired_at, p.hired_at), locale = coalesce(r.locale, p.locale),
                manager_id = case when r.manager_email is null then p.manager_id else ${manager} end
           from ${resolved}
          where p.id = r.person_id and r.known
         returning 1)
       select count(*) as count from changed`,
      [organizationId],
    );
    return { created: Number(created?.count ?? 0), updated: Number(updated?.count ?? 0) };
  }
}
