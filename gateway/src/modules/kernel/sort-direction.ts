import { builder } from '../../builder.js';

/** The direction of a list's order, for every list a person can sort. */
export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['asc', 'desc'] as const });
