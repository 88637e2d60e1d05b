import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.(vue|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function lookup(path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], en);
}

describe('messages', () => {
  it('says every text in Kazakh, Russian and English alike', () => {
    const english = keys(en).sort();
    expect(keys(kk).sort()).toEqual(english);
    expect(keys(ru).sort()).toEqual(english);
  });

  it('has a text for every key the code asks for', () => {
    const source = sourceFiles(join(import.meta.dirname, '..'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const literal = [...source.matchAll(/\bte?\(\s*'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)].map(
      (match) => match[1]!,
    );
    const missing = literal.filter((key) => typeof lookup(key) !== 'string');
    // Keys built from a value (`status.${status}`) need their group to exist.
    const groups = [...source.matchAll(/\bte?\(\s*`([a-zA-Z.]+)\.\$\{/g)].map((match) => match[1]!);
    const missingGroups = groups.filter((group) => typeof lookup(group) !== 'object');
    expect(literal.length).toBeGreaterThan(100);
    expect([...missing, ...missingGroups]).toEqual([]);
  });
});
