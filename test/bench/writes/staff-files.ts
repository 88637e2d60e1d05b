import ExcelJS from 'exceljs';

/** The columns of the staff list the benchmark imports, as an HR export names them. */
export const STAFF_COLUMNS = [
  'email',
  'full_name',
  'org_unit_path',
  'position',
  'risk_exposed',
  'manager_email',
  'hired_at',
  'locale',
] as const;

/** Units and posts of a large company: a few hundred of each, shared by many people. */
const DEPARTMENTS = 40;
const SECTIONS = 5;
const POSITIONS = 150;
const MANAGERS = 500;

export function staffEmail(index: number): string {
  return `person${index}@bench.adal.kz`;
}

/** The cells of person `index` (from 0): the first MANAGERS people manage everyone else. */
export function staffRow(index: number): string[] {
  const department = index % DEPARTMENTS;
  const position = index % POSITIONS;
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 28) + 1).padStart(2, '0');
  return [
    staffEmail(index),
    `Сотрудник ${index} Бенчмаркұлы`,
    `Head office / Department ${department} / Section ${department}.${index % SECTIONS}`,
    `Position ${position}`,
    position % 3 === 0 ? 'yes' : 'no',
    index < MANAGERS ? '' : staffEmail(index % MANAGERS),
    `20${String(10 + (index % 15))}-${month}-${day}`,
    ['kk', 'ru', 'en'][index % 3] as string,
  ];
}

function csvCell(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function staffCsv(people: number): Uint8Array {
  const lines = [STAFF_COLUMNS.join(',')];
  for (let index = 0; index < people; index += 1) lines.push(staffRow(index).map(csvCell).join(','));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** The same rows as a workbook, written as a spreadsheet program writes it (shared strings). */
export async function staffXlsx(people: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Staff');
  sheet.addRow([...STAFF_COLUMNS]);
  for (let index = 0; index < people; index += 1) sheet.addRow(staffRow(index));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
