import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { Assignment } from '../assignments/assignment.entity.js';

/** What was done to an assignment after it was made. */
export const ASSIGNMENT_CHANGE_KINDS = ['edited', 'extended', 'deactivated', 'reminded'] as const;
export type AssignmentChangeKind = (typeof ASSIGNMENT_CHANGE_KINDS)[number];

/**
 * The parts of an assignment a change is about, before and after it: for `edited` the audience
 * and due date, for `extended` the due date given and the people, for `deactivated` the
 * enrolments withdrawn, for `reminded` how many were mailed.
 */
export interface AssignmentChangeState {
  audience?: string;
  orgUnitIds?: string[];
  role?: string | null;
  newHireMonths?: number | null;
  dueOn?: string;
  recurrence?: string;
  active?: boolean;
  personIds?: string[];
  /** People enrolled, withdrawn or mailed by the change. */
  enrolled?: number;
  withdrawn?: number;
  reminded?: number;
}

/** One change to an assignment, kept as its history: who, when, what before and after (§75). */
export const AssignmentChange = defineEntity({
  name: 'AssignmentChange',
  tableName: 'assignment_change',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    assignment: () => p.manyToOne(Assignment),
    kind: p.enum(ASSIGNMENT_CHANGE_KINDS),
    changedBy: () => p.manyToOne(Person).nullable(),
    changedAt: p.datetime(),
    before: p.json<AssignmentChangeState>(),
    after: p.json<AssignmentChangeState>(),
  },
  indexes: [{ properties: ['assignment', 'changedAt'] }],
  filters: tenantFilter,
});

export type IAssignmentChange = InferEntity<typeof AssignmentChange>;
