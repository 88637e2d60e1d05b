import {
  DEFAULT_RISK_COLUMNS,
  RISK_COLUMN_HEADINGS,
  RISK_CONFIDENTIALITY_NAMES,
  RISK_LEVEL_NAMES,
  RISK_SOURCE_NAMES,
  RISK_STATUS_NAMES,
  YES_NO,
  type Locale,
  type RiskColumn,
  type RiskRegisterFile,
  type RiskView,
} from '@adal/domain';
import { inertText } from '../files/formula-text.js';
import { tablesXlsx } from '../files/xlsx-tables.js';

const SHEET_NAMES: Record<RiskRegisterFile['register'], Record<Locale, string>> = {
  legal_acts: { kk: 'Құқықтық актілер', ru: 'Правовые акты', en: 'Legal acts' },
  activity: { kk: 'Қызмет', ru: 'Деятельность', en: 'Activity' },
};

/** One cell of a risk in the person's language; scores stay numbers, typed text stays text. */
function cell(risk: RiskView, column: RiskColumn, locale: Locale): string | number {
  switch (column) {
    case 'number':
      return risk.code;
    case 'process_or_document':
      return inertText(risk.processOrDocument);
    case 'scheme':
      return inertText(risk.scheme);
    case 'positions':
      // The import reads posts split by semicolons or lines.
      return inertText(risk.positions.map((p) => p.title).join('; '));
    case 'probability':
      return risk.probability;
    case 'frequency':
      return risk.frequency;
    case 'impact':
      return risk.impact;
    case 'score':
      return risk.score;
    case 'level':
      return RISK_LEVEL_NAMES[risk.level][locale];
    case 'source':
      return RISK_SOURCE_NAMES[risk.source][locale];
    case 'last_reviewed_on':
      return risk.lastReviewedOn ?? '';
    case 'status':
      return RISK_STATUS_NAMES[risk.status][locale];
    case 'confidentiality':
      return RISK_CONFIDENTIALITY_NAMES[risk.confidentiality][locale];
    case 'procurement':
      return YES_NO[risk.procurement ? 'yes' : 'no'][locale];
  }
}

/** The register's table: the headings the import reads back, then a row per risk, ranked. */
export function riskRegisterTable(
  file: RiskRegisterFile,
  columns: readonly RiskColumn[],
  locale: Locale,
): (string | number)[][] {
  const chosen = columns.length > 0 ? columns : DEFAULT_RISK_COLUMNS;
  return [
    chosen.map((column) => RISK_COLUMN_HEADINGS[column][locale]),
    ...file.risks.map((risk) => chosen.map((column) => cell(risk, column, locale))),
  ];
}

/** Annex 1: a register as a workbook, with the columns asked for (the Annex 1 layout unless). */
export async function riskRegisterXlsx(
  file: RiskRegisterFile,
  columns: readonly RiskColumn[],
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  return tablesXlsx([
    {
      name: SHEET_NAMES[file.register][locale],
      rows: riskRegisterTable(file, columns, locale),
      widths: { first: 10, rest: 28 },
    },
  ]);
}
