import type { LocalizedText } from '../../kernel/locale.js';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { REFERRALS, TYPICAL_CASES, type ConflictMeasure } from './typical-cases.js';

/** §15.2: the manager forwards the notification within 3 working days. */
export const FORWARD_WORKING_DAYS = 3;
/** §15.3: the responsible unit concludes within 10 working days of receiving it. */
export const CONCLUDE_WORKING_DAYS = 10;
/** The short course a decision assigned to the employee (measure `assign_course`). */
export interface AssignedCourse {
  courseId: string;
  assignmentId: string;
  title: LocalizedText;
  dueOn: string;
}

/** §15.4: management takes its measures within 10 working days of the conclusion. */
export const DECIDE_WORKING_DAYS = 10;
/** §15.6: a transfer to an equivalent post within 3 months of the conflict's identification. */
export const TRANSFER_MONTHS = 3;

/**
 * Where a case stands: each open status is one step with its owner and due day (§15.2–§15.6);
 * `settled` once no conflict was found, the measures were decided, or the transfer was made.
 */
export const CONFLICT_CASE_STATUSES = [
  'awaiting_forward',
  'awaiting_conclusion',
  'awaiting_decision',
  'awaiting_transfer',
  'settled',
] as const;
export type ConflictCaseStatus = (typeof CONFLICT_CASE_STATUSES)[number];

/** The steps that have a due day, as reminders and escalations name them. */
export const CONFLICT_STEPS = ['forward', 'conclude', 'decide', 'transfer'] as const;
export type ConflictStep = (typeof CONFLICT_STEPS)[number];

/** A reminder or escalation already sent for a step, so a job run sends it once. */
export interface OverdueNotice {
  step: ConflictStep;
  kind: 'reminder' | 'escalation';
  sentOn: string;
}

/**
 * §15: an employee's written notification that a conflict of interest has arisen or may arise,
 * and its way through forwarding, conclusion, decision and transfer.
 */
export const ConflictOfInterestCase = defineEntity({
  name: 'ConflictOfInterestCase',
  tableName: 'conflict_of_interest_case',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** CI-YYYY-NNNN within the organisation, for the register and letters. */
    number: p.string().length(20),
    notifier: () => p.manyToOne(Person),
    /** The declared relative or linked person the notification names, when it names one. */
    relatedPersonId: p.uuid().nullable(),
    /** Who the interest concerns, as named (from the declared list, or typed in). */
    relatedPersonName: p.string().length(300),
    /** The relation, in the relatives list's words (spouse, close relative, friend…) or free. */
    relationKind: p.string().length(60).nullable(),
    /** The related person when they are an employee too: a party to the case. */
    relatedEmployee: () => p.manyToOne(Person).nullable(),
    /** The counterparty: the supplier, the candidate, the inspected organisation… */
    counterparty: p.string().length(300),
    /** What the conflict is about. */
    matter: p.text(),
    /** The decision at stake. */
    decisionAtStake: p.text(),
    typicalCase: p.enum(TYPICAL_CASES).nullable(),
    status: p.enum(CONFLICT_CASE_STATUSES),
    notifiedAt: p.datetime(),
    notifiedOn: p.date(),
    /** §15.1: the direct manager, the next one up, or the first head's deputy; null when nobody is above. */
    forwardOwner: () => p.manyToOne(Person).nullable(),
    forwardDueOn: p.date().nullable(),
    forwardedOn: p.date().nullable(),
    forwardedBy: () => p.manyToOne(Person).nullable(),
    concludeDueOn: p.date().nullable(),
    concludedOn: p.date().nullable(),
    concludedBy: () => p.manyToOne(Person).nullable(),
    conflictFound: p.boolean().nullable(),
    /** §15.3: the recommendations, or the reasons there is no conflict. */
    conclusion: p.text().nullable(),
    /** §15.6: the day the conflict was identified (the conclusion that it exists). */
    identifiedOn: p.date().nullable(),
    /** §15.5: the deputy or authorised person deciding in place of a first head who is a party. */
    deputy: () => p.manyToOne(Person).nullable(),
    decideDueOn: p.date().nullable(),
    decidedOn: p.date().nullable(),
    decidedBy: () => p.manyToOne(Person).nullable(),
    measures: p.json<ConflictMeasure[]>().nullable(),
    /** The short course assigned as a measure, as it was titled when assigned. */
    assignedCourse: p.json<AssignedCourse>().nullable(),
    decisionNote: p.text().nullable(),
    referral: p.enum(REFERRALS).nullable(),
    transferDueOn: p.date().nullable(),
    transferredOn: p.date().nullable(),
    transferNote: p.text().nullable(),
    settledOn: p.date().nullable(),
    /** Whether every step was taken by its due day, fixed when the case settles (the KPI). */
    settledInTime: p.boolean().nullable(),
    overdueNotices: p.json<OverdueNotice[]>(),
    registerEntryId: p.uuid().nullable(),
  },
  uniques: [{ properties: ['organization', 'number'] }],
  indexes: [{ properties: ['organization', 'status'] }, { properties: ['notifier'] }],
  filters: tenantFilter,
});

export type IConflictOfInterestCase = InferEntity<typeof ConflictOfInterestCase>;
