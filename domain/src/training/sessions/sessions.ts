import { checkedPage } from '../../kernel/paging.js';
import { raw } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { lacksKazakhOrRussian, toLocalizedText, type LocalizedInput } from '../localized-input.js';
import { COMPLETION_READERS, requireTrainingManager } from '../training-roles.js';
import {
  SESSION_KINDS,
  SessionAttendance,
  TrainingSession,
  type ITrainingSession,
  type SessionKind,
  type SessionMaterial,
  type SessionStatus,
} from './session.entity.js';

const MAX_TRAINER = 300;
const MAX_MATERIALS = 20;
/** A working day of training at most; a longer course is recorded as several sessions. */
const MAX_DURATION_MINUTES = 8 * 60;
export const MAX_SESSION_PAGE = 100;

export interface SessionInput {
  kind: SessionKind;
  topic: LocalizedInput;
  /** YYYY-MM-DD */
  plannedOn: string;
  trainer: string;
  durationMinutes: number;
  knowledgeCheck?: boolean;
  materials?: readonly SessionMaterial[];
}

function checkedDay(text: string, field: string): string {
  const day = parseCalendarDay(text);
  if (!day) throw ValidationError.because('training.session.day', { field });
  return day;
}

/** The session's fields as entered, checked: each refusal names its field. */
function checkedSession(input: SessionInput) {
  if (!SESSION_KINDS.includes(input.kind))
    throw ValidationError.because('training.session.kind', { field: 'kind' });
  if (lacksKazakhOrRussian(input.topic))
    throw ValidationError.because('training.session.topic', { field: 'topic' });
  const trainer = input.trainer.trim();
  if (!trainer || trainer.length > MAX_TRAINER) {
    throw ValidationError.because('training.session.trainer', { field: 'trainer', max: MAX_TRAINER });
  }
  const minutes = input.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_DURATION_MINUTES) {
    throw ValidationError.because('training.session.duration', {
      field: 'durationMinutes',
      max: MAX_DURATION_MINUTES,
    });
  }
  const materials = (input.materials ?? []).map((material) => ({
    title: material.title.trim(),
    url: material.url.trim(),
  }));
  if (materials.length > MAX_MATERIALS) {
    throw ValidationError.because('training.session.materials', { field: 'materials', max: MAX_MATERIALS });
  }
  materials.forEach((material, index) => {
    if (!material.title || material.title.length > MAX_TRAINER || !/^https?:\/\/\S+$/.test(material.url)) {
      throw ValidationError.because('training.session.material', {
        field: `materials.${index}`,
        row: index + 1,
      });
    }
  });
  return {
    kind: input.kind,
    topic: toLocalizedText(input.topic),
    plannedOn: checkedDay(input.plannedOn, 'plannedOn'),
    trainer,
    durationMinutes: minutes,
    knowledgeCheck: input.knowledgeCheck ?? false,
    materials,
  };
}

/** Plans a session (§5.3, §68; §5.4 for the compliance staff's upskilling). The caller flushes. */
export async function planSession(
  em: EntityManager,
  actor: Actor,
  input: SessionInput,
): Promise<ITrainingSession> {
  requireTrainingManager(actor, 'plan training sessions');
  const fields = checkedSession(input);
  const session = em.create(TrainingSession, {
    id: newId(),
    organization: actor.organizationId,
    ...fields,
    status: 'planned',
    heldOn: null,
    createdBy: actor.personId,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.session_planned',
    entityType: 'TrainingSession',
    entityId: session.id,
    data: { kind: fields.kind, plannedOn: fields.plannedOn },
  });
  return session;
}

/** The session of the actor's organisation, locked for change; NOT_FOUND for anyone else's. */
export async function lockedSession(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
): Promise<ITrainingSession> {
  const session = isUuid(sessionId)
    ? await lockedFresh(em, TrainingSession, { id: sessionId, organization: actor.organizationId })
    : null;
  if (!session) throw NotFoundError.forId('TrainingSession', sessionId);
  return session;
}

/** Changes what a session is; its attendance stays. */
export async function editSession(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
  input: SessionInput,
): Promise<ITrainingSession> {
  requireTrainingManager(actor, 'edit training sessions');
  const fields = checkedSession(input);
  const session = await lockedSession(em, actor, sessionId);
  em.assign(session, fields);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.session_edited',
    entityType: 'TrainingSession',
    entityId: session.id,
  });
  return session;
}

/**
 * Marks a session held on a day (not in the future) or cancelled, or back to planned. A session
 * with attendance recorded stays held: the attendance says it took place.
 */
export async function setSessionStatus(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
  status: SessionStatus,
  heldOn: string | null,
  now: Date = new Date(),
): Promise<ITrainingSession> {
  requireTrainingManager(actor, 'record training sessions');
  const session = await lockedSession(em, actor, sessionId);
  if (status === 'held') {
    const day = checkedDay(heldOn ?? '', 'heldOn');
    if (day > kazakhstanDay(now))
      throw ValidationError.because('training.session.heldInFuture', { field: 'heldOn' });
    session.heldOn = day;
  } else {
    const attended = await em.count(SessionAttendance, { session: session.id, status: 'attended' });
    if (attended > 0) throw ValidationError.because('training.session.hasAttendance', { field: 'status' });
    session.heldOn = null;
  }
  session.status = status;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.session_status_set',
    entityType: 'TrainingSession',
    entityId: session.id,
    data: { status, heldOn: session.heldOn },
  });
  return session;
}

export interface SessionListInput {
  search?: string | null;
  /** Sessions planned or held from this day on (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
  limit?: number | null;
  offset?: number | null;
}

export interface SessionSummary {
  session: ITrainingSession;
  attended: number;
  absent: number;
}

/** The organisation's sessions, newest first, with their attendance counts, a page at a time. */
export async function listSessions(
  em: EntityManager,
  actor: Actor,
  input: SessionListInput,
): Promise<{ total: number; sessions: SessionSummary[] }> {
  requireAnyRole(actor, COMPLETION_READERS, 'read training sessions');
  const { limit, offset } = checkedPage(input, { max: MAX_SESSION_PAGE, defaultLimit: 25 });
  const where: FilterQuery<ITrainingSession>[] = [{ organization: actor.organizationId }];
  if (input.from) where.push({ plannedOn: { $gte: checkedDay(input.from, 'from') } });
  if (input.to) where.push({ plannedOn: { $lte: checkedDay(input.to, 'to') } });
  const search = (input.search ?? '').trim();
  if (search.length > MAX_TRAINER) {
    throw ValidationError.because('org.searchTooLong', { field: 'search', max: MAX_TRAINER });
  }
  if (search) {
    // The topic in any of its languages, or the trainer.
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push({
      $or: [
        { trainer: { $ilike: like } },
        {
          [raw(
            (alias: string) =>
              `concat_ws(' ', ${alias}.topic->>'kk', ${alias}.topic->>'ru', ${alias}.topic->>'en')`,
          )]: { $ilike: like },
        },
      ],
    });
  }
  const [sessions, total] = await em.findAndCount(
    TrainingSession,
    { $and: where },
    { orderBy: { plannedOn: 'desc', id: 'asc' }, limit, offset },
  );
  return { total, sessions: await summariseSessions(em, sessions) };
}

/** One session of the actor's organisation with its attendance counts; NOT_FOUND for anyone else's. */
export async function getSession(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
): Promise<SessionSummary> {
  requireAnyRole(actor, COMPLETION_READERS, 'read training sessions');
  const session = isUuid(sessionId)
    ? await em.findOne(TrainingSession, { id: sessionId, organization: actor.organizationId })
    : null;
  if (!session) throw NotFoundError.forId('TrainingSession', sessionId);
  const [summary] = await summariseSessions(em, [session]);
  return summary!;
}

/** The sessions with how many attended and were absent, counted in one query. */
export async function summariseSessions(
  em: EntityManager,
  sessions: readonly ITrainingSession[],
): Promise<SessionSummary[]> {
  const counts =
    sessions.length === 0
      ? []
      : await em.execute<{ session_id: string; attended: string; absent: string }[]>(
          `select session_id, count(*) filter (where status = 'attended') as attended,
                  count(*) filter (where status = 'absent') as absent
             from session_attendance where session_id in (${sessions.map(() => '?').join(', ')})
            group by session_id`,
          sessions.map((session) => session.id),
        );
  const byId = new Map(counts.map((row) => [row.session_id, row]));
  return sessions.map((session) => ({
    session,
    attended: Number(byId.get(session.id)?.attended ?? 0),
    absent: Number(byId.get(session.id)?.absent ?? 0),
  }));
}
