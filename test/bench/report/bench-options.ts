export interface BenchOptions {
  /** CI: small sizes and short runs that only prove the benchmark still runs; no figure is read. */
  smoke: boolean;
}
