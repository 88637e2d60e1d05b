import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { lockRow } from '../database/row-lock.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import { DEFAULT_LOCALE } from '../kernel/locale.js';
import { newId } from '../kernel/ids.js';
import { streamImportTable, type ImportFile, type ImportShape } from './import-table.js';
import { Organization } from './organization.entity.js';
import { OrgUnit, orgUnitPath, type IOrgUnit } from './org-unit.entity.js';
import {
  OPTIONAL_COLUMNS,
  missingColumnErrors,
  PeopleRowChecker,
  REQUIRED_COLUMNS,
  importProblems,
  keyedRowError,
  type ImportRowError,
} from './people-import-rows.js';
import { positionKey, StagedPeople, type StagedPosition } from './people-import-staging.js';
import { Position, type IPosition } from './position.entity.js';

export interface ImportReport {
  rows: number;
  orgUnitsCreated: number;
  peopleCreated: number;
  peopleUpdated: number;
}

/** The staff list of the largest employers: the file is streamed and written set by set, so memory does not grow with it. */
export const MAX_IMPORT_ROWS = 100_000;

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
  post: StagedPosition,
): IPosition {
  const key = positionKey(post.title);
  let position = byTitle.get(key);
  if (!position) {
    position = em.create(Position, {
      id: newId(),
      organization: organizationId,
      title: post.title,
      exposedToCorruptionRisk: post.riskExposed ?? false,
      procurementStaff: post.procurementStaff ?? false,
      underRestrictions: post.underRestrictions ?? false,
    });
    byTitle.set(key, position);
  } else {
    // §14, §71, §52.3: the HR export is the source of which posts are exposed to corruption
    // risk and which take part in procurement; a blank cell leaves the post as it is.
    if (post.riskExposed !== null) position.exposedToCorruptionRisk = post.riskExposed;
    if (post.procurementStaff !== null) position.procurementStaff = post.procurementStaff;
    // §74.3: so is which posts' holders are under the anti-corruption restrictions.
    if (post.underRestrictions !== null) position.underRestrictions = post.underRestrictions;
  }
  if (post.titles) position.titles = { ...position.titles, ...post.titles };
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

/** The file read through and its rows staged; the problems found in the rows alone. */
interface StagedFile {
  staged: StagedPeople;
  errors: ImportRowError[];
}

/**
 * Reads the file batch by batch, checks each row on its own and stages the good ones, so that
 * neither the file's rows nor the people are ever held whole. A file without the columns every
 * row needs is not read further.
 */
async function stagePeopleFile(em: EntityManager, file: ImportFile): Promise<StagedFile> {
  const { columns, batches } = await streamImportTable(file, PEOPLE_TABLE);
  const staged = await StagedPeople.create(em);
  const missing = missingColumnErrors(columns);
  if (missing.length > 0) {
    await batches.return(undefined);
    return { staged, errors: missing };
  }
  const checker = new PeopleRowChecker(new Date());
  let rows = 0;
  for await (const batch of batches) {
    for (const source of batch) {
      rows += 1;
      const row = checker.check(source);
      if (row) await staged.add(row);
    }
  }
  if (rows === 0) return { staged, errors: [keyedRowError(2, null, 'org.import.noPeople')] };
  await staged.complete();
  return { staged, errors: checker.errors };
}

function hasMissingColumns(errors: readonly ImportRowError[]): boolean {
  return errors.some((error) => error.row === 1 && error.messageKey === 'org.import.missingColumn');
}

/**
 * Every problem of the staged file, by row: each row's own, and against the other rows, the
 * organisation's people and, unless the import creates them, its units. Reads afresh.
 */
async function problemsOf(
  organizationId: string,
  { staged, errors }: StagedFile,
  units: UnitTree,
  options: PeopleImportOptions,
): Promise<ImportRowError[]> {
  const unknownUnits =
    options.createOrgUnits === false
      ? [...staged.units].filter(([, unit]) => !units.find(unit.path)).map(([key]) => key)
      : [];
  return [
    ...errors,
    ...(await staged.problems(organizationId)),
    ...(await staged.rowsOfUnits(unknownUnits)),
  ].sort((a, b) => a.row - b.row);
}

async function unitTreeOf(em: EntityManager, organizationId: string): Promise<UnitTree> {
  const units = await em.find(OrgUnit, { organization: organizationId }, { refresh: true });
  return new UnitTree(em, organizationId, units);
}

/** What importing the file would do and every problem of every row; nothing is written. */
export async function previewPeopleImport(
  em: EntityManager,
  actor: Actor,
  file: ImportFile,
  options: PeopleImportOptions = {},
): Promise<PeopleImportPreview> {
  requireAnyRole(actor, ['org_admin'], 'import people');
  const organizationId = actor.organizationId;
  // A transaction of its own holds the staged rows; it writes nothing else.
  return em.transactional(async (tx) => {
    const read = await stagePeopleFile(tx, file);
    if (hasMissingColumns(read.errors)) {
      return {
        rows: 0,
        peopleToCreate: 0,
        peopleToUpdate: 0,
        orgUnitsToCreate: [],
        people: [],
        errors: read.errors,
      };
    }
    const units = await unitTreeOf(tx, organizationId);
    const errors = await problemsOf(organizationId, read, units, options);
    const people = await read.staged.outcomes(organizationId);
    const peopleToUpdate = people.filter((person) => person.outcome === 'update').length;
    return {
      rows: people.length,
      peopleToCreate: people.length - peopleToUpdate,
      peopleToUpdate,
      orgUnitsToCreate:
        options.createOrgUnits === false
          ? []
          : missingUnitPaths(
              units,
              [...read.staged.units.values()].map((unit) => unit.path),
            ),
      people,
      errors,
    };
  });
}

/**
 * Creates or updates the organisation's people from an HR export (CSV or XLSX): missing
 * units along `org_unit_path` (when the import creates them) and missing positions are created,
 * people are matched by email. Every row is checked first; if any is wrong nothing is written
 * and the error lists every problem with its row, column and code. Runs in the caller's
 * transaction, which holds the file's rows while it lasts.
 */
export async function importPeople(
  em: EntityManager,
  actor: Actor,
  file: ImportFile,
  options: PeopleImportOptions = {},
): Promise<ImportReport> {
  requireAnyRole(actor, ['org_admin'], 'import people');
  const organizationId = actor.organizationId;
  const read = await stagePeopleFile(em, file);
  const { staged } = read;
  if (hasMissingColumns(read.errors)) {
    throw ValidationError.because('import.rowProblems', importProblems(read.errors));
  }
  // Imports of one organisation take turns, from the checks on: each checks against the people
  // the previous one wrote (an IIN it gave another person) and reuses the units and posts it
  // created instead of creating them a second time.
  await lockRow(em, Organization, organizationId);
  const units = await unitTreeOf(em, organizationId);
  const errors = await problemsOf(organizationId, read, units, options);
  if (errors.length > 0) {
    throw ValidationError.because('import.rowProblems', importProblems(errors));
  }

  const unitIds = new Map<string, string>();
  for (const [key, staging] of staged.units) {
    const unit = units.resolve(staging.path);
    if (staging.names) unit.names = { ...unit.names, ...staging.names };
    unitIds.set(key, unit.id);
  }
  const positions = await em.find(Position, { organization: organizationId }, { refresh: true });
  const positionsByTitle = new Map(positions.map((position) => [positionKey(position.title), position]));
  const positionIds = new Map<string, string>();
  for (const [key, staging] of staged.positions) {
    positionIds.set(key, resolvePosition(em, organizationId, positionsByTitle, staging).id);
  }
  // The units and posts the people will name.
  await em.flush();
  const { created, updated } = await staged.write(organizationId, unitIds, positionIds, {
    locale: DEFAULT_LOCALE,
    now: new Date(),
  });

  const report: ImportReport = {
    rows: staged.count,
    orgUnitsCreated: units.created,
    peopleCreated: created,
    peopleUpdated: updated,
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
