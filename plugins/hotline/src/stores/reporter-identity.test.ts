import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { ANNA, DANA, hotlineCase } from '../testing/samples';
import { useHotlineCaseStore } from './hotline-case';
import { useReporterIdentityStore } from './reporter-identity';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const pending = {
  id: 'd-1',
  caseId: 'case-1',
  caseNumber: 'HL-2026-0001',
  requestedBy: ANNA,
  requestedFor: DANA,
  reason: 'The reporter must be heard as a witness',
  requestedAt: '2026-03-05T09:00:00Z',
  decidedBy: null,
  decidedAt: null,
  approved: null,
  viewerCanDecide: true,
};
let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('GetHotlineCase', ({ id }) => ({
    hotlineCase: hotlineCase({
      id: String(id),
      anonymous: false,
      hasReporterIdentity: true,
      disclosures: [pending],
    }),
  }));
});

describe('useReporterIdentityStore', () => {
  it('reveals the identity through the recorded mutation, for this case only, and forgets it', async () => {
    graphql.on('RevealHotlineReporterIdentity', () => ({
      revealHotlineReporterIdentity: { name: 'Айгүл Нұрлан', contact: 'aigul@example.kz' },
    }));
    const cases = useHotlineCaseStore();
    await cases.load('case-1');
    const identity = useReporterIdentityStore();
    expect(identity.identityFor('case-1')).toBeUndefined();

    await identity.reveal();
    expect(graphql.sent('RevealHotlineReporterIdentity')).toEqual([{ id: 'case-1' }]);
    expect(identity.identityFor('case-1')).toEqual({ name: 'Айгүл Нұрлан', contact: 'aigul@example.kz' });
    expect(identity.identityFor('case-2')).toBeUndefined();

    identity.forget();
    expect(identity.identityFor('case-1')).toBeUndefined();
  });

  it('shows nothing when reading is refused', async () => {
    graphql.on('RevealHotlineReporterIdentity', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'Reading the identity needs an approved disclosure');
    });
    await useHotlineCaseStore().load('case-1');
    const identity = useReporterIdentityStore();
    await expect(identity.reveal()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(identity.identityFor('case-1')).toBeUndefined();
  });

  it('requests a disclosure with a reason and takes the compliance head’s decision in place', async () => {
    graphql
      .on('RequestIdentityDisclosure', () => ({
        requestIdentityDisclosure: hotlineCase({ disclosures: [pending] }),
      }))
      .on('DecideIdentityDisclosure', () => ({
        decideIdentityDisclosure: {
          ...pending,
          approved: false,
          decidedBy: ANNA,
          decidedAt: '2026-03-06T09:00:00Z',
        },
      }));
    const cases = useHotlineCaseStore();
    await cases.load('case-1');
    const identity = useReporterIdentityStore();
    await identity.requestDisclosure({ forPersonId: DANA.id, reason: '  Needed as a witness ' });
    await identity.decide('d-1', false);
    expect(graphql.sent('RequestIdentityDisclosure')).toEqual([
      { id: 'case-1', input: { forPersonId: 'p-dana', reason: 'Needed as a witness' } },
    ]);
    expect(graphql.sent('DecideIdentityDisclosure')).toEqual([{ id: 'd-1', approved: false }]);
    expect(cases.hotlineCase?.disclosures[0]).toMatchObject({ approved: false, decidedBy: ANNA });
  });
});
