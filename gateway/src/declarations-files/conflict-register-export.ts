import {
  forTenant,
  listConflictRegister,
  MAX_REGISTER_PAGE,
  type Actor,
  type ConflictRegisterRow,
} from '@adal/domain';
import ExcelJS from 'exceljs';
import { authenticate } from '../auth/authenticate.js';
import { plainText } from '../errors/plain-responses.js';
import { xlsxDownload } from '../files/xlsx-download.js';
import type { DeclarationsFilesOptions } from './use-declarations-files.js';

export const CONFLICT_REGISTER_EXPORT = '/declarations/conflicts/register.xlsx';
/** The most rows one export reads, a page of the register at a time. */
const MAX_EXPORT_ROWS = 20_000;

const COLUMNS: readonly [keyof ConflictRegisterRow | 'person', string][] = [
  ['caseNumber', 'Number'],
  ['source', 'Source'],
  ['person', 'Employee'],
  ['relatedPersonName', 'Related person'],
  ['counterparty', 'Counterparty'],
  ['description', 'Description'],
  ['status', 'Status'],
  ['identifiedOn', 'Identified'],
  ['notifiedOn', 'Notified'],
  ['forwardedOn', 'Forwarded'],
  ['concludedOn', 'Concluded'],
  ['decidedOn', 'Decided'],
  ['transferredOn', 'Transferred'],
  ['settledOn', 'Settled'],
  ['settledInTime', 'Settled in time'],
  ['measureCodes', 'Measures'],
  ['measures', 'Decision note'],
];

async function registerXlsx(rows: readonly ConflictRegisterRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  sheet.addRow(COLUMNS.map(([, title]) => title)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      COLUMNS.map(([key]) => {
        if (key === 'person') return row.person.fullName;
        const value = row[key];
        if (Array.isArray(value)) return value.join(', ');
        return typeof value === 'boolean' ? (value ? 'yes' : 'no') : (value ?? '');
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * §14–§15: the conflict-of-interest register as a spreadsheet, with the search and filters of the
 * register page (`search`, `status`, `source`); who may export is the domain's rule.
 */
export async function exportConflictRegister(
  options: DeclarationsFilesOptions,
  request: Request,
  url: URL,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return plainText(401, 'Sign in: send the Authorization: Bearer <token> header.');
  const em = forTenant(options.orm.em, actor.organizationId);
  const filter = {
    search: url.searchParams.get('search'),
    status: url.searchParams.get('status'),
    source: url.searchParams.get('source'),
  };
  const rows: ConflictRegisterRow[] = [];
  for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += MAX_REGISTER_PAGE) {
    const page = await listConflictRegister(em, actor, { ...filter, limit: MAX_REGISTER_PAGE, offset });
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) break;
  }
  const day = new Date().toISOString().slice(0, 10);
  return xlsxDownload(await registerXlsx(rows), `conflict-register-${day}.xlsx`);
}
