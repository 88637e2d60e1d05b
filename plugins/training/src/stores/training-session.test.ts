import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { useAttendanceSheet } from '../composables/attendance-sheet';
import { recordedAttendance, trainingSession } from '../testing/samples';
import { useTrainingSessionStore, type RecordedAttendance } from './training-session';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ graphqlUrl: 'https://adal.test/graphql', token: 'token-trainer' }),
}));

let graphql: FakeGraphql;
let attendance: RecordedAttendance[];
let session = trainingSession();

const DANA = { id: 'person-1', fullName: 'Дана Омарова', email: 'd.omarova@example.kz' };
const BOLAT = { id: 'person-2', fullName: 'Болат Омаров', email: 'b.omarov@example.kz' };

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
  session = trainingSession({ attended: 1, absent: 0 });
  attendance = [recordedAttendance()];
  graphql.on('GetTrainingSession', ({ id }) => ({
    trainingSession: { ...session, id },
    sessionAttendance: [...attendance],
  }));
});

function sheetOf(store: ReturnType<typeof useTrainingSessionStore>) {
  return useAttendanceSheet({
    knowledgeCheck: () => store.session?.knowledgeCheck ?? false,
    recorded: () => store.attendance,
    send: (entries) => store.record(entries),
  });
}

describe('useTrainingSessionStore', () => {
  it('loads the session with its attendance, and changes its status with the answer', async () => {
    graphql.on('SetTrainingSessionStatus', ({ status, heldOn }) => ({
      setTrainingSessionStatus: { ...session, status, heldOn },
    }));
    const store = useTrainingSessionStore();
    await store.load('session-1');
    expect([store.status, store.session?.id, store.attendance.map((a) => a.personId)]).toEqual([
      'ready',
      'session-1',
      ['person-1'],
    ]);
    await store.setStatus('cancelled');
    expect(graphql.sent('SetTrainingSessionStatus')).toEqual([
      { id: 'session-1', status: 'cancelled', heldOn: null },
    ]);
    expect(store.session?.status).toBe('cancelled');
  });

  it('says NOT_FOUND for a session that is not there, for the page to refuse', async () => {
    graphql.on('GetTrainingSession', () => {
      throw new AdalGraphqlError('NOT_FOUND', 'TrainingSession ghost was not found');
    });
    const store = useTrainingSessionStore();
    await store.load('ghost');
    expect([store.status, store.error?.code]).toEqual(['error', 'NOT_FOUND']);
  });
});

describe('attendance import', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the list as a multipart request for the session, and reads the session again after an import', async () => {
    const requests: { url: string; body: FormData }[] = [];
    const preview = { attended: 1, absent: 0, rows: [], errors: [] };
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push({ url, body: init.body as FormData });
      const operations = JSON.parse(String((init.body as FormData).get('operations'))) as { query: string };
      const field = operations.query.includes('previewSessionAttendanceImport')
        ? 'previewSessionAttendanceImport'
        : 'importSessionAttendance';
      return new Response(JSON.stringify({ data: { [field]: preview } }));
    });
    const store = useTrainingSessionStore();
    await store.load('session-1');
    const file = new File(['email,attended\n'], 'seminar.xlsx');
    expect(await store.previewImport(file)).toEqual(preview);
    expect(graphql.sent('GetTrainingSession')).toHaveLength(1);
    await store.importFile(file);
    expect(requests.map((r) => r.url)).toEqual(['https://adal.test/graphql', 'https://adal.test/graphql']);
    const [first] = requests;
    expect(JSON.parse(String(first?.body.get('operations')))).toMatchObject({
      variables: { sessionId: 'session-1', file: null },
    });
    expect(JSON.parse(String(first?.body.get('map')))).toEqual({ 0: ['variables.file'] });
    expect((first?.body.get('0') as File).name).toBe('seminar.xlsx');
    // The import changes the counts and the status: the session is read again.
    expect(graphql.sent('GetTrainingSession')).toHaveLength(2);
  });
});

describe('useAttendanceSheet', () => {
  it('records an attendee with a score and an absentee with the reason, then reads the session again', async () => {
    graphql.on('RecordSessionAttendance', ({ entries }) => {
      attendance = [
        recordedAttendance(),
        recordedAttendance({
          ...BOLAT,
          personId: BOLAT.id,
          status: 'absent',
          reason: 'Іссапарда',
          scorePercent: null,
        }),
      ];
      session = { ...session, attended: 1, absent: 1 };
      return { recordSessionAttendance: (entries as unknown[]).length };
    });
    const store = useTrainingSessionStore();
    await store.load('session-1');
    const sheet = sheetOf(store);

    // A person already recorded comes with what was recorded, to be changed.
    expect(sheet.add(DANA)).toBe(true);
    expect(sheet.add(DANA)).toBe(false);
    expect(sheet.rows.value[0]).toMatchObject({ status: 'attended', scorePercent: 80 });
    sheet.rows.value[0]!.scorePercent = 95;
    sheet.add(BOLAT);
    sheet.rows.value[1]!.status = 'absent';
    expect(await sheet.submit()).toBeNull();
    expect(sheet.rowErrors.value).toEqual([{}, { reason: 'record.required.reason' }]);
    sheet.rows.value[1]!.reason = ' Іссапарда ';

    expect(await sheet.submit()).toBe(2);
    expect(graphql.sent('RecordSessionAttendance')).toEqual([
      {
        sessionId: 'session-1',
        entries: [
          { personId: 'person-1', status: 'attended', scorePercent: 95 },
          { personId: 'person-2', status: 'absent', reason: 'Іссапарда' },
        ],
      },
    ]);
    expect(sheet.rows.value).toEqual([]);
    expect([store.session?.absent, store.attendance.length]).toEqual([1, 2]);
  });

  it('keeps every row and the recorded list as they were when a row is refused, and names that row', async () => {
    graphql.on('RecordSessionAttendance', () => {
      throw new AdalGraphqlError('VALIDATION', 'Row 2: this person is not on the organisation’s staff', {
        details: {
          messageKey: 'training.attendance.unknownPerson',
          params: { row: 2 },
          field: 'entries.1.personId',
        },
      });
    });
    const store = useTrainingSessionStore();
    await store.load('session-1');
    const sheet = sheetOf(store);
    sheet.add(DANA);
    sheet.add(BOLAT);

    expect(await sheet.submit()).toBeNull();
    expect(sheet.refusedAt.value).toEqual({ row: 1, field: 'personId' });
    expect(sheet.sheetError.value).toBeNull();
    expect(sheet.rows.value.map((row) => row.personId)).toEqual(['person-1', 'person-2']);
    expect(graphql.sent('GetTrainingSession')).toHaveLength(1);
    expect(store.attendance.map((a) => a.personId)).toEqual(['person-1']);

    // The refusal concerned the rows sent: once they change, it no longer stands.
    sheet.remove('person-2');
    await Promise.resolve();
    expect(sheet.refusedAt.value).toBeNull();
  });

  it('sends no score for a session without a knowledge check', async () => {
    session = trainingSession({ knowledgeCheck: false });
    graphql.on('RecordSessionAttendance', () => ({ recordSessionAttendance: 1 }));
    const store = useTrainingSessionStore();
    await store.load('session-1');
    const sheet = sheetOf(store);
    sheet.add(BOLAT);
    sheet.rows.value[0]!.scorePercent = 70;
    await sheet.submit();
    expect(graphql.sent('RecordSessionAttendance')[0]?.['entries']).toEqual([
      { personId: 'person-2', status: 'attended' },
    ]);
  });
});
