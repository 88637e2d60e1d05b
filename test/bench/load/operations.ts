import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Where the browser's documents live: the shell signs in with the SDK's, the test page uses the training plugin's. */
const FOLDERS = [
  join(ROOT, 'plugins', 'training', 'src', 'graphql'),
  join(ROOT, 'plugins', 'sdk', 'src', 'graphql', 'operations'),
];

interface Definition {
  text: string;
  spreads: string[];
}

/** Each operation and fragment of the folders' .graphql files, by name, with the fragments it spreads. */
function definitions(): Map<string, Definition> {
  const found = new Map<string, Definition>();
  for (const folder of FOLDERS) {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.graphql'))) {
      const source = readFileSync(join(folder, file), 'utf8');
      // A definition starts at a line opening with its keyword and runs to the next one.
      const starts = [...source.matchAll(/^(query|mutation|fragment) (\w+)/gm)];
      starts.forEach((start, i) => {
        const text = source.slice(start.index, starts[i + 1]?.index ?? source.length).trim();
        const spreads = [...text.matchAll(/\.\.\.(\w+)/g)].map((spread) => spread[1] as string);
        found.set(start[2] as string, { text, spreads });
      });
    }
  }
  return found;
}

/**
 * The document the browser sends for an operation: its text followed by every fragment it
 * spreads, directly or not, as the plugin's generated code appends them.
 */
export function operationDocument(name: string, all = definitions()): string {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (definition: string) => {
    if (seen.has(definition)) return;
    seen.add(definition);
    const found = all.get(definition);
    if (!found) throw new Error(`no GraphQL definition named ${definition}`);
    order.push(found.text);
    found.spreads.forEach(visit);
  };
  visit(name);
  return order.join('\n\n');
}

/** The documents of one test-taker's way through the exam. */
export function examOperations() {
  const all = definitions();
  return {
    devLogin: operationDocument('DevLogin', all),
    myAssignments: operationDocument('ListMyAssignments', all),
    startAttempt: operationDocument('StartAttempt', all),
    saveAnswer: operationDocument('SaveAnswer', all),
    submitAttempt: operationDocument('SubmitAttempt', all),
  };
}

export type ExamOperations = ReturnType<typeof examOperations>;
