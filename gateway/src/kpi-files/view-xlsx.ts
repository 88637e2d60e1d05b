import { tablesXlsx } from '../files/xlsx-tables.js';
import { inertText } from '../files/formula-text.js';
import type { ExportSection } from './view-export-content.js';

// Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ].
const SHEET_NAME_MAX = 31;

function sheetName(title: string, index: number, taken: Set<string>): string {
  const clean =
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || String(index + 1);
  const prefix = `${index + 1}. `;
  let name = (prefix + clean).slice(0, SHEET_NAME_MAX).trim();
  while (taken.has(name.toLowerCase())) name = `${name.slice(0, SHEET_NAME_MAX - 2)}~${index}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A view as a workbook: one sheet per widget with the figures behind it, its commentary below. */
export async function viewXlsx(
  sections: readonly ExportSection[],
  commentary: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const taken = new Set<string>();
  return tablesXlsx(
    sections.map((section, index) => ({
      name: sheetName(section.title, index, taken),
      rows: [
        ...(section.refusal ? [[inertText(section.title)], [section.refusal]] : [section.header]),
        ...section.rows.map((row) =>
          row.map((value) => (typeof value === 'string' ? inertText(value) : value)),
        ),
        ...(section.comment ? [[], [commentary, inertText(section.comment)]] : []),
      ],
      widths: { first: 40, rest: 16 },
    })),
  );
}
