import { builder } from '../../builder.js';

/** Free-form data recorded with an event; shown as recorded, never interpreted by the client. */
export const JsonScalar = builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
