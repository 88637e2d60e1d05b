import pidusage from 'pidusage';

export interface ProcessFigures {
  cpuMean: number;
  cpuMax: number;
  /** Largest resident set seen, in megabytes. */
  rssMaxMb: number;
  samples: number;
}

/** Reads a process's CPU (% of one core) and resident memory once a second until stopped. */
export function sampleProcess(pid: number): { stop(): ProcessFigures } {
  const cpu: number[] = [];
  let rssMax = 0;
  const timer = setInterval(() => {
    pidusage(pid)
      .then((stat) => {
        cpu.push(stat.cpu);
        rssMax = Math.max(rssMax, stat.memory);
      })
      // The process may be gone at the last tick; a missing sample is not a figure.
      .catch(() => undefined);
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      pidusage.clear();
      return {
        cpuMean: cpu.length ? cpu.reduce((a, b) => a + b, 0) / cpu.length : Number.NaN,
        cpuMax: cpu.length ? Math.max(...cpu) : Number.NaN,
        rssMaxMb: rssMax / 1024 / 1024,
        samples: cpu.length,
      };
    },
  };
}
