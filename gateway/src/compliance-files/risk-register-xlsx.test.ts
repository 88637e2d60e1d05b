import ExcelJS from 'exceljs';
import type { RiskRegisterFile, RiskView } from '@adal/domain';
import { describe, expect, it } from 'vitest';
import { riskRegisterTable, riskRegisterXlsx } from './risk-register-xlsx.js';

const RISK: RiskView = {
  id: '00000000-0000-4000-8000-000000000001',
  number: 7,
  code: '№ 7',
  register: 'activity',
  processOrDocument: '=HYPERLINK("x")',
  scheme: 'Splitting purchases',
  positions: [
    { id: 'p1', title: 'Buyer', titles: { kk: 'Buyer', ru: 'Buyer', en: 'Buyer' } },
    { id: 'p2', title: 'Cashier', titles: { kk: 'Cashier', ru: 'Cashier', en: 'Cashier' } },
  ],
  probability: 3,
  frequency: 4,
  impact: 5,
  score: 20,
  level: 'critical',
  source: 'audit',
  sourceKind: null,
  sourceId: null,
  sourceReference: null,
  answeredBy: [],
  confidentiality: 'none',
  procurement: true,
  lastReviewedOn: '2026-11-30',
  status: 'open',
  version: 1,
  updatedAt: new Date('2026-11-30T06:00:00Z'),
};
const FILE: RiskRegisterFile = { register: 'activity', risks: [RISK] };

describe('the register as a workbook (Annex 1)', () => {
  it('follows the Annex 1 layout unless columns are asked for, in the reader’s language', () => {
    const [header, row] = riskRegisterTable(FILE, [], 'ru');
    expect(header).toEqual([
      'Номер',
      'Процесс или документ',
      'Коррупционная схема',
      'Должности, подверженные риску',
      'Вероятность',
      'Частота',
      'Последствия',
      'Уровень',
      'Источник',
      'Последний пересмотр',
    ]);
    expect(row).toEqual([
      '№ 7',
      '\'=HYPERLINK("x")',
      'Splitting purchases',
      'Buyer; Cashier',
      3,
      4,
      5,
      'Критический',
      'Проверка, аудит',
      '2026-11-30',
    ]);
  });

  it('writes the columns asked for, in that order', async () => {
    const data = await riskRegisterXlsx(FILE, ['score', 'procurement', 'number'], 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data.buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Activity');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Score', 'Procurement', 'Number']);
    expect(sheet.getRow(2).values).toEqual([undefined, 20, 'Yes', '№ 7']);
  });
});
