import { ValidationError } from '../../kernel/errors.js';
import { quarterOrNull, shiftQuarter, type Quarter } from '../../kernel/quarters.js';

/** The quarter as typed, or a VALIDATION naming the field. */
export function parseQuarter(text: string, field = 'quarter'): Quarter {
  const quarter = quarterOrNull(text);
  if (!quarter) throw ValidationError.because('selfAssessment.quarter.invalid', { field, value: text });
  return quarter;
}

/** §73 "the last period (quarter)": the quarter a self-assessment held in `quarter` reviews. */
export function reviewedQuarter(quarter: Quarter): Quarter {
  return shiftQuarter(quarter, -1);
}
