import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { parseCalendarDay } from '../../kernel/working-days.js';
import { readImportTable, type ImportFile } from '../../org/import-table.js';
import { keyedRowError, type ImportRowError } from '../../org/people-import-rows.js';
import { Position } from '../../org/position.entity.js';
import { COMPLIANCE_KEEPERS } from '../compliance-roles.js';
import {
  REQUIRED_IMPORT_COLUMNS,
  RISK_COLUMNS,
  RISK_CONFIDENTIALITY_NAMES,
  RISK_SOURCE_NAMES,
  RISK_STATUS_NAMES,
  YES_NO,
  columnOfHeading,
  normalized,
  valueReader,
  type RiskColumn,
} from './risk-columns.js';
import { MAX_RISK_TEXT, type CheckedRisk } from './risk-input.js';
import { lockRiskSettings } from './risk-scale.js';
import { RISK_REGISTERS, type RiskRegister } from './risk.entity.js';
import { createRiskLocked, nextRiskNumber } from './risks.js';

export const MAX_RISK_IMPORT_ROWS = 500;

export interface RiskImportResult {
  /** How many risks were added; 0 whenever there is an error. */
  imported: number;
  /** Every problem, row by row (row 1 is the headings); while there is one, nothing is imported. */
  errors: ImportRowError[];
}

const sourceOf = valueReader(RISK_SOURCE_NAMES);
const statusOf = valueReader(RISK_STATUS_NAMES);
const confidentialityOf = valueReader(RISK_CONFIDENTIALITY_NAMES);
const yesNoOf = valueReader(YES_NO);

/** The file's columns as risk columns: by the `columns` given (in file order) or by the headings. */
function mapColumns(
  fileColumns: readonly string[],
  given: readonly string[] | null,
  errors: ImportRowError[],
): Map<string, RiskColumn> {
  const map = new Map<string, RiskColumn>();
  fileColumns.forEach((key, i) => {
    if (!key) return;
    const column = given ? (given[i] ? columnOfHeading(given[i]) : null) : columnOfHeading(key);
    if (column) map.set(key, column);
    else if (given && given[i])
      errors.push(keyedRowError(1, given[i], 'compliance.risk.import.unknownColumn', { value: given[i] }));
  });
  return map;
}

/**
 * Annex 1: adds the risks of a spreadsheet (XLSX or CSV) to a register, numbered after the last.
 * The columns are found by their headings in any of the three languages or by their codes, or
 * given in file order; number, score and level are never read. All or nothing (§9.2: probability,
 * frequency and impact on the organisation's scale, for every row): any problem is reported row by
 * row and column by column, and nothing is imported.
 */
export async function importRisks(
  em: EntityManager,
  actor: Actor,
  register: string,
  file: ImportFile,
  columns: readonly string[] | null,
  now: Date,
): Promise<RiskImportResult> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'import risks into the register');
  if (!(RISK_REGISTERS as readonly string[]).includes(register))
    throw ValidationError.because('compliance.risk.unknownValue', { field: 'register' });
  const table = await readImportTable(file, { columns: RISK_COLUMNS, maxRows: MAX_RISK_IMPORT_ROWS });
  const settings = await lockRiskSettings(em, actor.organizationId);
  const scale = settings.scaleSize;
  const errors: ImportRowError[] = [];
  const byKey = mapColumns(table.columns, columns, errors);
  const keyOf = new Map([...byKey].map(([key, column]) => [column, key]));
  for (const column of REQUIRED_IMPORT_COLUMNS) {
    if (!keyOf.has(column)) errors.push(keyedRowError(1, column, 'compliance.risk.import.missingColumn'));
  }
  if (errors.length > 0) return { imported: 0, errors };
  if (table.rows.length === 0)
    return { imported: 0, errors: [keyedRowError(2, null, 'compliance.risk.import.empty')] };

  const posts = await em.find(Position, { organization: actor.organizationId });
  const postOf = new Map<string, string>();
  for (const post of posts) {
    postOf.set(normalized(post.title), post.id);
    for (const title of Object.values(post.titles ?? {})) if (title) postOf.set(normalized(title), post.id);
  }

  const checked: CheckedRisk[] = [];
  for (const { row, values } of table.rows) {
    const before = errors.length;
    // The export writes text that starts like a formula behind an apostrophe; read back, it is dropped.
    const cell = (column: RiskColumn) => {
      const key = keyOf.get(column);
      return (key ? (values[key] ?? '').trim() : '').replace(/^'(?=[=+\-@])/, '');
    };
    const text = (column: RiskColumn): string => {
      const value = cell(column);
      if (!value) errors.push(keyedRowError(row, column, 'compliance.risk.import.required'));
      else if (value.length > MAX_RISK_TEXT)
        errors.push(keyedRowError(row, column, 'compliance.risk.textTooLong', { max: MAX_RISK_TEXT }));
      return value;
    };
    const score = (column: RiskColumn): number => {
      const value = cell(column);
      if (!value) {
        errors.push(keyedRowError(row, column, 'compliance.risk.import.required'));
        return 0;
      }
      const n = Number(value.replace(',', '.'));
      if (!Number.isInteger(n))
        errors.push(keyedRowError(row, column, 'compliance.risk.import.notNumber', { value }));
      else if (n < 1 || n > scale)
        errors.push(keyedRowError(row, column, 'compliance.risk.scoreOutOfScale', { max: scale }));
      return n;
    };
    const coded = <T>(column: RiskColumn, read: (text: string) => T | null, fallback: T): T => {
      const value = cell(column);
      if (!value) return fallback;
      const code = read(value);
      if (code === null)
        errors.push(keyedRowError(row, column, 'compliance.risk.import.unknownValue', { value }));
      return code ?? fallback;
    };
    const processOrDocument = text('process_or_document');
    const scheme = text('scheme');
    const probability = score('probability');
    const frequency = score('frequency');
    const impact = score('impact');
    const positionIds = cell('positions')
      .split(/[;\n]/)
      .map((title) => title.trim())
      .filter(Boolean)
      .flatMap((title) => {
        const id = postOf.get(normalized(title));
        if (!id)
          errors.push(
            keyedRowError(row, 'positions', 'compliance.risk.import.positionUnknown', { value: title }),
          );
        return id ? [id] : [];
      });
    const reviewedText = cell('last_reviewed_on');
    const lastReviewedOn = reviewedText ? parseCalendarDay(reviewedText) : null;
    if (reviewedText && !lastReviewedOn)
      errors.push(keyedRowError(row, 'last_reviewed_on', 'kernel.notADate', { value: reviewedText }));
    const item: CheckedRisk = {
      register: register as RiskRegister,
      processOrDocument,
      scheme,
      positionIds: [...new Set(positionIds)],
      probability,
      frequency,
      impact,
      source: coded('source', sourceOf, 'internal_analysis'),
      sourceKind: null,
      sourceId: null,
      confidentiality: coded('confidentiality', confidentialityOf, 'none'),
      procurement: coded('procurement', yesNoOf, 'no') === 'yes',
      lastReviewedOn,
      status: coded('status', statusOf, 'open'),
      reason: null,
    };
    if (errors.length === before) checked.push(item);
  }
  if (errors.length > 0) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
  const first = await nextRiskNumber(em, actor.organizationId);
  checked.forEach((item, i) => createRiskLocked(em, actor, item, scale, first + i, now));
  await em.flush();
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.risks_imported',
    entityType: 'RiskSettings',
    entityId: settings.id,
    data: { register, count: checked.length, file: file.filename },
  });
  return { imported: checked.length, errors: [] };
}

/** The columns an export may name, in the order asked; unknown or computed-only codes are refused. */
export function exportColumns(asked: readonly string[] | null): RiskColumn[] {
  if (!asked || asked.length === 0) return [];
  const result: RiskColumn[] = [];
  for (const code of asked) {
    const column = columnOfHeading(code);
    if (!column) throw ValidationError.because('compliance.risk.unknownValue', { field: 'columns' });
    if (!result.includes(column)) result.push(column);
  }
  return result;
}
