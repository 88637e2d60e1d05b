import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './index';
import { materials } from './materials';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The materials library's own sources: its pages, components and stores. */
function materialSources(): string[] {
  const root = join(import.meta.dirname, '..');
  return ['pages', 'components']
    .flatMap((folder) => readdirSync(join(root, folder)).map((name) => join(root, folder, name)))
    .filter((path) => /(Material|Confirm)[A-Za-z]*\.vue$/.test(path));
}

function lookup(path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages.en);
}

describe('the materials library’s messages', () => {
  it('says every text in Kazakh, Russian and English alike', () => {
    const english = keys(materials.en).sort();
    expect(keys(materials.kk).sort()).toEqual(english);
    expect(keys(materials.ru).sort()).toEqual(english);
  });

  it('has a text for every key its pages and components ask for', () => {
    const source = materialSources()
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const literal = [...source.matchAll(/\bte?\(\s*'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)].map(
      (match) => match[1]!,
    );
    const missing = literal.filter((key) => typeof lookup(key) !== 'string');
    const groups = [...source.matchAll(/\bte?\(\s*`([a-zA-Z.]+)\.\$\{/g)].map((match) => match[1]!);
    const missingGroups = groups.filter((group) => typeof lookup(group) !== 'object');
    expect(literal.length).toBeGreaterThan(50);
    expect([...missing, ...missingGroups]).toEqual([]);
  });
});
