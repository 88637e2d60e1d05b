import {
  formatCalendarDay,
  formatKazakhstanDateTime,
  type IHotlineQuarterlyReport,
  type Locale,
} from '@adal/domain';
import ExcelJS from 'exceljs';
import {
  kpiFigure,
  kpiResult,
  kpiValue,
  monthName,
  quarterName,
  QUARTERLY_TEXTS,
} from './quarterly-report-texts.js';

/**
 * The quarterly hotline report as a workbook in `locale`: a sheet each for the KPIs, the months
 * and the recommendations, the figures as shown in the PDF ("< 5" stays text).
 */
export async function quarterlyReportXlsx(
  report: IHotlineQuarterlyReport,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = QUARTERLY_TEXTS[locale];
  const f = report.figures;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Adal';
  workbook.created = report.generatedAt;
  const sheet = (name: string, widths: number[]) => {
    const added = workbook.addWorksheet(name.slice(0, 31));
    added.columns = widths.map((width) => ({ width }));
    added.addRow([`${t.title}: ${quarterName(f.quarter, locale)}`]).font = { bold: true, size: 13 };
    added.addRow([f.organizationName[locale]]);
    added.addRow([`${t.period}: ${formatCalendarDay(f.firstDay)}–${formatCalendarDay(f.lastDay)}`]);
    added.addRow([
      `${t.generated}: ${formatKazakhstanDateTime(report.generatedAt)}, ${report.generatedBy ? t.onRequest : t.byJob}`,
    ]);
    added.addRow([]);
    return added;
  };
  const header = (target: ExcelJS.Worksheet, cells: string[]) => {
    target.addRow(cells).font = { bold: true };
  };
  const kpis = sheet(t.kpis, [60, 18, 14, 18]);
  header(kpis, [t.indicator, t.value, t.target, t.result]);
  for (const kpi of f.kpis) {
    kpis.addRow([
      `${kpi.title[locale]} (${kpi.paragraph})`,
      kpiValue(kpi, locale),
      kpiFigure(kpi.target, kpi.unit, locale),
      kpiResult(kpi, locale),
    ]);
  }
  kpis.addRow([]);
  kpis.addRow([t.note]);
  const months = sheet(t.months, [20, 14, 22, 22, 30]);
  header(months, [t.month, t.received, t.acknowledgedInTime, t.processedInTime, t.substantiated]);
  for (const m of f.months) {
    months.addRow([
      monthName(m.month, locale),
      m.received,
      m.acknowledgedInTime,
      m.processedInTime,
      m.substantiated,
    ]);
  }
  const recommendations = sheet(t.recommendations, [40, 14]);
  header(recommendations, [t.state, t.count]);
  for (const r of f.recommendations) recommendations.addRow([t.states[r.state], r.display]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
