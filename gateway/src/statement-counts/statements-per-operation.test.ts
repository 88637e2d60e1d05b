import { beforeAll, describe, expect, it } from 'vitest';
import { statementsOnBothDataSets, type BothDataSets } from './both-data-sets.js';
import { growingOperations, keyOf } from './growing-operations.js';

let counted: BothDataSets;

// The demo, its fixture and every query twice, by every role allowed: a while on a shared machine.
beforeAll(async () => {
  counted = await statementsOnBothDataSets();
}, 300_000);

describe('statements per GraphQL query', () => {
  it('sends no more statements on the grown demo than on the demo, whatever the rows returned', () => {
    expect(growingOperations(counted.small, counted.large)).toEqual([]);
  });

  it('measures answers: no whole selection refused, no call failing on the grown data alone', () => {
    const failedBefore = new Set(counted.small.filter((c) => c.error).map(keyOf));
    const problems = [...counted.small, ...counted.large].flatMap((c) =>
      c.error?.startsWith('VALIDATION') || (c.error && !failedBefore.has(keyOf(c)))
        ? [`${keyOf(c)}: ${c.error}`]
        : [],
    );
    expect(problems).toEqual([]);
  });

  // Pages of 50 and per-case reads cap many answers: the sum still shows that the lists grew.
  it('returns more rows on the grown demo', () => {
    const objects = (list: BothDataSets['small']) => list.reduce((sum, c) => sum + c.objects, 0);
    expect(objects(counted.large)).toBeGreaterThan(1.5 * objects(counted.small));
  });
});
