// Lighthouse scores and first-visit bytes of the production build: `pnpm run build`, then
// `pnpm --filter @adal/test exec tsx bench/browser/main.ts [--smoke]`.
import { reportRows } from '../report/bench-row';
import { runBrowser } from './run-browser';

await reportRows(await runBrowser({ smoke: process.argv.includes('--smoke') }));
