import { describe, expect, it } from 'vitest';
import { checkAttachments, readableFileName, safeFileName } from './attachments.js';

const PDF_BYTES = new TextEncoder().encode('%PDF-1.4 evidence');
const PDF = 'application/pdf';

describe('the name a file is stored and served under', () => {
  it('takes the extension of the type its bytes show, whatever it was named', () => {
    const [file] = checkAttachments([
      { fileName: 'evidence.hta', contentType: 'application/hta', data: PDF_BYTES },
    ]);
    expect(file).toMatchObject({ fileName: 'evidence.pdf', contentType: PDF });
    expect(safeFileName('scan', 'image/jpeg')).toBe('scan.jpg');
    expect(safeFileName('report.pdf.exe', PDF)).toBe('report.pdf.pdf');
    expect(safeFileName('notes.TXT', 'text/plain; charset=utf-8')).toBe('notes.txt');
  });

  it('drops a right-to-left override and other invisible characters', () => {
    // Shown as "invoice_exe.pdf" by a bidi-aware program, the name really ends in "fdp.exe".
    expect(safeFileName('invoice_\u202Efdp.exe', PDF)).toBe('invoice_fdp.pdf');
    expect(safeFileName('a\u200Bb\u2066c\u2069\u0000d\r\ne\u2028f\uFEFF.pdf', PDF)).toBe('abcdef.pdf');
    expect(safeFileName('\uD800lone.pdf', PDF)).toBe('lone.pdf');
  });

  it('keeps Kazakh and Russian letters, and strips paths, leading dots and reserved characters', () => {
    expect(safeFileName('Шағым — қаңтар «2026».pdf', PDF)).toBe('Шағым — қаңтар «2026».pdf');
    expect(safeFileName('Служебная записка №17.pdf', PDF)).toBe('Служебная записка №17.pdf');
    expect(safeFileName('C:\\Users\\me\\..\\scan.pdf', PDF)).toBe('scan.pdf');
    expect(safeFileName('../../etc/passwd', PDF)).toBe('passwd.pdf');
    expect(safeFileName('...htaccess', PDF)).toBe('htaccess.pdf');
    expect(safeFileName('a<b>c:d"e|f?g*h.pdf', PDF)).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(safeFileName('  many    spaces  .pdf', PDF)).toBe('many spaces.pdf');
    expect(safeFileName('CON.pdf', PDF)).toBe('CON_.pdf');
    expect(safeFileName('\u202E', PDF)).toBe('attachment.pdf');
  });

  it('limits the length in bytes without splitting a letter, and changes nothing when applied again', () => {
    const long = safeFileName(`${'Ә'.repeat(300)}.pdf`, PDF);
    expect(long).toBe(`${'Ә'.repeat(100)}.pdf`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    for (const name of [long, 'evidence.pdf', 'CON_.pdf', 'attachment.pdf', 'a .pdf']) {
      expect(safeFileName(safeFileName(name, PDF), PDF)).toBe(safeFileName(name, PDF));
    }
  });

  it('names a refused file readably in the error', () => {
    expect(readableFileName('\u202Egpj.exe')).toBe('gpj.exe');
    expect(() =>
      checkAttachments([{ fileName: 'run\u202Etxt.exe', data: new TextEncoder().encode('MZ') }]),
    ).toThrow('runtxt.exe is not a PDF, PNG, JPEG, DOCX, XLSX or text file');
  });
});
