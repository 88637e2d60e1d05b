import {
  formatCalendarDay,
  formatKazakhstanDateTime,
  type IHotlineQuarterlyReport,
  type Locale,
} from '@adal/domain';
import {
  kpiFigure,
  kpiResult,
  kpiValue,
  monthName,
  quarterName,
  QUARTERLY_TEXTS,
} from './quarterly-report-texts.js';
import { openPdf } from '../files/pdf-document.js';
import { ACCENT, heading, MARGIN, pdfTable as table } from '../files/pdf-table.js';

/**
 * The quarterly hotline report (§69) as an A4 PDF in `locale`: the KPIs against their targets, the
 * months of the quarter and the recommendations' states, from the figures frozen at generation.
 */
export async function quarterlyReportPdf(
  report: IHotlineQuarterlyReport,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = QUARTERLY_TEXTS[locale];
  const f = report.figures;
  const organization = f.organizationName[locale];
  const { doc, finish } = openPdf({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `${t.title} ${quarterName(f.quarter, locale)}`,
      Author: organization,
      Subject: `${t.title} ${quarterName(f.quarter, locale)}`,
    },
    lang: locale,
  });
  const width = doc.page.width - 2 * MARGIN;
  doc.font('regular').fontSize(11).fillColor('#333333').text(organization, { width });
  doc
    .moveDown(0.3)
    .font('bold')
    .fontSize(20)
    .fillColor(ACCENT)
    .text(`${t.title}: ${quarterName(f.quarter, locale)}`, { width });
  doc.moveDown(0.5).font('regular').fontSize(10.5).fillColor('#333333');
  doc.text(`${t.period}: ${formatCalendarDay(f.firstDay)}–${formatCalendarDay(f.lastDay)}`, { width });
  doc.text(
    `${t.generated}: ${formatKazakhstanDateTime(report.generatedAt)}, ${report.generatedBy ? t.onRequest : t.byJob}`,
    { width },
  );
  doc.moveDown(1);

  heading(doc, t.kpis);
  table(
    doc,
    [0.52, 0.16, 0.14, 0.18],
    [t.indicator, t.value, t.target, t.result],
    f.kpis.map((kpi) => [
      `${kpi.title[locale]} (${kpi.paragraph})`,
      kpiValue(kpi, locale),
      kpiFigure(kpi.target, kpi.unit, locale),
      kpiResult(kpi, locale),
    ]),
  );
  heading(doc, t.months);
  table(
    doc,
    [0.2, 0.16, 0.2, 0.2, 0.24],
    [t.month, t.received, t.acknowledgedInTime, t.processedInTime, t.substantiated],
    f.months.map((m) => [
      monthName(m.month, locale),
      m.received,
      m.acknowledgedInTime,
      m.processedInTime,
      m.substantiated,
    ]),
  );
  heading(doc, t.recommendations);
  table(
    doc,
    [0.7, 0.3],
    [t.state, t.count],
    f.recommendations.map((r) => [t.states[r.state], r.display]),
  );
  doc.x = MARGIN;
  doc.font('regular').fontSize(9).fillColor('#555555').text(t.note, { width });
  return finish();
}
