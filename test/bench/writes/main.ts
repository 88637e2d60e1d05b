// Writes at scale on their own: `pnpm --filter @adal/test exec tsx bench/writes/main.ts [--smoke] [--people N]`.
import { parseArgs } from 'node:util';
import { reportRows } from '../report/bench-row.js';
import { runWrites } from './writes.js';

const { values } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, people: { type: 'string' } },
});
const rows = await runWrites({
  smoke: values.smoke ?? false,
  ...(values.people ? { people: Number(values.people) } : {}),
});
await reportRows(rows);
