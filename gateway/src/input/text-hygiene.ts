import { hasIsoDateShape, readIsoDate } from './iso-dates.js';

/** A lone UTF-16 surrogate is no character: PostgreSQL refuses it, and so does every UTF-8 encoder. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why a text sent to the API can't be stored as given, or null when it can. PostgreSQL refuses
 * NUL in text and jsonb alike and refuses impossible dates; caught here, they are the sender's
 * error with the field named instead of a failure deep in a transaction.
 */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a broken character (a lone UTF-16 surrogate)';
  // A text laid out as a date is meant as one, whatever the field's type says: it must exist.
  if (hasIsoDateShape(text)) {
    const reading = readIsoDate(text);
    if (!reading.ok) return reading.problem;
  }
  return null;
}
