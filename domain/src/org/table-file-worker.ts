import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { JOB_MARKER, type TableFileJob, type TableFileOutcome } from './table-file-reader.js';

/** How long and how much memory one file may take to read. */
export interface ReadBounds {
  timeoutMs: number;
  /** The worker's JavaScript heap; unpacked parts live outside it and are bounded by size. */
  heapMb: number;
}

// A staff list of 20 000 people takes about 2 s of CPU to read; the margin is for a busy machine.
export const DEFAULT_READ_BOUNDS: ReadBounds = { timeoutMs: 60_000, heapMb: 256 };

// The TypeScript source itself: the gateway runs under tsx, whose loader the worker inherits, and
// elsewhere (vitest) Node strips the types of this self-contained module — by default from Node
// 22.18, behind a flag on the 22.17 that the toolchain also accepts.
const READER = new URL('./table-file-reader.ts', import.meta.url);
const EXEC_ARGV = process.features.typescript
  ? undefined
  : [...process.execArgv, '--experimental-strip-types'];

/** Files read at once by this process; more wait their turn, so imports can't exhaust its memory. */
const reading = pLimit(2);

/**
 * Reads a table file in a worker thread that is terminated when it runs out of time or memory,
 * so that no file can hold the process that serves requests.
 */
export function readTableInWorker(
  job: Omit<TableFileJob, 'marker'>,
  bounds: ReadBounds = DEFAULT_READ_BOUNDS,
): Promise<TableFileOutcome> {
  return reading(
    () =>
      new Promise<TableFileOutcome>((resolve, reject) => {
        const worker = new Worker(READER, {
          workerData: { ...job, marker: JOB_MARKER } satisfies TableFileJob,
          ...(EXEC_ARGV ? { execArgv: EXEC_ARGV } : {}),
          resourceLimits: { maxOldGenerationSizeMb: bounds.heapMb, maxYoungGenerationSizeMb: 32 },
        });
        let settled = false;
        const settle = (outcome: TableFileOutcome | Error): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          void worker.terminate();
          if (outcome instanceof Error) reject(outcome);
          else resolve(outcome);
        };
        const timer = setTimeout(
          () => settle({ problem: { kind: 'timeout', seconds: Math.ceil(bounds.timeoutMs / 1000) } }),
          bounds.timeoutMs,
        );
        worker.once('message', (outcome: TableFileOutcome) => settle(outcome));
        worker.once('error', (error: Error & { code?: string }) =>
          settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { problem: { kind: 'memory' } } : error),
        );
        worker.once('exit', (code) => settle(new Error(`the table reader stopped (exit code ${code})`)));
      }),
  );
}
