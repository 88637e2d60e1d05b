import { describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { giftActions } from './gift-actions.js';

const ORG = 'org';
const person = (personId: string, roles: Actor['roles'] = ['employee']): Actor => ({
  personId,
  organizationId: ORG,
  roles,
});
const received = {
  person: { id: 'declarant', fullName: 'Ерлан Жұмабаев' },
  event: 'received' as const,
  handedOverOn: null,
  decision: null,
};

describe('what a viewer may do with a declared gift', () => {
  it('§17.5–§17.6: the person hands over their own gift but never decides on it; an officer does both', () => {
    expect(giftActions(received, person('declarant', ['employee', 'compliance_head']))).toEqual([
      'hand_over',
    ]);
    expect(giftActions(received, person('officer', ['employee', 'compliance_officer']))).toEqual([
      'hand_over',
      'decide',
    ]);
    expect(giftActions(received, person('colleague'))).toEqual([]);
  });

  it('offers nothing to hand over for a refused offer or once handed over, and no second decision', () => {
    const officer = person('officer', ['employee', 'compliance_officer']);
    expect(giftActions({ ...received, event: 'refused' }, officer)).toEqual(['decide']);
    expect(giftActions({ ...received, handedOverOn: '2026-06-05', decision: 'refuse' }, officer)).toEqual([]);
  });
});
