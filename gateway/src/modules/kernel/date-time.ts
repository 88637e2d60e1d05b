import { builder } from '../../builder.js';
import { invalidInput } from '../../errors/graphql-errors.js';

/** ISO 8601 instants. Parsed at the edge so the domain only ever receives valid dates. */
export const DateTimeScalar = builder.scalarType('DateTime', {
  description: 'An instant as an ISO 8601 string, e.g. 2025-01-31T00:00:00Z.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw invalidInput('Expected an ISO 8601 date-time string.');
    return date;
  },
});
