import { describe, expect, it } from 'vitest';
import { growingOperations } from './growing-operations.js';
import type { OperationStatements } from './operation-statements.js';

const call = (label: string, statements: number): OperationStatements => ({
  label,
  caller: 'compliance_head',
  statements,
  sql: [],
  objects: 1,
  error: null,
});

describe('growingOperations', () => {
  it('names a call that sends more statements on the larger data set, with both counts', () => {
    expect(growingOperations([call('hotlineCases', 11)], [call('hotlineCases', 31)])).toEqual([
      'hotlineCases as compliance_head: 11 statements on the small data set, 31 on the large one',
    ]);
  });

  it('passes a count that holds or falls, and one listed within the statements it may add', () => {
    const small = [call('viewer', 4), call('auditChainStatus', 6)];
    const large = [call('viewer', 3), call('auditChainStatus', 7)];
    expect(growingOperations(small, large, { auditChainStatus: { by: 1, why: 'batches' } })).toEqual([]);
  });

  it('still names a listed operation that grows past what it may add', () => {
    const small = [call('auditChainStatus', 6)];
    const large = [call('auditChainStatus', 40)];
    expect(growingOperations(small, large, { auditChainStatus: { by: 1, why: 'batches' } })).toHaveLength(1);
  });
});
