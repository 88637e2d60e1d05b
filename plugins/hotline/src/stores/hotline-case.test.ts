import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { ANNA, BOLAT, hotlineCase } from '../testing/samples';
import { useCaseConversationStore } from './case-conversation';
import { useCaseFindingsStore } from './case-findings';
import { useHotlineCaseStore } from './hotline-case';
import { useInvestigatorCandidatesStore } from './investigator-candidates';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: { graphqlUrl: 'https://adal.example/graphql', token: 'token-1' },
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
  graphql.on('GetHotlineCase', ({ id }) => ({ hotlineCase: hotlineCase({ id: String(id) }) }));
});

async function openCase() {
  const store = useHotlineCaseStore();
  await store.load('case-1');
  return store;
}

describe('useHotlineCaseStore', () => {
  it('never shows one case while another loads', async () => {
    const store = await openCase();
    let release: () => void = () => {};
    graphql.on(
      'GetHotlineCase',
      ({ id }) =>
        new Promise((resolve) => {
          release = () => resolve({ hotlineCase: hotlineCase({ id: String(id), number: 'HL-2026-0002' }) });
        }),
    );
    const loading = store.load('case-2');
    expect(store.hotlineCase).toBeNull();
    release();
    await loading;
    expect(store.hotlineCase?.number).toBe('HL-2026-0002');
  });

  it('acknowledges with the trimmed message, or none, and shows the case the server returns', async () => {
    graphql.on('AcknowledgeHotlineCase', () => ({
      acknowledgeHotlineCase: hotlineCase({ status: 'acknowledged', acknowledgedAt: '2026-03-02T10:00:00Z' }),
    }));
    const store = await openCase();
    await store.acknowledge('  We are looking at it.  ');
    await store.acknowledge('   ');
    expect(graphql.sent('AcknowledgeHotlineCase')).toEqual([
      { id: 'case-1', message: 'We are looking at it.' },
      { id: 'case-1', message: null },
    ]);
    expect(store.hotlineCase?.status).toBe('acknowledged');
  });

  it('leaves the case as it was when acknowledging a closed case is refused', async () => {
    graphql.on('AcknowledgeHotlineCase', () => {
      throw new AdalGraphqlError('CONFLICT', 'A closed case cannot be acknowledged');
    });
    const store = await openCase();
    await expect(store.acknowledge()).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(store.hotlineCase?.status).toBe('received');
  });

  it('triages, links the named people and assigns investigators by id', async () => {
    graphql
      .on('TriageHotlineCase', () => ({
        triageHotlineCase: hotlineCase({ scope: 'in_scope', status: 'in_progress' }),
      }))
      .on('LinkHotlineInvolvedPersons', () => ({
        linkHotlineInvolvedPersons: hotlineCase({ involvedPersons: [BOLAT] }),
      }))
      .on('AssignHotlineCase', () => ({ assignHotlineCase: hotlineCase({ assignees: [ANNA] }) }));
    const store = await openCase();
    await store.triage({ scope: 'out_of_scope', reason: 'personal_revenge' });
    await store.linkInvolvedPersons([BOLAT.id]);
    await store.assign([ANNA.id]);
    expect(graphql.sent('TriageHotlineCase')).toEqual([
      { id: 'case-1', input: { scope: 'out_of_scope', reason: 'personal_revenge' } },
    ]);
    expect(graphql.sent('LinkHotlineInvolvedPersons')).toEqual([{ id: 'case-1', personIds: ['p-bolat'] }]);
    expect(graphql.sent('AssignHotlineCase')).toEqual([{ id: 'case-1', investigatorIds: ['p-anna'] }]);
    expect(store.hotlineCase?.assignees).toEqual([ANNA]);
  });

  it('lets the case go when naming someone takes it out of the viewer’s hands (ADR 008)', async () => {
    graphql.on('LinkHotlineInvolvedPersons', () => ({ linkHotlineInvolvedPersons: null }));
    const store = await openCase();
    await store.linkInvolvedPersons(['p-head']);
    expect(store.hotlineCase).toBeNull();
    expect(store.letGo).toBe('HL-2026-0001');
    await store.load('case-2');
    expect(store.letGo).toBeNull();
  });

  it('refuses an action when no case is open, without asking the server', async () => {
    const store = useHotlineCaseStore();
    await expect(store.close({ outcome: 'substantiated', messageToReporter: 'Done' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(graphql.requests).toEqual([]);
  });
});

describe('useCaseConversationStore', () => {
  it('sends messages, questions, interim feedback with its days, and private notes, trimmed', async () => {
    graphql
      .on('SendHotlineMessage', () => ({ sendHotlineMessage: hotlineCase() }))
      .on('GiveHotlineInterimFeedback', () => ({
        giveHotlineInterimFeedback: hotlineCase({ checkDays: 10 }),
      }))
      .on('AddHotlineNote', () => ({ addHotlineNote: hotlineCase() }));
    const cases = await openCase();
    const conversation = useCaseConversationStore();
    await conversation.send('question', ' Which tender was it? ');
    await conversation.giveInterimFeedback(' The check needs ten more days. ', 10);
    await conversation.giveInterimFeedback('No investigation is needed: the contract was cancelled.', null);
    await conversation.addNote(' Call the procurement archive. ');
    expect(graphql.sent('SendHotlineMessage')).toEqual([
      { id: 'case-1', input: { kind: 'question', body: 'Which tender was it?' } },
    ]);
    expect(graphql.sent('GiveHotlineInterimFeedback')).toEqual([
      { id: 'case-1', input: { body: 'The check needs ten more days.', checkDays: 10 } },
      { id: 'case-1', input: { body: 'No investigation is needed: the contract was cancelled.' } },
    ]);
    expect(graphql.sent('AddHotlineNote')).toEqual([{ id: 'case-1', body: 'Call the procurement archive.' }]);
    expect(cases.hotlineCase?.checkDays).toBeNull();
  });

  it('sends a message with files as a multipart request with the viewer’s token', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(
        JSON.stringify({ data: { sendHotlineMessage: hotlineCase({ number: 'HL-2026-0001' }) } }),
      );
    });
    await openCase();
    const file = new File(['%PDF-1.7'], 'contract.pdf', { type: 'application/pdf' });
    await useCaseConversationStore().send('message', 'The contract is attached.', [file]);
    vi.unstubAllGlobals();

    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('https://adal.example/graphql');
    expect(sent[0]?.init.headers).toMatchObject({ authorization: 'Bearer token-1', 'x-adal-csrf': '1' });
    const body = sent[0]?.init.body as FormData;
    expect(JSON.parse(String(body.get('operations')))).toMatchObject({
      variables: {
        id: 'case-1',
        input: { kind: 'message', body: 'The contract is attached.', attachments: [null] },
      },
    });
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.input.attachments.0'] });
    expect((body.get('0') as File).name).toBe('contract.pdf');
    expect(graphql.sent('SendHotlineMessage')).toEqual([]);
  });
});

describe('useCaseFindingsStore', () => {
  it('records findings and recommendations and marks one done in place', async () => {
    const recommendation = {
      id: 'r-1',
      caseId: 'case-1',
      caseNumber: 'HL-2026-0001',
      kind: 'disciplinary' as const,
      text: 'Reprimand the procurement head',
      owner: ANNA,
      dueOn: '2026-05-01',
      doneAt: null,
      doneNote: null,
      overdue: false,
    };
    graphql
      .on('RecordHotlineFindings', () => ({
        recordHotlineFindings: hotlineCase({ findings: 'Confirmed', outcome: 'substantiated' }),
      }))
      .on('AddHotlineRecommendation', () => ({
        addHotlineRecommendation: hotlineCase({ recommendations: [recommendation] }),
      }))
      .on('CompleteHotlineRecommendation', () => ({
        completeHotlineRecommendation: {
          ...recommendation,
          doneAt: '2026-04-20T09:00:00Z',
          doneNote: 'Order 12',
        },
      }));
    const cases = await openCase();
    const findings = useCaseFindingsStore();
    await findings.recordFindings({ findings: ' Confirmed ', outcome: 'substantiated' });
    await findings.addRecommendation({
      kind: 'disciplinary',
      text: ' Reprimand ',
      ownerId: ANNA.id,
      dueOn: '2026-05-01',
    });
    await findings.completeRecommendation('r-1', ' Order 12 ');

    expect(graphql.sent('RecordHotlineFindings')).toEqual([
      { id: 'case-1', input: { findings: 'Confirmed', outcome: 'substantiated' } },
    ]);
    expect(graphql.sent('AddHotlineRecommendation')).toEqual([
      {
        id: 'case-1',
        input: { kind: 'disciplinary', text: 'Reprimand', ownerId: 'p-anna', dueOn: '2026-05-01' },
      },
    ]);
    expect(graphql.sent('CompleteHotlineRecommendation')).toEqual([{ id: 'r-1', note: 'Order 12' }]);
    expect(cases.hotlineCase?.recommendations[0]?.doneNote).toBe('Order 12');
  });
});

describe('useInvestigatorCandidatesStore', () => {
  it('keeps ineligible candidates with the reason they cannot check the case', async () => {
    graphql.on('ListInvestigatorCandidates', () => ({
      hotlineInvestigatorCandidates: [
        { person: ANNA, eligible: true, reason: null },
        { person: BOLAT, eligible: false, reason: 'named' },
      ],
    }));
    const candidates = useInvestigatorCandidatesStore();
    await candidates.load('case-1');
    expect(graphql.sent('ListInvestigatorCandidates')).toEqual([{ caseId: 'case-1' }]);
    expect(candidates.candidates.map((c) => [c.person.id, c.eligible, c.reason])).toEqual([
      ['p-anna', true, null],
      ['p-bolat', false, 'named'],
    ]);
  });
});
