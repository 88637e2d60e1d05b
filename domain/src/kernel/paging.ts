import { ValidationError } from './errors.js';

/** A page size asked for, checked against the list's largest: 1 to `max`, or VALIDATION naming `limit`. */
export function checkedLimit(limit: number, max: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw ValidationError.because('kernel.pageSize', { field: 'limit', max });
  }
  return limit;
}

/**
 * An offset page of a list: the size asked for (or the list's default) checked as `checkedLimit`
 * does, then the offset, a whole number from 0.
 */
export function checkedPage(
  input: { limit?: number | null; offset?: number | null },
  sizes: { max: number; defaultLimit: number },
): { limit: number; offset: number } {
  const limit = checkedLimit(input.limit ?? sizes.defaultLimit, sizes.max);
  const offset = input.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0)
    throw ValidationError.because('kernel.offset', { field: 'offset' });
  return { limit, offset };
}
