// The individual identification number (ЖСН / ИИН): YYMMDD, a century-and-sex digit,
// four serial digits and a check digit computed with two rounds of weights modulo 11.

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedMod11(digits: readonly number[], weights: readonly number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 11;
}

/** The check digit for the first 11 digits, or null when no valid IIN starts with them. */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const first = weightedMod11(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** Why `iin` is not a valid IIN, in words a person can act on; null when it is valid. */
export function iinProblem(iin: string): string | null {
  if (!/^\d{12}$/.test(iin)) return 'must be 12 digits';
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return 'the first six digits must be the date of birth (YYMMDD)';
  }
  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin[11])) {
    return 'the check digit does not match; look for a mistyped digit';
  }
  return null;
}
