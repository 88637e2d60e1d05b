import type { CulturePlanFile, Locale } from '@adal/domain';
import { inertText } from '../files/formula-text.js';
import { tablesXlsx } from '../files/xlsx-tables.js';
import { PLAN_EXPORT_TEXTS } from './plan-export-texts.js';
import { planFileTables } from './plan-file.js';

/** The plan as a workbook: the plan table under its heading, the rules' state, and §35.3 by unit. */
export async function culturePlanXlsx(
  file: CulturePlanFile,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = PLAN_EXPORT_TEXTS[locale];
  const tables = planFileTables(file, locale);
  // What people typed stays text in a spreadsheet, never a formula.
  const inert = (rows: string[][]) => rows.map((row) => row.map(inertText));
  const report = tables.report ? [[], [tables.report.heading], [inertText(tables.report.text)]] : [];
  return tablesXlsx([
    {
      name: t.sheets.plan,
      rows: [
        tables.plan.header,
        ...inert(tables.plan.rows),
        [],
        [tables.title],
        [tables.organization],
        ...tables.lines.map((l) => [inertText(l)]),
        ...report,
      ],
      widths: { first: 6, rest: 24 },
    },
    {
      name: t.sheets.rules,
      rows: [tables.rules.header, ...tables.rules.rows],
      widths: { first: 70, rest: 18 },
    },
    {
      name: t.sheets.indicator,
      rows: [tables.indicator.header, ...inert(tables.indicator.rows), [], [tables.indicator.line]],
      widths: { first: 40, rest: 18 },
    },
  ]);
}
