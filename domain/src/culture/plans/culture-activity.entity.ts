import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { ROLE_CODES } from '../../kernel/roles.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { Course } from '../../training/authoring/course.entity.js';
import { TrainingSession } from '../../training/sessions/session.entity.js';
import { CulturePlan } from './culture-plan.entity.js';

/** §32: the three kinds of measures that form the culture. */
export const ACTIVITY_KINDS = ['educational', 'informational', 'organisational'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * What an activity is about, where another chapter asks for a recurring event (plan-rules.ts):
 * typical conflict-of-interest cases (§19), reporter protection, the safe channel and incentives
 * (§39), the first head's meeting on declaring (§29), the responsible staff's training (§5.4),
 * procurement staff's training (§52.3), the consultation schedule (§38.1); and §32, §34's topics.
 */
export const ACTIVITY_TOPICS = [
  'conflict_of_interest_cases',
  'reporter_protection',
  'declaration_meeting',
  'responsible_staff_training',
  'procurement_training',
  'consultation_schedule',
  'corruption_offences',
  'hr_practice',
  'other',
] as const;
export type ActivityTopic = (typeof ACTIVITY_TOPICS)[number];

/** §35.1, §33: how the knowledge gained is checked; "none" needs a reason (§35.2 asks for a measure). */
export const CHECK_FORMS = ['test', 'survey', 'questionnaire', 'none'] as const;
export type CheckForm = (typeof CHECK_FORMS)[number];

/**
 * Whom an activity is for, named as training's assignments name an audience: units, posts by what
 * they are exposed to (§14, §52.3, §74.3), managers (§34), a role.
 */
export const ACTIVITY_AUDIENCES = [
  'whole_org',
  'org_units',
  'risk_exposed_positions',
  'restricted_positions',
  'procurement_staff',
  'managers',
  'role',
] as const;
export type ActivityAudience = (typeof ACTIVITY_AUDIENCES)[number];

export const ACTIVITY_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** §35.5: an incentive given to employees for thematic training, financial or not. */
export interface Incentive {
  kind: 'financial' | 'non_financial';
  description: string;
  people: number;
}

/** One entry of the plan (§35.1): the task, its deadline, who answers for it and how knowledge is checked. */
export const CultureActivity = defineEntity({
  name: 'CultureActivity',
  tableName: 'culture_activity',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    plan: () => p.manyToOne(CulturePlan),
    kind: p.enum(ACTIVITY_KINDS),
    topics: p.json<ActivityTopic[]>(),
    title: p.string().length(500),
    description: p.text().nullable(),
    audience: p.enum(ACTIVITY_AUDIENCES),
    orgUnitIds: p.json<string[]>(),
    role: p.enum(ROLE_CODES).nullable(),
    deadline: p.date(),
    /** The people who answer for it (§35.1); they report it and are reminded when it is overdue. */
    responsibleIds: p.json<string[]>(),
    /** The corruption risks it answers (§34, §35.1), named until the risk register can be linked. */
    risks: p.json<string[]>(),
    /** §9.1, §34: the register's risks it answers (Risk ids of the organisation). */
    riskIds: p.array().default([]),
    checkForm: p.enum(CHECK_FORMS),
    checkNoneReason: p.text().nullable(),
    /** A test activity's course: its participants' results come from there (§35.3). */
    course: () => p.manyToOne(Course).nullable(),
    /** A classroom activity's training session: its attendance is recorded there. */
    session: () => p.manyToOne(TrainingSession).nullable(),
    plannedParticipants: p.integer().nullable(),
    status: p.enum(ACTIVITY_STATUSES).default('planned'),
    heldOn: p.date().nullable(),
    actualParticipants: p.integer().nullable(),
    reportNote: p.text().nullable(),
    incentives: p.json<Incentive[]>(),
    reportedBy: () => p.manyToOne(Person).nullable(),
    reportedAt: p.datetime().nullable(),
    /** The day its responsible people were last reminded of it (activity-reminders.ts). */
    remindedOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['plan', 'deadline'] }],
  filters: tenantFilter,
});

export type ICultureActivity = InferEntity<typeof CultureActivity>;

/** §35.1, §75: what shows an activity was held — a file, a photo, a link, an attendance list. */
export const EVIDENCE_KINDS = ['file', 'photo', 'link', 'attendance'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const CultureEvidence = defineEntity({
  name: 'CultureEvidence',
  tableName: 'culture_evidence',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    activity: () => p.manyToOne(CultureActivity),
    kind: p.enum(EVIDENCE_KINDS),
    title: p.string().length(300),
    url: p.string().length(2000).nullable(),
    fileName: p.string().length(255).nullable(),
    contentType: p.string().length(100).nullable(),
    sizeBytes: p.integer().nullable(),
    data: p.blob().lazy().nullable(),
    addedBy: () => p.manyToOne(Person),
    addedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['activity'] }],
  filters: tenantFilter,
});

export type ICultureEvidence = InferEntity<typeof CultureEvidence>;
