import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The sdk shares a few pure modules with the domain (the English error messages, the rich-text
// formatting) instead of copying them. The browser bundle takes each such file alone: one that
// imported anything could bring MikroORM or Node along.

const require = createRequire(import.meta.url);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(vue|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('what the sdk takes from the domain', () => {
  const imported = [
    ...new Set(
      sourceFiles(import.meta.dirname).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '(@adal\/domain[^']*)'/g)].map((match) => match[1]!),
      ),
    ),
  ].sort();

  it('is only the dependency-free modules the domain exports for it, never the domain itself', () => {
    expect(imported).toEqual(['@adal/domain/error-messages', '@adal/domain/rich-text-format']);
  });

  it('imports nothing', () => {
    for (const id of imported) {
      const source = readFileSync(require.resolve(id), 'utf8');
      expect(source, id).not.toMatch(/^\s*import\b|\bfrom\s+['"]|\bimport\(/m);
    }
  });
});
