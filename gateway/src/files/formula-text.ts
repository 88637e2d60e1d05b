// A spreadsheet runs a cell that starts like a formula (=, +, -, @, or a tab or carriage return
// before one): such text is written as text, behind an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text a person typed, as a spreadsheet cell that shows it and never runs it. */
export function inertText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
