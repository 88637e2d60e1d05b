// The reads at scale on their own:
//   pnpm --filter @adal/test exec tsx bench/scale/main.ts [--smoke] [--people 100000] [--reuse adal_scale] [--only kpi-view]
// `--reuse` reads a database that `node scripts/adal.mjs seed:scale` built, instead of building one;
// `--only` runs the screens' reads (`reads`) or the KPI view of 12 widgets (`kpi-view`) alone.
import { parseArgs } from 'node:util';
import { reportRows } from '../report/bench-row';
import { runKpiView } from './kpi-view';
import { runReads } from './reads';
import { startScaleStack } from './scale-stack';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    people: { type: 'string' },
    reuse: { type: 'string' },
    only: { type: 'string' },
  },
});
const smoke = values.smoke;
const stack = await startScaleStack({
  people: Number(values.people ?? (smoke ? 2000 : 100_000)),
  reuse: values.reuse,
});
try {
  await reportRows([
    ...(values.only === 'kpi-view' ? [] : await runReads(stack, { smoke })),
    ...(values.only === 'reads' ? [] : await runKpiView(stack, { smoke })),
  ]);
} finally {
  await stack.close();
}
