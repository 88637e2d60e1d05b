import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import type { IPerson } from '../../org/person.entity.js';
import type { ImportRowError } from '../../org/people-import-rows.js';
import {
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  outcomes,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import { attendanceTemplateXlsx, importAttendance, previewAttendanceImport } from './attendance-import.js';
import { recordAttendance, sessionAttendance } from './attendance.js';
import { SessionAttendance, TrainingSession } from './session.entity.js';
import { planSession, type SessionInput } from './sessions.js';

let db: TestDatabase;
let org: BuiltOrganization;
let trainer: Actor;
let aigul: IPerson;
let asel: IPerson;

const NOW = new Date('2026-10-20T06:00:00Z');
const SEMINAR: SessionInput = {
  kind: 'seminar',
  topic: { kk: 'Сыйлықтар', ru: 'Подарки' },
  plannedOn: '2026-10-15',
  trainer: 'А. Серікова',
  durationMinutes: 90,
  knowledgeCheck: true,
  materials: [],
};
const HEADER = 'email,iin,full_name,attended,reason,score_percent';

const csv = (lines: readonly string[]) => ({
  filename: 'attendance.csv',
  content: new TextEncoder().encode(`${lines.join('\n')}\n`),
});

async function errorsOf(promise: Promise<unknown>): Promise<ImportRowError[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return ((error as ValidationError).details?.['errors'] ?? []) as ImportRowError[];
}

async function seminar(input: Partial<SessionInput> = {}): Promise<string> {
  return db.orm.em
    .fork()
    .transactional(async (em) => (await planSession(em, trainer, { ...SEMINAR, ...input })).id);
}

const rowsOf = (sessionId: string) => db.orm.em.fork().count(SessionAttendance, { session: sessionId });

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  trainer = { ...org.admin, roles: ['employee', 'training_admin'] };
  aigul = buildPerson(em, org.organization, org.root, {
    fullName: 'Айгүл Серікова',
    email: 'a.serikova@corp.kz',
    iin: '900101400013',
  });
  buildPerson(em, org.organization, org.root, { fullName: 'Ерлан Жұмабаев', email: 'e.zhumabaev@corp.kz' });
  asel = buildPerson(em, org.organization, org.root, {
    fullName: 'Асель Нұрланова',
    email: 'a.nurlanova@corp.kz',
  });
  // Two people share a name: a row naming only it is ambiguous.
  buildPerson(em, org.organization, org.root, { fullName: 'Данияр Қасымов' });
  buildPerson(em, org.organization, org.root, { fullName: 'Данияр  ҚАСЫМОВ' });
  const other = await buildOrganization(em);
  buildPerson(em, other.organization, other.root, { email: 'stranger@other.kz', iin: '850505300017' });
  await em.flush();
});

afterAll(async () => {
  await db?.drop();
});

describe('attendance imported from a list (§68)', () => {
  it('previews the rows matched by email, IIN or name, with who attended, who did not and why, and the scores', async () => {
    const sessionId = await seminar();
    const preview = await previewAttendanceImport(
      db.orm.em.fork(),
      trainer,
      sessionId,
      csv([
        HEADER,
        'A.Serikova@corp.kz,,,иә,,85',
        ',,  асель   нұрланова ,жоқ,Іссапарда,',
        ',,Ерлан Жұмабаев,да,,60%',
      ]),
      NOW,
    );
    expect(preview.errors).toEqual([]);
    expect(
      preview.rows.map((r) => [r.row, r.fullName, r.matchedBy, r.status, r.reason, r.scorePercent]),
    ).toEqual([
      [2, 'Айгүл Серікова', 'email', 'attended', null, 85],
      [3, 'Асель Нұрланова', 'name', 'absent', 'Іссапарда', null],
      [4, 'Ерлан Жұмабаев', 'name', 'attended', null, 60],
    ]);
    expect([preview.attended, preview.absent]).toEqual([2, 1]);
    // A preview records nothing, and leaves a planned session planned.
    expect(await rowsOf(sessionId)).toBe(0);
    expect((await db.orm.em.fork().findOneOrFail(TrainingSession, sessionId)).status).toBe('planned');
  });

  it('lists every problem row by row: unknown person, another organisation’s, bad score, duplicate row', async () => {
    const sessionId = await seminar();
    const preview = await previewAttendanceImport(
      db.orm.em.fork(),
      trainer,
      sessionId,
      csv([
        HEADER,
        'nobody@corp.kz,,,yes,,',
        'stranger@other.kz,,,yes,,',
        ',850505300017,,yes,,',
        ',900101400013,,yes,,101',
        'a.serikova@corp.kz,,,yes,,',
        ',,Данияр Қасымов,yes,,',
        ',,Бейтаныс Адам,yes,,',
        'e.zhumabaev@corp.kz,,,maybe,,',
        'a.nurlanova@corp.kz,,,no,,',
        'a.nurlanova@corp.kz,900101400013,,yes,,',
      ]),
      NOW,
    );
    expect(preview.errors.map((e) => [e.row, e.column ?? null, e.messageKey, e.params ?? {}])).toEqual([
      [2, 'email', 'training.attendanceImport.unknownEmail', { email: 'nobody@corp.kz' }],
      [3, 'email', 'training.attendanceImport.otherOrganization', { who: 'stranger@other.kz' }],
      [4, 'iin', 'training.attendanceImport.otherOrganization', { who: '850505300017' }],
      [5, 'score_percent', 'training.attendanceImport.score', { value: '101' }],
      [6, null, 'training.attendanceImport.duplicate', { firstRow: 5 }],
      [7, 'full_name', 'training.attendanceImport.sameName', { name: 'Данияр Қасымов', count: 2 }],
      [8, 'full_name', 'training.attendanceImport.unknownName', { name: 'Бейтаныс Адам' }],
      [9, 'attended', 'training.attendanceImport.attendedUnknown', { value: 'maybe' }],
      [10, 'reason', 'training.attendanceImport.reasonRequired', {}],
      [11, 'iin', 'training.attendanceImport.twoPeople', {}],
    ]);
    expect(preview.rows).toEqual([]);
  });

  it('imports nothing while any row is bad, and all of a good list at once', async () => {
    const sessionId = await seminar();
    const errors = await errorsOf(
      db.orm.em
        .fork()
        .transactional((em) =>
          importAttendance(
            em,
            trainer,
            sessionId,
            csv([HEADER, 'a.serikova@corp.kz,,,yes,,90', 'nobody@corp.kz,,,yes,,']),
            NOW,
          ),
        ),
    );
    expect(errors.map((e) => e.messageKey)).toEqual(['training.attendanceImport.unknownEmail']);
    expect(await rowsOf(sessionId)).toBe(0);
    expect((await db.orm.em.fork().findOneOrFail(TrainingSession, sessionId)).status).toBe('planned');

    const imported = await db.orm.em
      .fork()
      .transactional((em) =>
        importAttendance(
          em,
          trainer,
          sessionId,
          csv([HEADER, 'a.serikova@corp.kz,,,yes,,90', 'e.zhumabaev@corp.kz,,,no,Ауырып қалды,']),
          NOW,
        ),
      );
    expect([imported.attended, imported.absent]).toEqual([1, 1]);
    const recorded = await sessionAttendance(db.orm.em.fork(), trainer, sessionId);
    expect(recorded.map((r) => [r.person.fullName, r.status, r.reason, r.scorePercent])).toEqual([
      ['Айгүл Серікова', 'attended', null, 90],
      ['Ерлан Жұмабаев', 'absent', 'Ауырып қалды', null],
    ]);
    // Attendance of a planned session whose day has come marks it held on its day.
    const session = await db.orm.em.fork().findOneOrFail(TrainingSession, sessionId);
    expect([session.status, session.heldOn]).toEqual(['held', '2026-10-15']);
    const [event] = await db.orm.em
      .fork()
      .find(AuditEvent, { action: 'training.attendance_imported', entityId: sessionId });
    expect(event?.data).toEqual({ filename: 'attendance.csv', attended: 1, absent: 1 });
  });

  it('reads the XLSX template with its Kazakh/Russian headings, replacing what was marked for the same people', async () => {
    const sessionId = await seminar();
    await db.orm.em
      .fork()
      .transactional((em) =>
        recordAttendance(em, trainer, sessionId, [{ personId: asel.id, status: 'attended' }], NOW),
      );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await attendanceTemplateXlsx()).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Электрондық пошта / Электронная почта',
      'ЖСН / ИИН',
      'Аты-жөні / ФИО',
      'Қатысты (иә/жоқ) / Присутствовал (да/нет)',
      'Қатыспау себебі / Причина отсутствия',
      'Тексеру нәтижесі, % / Результат проверки, %',
    ]);
    sheet.addRow(['', '900101400013', '', 'Иә', '', 75]);
    sheet.addRow(['a.nurlanova@corp.kz', '', '', 'Нет', 'Демалыста', '']);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    await db.orm.em
      .fork()
      .transactional((em) =>
        importAttendance(em, trainer, sessionId, { filename: 'Seminar.XLSX', content }, NOW),
      );
    const recorded = await sessionAttendance(db.orm.em.fork(), trainer, sessionId);
    expect(recorded.map((r) => [r.person.id, r.status, r.reason, r.scorePercent])).toEqual([
      [aigul.id, 'attended', null, 75],
      [asel.id, 'absent', 'Демалыста', null],
    ]);
  });

  it('refuses a score for a session without a knowledge check, a list without the attended column, and a session whose day is still to come', async () => {
    const noCheck = await seminar({ knowledgeCheck: false });
    const preview = await previewAttendanceImport(
      db.orm.em.fork(),
      trainer,
      noCheck,
      csv([HEADER, 'a.serikova@corp.kz,,,yes,,80']),
      NOW,
    );
    expect(preview.errors.map((e) => e.messageKey)).toEqual(['training.attendanceImport.noCheck']);
    const noColumn = await previewAttendanceImport(
      db.orm.em.fork(),
      trainer,
      noCheck,
      csv(['email,reason', 'a.serikova@corp.kz,']),
      NOW,
    );
    expect(noColumn.errors).toMatchObject([
      { row: 1, column: 'attended', messageKey: 'training.attendanceImport.missingColumn' },
    ]);
    const future = await seminar({ plannedOn: '2026-11-30' });
    await expect(
      previewAttendanceImport(
        db.orm.em.fork(),
        trainer,
        future,
        csv([HEADER, 'a.serikova@corp.kz,,,yes,,']),
        NOW,
      ),
    ).rejects.toMatchObject({ messageKey: 'training.attendance.notYet' });
  });

  it('is for the training managers only', async () => {
    const sessionId = await seminar();
    const reader: Actor = { ...trainer, roles: ['employee', 'auditor'] };
    await expect(
      previewAttendanceImport(
        db.orm.em.fork(),
        reader,
        sessionId,
        csv([HEADER, 'a.serikova@corp.kz,,,yes,,']),
        NOW,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('takes turns with other imports of the same session: each person is recorded once', async () => {
    const sessionId = await seminar();
    const settled = await concurrently(db.orm, 4, (em, index) =>
      importAttendance(
        em,
        trainer,
        sessionId,
        csv([HEADER, `a.serikova@corp.kz,,,yes,,${60 + index}`, 'e.zhumabaev@corp.kz,,,yes,,']),
        NOW,
      ),
    );
    expect(outcomes(settled).rejected).toEqual([]);
    expect(await rowsOf(sessionId)).toBe(2);
  });
});
