import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printGatewaySchema } from './print-schema.js';

describe('schema.graphql', () => {
  it('is the printed schema (run `pnpm schema:print` after changing a type)', async () => {
    const committed = await readFile(join(import.meta.dirname, '..', 'schema.graphql'), 'utf8');
    expect(printGatewaySchema()).toBe(committed);
  });

  it('names the roles exactly as the role codes', () => {
    expect(printGatewaySchema()).toMatch(
      /enum Role \{[^}]*\bcompliance_head\b[^}]*\bhotline_investigator\b[^}]*\borg_admin\b[^}]*\}/,
    );
  });
});
