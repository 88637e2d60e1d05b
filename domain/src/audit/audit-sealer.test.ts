import { describe, expect, it } from 'vitest';
import { AuditSealer } from './audit-sealer.js';

/** A seal that runs until the test lets it finish. */
function controlledSeals() {
  const runs: { organizationId: string; finish: () => void }[] = [];
  const sealOnce = (organizationId: string) =>
    new Promise<void>((finish) => {
      runs.push({ organizationId, finish });
    });
  return { runs, sealOnce };
}

describe('AuditSealer', () => {
  it('lets every commit that asks while a seal runs join one next seal, per organisation', async () => {
    const { runs, sealOnce } = controlledSeals();
    const sealer = new AuditSealer(sealOnce);
    const first = sealer.seal('org-a');
    const joiners = Array.from({ length: 5 }, () => sealer.seal('org-a'));
    const other = sealer.seal('org-b');
    expect(runs.map((r) => r.organizationId)).toEqual(['org-a', 'org-b']);
    runs[0]?.finish();
    await first;
    // The five waited for the first to end, then shared one run that sees their commits.
    await expect.poll(() => runs.length).toBe(3);
    expect(runs[2]?.organizationId).toBe('org-a');
    runs[2]?.finish();
    runs[1]?.finish();
    await Promise.all([...joiners, other]);
    expect(runs).toHaveLength(3);
    // Later commits start a run of their own.
    const later = sealer.seal('org-a');
    expect(runs).toHaveLength(4);
    runs[3]?.finish();
    await later;
  });

  it('resolves the commit even when its seal fails, the events waiting for the next one', async () => {
    const failing = new AuditSealer(() => Promise.reject(new Error('connection lost')));
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await expect(failing.seal('org-a')).resolves.toBeUndefined();
    } finally {
      console.error = original;
    }
    expect(logged).toHaveLength(1);
  });
});
