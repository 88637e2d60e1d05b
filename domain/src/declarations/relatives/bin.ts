import { iinCheckDigit } from '../../org/iin.js';

/**
 * Why `bin` is not a business identification number (БСН / БИН), or null when it is one. A BIN
 * is 12 digits — year and month of registration, the kind of entity (4–6), … — whose last digit
 * is checked by the same two rounds of weights modulo 11 as an IIN's.
 */
export function binProblem(bin: string): string | null {
  if (!/^\d{12}$/.test(bin)) return 'must be 12 digits';
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) return 'the third and fourth digits must be the month of registration';
  if (!['4', '5', '6'].includes(bin[4]!)) return 'the fifth digit must be the kind of entity (4, 5 or 6)';
  if (iinCheckDigit(bin.slice(0, 11)) !== Number(bin[11])) {
    return 'the check digit does not match; look for a mistyped digit';
  }
  return null;
}
