// Statements per GraphQL query on their own: `pnpm --filter @adal/test exec tsx bench/queries/main.ts [--smoke]`.
import { parseArgs } from 'node:util';
import { reportRows } from '../report/bench-row.js';
import { runQueries } from './queries.js';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
await reportRows(await runQueries({ smoke: values.smoke ?? false }));
