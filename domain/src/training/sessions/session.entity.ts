import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §5.3, §68: training held in person or online — a seminar, a webinar, an external course;
 * §5.4: the compliance staff's own upskilling, at least once a year;
 * §29: the first head's yearly event for all employees explaining the publication of declaration data.
 */
export const SESSION_KINDS = [
  'seminar',
  'webinar',
  'external_course',
  'upskilling',
  'declaration_meeting',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** §74.3: a planned training is held or cancelled; the share held is a programme KPI. */
export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A link to what the session used or produced (§68: slides, an invitation, a photo, a recording). */
export interface SessionMaterial {
  title: string;
  url: string;
}

/** A training session the organisation plans and holds, and whose attendance it records. */
export const TrainingSession = defineEntity({
  name: 'TrainingSession',
  tableName: 'training_session',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    kind: p.enum(SESSION_KINDS),
    topic: p.json<LocalizedText>(),
    /** The day it is planned for; `heldOn` once held. */
    plannedOn: p.date(),
    heldOn: p.date().nullable(),
    status: p.enum(SESSION_STATUSES),
    trainer: p.string().length(300),
    durationMinutes: p.integer(),
    /**
     * Whether attendance ends with a knowledge check (§35.2, §68's mini-quiz): each attendee's
     * score then counts toward the pass figures at §35.3's 60 %.
     */
    knowledgeCheck: p.boolean().default(false),
    materials: p.json<SessionMaterial[]>(),
    createdBy: () => p.manyToOne(Person).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['organization', 'plannedOn'] }],
  filters: tenantFilter,
});

export type ITrainingSession = InferEntity<typeof TrainingSession>;

/** Whether a person came: `absent` is §68's "no opportunity to take the training", with its reason. */
export const ATTENDANCE_STATUSES = ['attended', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** One person's attendance of one session. */
export const SessionAttendance = defineEntity({
  name: 'SessionAttendance',
  tableName: 'session_attendance',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    session: () => p.manyToOne(TrainingSession),
    person: () => p.manyToOne(Person),
    status: p.enum(ATTENDANCE_STATUSES),
    /** Why an absent person could not attend (§68). */
    reason: p.text().nullable(),
    /** The knowledge check's score, 0–100, for an attendee of a session that has one. */
    scorePercent: p.integer().nullable(),
    recordedBy: () => p.manyToOne(Person).nullable(),
    recordedAt: p.datetime(),
  },
  uniques: [{ properties: ['session', 'person'] }],
  indexes: [{ properties: ['person'] }],
  filters: tenantFilter,
});

export type ISessionAttendance = InferEntity<typeof SessionAttendance>;
