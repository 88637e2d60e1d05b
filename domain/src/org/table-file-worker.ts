import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import {
  JOB_MARKER,
  MORE,
  TableFileRefusal,
  type TableFileJob,
  type TableFileMessage,
  type TableRecord,
} from './table-file-reader.js';

/** How long and how much memory one file may take to read. */
export interface ReadBounds {
  /** The worker's own reading time; the time the rows wait to be used does not count. */
  timeoutMs: number;
  /** The worker's JavaScript heap; unpacked parts live outside it and are bounded by size. */
  heapMb: number;
}

// A staff list of 100 000 people takes about 3 s of CPU to read as XLSX; the margin is for a busy machine.
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

/** Waits for a reading slot; the returned function gives it back. */
async function takeTurn(): Promise<() => void> {
  let release = (): void => {};
  await new Promise<void>((taken) => {
    void reading(
      () =>
        new Promise<void>((done) => {
          release = done;
          taken();
        }),
    );
  });
  return release;
}

type WorkerEvent = TableFileMessage | Error;

/**
 * Reads a table file in a worker thread, batch by batch as the caller asks for them (the worker
 * reads one ahead), so that the file is never held whole as rows. The worker is terminated when its reading time or memory runs
 * out, or the caller stops early, so that no file can hold the process that serves requests. A
 * refused file throws a `TableFileRefusal`, possibly after some batches were given.
 */
export async function* readTableInWorker(
  job: Omit<TableFileJob, 'marker'>,
  bounds: ReadBounds = DEFAULT_READ_BOUNDS,
): AsyncGenerator<TableRecord[]> {
  const release = await takeTurn();
  const worker = new Worker(READER, {
    workerData: { ...job, marker: JOB_MARKER } satisfies TableFileJob,
    ...(EXEC_ARGV ? { execArgv: EXEC_ARGV } : {}),
    resourceLimits: { maxOldGenerationSizeMb: bounds.heapMb, maxYoungGenerationSizeMb: 32 },
  });
  const inbox: WorkerEvent[] = [];
  let wake: (() => void) | null = null;
  const deliver = (event: WorkerEvent): void => {
    inbox.push(event);
    wake?.();
  };
  worker.on('message', (message: TableFileMessage) => deliver(message));
  worker.once('error', (error: Error & { code?: string }) =>
    deliver(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'problem', problem: { kind: 'memory' } } : error,
    ),
  );
  worker.once('exit', (code) => deliver(new Error(`the table reader stopped (exit code ${code})`)));

  /** The worker's next word, or null when it has used up its time. */
  const next = (ms: number): Promise<WorkerEvent | null> => {
    const waiting = inbox.shift();
    if (waiting) return Promise.resolve(waiting);
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          wake = null;
          resolve(null);
        },
        Math.max(0, ms),
      );
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve(inbox.shift() ?? null);
      };
    });
  };

  let budget = bounds.timeoutMs;
  try {
    for (;;) {
      const started = performance.now();
      const event = await next(budget);
      budget -= performance.now() - started;
      if (!event)
        throw new TableFileRefusal({ kind: 'timeout', seconds: Math.ceil(bounds.timeoutMs / 1000) });
      if (event instanceof Error) throw event;
      if (event.kind === 'problem') throw new TableFileRefusal(event.problem);
      if (event.kind === 'done') return;
      // The worker reads the next batch while this one is used: two at most are held.
      worker.postMessage(MORE);
      yield event.records;
    }
  } finally {
    release();
    void worker.terminate();
  }
}
