import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { ROLE_CODES } from '../../kernel/roles.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { Course } from '../authoring/course.entity.js';

export const AUDIENCE_KINDS = [
  'whole_org',
  'org_units',
  'risk_exposed_positions',
  'role',
  'managers',
  'new_hires',
  'procurement_staff',
  'restricted_positions',
  // Named people, assigned by an event rather than by hand: a conflict-of-interest measure (§15.4).
  'people',
] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** §19, §52.3: every half-year (conflict-of-interest cases, procurement staff); §68: yearly. */
export const RECURRENCES = ['once', 'half_yearly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** §68: new employees complete compliance training within the first 3 months after hiring. */
export const DEFAULT_NEW_HIRE_MONTHS = 3;

/** A course assigned to an audience, due on a date that repeats with the recurrence. */
export const Assignment = defineEntity({
  name: 'Assignment',
  tableName: 'assignment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    course: () => p.manyToOne(Course),
    audience: p.enum(AUDIENCE_KINDS),
    /** For `org_units`: the chosen units; their subtrees are included. */
    orgUnitIds: p.json<string[]>(),
    /** For `people`: the people named. */
    personIds: p.json<string[]>().onCreate(() => []),
    /** For `people`: what assigned it, e.g. `conflict_of_interest:<case id>`. */
    trigger: p.string().length(100).nullable(),
    /** For `role`. */
    role: p.enum(ROLE_CODES).nullable(),
    /** For `new_hires`: how many calendar months after hiring the course is due. */
    newHireMonths: p.integer().nullable(),
    /**
     * The first due date: for a recurring assignment the last day of its first calendar period
     * (cycles.ts); for new hires unused, each is due `newHireMonths` after hire.
     */
    dueOn: p.date(),
    recurrence: p.enum(RECURRENCES),
    /** §9.1, §34: the register's risks the training answers (Risk ids of the organisation). */
    riskIds: p.array().default([]),
    active: p.boolean().default(true),
    createdBy: () => p.manyToOne(Person).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type IAssignment = InferEntity<typeof Assignment>;

/**
 * One person's enrolment in one cycle of an assignment. Its status is not stored: it follows
 * from the person's attempts since `windowStart` and from `dueOn` (see enrolment-status.ts).
 */
export const Enrolment = defineEntity({
  name: 'Enrolment',
  tableName: 'enrolment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    assignment: () => p.manyToOne(Assignment),
    person: () => p.manyToOne(Person),
    course: () => p.manyToOne(Course),
    /** Attempts submitted from this moment on count for the cycle; null: any attempt counts. */
    windowStart: p.datetime().nullable(),
    /** The due date in force: the cycle's, or a later one given to this person (see `extendedFrom`). */
    dueOn: p.date(),
    /** Set when the person's due date was extended: the cycle's due date before it; null: never extended. */
    extendedFrom: p.date().nullable(),
    enrolledAt: p.datetime(),
    /**
     * Set when the enrolment was closed unfinished (the assignment deactivated, or the person no
     * longer in its audience): it counts no more, its attempts and results stay.
     */
    withdrawnAt: p.datetime().nullable(),
    // The table also holds the enrolment's standing (standing_attempts, standing_best_score,
    // standing_passed, standing_submitted, standing_open_until): where the person's attempts at the
    // course within the window stand, recomputed by triggers on attempt and enrolment (migration
    // 20261206100000_training_standing) so that reports over 100 000 people read one row per
    // enrolment (enrolment-status.ts). They are not mapped: only the database writes them.
  },
  uniques: [{ properties: ['assignment', 'person', 'dueOn'] }],
  indexes: [
    { properties: ['person', 'course'] },
    { properties: ['course'] },
    // The reports' "current cycle of each person's course" reads enrolments in this order.
    { properties: ['organization', 'person', 'course', 'dueOn'] },
  ],
  filters: tenantFilter,
});

export type IEnrolment = InferEntity<typeof Enrolment>;
