import {
  formatCalendarDay,
  formatKazakhstanDateTime,
  kazakhstanDay,
  type Locale,
  type ViewExport,
} from '@adal/domain';
import { XLSX_TYPE } from '../files/xlsx-download.js';
import { exportSections, type KpiFacts } from './view-export-content.js';
import { VIEW_EXPORT_TEXTS } from './view-export-texts.js';
import { viewPdf } from './view-pdf.js';
import { viewXlsx } from './view-xlsx.js';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A view's PDF (the board pack) or workbook (one sheet per widget), in the reader's language. */
export async function viewFile(
  exported: ViewExport,
  format: 'pdf' | 'xlsx',
  locale: Locale,
  now: Date,
): Promise<ExportedFile> {
  const texts = VIEW_EXPORT_TEXTS[locale];
  const { view, figures, signOff } = exported;
  const factsOf = (code: string): KpiFacts => {
    const kpi = exported.kpis.get(code);
    return kpi
      ? { title: kpi.title[locale], unit: kpi.unit, direction: kpi.direction }
      : { title: code, unit: 'count', direction: 'at_least' };
  };
  const sections = exportSections(view.widgets, figures, factsOf, locale, texts);
  const stem = `kpi-view-${figures.periodKey}-${kazakhstanDay(now)}`;
  if (format === 'xlsx') {
    return {
      fileName: `${stem}.xlsx`,
      contentType: XLSX_TYPE,
      bytes: await viewXlsx(sections, texts.commentary),
    };
  }
  const cover = {
    title: view.title,
    exportedOn: formatKazakhstanDateTime(now),
    organization: exported.organization[locale],
    orgUnit: exported.orgUnit?.[locale] ?? texts.wholeOrganization,
    period: `${formatCalendarDay(figures.from)} – ${formatCalendarDay(figures.to)}`,
    signOff: signOff
      ? texts.signedOff(signOff.signedBy.fullName, formatKazakhstanDateTime(signOff.signedAt))
      : texts.notSignedOff,
  };
  return {
    fileName: `${stem}.pdf`,
    contentType: 'application/pdf',
    bytes: await viewPdf(cover, sections, locale, texts),
  };
}
