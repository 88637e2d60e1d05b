import { percentile } from '../report/bench-row.js';

export const OPERATIONS = ['signIn', 'openTest', 'startAttempt', 'saveAnswer', 'submitAttempt'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface OperationSummary {
  operation: Operation;
  count: number;
  /** Requests per second over the span from the first to the last of them. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Failed requests by kind (GraphQL code, HTTP status, network error). */
  errors: Record<string, number>;
  /** 429 answers that the client waited out and retried. */
  throttled: number;
}

interface Sample {
  startedAt: number;
  ms: number;
}

/** Latencies and failures of every request, per operation, as the virtual users saw them. */
export class Measurements {
  private readonly samples = new Map<Operation, Sample[]>();
  private readonly errors = new Map<Operation, Map<string, number>>();
  private readonly throttled = new Map<Operation, number>();

  succeeded(operation: Operation, startedAt: number, ms: number, throttled: number): void {
    this.listOf(operation).push({ startedAt, ms });
    this.throttled.set(operation, (this.throttled.get(operation) ?? 0) + throttled);
  }

  failed(operation: Operation, kind: string): void {
    const kinds = this.errors.get(operation) ?? new Map<string, number>();
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    this.errors.set(operation, kinds);
  }

  summary(operation: Operation): OperationSummary {
    const samples = this.listOf(operation);
    const ms = samples.map((s) => s.ms);
    const first = samples.reduce((min, s) => Math.min(min, s.startedAt), Infinity);
    const last = samples.reduce((max, s) => Math.max(max, s.startedAt + s.ms), -Infinity);
    const spanSeconds = samples.length > 0 ? Math.max(0.001, (last - first) / 1000) : 1;
    return {
      operation,
      count: samples.length,
      throughput: samples.length / spanSeconds,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      p99: percentile(ms, 99),
      errors: Object.fromEntries(this.errors.get(operation) ?? []),
      throttled: this.throttled.get(operation) ?? 0,
    };
  }

  private listOf(operation: Operation): Sample[] {
    const list = this.samples.get(operation) ?? [];
    this.samples.set(operation, list);
    return list;
  }
}
