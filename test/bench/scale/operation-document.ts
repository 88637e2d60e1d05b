import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../src/harness/paths';

const GRAPHQL_DIR = 'src/graphql';

/** Each plugin's fragments by name (two plugins may each have a fragment of the same name). */
function fragmentsOf(plugin: string): Map<string, string> {
  const fragments = new Map<string, string>();
  for (const folder of [GRAPHQL_DIR, `${GRAPHQL_DIR}/operations`]) {
    const dir = join(REPOSITORY_ROOT, 'plugins', plugin, folder);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((file) => file.endsWith('.graphql'));
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const match of text.matchAll(/fragment (\w+) on [\s\S]*?\n}\n?/g))
        fragments.set(match[1]!, match[0]);
    }
  }
  return fragments;
}

/**
 * The document a plugin sends for an operation (`plugins/<plugin>/src/graphql/<file>`), with the
 * fragments it spreads: the benchmarks ask exactly what the screens ask.
 */
export function operationDocument(plugin: string, file: string): string {
  const own = fragmentsOf(plugin);
  const sdk = fragmentsOf('sdk');
  const text = readFileSync(join(REPOSITORY_ROOT, 'plugins', plugin, GRAPHQL_DIR, file), 'utf8');
  const included = new Set<string>();
  const pending = [text];
  let document = text;
  while (pending.length > 0) {
    const part = pending.pop()!;
    for (const match of part.matchAll(/\.\.\.(\w+)/g)) {
      const name = match[1]!;
      if (included.has(name) || text.includes(`fragment ${name} on`)) continue;
      const fragment = own.get(name) ?? sdk.get(name);
      if (!fragment) throw new Error(`the fragment ${name} of ${plugin}/${file} is not found`);
      included.add(name);
      document += `\n${fragment}`;
      pending.push(fragment);
    }
  }
  return document;
}
