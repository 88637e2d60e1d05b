/** The parts of a DevTools CPU profile (Profiler.stop's answer) that the totals read. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  /** Microseconds before each sample; a sample stands for the time until the next. */
  timeDeltas: number[];
}

export interface ProfileTotals {
  busyMs: number;
  /** Functions by the time they ran themselves, most first. */
  self: [string, number][];
  /** Functions by the time they were on the stack, what they called included, most first. */
  total: [string, number][];
}

/** A function as a person finds it: its name, its file and line (the chunk's, for built code). */
function nameOf({ functionName, url, lineNumber }: CpuProfile['nodes'][number]['callFrame']): string {
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

/** Self and total time per function, idle time left out. */
export function profileTotals(profile: CpuProfile): ProfileTotals {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((sampled, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const top = nodes.get(sampled);
    if (!top || top.callFrame.functionName === '(idle)') return;
    busyMs += ms;
    const own = nameOf(top.callFrame);
    self.set(own, (self.get(own) ?? 0) + ms);
    // A recursive function counts once per sample.
    const onStack = new Set<string>();
    for (let id: number | undefined = sampled; id !== undefined; id = parents.get(id)) {
      const node = nodes.get(id);
      if (node) onStack.add(nameOf(node.callFrame));
    }
    for (const name of onStack) total.set(name, (total.get(name) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { busyMs, self: sorted(self), total: sorted(total) };
}
