import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError, refusedImportRows } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { ANNA, BOLAT, dispute, hrAction } from '../testing/samples';
import { useHrActionsStore } from './hr-actions';
import { useLabourDisputesStore } from './labour-disputes';
import { useProtectionRecordsStore } from './protection-records';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { graphqlUrl: 'https://adal.example/graphql', token: 'token-hr' },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
});
afterEach(() => vi.unstubAllGlobals());

describe('useProtectionRecordsStore', () => {
  it('lists the people protected today by default and puts a new grant first', async () => {
    const record = {
      id: 'pr-1',
      person: ANNA,
      basis: 'assisted' as const,
      reportedTo: 'hotline' as const,
      stateBodyName: null,
      reportedOn: '2026-03-02',
      caseId: 'case-1',
      reportNumber: 'HL-2026-0001',
      startsOn: '2026-03-02',
      endsOn: '2029-03-01',
      active: true,
    };
    graphql
      .on('ListProtectionRecords', () => ({ protectionRecords: [] }))
      .on('GrantProtection', () => ({ grantProtection: record }));
    const store = useProtectionRecordsStore();
    await store.load();
    await store.grant({ caseId: 'case-1', personId: ANNA.id, basis: 'assisted' });
    await store.grant({ caseId: 'case-1', personId: ANNA.id, basis: 'assisted' });
    expect(graphql.sent('ListProtectionRecords')).toEqual([{ activeOnly: true }]);
    expect(store.records).toEqual([record]);
    await store.showActiveOnly(false);
    expect(graphql.sent('ListProtectionRecords').at(-1)).toEqual({ activeOnly: false });
  });

  it('records a report to a state body with the body’s name trimmed, and lists it first', async () => {
    const record = {
      id: 'pr-2',
      person: ANNA,
      basis: 'open_reporter' as const,
      reportedTo: 'state_body' as const,
      stateBodyName: 'Агентство',
      reportedOn: '2026-04-14',
      caseId: null,
      reportNumber: null,
      startsOn: '2026-04-14',
      endsOn: '2029-04-16',
      active: true,
    };
    graphql
      .on('ListProtectionRecords', () => ({ protectionRecords: [] }))
      .on('GrantStateBodyProtection', () => ({ grantStateBodyProtection: record }));
    const store = useProtectionRecordsStore();
    await store.load();
    const input = { personId: ANNA.id, basis: 'open_reporter' as const, reportedOn: '2026-04-14' };
    await store.grantStateBody({ ...input, stateBodyName: '  Агентство ' });
    expect(graphql.sent('GrantStateBodyProtection')).toEqual([
      { input: { ...input, stateBodyName: 'Агентство' } },
    ]);
    expect(store.records).toEqual([record]);
  });
});

describe('useHrActionsStore', () => {
  it('counts flagged drafts and replaces an action in place after the commission’s recommendation', async () => {
    graphql
      .on('ListHrActions', () => ({
        hrActions: [hrAction(), hrAction({ id: 'hr-2', flagged: false, flaggedAt: null })],
      }))
      .on('AttachCommissionRecommendation', () => ({
        attachCommissionRecommendation: hrAction({
          commissionRecommendation: 'Protocol 7',
          commissionRecommendationOn: '2026-04-10',
        }),
      }));
    const store = useHrActionsStore();
    await store.load();
    expect(store.flaggedCount).toBe(1);
    await store.attachCommissionRecommendation('hr-1', { reference: ' Protocol 7 ', on: '2026-04-10' });
    expect(graphql.sent('AttachCommissionRecommendation')).toEqual([
      { id: 'hr-1', input: { reference: 'Protocol 7', on: '2026-04-10' } },
    ]);
    expect(store.actions.map((action) => [action.id, action.commissionRecommendation])).toEqual([
      ['hr-1', 'Protocol 7'],
      ['hr-2', null],
    ]);
  });

  it('keeps a flagged action a draft when finalizing is refused for want of a recommendation (§40.1)', async () => {
    graphql
      .on('ListHrActions', () => ({ hrActions: [hrAction()] }))
      .on('FinalizeHrAction', () => {
        throw new AdalGraphqlError('CONFLICT', 'Attach the disciplinary commission’s recommendation first');
      });
    const store = useHrActionsStore();
    await store.load();
    await expect(store.finalize('hr-1')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(store.actions[0]?.status).toBe('draft');
  });

  it('imports a file as a multipart request and lists the rows a refused file names', async () => {
    const bodies: FormData[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      bodies.push(init.body as FormData);
      return new Response(
        JSON.stringify({
          errors: [
            {
              message: 'The file has 2 wrong rows',
              extensions: {
                code: 'VALIDATION',
                errors: [
                  {
                    row: 3,
                    column: 'kind',
                    messageKey: 'hotline.hrImport.kindUnknown',
                    params: { value: 'fired' },
                    message: '"fired" is not dismissal, transfer or disciplinary',
                  },
                  {
                    row: 5,
                    messageKey: 'hotline.hrImport.sameAsRow',
                    params: { firstRow: 4 },
                    message: 'The same action as row 4',
                  },
                ],
              },
            },
          ],
        }),
      );
    });
    graphql.on('ListHrActions', () => ({ hrActions: [] }));
    const store = useHrActionsStore();
    const file = new File(['email,kind\n'], 'hr.csv', { type: 'text/csv' });
    const refused = await store.importFile(file).catch((error: AdalGraphqlError) => error);

    expect(JSON.parse(String(bodies[0]?.get('map')))).toEqual({ 0: ['variables.file'] });
    expect((bodies[0]?.get('0') as File).name).toBe('hr.csv');
    expect(refused).toBeInstanceOf(AdalGraphqlError);
    expect(refusedImportRows(refused as AdalGraphqlError)).toMatchObject([
      { row: 3, column: 'kind', messageKey: 'hotline.hrImport.kindUnknown', params: { value: 'fired' } },
      { row: 5, column: null, messageKey: 'hotline.hrImport.sameAsRow', params: { firstRow: 4 } },
    ]);
    expect(graphql.sent('ListHrActions')).toEqual([]);
  });
});

describe('useLabourDisputesStore', () => {
  it('opens a dispute first in the list and records its decision and forwarded protocol in place', async () => {
    graphql
      .on('ListLabourDisputes', () => ({ labourDisputes: [dispute({ id: 'ld-0' })] }))
      .on('OpenLabourDispute', () => ({ openLabourDispute: dispute() }))
      .on('RecordDisputeDecision', () => ({
        recordDisputeDecision: dispute({
          decidedOn: '2026-03-20',
          decision: 'Reinstate',
          protocolDueOn: '2026-03-25',
        }),
      }))
      .on('RecordProtocolForwarded', () => ({
        recordProtocolForwarded: dispute({ decidedOn: '2026-03-20', protocolForwardedOn: '2026-03-24' }),
      }));
    const store = useLabourDisputesStore();
    await store.load();
    await store.open({ personId: BOLAT.id, appliedOn: '2026-03-01', body: 'court' });
    expect(store.disputes.map((item) => item.id)).toEqual(['ld-1', 'ld-0']);
    const signed = { agencyRepresentativeAttended: true, signatories: [{ name: 'Айгүл' }] };
    await store.recordDecision('ld-1', { decision: ' Reinstate ', ...signed });
    expect(store.disputes[0]?.protocolDueOn).toBe('2026-03-25');
    await store.recordProtocolForwarded('ld-1', '2026-03-24');
    expect(graphql.sent('RecordDisputeDecision')).toEqual([
      { id: 'ld-1', input: { decision: 'Reinstate', ...signed } },
    ]);
    expect(graphql.sent('RecordProtocolForwarded')).toEqual([{ id: 'ld-1', forwardedOn: '2026-03-24' }]);
    expect(store.disputes[0]?.protocolForwardedOn).toBe('2026-03-24');
    expect(store.disputes).toHaveLength(2);
  });
});
