import type { CertificatePrint } from '@adal/domain';
import QRCode from 'qrcode';
import { CERTIFICATE_TEXTS, formatCalendarDay } from './texts.js';
import { openPdf } from '../files/pdf-document.js';

/** The side of the printed QR code, in points (about 3.5 cm): a phone reads it from arm's length. */
const QR_SIZE = 100;

/**
 * The QR code of a certificate's verification URL as a PNG: a phone's camera opens the public
 * verification page from paper. Medium error correction survives a fold or a stain.
 */
export function verificationQr(verifyUrl: string): Promise<Buffer> {
  return QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 8 });
}

/** One run of a statement line, with how it is set. */
export interface StatementRun {
  text: string;
  emphasis: 'name' | 'course' | 'plain';
}

/**
 * The statement of the certificate line by line, in the word order of its language
 * (CERTIFICATE_TEXTS): the holder's name and the course title in their own runs.
 */
export function certificateStatement(print: CertificatePrint): StatementRun[][] {
  const texts = CERTIFICATE_TEXTS[print.locale];
  const [open, close] = texts.quotes;
  return texts.statement.map((line) =>
    line.map((part): StatementRun => {
      if (typeof part === 'string') return { text: part, emphasis: 'plain' };
      return part.slot === 'name'
        ? { text: print.personName, emphasis: 'name' }
        : { text: `${open}${print.courseTitle[print.locale]}${close}`, emphasis: 'course' };
    }),
  );
}

const RUN_STYLE: Record<StatementRun['emphasis'], { font: string; size: number; color: string }> = {
  name: { font: 'bold', size: 26, color: '#000000' },
  course: { font: 'bold', size: 20, color: '#000000' },
  plain: { font: 'regular', size: 14, color: '#333333' },
};

/**
 * The certificate of a passed test (§35.3) as an A4 landscape PDF in the language of `print`,
 * with the expiry of a recurring course (§19, §52.3, §68) and a QR code of `verifyUrl`.
 */
export async function certificatePdf(
  print: CertificatePrint,
  verifyUrl: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const texts = CERTIFICATE_TEXTS[print.locale];
  const title = print.courseTitle[print.locale];
  const organization = print.organizationNames[print.locale];
  const qr = await verificationQr(verifyUrl);
  const { doc, finish } = openPdf({
    size: 'A4',
    layout: 'landscape',
    margin: 60,
    // The code in the document information lets a reader (and a search) find it without rendering.
    info: {
      Title: `${texts.title}: ${title}`,
      Author: organization,
      Subject: `Certificate ${print.verificationCode}`,
      Keywords: print.verificationCode,
    },
    lang: print.locale,
  });
  const width = doc.page.width - 120;
  doc
    .lineWidth(2)
    .rect(30, 30, doc.page.width - 60, doc.page.height - 60)
    .stroke('#1f4e79');
  doc
    .font('regular')
    .fontSize(14)
    .fillColor('#333333')
    .text(organization, 60, 60, { width, align: 'center' });
  doc
    .moveDown(1)
    .font('bold')
    .fontSize(36)
    .fillColor('#1f4e79')
    .text(texts.title, { width, align: 'center' });
  doc
    .moveDown(0.8)
    .font('regular')
    .fontSize(14)
    .fillColor('#333333')
    .text(texts.certifies, { width, align: 'center' });
  for (const line of certificateStatement(print)) {
    doc.moveDown(0.4);
    line.forEach((run, i) => {
      const style = RUN_STYLE[run.emphasis];
      doc
        .font(style.font)
        .fontSize(style.size)
        .fillColor(style.color)
        .text(run.text, { width, align: 'center', continued: i < line.length - 1 });
    });
  }
  doc.moveDown(1.2).font('regular').fontSize(13).fillColor('#333333');
  doc.text(`${texts.issued}: ${formatCalendarDay(print.issuedOn, print.locale)}`, { width, align: 'center' });
  if (print.validUntil) {
    doc.text(`${texts.validUntil}: ${formatCalendarDay(print.validUntil, print.locale)}`, {
      width,
      align: 'center',
    });
  }
  doc.text(`${texts.score}: ${print.scorePercent} %`, { width, align: 'center' });
  doc.text(`${texts.code}: ${print.verificationCode}`, { width, align: 'center' });
  // The address and the QR code side by side at the foot, the code in the bottom right corner.
  const footTop = doc.page.height - 45 - QR_SIZE;
  const textWidth = width - QR_SIZE - 20;
  doc
    .fontSize(11)
    .fillColor('#333333')
    .text(texts.verifyAt, 60, footTop + 30, { width: textWidth, align: 'left' });
  doc
    .fillColor('#1f4e79')
    .text(verifyUrl, { width: textWidth, align: 'left', link: verifyUrl, underline: true });
  doc.image(qr, doc.page.width - 45 - QR_SIZE, footTop, { width: QR_SIZE, height: QR_SIZE });
  return finish();
}
