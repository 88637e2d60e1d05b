import { parse } from 'content-disposition';
import { describe, expect, it } from 'vitest';
import { contentDisposition } from './plain-responses.js';

describe('the Content-Disposition of a file route', () => {
  it('stays one well-formed header for a name with quotes, semicolons, CR/LF and Cyrillic', () => {
    const name = 'Акт "№17"; filename=evil.exe\r\nSet-Cookie: a=b.pdf';
    const header = contentDisposition('attachment', name);
    // Headers refuses a value that could end the header or start another one.
    expect(new Headers({ 'content-disposition': header }).get('content-disposition')).toBe(header);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(header).toBe(
      'attachment; filename="_ __17_; filename=evil.exe_Set-Cookie: a=b.pdf"; ' +
        "filename*=UTF-8''%D0%90%D0%BA%D1%82%20%22%E2%84%9617%22%3B%20filename%3Devil.exe%0D%0ASet-Cookie%3A%20a%3Db.pdf",
    );
    expect(parse(header)).toEqual({
      type: 'attachment',
      parameters: { filename: name, 'filename*': expect.any(String) },
    });
  });

  it('gives an ASCII name as it is, and an inline type when asked', () => {
    expect(contentDisposition('attachment', 'training-completion-2026-03-01.csv')).toBe(
      'attachment; filename=training-completion-2026-03-01.csv',
    );
    expect(contentDisposition('inline', 'certificate ABC-1.pdf')).toBe(
      'inline; filename="certificate ABC-1.pdf"',
    );
    expect(contentDisposition('attachment', '100%.pdf')).toBe(
      "attachment; filename=100_.pdf; filename*=UTF-8''100%25.pdf",
    );
  });
});
