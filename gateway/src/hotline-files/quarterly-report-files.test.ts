import type { IHotlineQuarterlyReport, QuarterlyFigures } from '@adal/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdf-text.js';
import { quarterlyReportPdf } from './quarterly-report-pdf.js';
import { quarterlyReportXlsx } from './quarterly-report-xlsx.js';

const FIGURES: QuarterlyFigures = {
  quarter: '2026-Q1',
  firstDay: '2026-01-01',
  lastDay: '2026-03-31',
  organizationName: { kk: 'Самұрық-Тест АҚ', ru: 'АО «Самрук-Тест»', en: 'Samruk-Test JSC' },
  kpis: [
    {
      code: 'hotline.acknowledged_in_time',
      title: {
        kk: 'Сенім желісіне түскен хабарламалардың 24 сағат ішінде расталған үлесі',
        ru: 'Доля обращений, получение которых подтверждено в течение 24 часов',
        en: 'Share of hotline reports acknowledged within 24 hours',
      },
      paragraph: '§69',
      unit: 'percent',
      direction: 'at_least',
      target: 100,
      value: 60.5,
      suppressed: false,
      met: false,
    },
    {
      code: 'hotline.recommendations_on_time',
      title: { kk: 'Ұсынымдар', ru: 'Рекомендации', en: 'Recommendations on time' },
      paragraph: '§69',
      unit: 'percent',
      direction: 'at_least',
      target: 100,
      value: null,
      suppressed: true,
      met: null,
    },
  ],
  months: [
    { month: '2026-01', received: '8', acknowledgedInTime: '6', processedInTime: '6', substantiated: '6' },
    { month: '2026-02', received: '0', acknowledgedInTime: '0', processedInTime: '0', substantiated: '0' },
    { month: '2026-03', received: '7', acknowledgedInTime: '< 5', processedInTime: '0', substantiated: '0' },
  ],
  recommendations: [
    { state: 'done_on_time', display: '6' },
    { state: 'done_late', display: '0' },
    { state: 'open_in_time', display: '< 5' },
    { state: 'open_overdue', display: '≥ 5' },
  ],
};

const REPORT = {
  id: '7f1c1f7e-5d0a-4a57-9a0e-2f0e5a4b0c11',
  quarter: '2026-Q1',
  generatedAt: new Date('2026-04-01T03:00:00Z'),
  generatedBy: null,
  figures: FIGURES,
} as unknown as IHotlineQuarterlyReport;

describe('the quarterly hotline report files', () => {
  it('prints the quarter, the KPIs against their targets and the months in Kazakh', async () => {
    const text = pdfText(Buffer.from(await quarterlyReportPdf(REPORT, 'kk'))).replace(/\s+/g, ' ');
    expect(text).toContain('Сенім желісінің тоқсандық есебі: 2026 ж. 1-тоқсан');
    expect(text).toContain('01.01.2026–31.03.2026');
    expect(text).toContain('60,5 %');
    expect(text).toContain('100 %');
    expect(text).toContain('Орындалмады');
    expect(text).toContain('< 5 (жасырылған)');
    expect(text).toContain('Наурыз 2026');
    expect(text).toContain('кесте бойынша автоматты түрде');
  });

  it('prints in English when asked', async () => {
    const text = pdfText(Buffer.from(await quarterlyReportPdf(REPORT, 'en'))).replace(/\s+/g, ' ');
    expect(text).toContain('Quarterly hotline report: Q1 2026');
    expect(text).toContain('Share of hotline reports acknowledged within 24 hours (§69)');
    expect(text).toContain('60.5 %');
    expect(text).toContain('Past due, not implemented');
  });

  it('lays out the same figures in a workbook, a sheet per part', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await quarterlyReportXlsx(REPORT, 'ru')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ключевые показатели и их цели',
      'Динамика по месяцам',
      'Рекомендации и их исполнение',
    ]);
    const rows = (index: number) =>
      workbook.worksheets[index]!.getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
    expect(rows(0)[0]).toEqual(['Квартальный отчёт линии доверия: 1-й квартал 2026 г.']);
    expect(rows(0)).toContainEqual([
      'Доля обращений, получение которых подтверждено в течение 24 часов (§69)',
      '60,5 %',
      '100 %',
      'Не достигнута',
    ]);
    expect(rows(1)).toContainEqual(['Март 2026', '7', '< 5', '0', '0']);
    expect(rows(2)).toContainEqual(['Исполняются, срок не истёк', '< 5']);
  });
});
