import { describe, expect, it } from 'vitest';
import { binProblem } from './bin.js';
import { iinCheckDigit } from './iin.js';

function withCheckDigit(first11: string): string {
  return `${first11}${iinCheckDigit(first11)}`;
}

describe('binProblem', () => {
  it('accepts a BIN whose check digit matches', () => {
    expect(binProblem(withCheckDigit('08044000123'))).toBeNull();
  });

  it('refuses a mistyped check digit', () => {
    const bin = withCheckDigit('08044000123');
    const wrong = `${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`;
    expect(binProblem(wrong)).toMatch(/check digit/);
  });

  it('refuses anything but 12 digits, a month out of range and an unknown entity type', () => {
    expect(binProblem('12345')).toMatch(/12 digits/);
    expect(binProblem(withCheckDigit('08134000123'))).toMatch(/YYMM/);
    expect(binProblem(withCheckDigit('08041000123'))).toMatch(/fifth digit/);
  });
});
