import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv.js';

describe('a CSV cell', () => {
  it.each(['=1+1', '+7 701 000 00 00', '-2', '@SUM(A1)', '\t=1', '\r=1'])(
    'writes %j, which a spreadsheet would run as a formula, as text',
    (value) => {
      expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('quotes a cell with a quote, a comma or a line break, the quotes doubled', () => {
    expect(csvCell('Нұрланова, А.')).toBe('"Нұрланова, А."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://evil.example","1")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""1"")"`,
    );
  });

  it('leaves plain text, numbers and a missing value as they are', () => {
    expect(csvCell('Қаржы бөлімі')).toBe('Қаржы бөлімі');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });

  it('ends a row with CRLF', () => {
    expect(csvRow(['a', 1, null, '=x'])).toBe("a,1,,'=x\r\n");
  });
});
