import { createRequire } from 'node:module';
import type { CertificatePrint } from '@adal/domain';
import PDFDocument from 'pdfkit';
import { CERTIFICATE_TEXTS, formatDay } from './texts.js';

// DejaVu Sans covers the Kazakh letters (ә ғ қ ң ө ұ ү һ і) that PDF's standard fonts lack.
const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** The certificate of a passed test (§35.3) as an A4 landscape PDF, in the holder's language. */
export async function certificatePdf(
  print: CertificatePrint,
  verifyUrl: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const texts = CERTIFICATE_TEXTS[print.locale];
  const title = print.courseTitle[print.locale];
  const organization = print.organizationNames[print.locale];
  const doc = new PDFDocument({
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
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const width = doc.page.width - 120;
  doc
    .lineWidth(2)
    .rect(30, 30, doc.page.width - 60, doc.page.height - 60)
    .stroke('#1f4e79');
  doc
    .font('regular')
    .fontSize(14)
    .fillColor('#333333')
    .text(organization, 60, 70, { width, align: 'center' });
  doc
    .moveDown(1.5)
    .font('bold')
    .fontSize(36)
    .fillColor('#1f4e79')
    .text(texts.title, { width, align: 'center' });
  doc
    .moveDown(1)
    .font('regular')
    .fontSize(14)
    .fillColor('#333333')
    .text(texts.certifies, { width, align: 'center' });
  doc
    .moveDown(0.5)
    .font('bold')
    .fontSize(26)
    .fillColor('#000000')
    .text(print.personName, { width, align: 'center' });
  doc
    .moveDown(0.5)
    .font('regular')
    .fontSize(14)
    .fillColor('#333333')
    .text(texts.passed, { width, align: 'center' });
  doc
    .moveDown(0.5)
    .font('bold')
    .fontSize(20)
    .fillColor('#000000')
    .text(`«${title}»`, { width, align: 'center' });
  doc.moveDown(1.5).font('regular').fontSize(13).fillColor('#333333');
  doc.text(`${texts.issued}: ${formatDay(print.issuedAt, print.locale)}`, { width, align: 'center' });
  doc.text(`${texts.score}: ${print.scorePercent} %`, { width, align: 'center' });
  doc.text(`${texts.code}: ${print.verificationCode}`, { width, align: 'center' });
  doc.moveDown(1).fontSize(11).text(texts.verifyAt, { width, align: 'center' });
  doc.fillColor('#1f4e79').text(verifyUrl, { width, align: 'center', link: verifyUrl, underline: true });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
