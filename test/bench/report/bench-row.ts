import { appendFile } from 'node:fs/promises';

/**
 * One line of `npm run bench`'s table. Every benchmark of the suite reports in this shape, so
 * that one table shows them side by side: what was measured, its figures beside its floor (the
 * same work done the plainest way — one SQL statement through `pg`, `COPY`, … — in the same run)
 * and the goal it is held to. Figures are for people to read; nothing fails on them.
 */
export interface BenchRow {
  /** The table's section: "reads at scale", "writes at scale", "exam load N=3000", "browser", … */
  group: string;
  operation: string;
  /** Latency percentiles in milliseconds, where the measure is a latency. */
  p50?: number;
  p95?: number;
  /** The measure when it is not a latency, with its unit: "41 200 rows/s", "92", "184 KB". */
  figure?: string;
  /** The floor's figure, with its unit ("12 ms", "160 000 rows/s"). */
  floor?: string;
  /** The measure over its floor, taken in the same run (2.0: twice the floor's time). */
  ratio?: number;
  /** The goal in words: "p95 ≤ 300 ms and ≤ 1.5× floor". */
  goal: string;
  /** Whether the goal held in this run; null where the run could not tell (smoke mode). */
  met: boolean | null;
}

/**
 * Appends rows to the run's results file (`ADAL_BENCH_RESULTS`, one JSON object a line) when the
 * bench command collects them, and prints them either way so that a part run alone still shows
 * its figures.
 */
export async function reportRows(rows: BenchRow[]): Promise<void> {
  const file = process.env['ADAL_BENCH_RESULTS'];
  if (file) await appendFile(file, rows.map((row) => JSON.stringify(row) + '\n').join(''));
  console.log(formatTable(rows));
}

const COLUMNS = ['operation', 'p50', 'p95', 'figure', 'floor', 'ratio', 'goal', 'met'] as const;

/** A plain-text table, grouped by section, that reads the same in a terminal and in markdown. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines: string[] = [];
  const groups = [...new Set(rows.map((row) => row.group))];
  for (const group of groups) {
    const cells = rows.filter((row) => row.group === group).map(cellsOf);
    lines.push('', `### ${group}`, '');
    lines.push(`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => ' --- ').join('|')}|`);
    for (const row of cells) lines.push(`| ${row.join(' | ')} |`);
  }
  return lines.join('\n');
}

function cellsOf(row: BenchRow): string[] {
  return [
    row.operation,
    row.p50 === undefined ? '' : `${milliseconds(row.p50)}`,
    row.p95 === undefined ? '' : `${milliseconds(row.p95)}`,
    row.figure ?? '',
    row.floor ?? '',
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
    row.goal,
    row.met === null ? '—' : row.met ? 'met' : 'not met',
  ];
}

function milliseconds(value: number): string {
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

/** The p-th percentile (0–100) of a sample, nearest-rank. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** How long a piece of work took, in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
