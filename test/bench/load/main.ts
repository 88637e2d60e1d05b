import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { reportRows } from '../report/bench-row.js';
import { runLoad, WrongResult, type LoadOptions } from './exam-load.js';

export { runLoad };

// pnpm --filter @adal/test exec tsx bench/load/main.ts [--smoke] [--users N] [--ramp S] [--think MIN-MAX] [--embedded] [--seed N]
// Without options: the everyday shortened profile (100 people, 10 s ramp, 1–3 s think).
// The published profile: --users 3000 --ramp 180 --think 30-90. LOAD_CPU_PROF=<folder> keeps the
// gateway's CPU profile there.
function options(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      embedded: { type: 'boolean', default: false },
      users: { type: 'string' },
      ramp: { type: 'string' },
      think: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const think = values.think?.split('-').map(Number);
  if (think && (think.length !== 2 || think.some((s) => !Number.isFinite(s)))) {
    throw new Error(`--think takes MIN-MAX seconds, e.g. 30-90, not ${values.think}`);
  }
  return {
    smoke: values.smoke,
    embedded: values.embedded,
    ...(values.users ? { users: Number(values.users) } : {}),
    ...(values.ramp ? { rampSeconds: Number(values.ramp) } : {}),
    ...(think ? { thinkSeconds: [think[0]!, think[1]!] as const } : {}),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
  };
}

if (realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  try {
    await reportRows(await runLoad(options(process.argv.slice(2))));
  } catch (error) {
    console.error(error instanceof WrongResult ? `\n✖ ${error.message}` : error);
    process.exitCode = 1;
  }
}
