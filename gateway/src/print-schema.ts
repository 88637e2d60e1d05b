import { lexicographicSortSchema, printSchema } from 'graphql';
import { fullSchema } from './schema.js';

/** The schema text as committed: sorted, so that a diff shows only real changes. */
export function printGatewaySchema(): string {
  return `${printSchema(lexicographicSortSchema(fullSchema))}\n`;
}
