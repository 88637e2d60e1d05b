import { builder } from '../../builder.js';
import { invalidInput } from '../../errors/graphql-errors.js';
import { readIsoDate } from '../../input/iso-dates.js';

/** ISO 8601 instants. Parsed strictly at the edge so the domain only ever receives dates that exist. */
export const DateTimeScalar = builder.scalarType('DateTime', {
  description: 'An instant as an ISO 8601 string, e.g. 2025-01-31T00:00:00Z; years 1900 to 2200.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string') throw invalidInput('Expected an ISO 8601 date-time string.');
    const reading = readIsoDate(value);
    if (!reading.ok) throw invalidInput(`This date-time ${reading.problem}.`);
    return reading.instant;
  },
});
