import {
  ATTENDANCE_STATUSES,
  COMPLETION_READERS,
  editSession,
  getSession,
  listSessions,
  MAX_ATTENDANCE_ENTRIES,
  MAX_SESSION_PAGE,
  planSession,
  recordAttendance,
  SESSION_KINDS,
  SESSION_STATUSES,
  sessionAttendance,
  setSessionStatus,
  summariseSessions,
  TRAINING_MANAGERS,
  type EntityManager,
  type ISessionAttendance,
  type SessionInput,
  type SessionMaterial,
  type SessionSummary,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { LocalizedTextInput, toLocalizedInput } from './localized-input.js';

const SessionKindEnum = builder.enumType('TrainingSessionKind', {
  description:
    'Seminar, webinar, external course (§5.3, §68), the compliance staff’s upskilling (§5.4), or the first head’s yearly meeting on publishing declaration data (§29).',
  values: SESSION_KINDS,
});

export const SessionStatusEnum = builder.enumType('TrainingSessionStatus', {
  description: 'Planned, held on a day, or cancelled: §74.3 counts the share of planned trainings held.',
  values: SESSION_STATUSES,
});

export const AttendanceStatusEnum = builder.enumType('AttendanceStatus', {
  description:
    'Attended, or absent with the reason (§68: people who had no opportunity to take the training).',
  values: ATTENDANCE_STATUSES,
});

const MaterialRef = builder.objectRef<SessionMaterial>('TrainingSessionMaterial');

builder.objectType(MaterialRef, {
  description:
    'A link to what the session used or produced: slides, an invitation, a photo, a recording (§68).',
  fields: (t) => ({ title: t.exposeString('title'), url: t.exposeString('url') }),
});

const SessionRef = builder.objectRef<SessionSummary>('TrainingSession');

builder.objectType(SessionRef, {
  description: 'A training session the organisation planned or held, with how many attended and were absent.',
  fields: (t) => ({
    id: t.id({ resolve: ({ session }) => session.id }),
    kind: t.field({ type: SessionKindEnum, resolve: ({ session }) => session.kind }),
    topic: t.field({ type: LocalizedTextRef, resolve: ({ session }) => session.topic }),
    plannedOn: t.string({ description: 'YYYY-MM-DD', resolve: ({ session }) => session.plannedOn }),
    heldOn: t.string({
      nullable: true,
      description: 'YYYY-MM-DD',
      resolve: ({ session }) => session.heldOn ?? null,
    }),
    status: t.field({ type: SessionStatusEnum, resolve: ({ session }) => session.status }),
    trainer: t.string({ resolve: ({ session }) => session.trainer }),
    durationMinutes: t.int({ resolve: ({ session }) => session.durationMinutes }),
    knowledgeCheck: t.boolean({ resolve: ({ session }) => session.knowledgeCheck }),
    materials: t.field({ type: [MaterialRef], resolve: ({ session }) => session.materials }),
    attended: t.exposeInt('attended'),
    absent: t.exposeInt('absent'),
  }),
});

const SessionPageRef = builder.objectRef<{ total: number; sessions: SessionSummary[] }>(
  'TrainingSessionPage',
);

builder.objectType(SessionPageRef, {
  description: 'One page of the training sessions and how many match in all.',
  fields: (t) => ({
    total: t.exposeInt('total'),
    sessions: t.field({ type: [SessionRef], resolve: (page) => page.sessions }),
  }),
});

const AttendanceRef = builder.objectRef<ISessionAttendance>('SessionAttendance');

builder.objectType(AttendanceRef, {
  description: 'One person’s attendance of a session.',
  fields: (t) => ({
    personId: t.id({ resolve: (row) => row.person.id }),
    fullName: t.string({ resolve: (row) => row.person.fullName }),
    email: t.string({ resolve: (row) => row.person.email }),
    status: t.field({ type: AttendanceStatusEnum, resolve: (row) => row.status }),
    reason: t.string({ nullable: true, resolve: (row) => row.reason ?? null }),
    scorePercent: t.int({ nullable: true, resolve: (row) => row.scorePercent ?? null }),
  }),
});

builder.queryField('trainingSessions', (t) =>
  t.withAuth({ anyRole: COMPLETION_READERS }).field({
    type: SessionPageRef,
    description:
      "The organisation's training sessions, latest first, found by topic or trainer, planned within the days " +
      'given, one page at a time.',
    args: {
      search: t.arg.string(),
      from: t.arg.string({ description: 'YYYY-MM-DD' }),
      to: t.arg.string({ description: 'YYYY-MM-DD' }),
      limit: t.arg.int({ defaultValue: 25, description: `1 to ${MAX_SESSION_PAGE}.` }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, args, context) =>
      listSessions(context.em, context.actor, {
        search: args.search ?? null,
        from: args.from ?? null,
        to: args.to ?? null,
        limit: args.limit ?? 25,
        offset: args.offset ?? 0,
      }),
  }),
);

builder.queryField('trainingSession', (t) =>
  t.withAuth({ anyRole: COMPLETION_READERS }).field({
    type: SessionRef,
    description: "One of the organisation's training sessions; NOT_FOUND for another organisation's.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => getSession(context.em, context.actor, String(args.id)),
  }),
);

builder.queryField('sessionAttendance', (t) =>
  t.withAuth({ anyRole: COMPLETION_READERS }).field({
    type: [AttendanceRef],
    description: "A session's attendance, by name; empty for a session of another organisation.",
    args: { sessionId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => sessionAttendance(context.em, context.actor, String(args.sessionId)),
  }),
);

const MaterialInput = builder.inputType('TrainingSessionMaterialInput', {
  fields: (t) => ({ title: t.string({ required: true }), url: t.string({ required: true }) }),
});

const SessionInputType = builder.inputType('TrainingSessionInput', {
  description:
    'A session as planned: the topic in Kazakh and Russian (English optional), its day, trainer and length.',
  fields: (t) => ({
    kind: t.field({ type: SessionKindEnum, required: true }),
    topic: t.field({ type: LocalizedTextInput, required: true }),
    plannedOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
    trainer: t.string({ required: true }),
    durationMinutes: t.int({ required: true, description: '1 to 480.' }),
    knowledgeCheck: t.boolean({
      description: 'Whether attendance ends with a knowledge check; false by default.',
    }),
    materials: t.field({ type: [MaterialInput] }),
  }),
});

function toSessionInput(input: typeof SessionInputType.$inferInput): SessionInput {
  return {
    kind: input.kind,
    topic: toLocalizedInput(input.topic),
    plannedOn: input.plannedOn,
    trainer: input.trainer,
    durationMinutes: input.durationMinutes,
    knowledgeCheck: input.knowledgeCheck ?? false,
    materials: input.materials ?? [],
  };
}

/** A changed session with its attendance counted, read in the transaction that changed it. */
async function summary(em: EntityManager, session: SessionSummary['session']): Promise<SessionSummary> {
  const [summarised] = await summariseSessions(em, [session]);
  return summarised!;
}

builder.mutationField('planTrainingSession', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: SessionRef,
    description: 'Plans a seminar, webinar, external course or upskilling session (§5.3, §5.4, §68).',
    args: { input: t.arg({ type: SessionInputType, required: true }) },
    resolve: async (_root, { input }, context) =>
      context.em.transactional(async (em) =>
        summary(em, await planSession(em, context.actor, toSessionInput(input))),
      ),
  }),
);

builder.mutationField('editTrainingSession', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: SessionRef,
    description: 'Changes what a session is; its attendance stays.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: SessionInputType, required: true }) },
    resolve: async (_root, { id, input }, context) =>
      context.em.transactional(async (em) =>
        summary(em, await editSession(em, context.actor, String(id), toSessionInput(input))),
      ),
  }),
);

builder.mutationField('setTrainingSessionStatus', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: SessionRef,
    description:
      'Marks a session held on a day (not in the future), cancelled, or planned again; a session people attended ' +
      'stays held.',
    args: {
      id: t.arg.id({ required: true }),
      status: t.arg({ type: SessionStatusEnum, required: true }),
      heldOn: t.arg.string({ description: 'YYYY-MM-DD, for held.' }),
    },
    resolve: async (_root, args, context) =>
      context.em.transactional(async (em) =>
        summary(
          em,
          await setSessionStatus(em, context.actor, String(args.id), args.status, args.heldOn ?? null),
        ),
      ),
  }),
);

const AttendanceEntryInput = builder.inputType('AttendanceEntryInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    status: t.field({ type: AttendanceStatusEnum, required: true }),
    reason: t.string({ description: 'Required for absent.' }),
    scorePercent: t.int({ description: 'The knowledge check’s score, 0–100, for an attendee.' }),
  }),
});

builder.mutationField('recordSessionAttendance', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: 'Int',
    description:
      `Records who attended and who could not (with why), at most ${MAX_ATTENDANCE_ENTRIES} people at a time, ` +
      'replacing what was recorded for them; all or nothing. A planned session whose day has come becomes held. ' +
      'Answers how many were recorded.',
    args: {
      sessionId: t.arg.id({ required: true }),
      entries: t.arg({ type: [AttendanceEntryInput], required: true }),
    },
    resolve: (_root, args, context) =>
      context.em.transactional((em) =>
        recordAttendance(
          em,
          context.actor,
          String(args.sessionId),
          args.entries.map((entry) => ({
            personId: String(entry.personId),
            status: entry.status,
            reason: entry.reason ?? null,
            scorePercent: entry.scorePercent ?? null,
          })),
        ),
      ),
  }),
);
