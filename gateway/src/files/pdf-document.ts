import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

// DejaVu Sans covers the Kazakh letters (ә ғ қ ң ө ұ ү һ і) that PDF's standard fonts lack.
const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface PdfDraft {
  /** The document, with the fonts `regular` and `bold` registered. */
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Uint8Array<ArrayBuffer>>;
}

/** A pdfkit document in memory, in fonts that write Kazakh and Russian, for the gateway's PDFs. */
export function openPdf(options: PDFKit.PDFDocumentOptions): PdfDraft {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  return {
    doc,
    async finish() {
      doc.end();
      await done;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
