import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { isUuid } from '../../org/org-queries.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import { COMPLETION_READERS, requireTrainingManager } from '../training-roles.js';
import {
  SessionAttendance,
  type AttendanceStatus,
  type ISessionAttendance,
  type ITrainingSession,
} from './session.entity.js';
import { lockedSession } from './sessions.js';

export const MAX_REASON = 500;
/** A seminar for a whole head office fits; a larger one is recorded in parts. */
export const MAX_ATTENDANCE_ENTRIES = 2000;

export interface AttendanceEntry {
  personId: string;
  status: AttendanceStatus;
  /** Required for `absent` (§68: why the person could not attend). */
  reason?: string | null;
  /** For an attendee of a session with a knowledge check: the score, 0–100. */
  scorePercent?: number | null;
}

export interface CheckedEntry {
  person: IPerson;
  status: AttendanceStatus;
  reason: string | null;
  scorePercent: number | null;
}

/** Each entry checked against the session; the first problem refuses them all, naming its row's field. */
async function checkedEntries(
  em: EntityManager,
  actor: Actor,
  session: ITrainingSession,
  entries: readonly AttendanceEntry[],
): Promise<CheckedEntry[]> {
  if (entries.length === 0 || entries.length > MAX_ATTENDANCE_ENTRIES) {
    throw ValidationError.because('training.attendance.count', {
      field: 'entries',
      max: MAX_ATTENDANCE_ENTRIES,
    });
  }
  const ids = [...new Set(entries.map((entry) => entry.personId).filter(isUuid))];
  // The request's filter keeps other organisations out; a person of another one is unknown here.
  const people = await em.find(Person, { id: { $in: ids }, organization: actor.organizationId });
  const byId = new Map(people.map((person) => [person.id, person]));
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const at = (field: string) => ({ field: `entries.${index}.${field}`, row: index + 1 });
    const person = byId.get(entry.personId);
    if (!person) throw ValidationError.because('training.attendance.unknownPerson', at('personId'));
    if (seen.has(person.id)) throw ValidationError.because('training.attendance.twice', at('personId'));
    seen.add(person.id);
    const reason = entry.reason?.trim() || null;
    if (entry.status === 'absent' && !reason) {
      throw ValidationError.because('training.attendance.reasonRequired', at('reason'));
    }
    if (reason && reason.length > MAX_REASON) {
      throw ValidationError.because('training.attendance.reasonTooLong', {
        ...at('reason'),
        max: MAX_REASON,
      });
    }
    const score = entry.scorePercent ?? null;
    if (score !== null) {
      if (!session.knowledgeCheck || entry.status !== 'attended') {
        throw ValidationError.because('training.attendance.noCheck', at('scorePercent'));
      }
      if (!Number.isInteger(score) || score < 0 || score > 100) {
        throw ValidationError.because('training.attendance.score', at('scorePercent'));
      }
    }
    return {
      person,
      status: entry.status,
      reason: entry.status === 'absent' ? reason : null,
      scorePercent: score,
    };
  });
}

/**
 * Records who attended a session and who could not, with why (§5.3, §68), replacing what was
 * recorded for the same people. Attendance of a planned session whose day has come marks it
 * held on that day. All or nothing: a bad entry refuses every one. Recordings of one session
 * take turns on its row, so two at once never leave a person recorded twice.
 */
export async function recordAttendance(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
  entries: readonly AttendanceEntry[],
  now: Date = new Date(),
): Promise<number> {
  requireTrainingManager(actor, 'record attendance');
  const session = await lockedSession(em, actor, sessionId);
  openForAttendance(session, now);
  const checked = await checkedEntries(em, actor, session, entries);
  await writeAttendance(em, actor, session, checked, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.attendance_recorded',
    entityType: 'TrainingSession',
    entityId: session.id,
    data: {
      attended: checked.filter((entry) => entry.status === 'attended').length,
      absent: checked.filter((entry) => entry.status === 'absent').length,
    },
  });
  return checked.length;
}

/**
 * Refuses attendance of a cancelled session or of one whose day is still to come; a planned
 * session whose day has come is marked held on that day (`apply`: false only checks).
 */
export function openForAttendance(session: ITrainingSession, now: Date, apply = true): void {
  if (session.status === 'cancelled') throw ValidationError.because('training.attendance.cancelled');
  if (session.status === 'planned') {
    if (session.plannedOn > kazakhstanDay(now)) throw ValidationError.because('training.attendance.notYet');
    if (!apply) return;
    session.status = 'held';
    session.heldOn = session.plannedOn;
  }
}

/** Writes checked entries of a locked session, replacing what was recorded for the same people. */
export async function writeAttendance(
  em: EntityManager,
  actor: Actor,
  session: ITrainingSession,
  checked: readonly CheckedEntry[],
  now: Date,
): Promise<void> {
  const existing = await em.find(SessionAttendance, {
    session: session.id,
    person: { $in: checked.map((entry) => entry.person.id) },
  });
  const byPerson = new Map(existing.map((row) => [row.person.id, row]));
  for (const entry of checked) {
    const fields = {
      status: entry.status,
      reason: entry.reason,
      scorePercent: entry.scorePercent,
      recordedBy: actor.personId,
      recordedAt: now,
    };
    const row = byPerson.get(entry.person.id);
    if (row) em.assign(row, fields);
    else {
      em.create(SessionAttendance, {
        id: newId(),
        organization: actor.organizationId,
        session,
        person: entry.person,
        ...fields,
      });
    }
  }
}

/** A session's attendance, by name. */
export async function sessionAttendance(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
): Promise<ISessionAttendance[]> {
  requireAnyRole(actor, COMPLETION_READERS, 'read attendance');
  if (!isUuid(sessionId)) return [];
  return em.find(
    SessionAttendance,
    { session: { id: sessionId, organization: actor.organizationId } },
    { populate: ['person'], orderBy: { person: { fullName: 'asc' } } },
  );
}
