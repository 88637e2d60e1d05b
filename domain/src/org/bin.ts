import { iinCheckDigit } from './iin.js';

// The business identification number (БСН / БИН): YYMM of registration, the entity's type (4 a
// resident legal entity, 5 a non-resident, 6 a joint individual enterprise), its kind (head
// office, branch, representative office…), five serial digits and a check digit computed as the
// IIN's, with two rounds of weights modulo 11.

/** Why `bin` is not a valid BIN, in words a person can act on; null when it is valid. */
export function binProblem(bin: string): string | null {
  if (!/^\d{12}$/.test(bin)) return 'must be 12 digits';
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12)
    return 'the first four digits must be the year and month of registration (YYMM)';
  if (!['4', '5', '6'].includes(bin[4]!)) return 'the fifth digit must be 4, 5 or 6 (the type of the entity)';
  if (iinCheckDigit(bin.slice(0, 11)) !== Number(bin[11])) {
    return 'the check digit does not match; look for a mistyped digit';
  }
  return null;
}
