import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { buildOrganization } from '../../testing/index.js';
import { recordAttendance } from '../../training/sessions/attendance.js';
import { planSession, setSessionStatus, type SessionInput } from '../../training/sessions/sessions.js';
import { declarationMeetings } from './declaration-meetings.js';
import { createFinancialWorld, type FinancialWorld } from './financial-fixtures.js';

let w: FinancialWorld;
let training: Actor;
const NOW = new Date('2026-06-10T04:00:00Z');

beforeAll(async () => {
  w = await createFinancialWorld();
  // The organisation's admin plans and records training, as in the training tests.
  training = { ...w.org.admin, roles: ['employee', 'training_admin'] };
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

function meeting(plannedOn: string, kind: SessionInput['kind'] = 'declaration_meeting'): SessionInput {
  return {
    kind,
    topic: { kk: 'Декларация деректерін жариялау', ru: 'Публикация данных деклараций' },
    plannedOn,
    trainer: 'Бірінші басшы',
    durationMinutes: 60,
  };
}

const plan = async (plannedOn: string, kind?: SessionInput['kind'], actor = training) =>
  (await w.inTx((tx) => planSession(tx, actor, meeting(plannedOn, kind)))).id;

describe("the first head's explanatory meeting on declaring (§29)", () => {
  it('is not held in a year without one', async () => {
    expect(await declarationMeetings(em(), w.hr, 2024)).toEqual({
      meetings: [],
      held: false,
      // HR neither plans training sessions nor opens Training's pages.
      viewerPlans: false,
      viewerOpens: false,
    });
  });

  it("lists the year's meetings with their attendance counts, and says one was held", async () => {
    const people = await Promise.all([w.person(), w.person(), w.person()]);
    const held = await plan('2026-03-02');
    await w.inTx((tx) =>
      recordAttendance(
        tx,
        training,
        held,
        [
          { personId: people[0].person.id, status: 'attended' },
          { personId: people[1].person.id, status: 'attended' },
          { personId: people[2].person.id, status: 'absent', reason: 'Іссапарда' },
        ],
        NOW,
      ),
    );
    const planned = await plan('2026-11-20');
    const cancelled = await plan('2026-02-01');
    await w.inTx((tx) => setSessionStatus(tx, training, cancelled, 'cancelled', null, NOW));
    // Not listed for 2026: a seminar, a meeting of 2025, another organisation's meeting.
    await plan('2026-04-01', 'seminar');
    const lastYear = await plan('2025-12-15');
    const other = await buildOrganization(em());
    await plan('2026-03-03', 'declaration_meeting', {
      ...other.admin,
      roles: ['employee', 'training_admin'],
    });

    const result = await declarationMeetings(em(), w.hr, 2026);
    expect(result).toEqual({
      held: true,
      viewerPlans: false,
      viewerOpens: false,
      meetings: [
        { sessionId: cancelled, status: 'cancelled', day: '2026-02-01', attended: 0, absent: 0 },
        { sessionId: held, status: 'held', day: '2026-03-02', attended: 2, absent: 1 },
        { sessionId: planned, status: 'planned', day: '2026-11-20', attended: 0, absent: 0 },
      ],
    });
    // The first head reads them too, and opens the sessions without planning them.
    expect(await declarationMeetings(em(), w.firstHead, 2026)).toEqual({
      ...result,
      viewerPlans: false,
      viewerOpens: true,
    });
    // HR who also administers training plans them.
    expect(
      await declarationMeetings(em(), { ...w.hr, roles: ['employee', 'hr_officer', 'training_admin'] }, 2026),
    ).toMatchObject({ viewerPlans: true, viewerOpens: true });
    // The year before has only its planned meeting, not held.
    expect(await declarationMeetings(em(), w.hr, 2025)).toEqual({
      held: false,
      viewerPlans: false,
      viewerOpens: false,
      meetings: [{ sessionId: lastYear, status: 'planned', day: '2025-12-15', attended: 0, absent: 0 }],
    });
  });

  it('counts a meeting in the year it was held, not the one it was planned for', async () => {
    const moved = await plan('2027-01-10');
    await w.inTx((tx) => setSessionStatus(tx, training, moved, 'held', '2026-05-20', NOW));
    expect((await declarationMeetings(em(), w.hr, 2027)).meetings).toEqual([]);
    expect((await declarationMeetings(em(), w.hr, 2026)).meetings).toContainEqual({
      sessionId: moved,
      status: 'held',
      day: '2026-05-20',
      attended: 0,
      absent: 0,
    });
  });

  it('is read by HR and the first head only, for a sensible year', async () => {
    const { actor } = await w.person();
    await expect(declarationMeetings(em(), actor, 2026)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(declarationMeetings(em(), w.hr, 1066)).rejects.toBeInstanceOf(ValidationError);
  });
});
