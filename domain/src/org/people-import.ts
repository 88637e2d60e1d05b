import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { lockRow } from '../database/row-lock.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import { DEFAULT_LOCALE } from '../kernel/locale.js';
import { newId } from '../kernel/ids.js';
import { readImportTable, type ImportFile, type ImportShape } from './import-table.js';
import { Organization } from './organization.entity.js';
import { OrgUnit, orgUnitPath, type IOrgUnit } from './org-unit.entity.js';
import {
  OPTIONAL_COLUMNS,
  parsePeopleRows,
  REQUIRED_COLUMNS,
  importProblems,
  keyedRowError,
  type ImportRowError,
  type PersonRow,
} from './people-import-rows.js';
import { Person, type IPerson } from './person.entity.js';
import { Position, type IPosition } from './position.entity.js';

export interface ImportReport {
  rows: number;
  orgUnitsCreated: number;
  peopleCreated: number;
  peopleUpdated: number;
}

export const MAX_IMPORT_ROWS = 20_000;

const PEOPLE_TABLE: ImportShape = {
  columns: [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS],
  maxRows: MAX_IMPORT_ROWS,
};

/** Finds units by parent and name, creating the missing ones along a path. */
class UnitTree {
  private readonly byParentAndName = new Map<string, IOrgUnit>();
  created = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
    units: readonly IOrgUnit[],
  ) {
    for (const unit of units) this.byParentAndName.set(this.key(unit.parent?.id ?? null, unit.name), unit);
  }

  private key(parentId: string | null, name: string): string {
    return `${parentId ?? ''}|${name.toLowerCase()}`;
  }

  /** The existing unit at the end of the path; null when a unit along it does not exist. */
  find(names: readonly string[]): IOrgUnit | null {
    let parent = null as IOrgUnit | null;
    for (const name of names) {
      const unit = this.byParentAndName.get(this.key(parent?.id ?? null, name));
      if (!unit) return null;
      parent = unit;
    }
    return parent;
  }

  resolve(names: readonly string[]): IOrgUnit {
    let parent = null as IOrgUnit | null;
    for (const name of names) {
      const key = this.key(parent?.id ?? null, name);
      let unit = this.byParentAndName.get(key);
      if (!unit) {
        const id = newId();
        unit = this.em.create(OrgUnit, {
          id,
          organization: this.organizationId,
          parent,
          path: orgUnitPath(parent?.path ?? null, id),
          name,
          code: null,
        });
        this.byParentAndName.set(key, unit);
        this.created += 1;
      }
      parent = unit;
    }
    if (!parent) throw new Error('an org unit path has at least one unit');
    return parent;
  }
}

/** The units along the paths that do not exist yet, each once ("Head office / Legal" and its parent). */
function missingUnitPaths(tree: UnitTree, paths: readonly (readonly string[])[]): string[] {
  const missing = new Map<string, string>();
  for (const path of paths) {
    for (let depth = 1; depth <= path.length; depth += 1) {
      const prefix = path.slice(0, depth);
      if (tree.find(prefix)) continue;
      const text = prefix.join(' / ');
      missing.set(text.toLowerCase(), text);
    }
  }
  return [...missing.values()];
}

function resolvePosition(
  em: EntityManager,
  organizationId: string,
  byTitle: Map<string, IPosition>,
  row: PersonRow,
): IPosition {
  const key = row.position.toLowerCase();
  let position = byTitle.get(key);
  if (!position) {
    position = em.create(Position, {
      id: newId(),
      organization: organizationId,
      title: row.position,
      exposedToCorruptionRisk: row.riskExposed ?? false,
      procurementStaff: row.procurementStaff ?? false,
    });
    byTitle.set(key, position);
  } else {
    // §14, §71, §52.3: the HR export is the source of which posts are exposed to corruption
    // risk and which take part in procurement; a blank cell leaves the post as it is.
    if (row.riskExposed !== null) position.exposedToCorruptionRisk = row.riskExposed;
    if (row.procurementStaff !== null) position.procurementStaff = row.procurementStaff;
  }
  if (row.positionTitles) position.titles = { ...position.titles, ...row.positionTitles };
  return position;
}

export interface PeopleImportOptions {
  /**
   * Whether the import creates the units along `org_unit_path` that do not exist yet. When not,
   * a row naming an unknown unit is an error of that row. The HR export has been the source of
   * the structure, so callers that pass nothing keep creating them.
   */
  createOrgUnits?: boolean;
}

/** One person the import would write: what the file says and whether they are new. */
export interface PeopleImportPreviewRow {
  row: number;
  email: string;
  fullName: string;
  orgUnitPath: string;
  position: string;
  outcome: 'create' | 'update';
}

/** What an import would do, found without writing anything. */
export interface PeopleImportPreview {
  rows: number;
  peopleToCreate: number;
  peopleToUpdate: number;
  /** The units the import would create, by path, parents first. */
  orgUnitsToCreate: string[];
  people: PeopleImportPreviewRow[];
  /** Every problem, by row; when there is one, the import would write nothing. */
  errors: ImportRowError[];
}

interface CheckedImport {
  rows: PersonRow[];
  errors: ImportRowError[];
  wanted: Set<string>;
  existingEmails: Set<string>;
  missingUnits: string[];
}

/** The file's rows, and the problems found in the file alone. */
interface PeopleFile {
  rows: PersonRow[];
  errors: ImportRowError[];
}

/** The rows of the file, each checked on its own and against the file. */
async function readPeopleFile(actor: Actor, file: ImportFile): Promise<PeopleFile> {
  requireAnyRole(actor, ['org_admin'], 'import people');
  return parsePeopleRows(await readImportTable(file, PEOPLE_TABLE), new Date());
}

/**
 * Checks the file's rows against the organisation: its people (managers, IINs already held by
 * someone else) and, unless the import creates them, its units. Reads only, afresh.
 */
async function checkPeopleImport(
  em: EntityManager,
  organizationId: string,
  { rows, errors }: PeopleFile,
  options: PeopleImportOptions,
): Promise<CheckedImport> {
  const emails = new Set(rows.map((row) => row.email));
  const wanted = new Set([...emails, ...rows.flatMap((row) => (row.managerEmail ? [row.managerEmail] : []))]);
  const iins = rows.flatMap((row) => (row.iin ? [row.iin] : []));
  const known =
    wanted.size === 0
      ? []
      : await em.find(
          Person,
          {
            organization: organizationId,
            $or: [{ email: { $in: [...wanted] } }, ...(iins.length > 0 ? [{ iin: { $in: iins } }] : [])],
          },
          { refresh: true },
        );
  const knownEmails = new Set(known.map((person) => person.email));
  // An import adds and updates people, never removes them: a manager found here stays.
  const managerErrors: ImportRowError[] = rows
    .filter((row) => row.managerEmail && !emails.has(row.managerEmail) && !knownEmails.has(row.managerEmail))
    .map((row) =>
      keyedRowError(row.row, 'manager_email', 'org.import.unknownManager', { email: row.managerEmail ?? '' }),
    );
  // People are matched by e-mail; an IIN names one person, so another person's IIN is a mistake.
  const iinHolders = new Map(known.flatMap((person) => (person.iin ? [[person.iin, person.email]] : [])));
  const iinErrors: ImportRowError[] = rows
    .filter((row) => row.iin && iinHolders.has(row.iin) && iinHolders.get(row.iin) !== row.email)
    .map((row) =>
      keyedRowError(row.row, 'iin', 'org.import.iinTaken', { email: iinHolders.get(row.iin ?? '') ?? '' }),
    );

  const tree = new UnitTree(em, organizationId, await em.find(OrgUnit, { organization: organizationId }));
  const unitErrors: ImportRowError[] =
    options.createOrgUnits === false
      ? rows
          .filter((row) => !tree.find(row.unitPath))
          .map((row) =>
            keyedRowError(row.row, 'org_unit_path', 'org.import.unknownOrgUnit', {
              path: row.unitPath.join(' / '),
            }),
          )
      : [];

  return {
    rows,
    errors: [...errors, ...managerErrors, ...iinErrors, ...unitErrors].sort((a, b) => a.row - b.row),
    wanted,
    existingEmails: knownEmails,
    missingUnits:
      options.createOrgUnits === false
        ? []
        : missingUnitPaths(
            tree,
            rows.map((row) => row.unitPath),
          ),
  };
}

/** What importing the file would do and every problem of every row; nothing is written. */
export async function previewPeopleImport(
  em: EntityManager,
  actor: Actor,
  file: ImportFile,
  options: PeopleImportOptions = {},
): Promise<PeopleImportPreview> {
  const checked = await checkPeopleImport(
    em,
    actor.organizationId,
    await readPeopleFile(actor, file),
    options,
  );
  const people = checked.rows.map((row) => ({
    row: row.row,
    email: row.email,
    fullName: row.fullName,
    orgUnitPath: row.unitPath.join(' / '),
    position: row.position,
    outcome: checked.existingEmails.has(row.email) ? ('update' as const) : ('create' as const),
  }));
  const peopleToUpdate = people.filter((person) => person.outcome === 'update').length;
  return {
    rows: people.length,
    peopleToCreate: people.length - peopleToUpdate,
    peopleToUpdate,
    orgUnitsToCreate: checked.missingUnits,
    people,
    errors: checked.errors,
  };
}

/**
 * Creates or updates the organisation's people from an HR export (CSV or XLSX): missing
 * units along `org_unit_path` (when the import creates them) and missing positions are created,
 * people are matched by email. Every row is checked first; if any is wrong nothing is written
 * and the error lists every problem with its row, column and code.
 */
export async function importPeople(
  em: EntityManager,
  actor: Actor,
  file: ImportFile,
  options: PeopleImportOptions = {},
): Promise<ImportReport> {
  const organizationId = actor.organizationId;
  const parsed = await readPeopleFile(actor, file);
  // Imports of one organisation take turns, from the checks on: each checks against the people
  // the previous one wrote (an IIN it gave another person) and reuses the units and posts it
  // created instead of creating them a second time.
  await lockRow(em, Organization, organizationId);
  const { rows, errors: allErrors, wanted } = await checkPeopleImport(em, organizationId, parsed, options);
  if (allErrors.length > 0) {
    throw ValidationError.because('import.rowProblems', importProblems(allErrors));
  }
  const current = await em.find(Person, { organization: organizationId, email: { $in: [...wanted] } });
  const byEmail = new Map<string, IPerson>(current.map((person) => [person.email, person]));
  const units = new UnitTree(em, organizationId, await em.find(OrgUnit, { organization: organizationId }));
  const positions = await em.find(Position, { organization: organizationId });
  const positionsByTitle = new Map(positions.map((position) => [position.title.toLowerCase(), position]));

  let peopleCreated = 0;
  let peopleUpdated = 0;
  for (const row of rows) {
    const orgUnit = units.resolve(row.unitPath);
    if (row.unitNames) orgUnit.names = { ...orgUnit.names, ...row.unitNames };
    const position = resolvePosition(em, organizationId, positionsByTitle, row);
    const existing = byEmail.get(row.email);
    if (existing) {
      existing.fullName = row.fullName;
      existing.orgUnit = orgUnit;
      existing.position = position;
      existing.active = true;
      existing.leftOn = null;
      if (row.iin) existing.iin = row.iin;
      if (row.hiredAt) existing.hiredAt = row.hiredAt;
      if (row.locale) existing.locale = row.locale;
      peopleUpdated += 1;
    } else {
      const person = em.create(Person, {
        id: newId(),
        organization: organizationId,
        fullName: row.fullName,
        email: row.email,
        iin: row.iin,
        locale: row.locale ?? DEFAULT_LOCALE,
        orgUnit,
        position,
        hiredAt: row.hiredAt,
        active: true,
      });
      byEmail.set(row.email, person);
      peopleCreated += 1;
    }
  }
  for (const row of rows) {
    if (!row.managerEmail) continue;
    const person = byEmail.get(row.email);
    const manager = byEmail.get(row.managerEmail);
    if (person && manager) person.manager = manager;
  }

  const report: ImportReport = {
    rows: rows.length,
    orgUnitsCreated: units.created,
    peopleCreated,
    peopleUpdated,
  };
  await recordAudit(em, actor, {
    organizationId,
    action: 'org.people_imported',
    entityType: 'Organization',
    entityId: organizationId,
    data: { filename: file.filename, ...report },
  });
  return report;
}
