import { describe, expect, it } from 'vitest';
import { parseProposeFrom, proposeRiskHref } from './risk-proposal';

describe('proposing a risk by URL (§9.1, §11)', () => {
  it('names the record in the register’s address and reads it back', () => {
    const href = proposeRiskHref('hotline_case', '0b7c1d2e-0000-4000-8000-000000000001');
    expect(href).toBe('/compliance/risks?proposeFrom=hotline_case%3A0b7c1d2e-0000-4000-8000-000000000001');
    const query = new URL(href, 'https://adal.example').searchParams.get('proposeFrom');
    expect(parseProposeFrom(query)).toEqual({
      kind: 'hotline_case',
      id: '0b7c1d2e-0000-4000-8000-000000000001',
    });
  });

  it('reads nothing from an unknown kind or a malformed value', () => {
    for (const value of ['hotline:1', 'audit_finding', 'conflict_case:', 'audit_finding:a:b', null, ['x']])
      expect(parseProposeFrom(value)).toBeNull();
  });
});
