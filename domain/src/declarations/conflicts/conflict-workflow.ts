import type { EntityManager } from '@mikro-orm/postgresql';
import { assignCourseForEvent } from '../../training/assignments/event-assignments.js';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { loadHolidays, termEnd } from '../../kernel/public-holidays.js';
import { addMonths, addWorkingDays, parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import { RoleGrant } from '../../org/role-grant.entity.js';
import {
  CONCLUDE_WORKING_DAYS,
  ConflictOfInterestCase,
  DECIDE_WORKING_DAYS,
  FORWARD_WORKING_DAYS,
  TRANSFER_MONTHS,
  type IConflictOfInterestCase,
} from './conflict-of-interest-case.entity.js';
import { declaredRelated } from './conflict-parties.js';
import { syncRegisterEntry } from './conflict-register-link.js';
import {
  CONFLICT_CONCLUDERS,
  CONFLICT_DECIDERS,
  CONFLICT_REGISTER_READERS,
  CONFLICT_TRANSFER_RECORDERS,
} from './conflict-roles.js';
import { firstHeads, forwardOwnerOf } from './conflict-routing.js';
import { conflictCaseView, type ConflictCaseView } from './conflict-view.js';
import {
  CONFLICT_MEASURES,
  REFERRALS,
  TYPICAL_CASES,
  type ConflictMeasure,
  type Referral,
  type TypicalCase,
} from './typical-cases.js';

const MAX_NAME = 300;
const MAX_TEXT = 5000;

export interface ConflictNotificationInput {
  /** A relative or linked person from the notifier's declared list… */
  relatedPersonId?: string | null;
  /** …or one named here. */
  relatedPersonName?: string | null;
  relationKind?: string | null;
  /** The related person when they work in the organisation too. */
  relatedEmployeeId?: string | null;
  counterparty: string;
  matter: string;
  decisionAtStake: string;
  typicalCase?: string | null;
  /** §15.5: the deputy or authorised person, required when a first head is a party. */
  deputyId?: string | null;
}

function text(value: string | null | undefined, field: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw ValidationError.because('declarations.conflict.required', { field });
  if (trimmed.length > max) throw ValidationError.because('declarations.conflict.tooLong', { field, max });
  return trimmed;
}

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return null;
  if (trimmed.length > max) throw ValidationError.because('declarations.conflict.tooLong', { field, max });
  return trimmed;
}

async function staffPerson(em: EntityManager, actor: Actor, id: string, field: string): Promise<IPerson> {
  const person = isUuid(id) ? await em.findOne(Person, { id, organization: actor.organizationId }) : null;
  if (!person) throw ValidationError.because('declarations.conflict.unknownPerson', { field });
  if (!person.active) throw ValidationError.because('declarations.conflict.personInactive', { field });
  return person;
}

async function isFirstHead(em: EntityManager, organizationId: string, personId: string): Promise<boolean> {
  return (
    (await em.count(RoleGrant, { organization: organizationId, person: personId, role: 'first_head' })) > 0
  );
}

/** The case's number: CI-<year>-<number within the organisation and year>, taken one at a time. */
async function nextNumber(em: EntityManager, organizationId: string, day: CalendarDay): Promise<string> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
    `conflict-of-interest-number:${organizationId}`,
  ]);
  const year = day.slice(0, 4);
  const prefix = `CI-${year}-`;
  const rows = await em.execute<{ last: string | null }[]>(
    `select max(number) as last from conflict_of_interest_case where organization_id = ? and number like ?`,
    [organizationId, `${prefix}%`],
  );
  const last = rows[0]?.last ? Number(rows[0].last.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

/** Working days in the organisation's calendar; a term may run into the next year. */
async function workingDaysAfter(
  em: EntityManager,
  organizationId: string,
  from: CalendarDay,
  days: number,
): Promise<CalendarDay> {
  const year = Number(from.slice(0, 4));
  const calendar = await loadHolidays(em, organizationId, year, year + 1);
  return addWorkingDays(from, days, calendar.holidays, calendar.workedWeekendDays);
}

/**
 * §15.1: an employee notifies in writing, as soon as a conflict of interest arises or may arise,
 * what it is about, whom it concerns (a declared relative or linked person, or one named), the
 * counterparty and the decision at stake. The forwarding step goes to the direct manager (see
 * forwardOwnerOf), due in 3 working days (§15.2); the register gets its entry.
 */
export async function notifyConflictOfInterest(
  em: EntityManager,
  actor: Actor,
  input: ConflictNotificationInput,
  now: Date,
): Promise<ConflictCaseView> {
  const notifier = await em.findOne(Person, { id: actor.personId, organization: actor.organizationId });
  if (!notifier) throw NotFoundError.forId('Person', actor.personId);
  const counterparty = text(input.counterparty, 'counterparty', MAX_NAME);
  const matter = text(input.matter, 'matter', MAX_TEXT);
  const decisionAtStake = text(input.decisionAtStake, 'decisionAtStake', MAX_TEXT);
  const relationKind = optionalText(input.relationKind, 'relationKind', 60);
  let typicalCase: TypicalCase | null = null;
  if (input.typicalCase) {
    if (!(TYPICAL_CASES as readonly string[]).includes(input.typicalCase))
      throw ValidationError.because('declarations.conflict.typicalCase', { field: 'typicalCase' });
    typicalCase = input.typicalCase as TypicalCase;
  }

  let relatedPersonId: string | null = null;
  let relatedPersonName: string;
  let relatedEmployee: IPerson | null = null;
  let kind = relationKind;
  if (input.relatedPersonId) {
    const declared = await declaredRelated(em, actor, notifier.id, input.relatedPersonId);
    if (!declared)
      throw ValidationError.because('declarations.conflict.unknownRelated', { field: 'relatedPersonId' });
    relatedPersonId = declared.id;
    relatedPersonName = declared.fullName;
    kind = kind ?? declared.kind;
    if (declared.iin && notifier.iin && declared.iin === notifier.iin)
      throw ValidationError.because('declarations.conflict.selfRelated', { field: 'relatedPersonId' });
    if (declared.employeeId) relatedEmployee = await em.findOne(Person, { id: declared.employeeId });
  } else {
    relatedPersonName = text(input.relatedPersonName, 'relatedPersonName', MAX_NAME);
  }
  if (input.relatedEmployeeId) {
    if (input.relatedEmployeeId === notifier.id)
      throw ValidationError.because('declarations.conflict.selfRelated', { field: 'relatedEmployeeId' });
    relatedEmployee = await staffPerson(em, actor, input.relatedEmployeeId, 'relatedEmployeeId');
  }
  if (relatedEmployee?.id === notifier.id)
    throw ValidationError.because('declarations.conflict.selfRelated', { field: 'relatedPersonId' });

  const parties = new Set([notifier.id, ...(relatedEmployee ? [relatedEmployee.id] : [])]);
  const notifierIsFirstHead = await isFirstHead(em, actor.organizationId, notifier.id);
  const relatedIsFirstHead = relatedEmployee
    ? await isFirstHead(em, actor.organizationId, relatedEmployee.id)
    : false;
  let deputy: IPerson | null = null;
  if (input.deputyId) {
    deputy = await staffPerson(em, actor, input.deputyId, 'deputyId');
    if (parties.has(deputy.id))
      throw ValidationError.because('declarations.conflict.deputyIsParty', { field: 'deputyId' });
  } else if (notifierIsFirstHead || relatedIsFirstHead) {
    // §15.5: a first head who is a party hands the decision to a deputy or an authorised person.
    throw ValidationError.because('declarations.conflict.deputyRequired', { field: 'deputyId' });
  }

  const today = kazakhstanDay(now);
  const forwardOwner = await forwardOwnerOf(em, notifier, parties, notifierIsFirstHead, deputy);
  const conflict = em.create(ConflictOfInterestCase, {
    id: newId(),
    organization: actor.organizationId,
    number: await nextNumber(em, actor.organizationId, today),
    notifier,
    relatedPersonId,
    relatedPersonName,
    relationKind: kind,
    relatedEmployee,
    counterparty,
    matter,
    decisionAtStake,
    typicalCase,
    status: forwardOwner ? 'awaiting_forward' : 'awaiting_conclusion',
    notifiedAt: now,
    notifiedOn: today,
    forwardOwner,
    forwardDueOn: forwardOwner
      ? await workingDaysAfter(em, actor.organizationId, today, FORWARD_WORKING_DAYS)
      : null,
    forwardedOn: null,
    forwardedBy: null,
    // §15.1: with nobody above, the responsible unit has it from the notification on.
    concludeDueOn: forwardOwner
      ? null
      : await workingDaysAfter(em, actor.organizationId, today, CONCLUDE_WORKING_DAYS),
    concludedOn: null,
    concludedBy: null,
    conflictFound: null,
    conclusion: null,
    identifiedOn: null,
    deputy,
    decideDueOn: null,
    decidedOn: null,
    decidedBy: null,
    measures: null,
    decisionNote: null,
    referral: null,
    transferDueOn: null,
    transferredOn: null,
    transferNote: null,
    settledOn: null,
    settledInTime: null,
    overdueNotices: [],
    registerEntryId: null,
  });
  await syncRegisterEntry(em, actor, conflict);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'conflict_of_interest.notified',
    entityType: 'ConflictOfInterestCase',
    entityId: conflict.id,
    data: {
      number: conflict.number,
      typicalCase,
      forwardOwnerId: forwardOwner?.id ?? null,
      forwardDueOn: conflict.forwardDueOn,
      deputyId: deputy?.id ?? null,
    },
  });
  return conflictCaseView(conflict, actor, now, await deciderIds(em, conflict));
}

/** Who decides (§15.4–§15.5): the named deputy, or the first heads who are not parties. */
export async function deciderIds(em: EntityManager, conflict: IConflictOfInterestCase): Promise<string[]> {
  if (conflict.deputy) return [conflict.deputy.id];
  const parties = partiesOf(conflict);
  return (await firstHeads(em, conflict.organization.id))
    .map((head) => head.id)
    .filter((id) => !parties.has(id));
}

export function partiesOf(conflict: IConflictOfInterestCase): Set<string> {
  return new Set([conflict.notifier.id, ...(conflict.relatedEmployee ? [conflict.relatedEmployee.id] : [])]);
}

/** The case, locked and read afresh: each step is taken once, by one of those racing for it. */
async function lockCase(em: EntityManager, actor: Actor, id: string): Promise<IConflictOfInterestCase> {
  const locked = isUuid(id)
    ? await lockedFresh(em, ConflictOfInterestCase, { id, organization: actor.organizationId })
    : null;
  if (!locked) throw NotFoundError.forId('ConflictOfInterestCase', id);
  return locked;
}

/**
 * Who reads a case: its notifier, the holder of its forwarding step, those who decide it, the
 * responsible unit and auditors, and, once a transfer is decided, those who record it (§15.6).
 * The related employee never: the notification is about them, not for them.
 */
function mayRead(conflict: IConflictOfInterestCase, actor: Actor, deciders: readonly string[]): boolean {
  if (conflict.relatedEmployee?.id === actor.personId) return false;
  return (
    conflict.notifier.id === actor.personId ||
    conflict.forwardOwner?.id === actor.personId ||
    deciders.includes(actor.personId) ||
    hasAnyRole(actor, CONFLICT_REGISTER_READERS) ||
    (!!conflict.transferDueOn && hasAnyRole(actor, CONFLICT_TRANSFER_RECORDERS))
  );
}

/** A case the actor may not read is not found, as if absent: a step on it says nothing of it. */
async function requireReader(
  em: EntityManager,
  conflict: IConflictOfInterestCase,
  actor: Actor,
): Promise<string[]> {
  const deciders = await deciderIds(em, conflict);
  if (!mayRead(conflict, actor, deciders)) throw NotFoundError.forId('ConflictOfInterestCase', conflict.id);
  return deciders;
}

/** §15 (and Annex 2's "persons connected by personal interest"): a party takes no step on its own case. */
function refuseParty(conflict: IConflictOfInterestCase, actor: Actor): void {
  if (partiesOf(conflict).has(actor.personId))
    throw ForbiddenError.because('declarations.conflict.partyCannotAct', { number: conflict.number });
}

function requireStatus(conflict: IConflictOfInterestCase, status: IConflictOfInterestCase['status']): void {
  if (conflict.status !== status)
    throw ConflictError.because('declarations.conflict.stepTaken', { number: conflict.number });
}

/** A day a step was taken: today unless given, never in the future nor before the notification. */
function stepDay(
  value: string | null | undefined,
  conflict: IConflictOfInterestCase,
  now: Date,
  field: string,
): CalendarDay {
  const today = kazakhstanDay(now);
  if (!value) return today;
  const day = parseCalendarDay(value.slice(0, 10));
  if (!day) throw ValidationError.because('kernel.notADate', { value, field });
  if (day > today || day < conflict.notifiedOn)
    throw ValidationError.because('declarations.conflict.dayOutOfRange', {
      field,
      from: conflict.notifiedOn,
      to: today,
    });
  return day;
}

const PERSONS = [
  'notifier',
  'forwardOwner',
  'deputy',
  'relatedEmployee',
  'forwardedBy',
  'concludedBy',
  'decidedBy',
] as const;

async function view(
  em: EntityManager,
  conflict: IConflictOfInterestCase,
  actor: Actor,
  now: Date,
): Promise<ConflictCaseView> {
  await em.populate(conflict, PERSONS);
  return conflictCaseView(conflict, actor, now, await deciderIds(em, conflict));
}

/**
 * §15.2: the manager (or whoever holds the step, see forwardOwnerOf) sends the notification to the
 * responsible unit, which then concludes within 10 working days (§15.3). Compliance staff may
 * forward it in the owner's place once it is overdue, so a silent manager never holds it up.
 */
export async function forwardConflictOfInterest(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { forwardedOn?: string | null },
  now: Date,
): Promise<ConflictCaseView> {
  const conflict = await lockCase(em, actor, id);
  await requireReader(em, conflict, actor);
  refuseParty(conflict, actor);
  const overdue = !!conflict.forwardDueOn && kazakhstanDay(now) > conflict.forwardDueOn;
  const owner = conflict.forwardOwner?.id === actor.personId;
  if (!owner && !(overdue && hasAnyRole(actor, CONFLICT_CONCLUDERS)))
    throw ForbiddenError.because('declarations.conflict.notStepOwner', { number: conflict.number });
  requireStatus(conflict, 'awaiting_forward');
  const forwardedOn = stepDay(input.forwardedOn, conflict, now, 'forwardedOn');
  conflict.forwardedOn = forwardedOn;
  conflict.forwardedBy = em.getReference(Person, actor.personId);
  conflict.concludeDueOn = await workingDaysAfter(
    em,
    actor.organizationId,
    forwardedOn,
    CONCLUDE_WORKING_DAYS,
  );
  conflict.status = 'awaiting_conclusion';
  await syncRegisterEntry(em, actor, conflict);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'conflict_of_interest.forwarded',
    entityType: 'ConflictOfInterestCase',
    entityId: conflict.id,
    data: {
      forwardedOn,
      concludeDueOn: conflict.concludeDueOn,
      late: forwardedOn > (conflict.forwardDueOn ?? forwardedOn),
    },
  });
  return view(em, conflict, actor, now);
}

export interface ConflictConclusionInput {
  conflictFound: boolean;
  /** §15.3: the recommendations to prevent or settle it, or why there is none. */
  conclusion: string;
  /** Annex 2: signs of an offence are referred to the Agency (case 5: the relevant authorised body). */
  referral?: string | null;
  concludedOn?: string | null;
}

function checkedReferral(value: string | null | undefined): Referral | null {
  if (!value) return null;
  if (!(REFERRALS as readonly string[]).includes(value))
    throw ValidationError.because('declarations.conflict.referral', { field: 'referral' });
  return value as Referral;
}

/**
 * §15.3: the responsible unit concludes, within 10 working days, that there is a conflict (with
 * its recommendations; management then decides within 10 working days, §15.4) or that there is
 * none, which settles the case.
 */
export async function concludeConflictOfInterest(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: ConflictConclusionInput,
  now: Date,
): Promise<ConflictCaseView> {
  requireAnyRole(actor, CONFLICT_CONCLUDERS, 'conclude on conflicts of interest');
  if (typeof input.conflictFound !== 'boolean')
    throw ValidationError.because('declarations.conflict.required', { field: 'conflictFound' });
  const conclusion = text(input.conclusion, 'conclusion', MAX_TEXT);
  const referral = checkedReferral(input.referral);
  const conflict = await lockCase(em, actor, id);
  await requireReader(em, conflict, actor);
  refuseParty(conflict, actor);
  requireStatus(conflict, 'awaiting_conclusion');
  const concludedOn = stepDay(input.concludedOn, conflict, now, 'concludedOn');
  if (conflict.forwardedOn && concludedOn < conflict.forwardedOn)
    throw ValidationError.because('declarations.conflict.dayOutOfRange', {
      field: 'concludedOn',
      from: conflict.forwardedOn,
      to: kazakhstanDay(now),
    });
  conflict.concludedOn = concludedOn;
  conflict.concludedBy = em.getReference(Person, actor.personId);
  conflict.conflictFound = input.conflictFound;
  conflict.conclusion = conclusion;
  conflict.referral = referral;
  if (input.conflictFound) {
    conflict.identifiedOn = concludedOn;
    conflict.decideDueOn = await workingDaysAfter(em, actor.organizationId, concludedOn, DECIDE_WORKING_DAYS);
    conflict.status = 'awaiting_decision';
  } else {
    settle(conflict, concludedOn);
  }
  await syncRegisterEntry(em, actor, conflict);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'conflict_of_interest.concluded',
    entityType: 'ConflictOfInterestCase',
    entityId: conflict.id,
    data: { concludedOn, conflictFound: input.conflictFound, referral, decideDueOn: conflict.decideDueOn },
  });
  return view(em, conflict, actor, now);
}

export interface ConflictDecisionInput {
  measures: readonly string[];
  /** With the measure `assign_course`: the published course and the day it is due. */
  course?: { courseId: string; dueOn: string } | null;
  note: string;
  referral?: string | null;
  decidedOn?: string | null;
}

/**
 * §15.4: management decides its measures within 10 working days of the conclusion: hand the
 * matter to another person, change the duties, other measures; §15.6: where nothing else settles
 * it, a transfer to an equivalent post, due within 3 months of the conflict's identification.
 * The first head decides, or the deputy named when the first head is a party (§15.5).
 */
export async function decideConflictOfInterest(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: ConflictDecisionInput,
  now: Date,
): Promise<ConflictCaseView> {
  const measures = [...new Set(input.measures)];
  if (measures.length === 0)
    throw ValidationError.because('declarations.conflict.measuresRequired', { field: 'measures' });
  for (const measure of measures)
    if (!(CONFLICT_MEASURES as readonly string[]).includes(measure))
      throw ValidationError.because('declarations.conflict.unknownMeasure', {
        field: 'measures',
        value: measure,
      });
  const note = text(input.note, 'note', MAX_TEXT);
  const referral = checkedReferral(input.referral);
  const conflict = await lockCase(em, actor, id);
  const deciders = await requireReader(em, conflict, actor);
  refuseParty(conflict, actor);
  const mayDecide = conflict.deputy
    ? conflict.deputy.id === actor.personId
    : hasAnyRole(actor, CONFLICT_DECIDERS) && deciders.includes(actor.personId);
  if (!mayDecide)
    throw ForbiddenError.because('declarations.conflict.notStepOwner', { number: conflict.number });
  requireStatus(conflict, 'awaiting_decision');
  const decidedOn = stepDay(input.decidedOn, conflict, now, 'decidedOn');
  if (conflict.concludedOn && decidedOn < conflict.concludedOn)
    throw ValidationError.because('declarations.conflict.dayOutOfRange', {
      field: 'decidedOn',
      from: conflict.concludedOn,
      to: kazakhstanDay(now),
    });
  if (measures.includes('assign_course')) {
    if (!input.course)
      throw ValidationError.because('declarations.conflict.courseRequired', { field: 'course' });
    const { assignment } = await assignCourseForEvent(
      em,
      actor,
      {
        courseId: input.course.courseId,
        personIds: [conflict.notifier.id],
        dueOn: input.course.dueOn,
        trigger: `conflict_of_interest:${conflict.id}`,
      },
      now,
    );
    conflict.assignedCourse = {
      courseId: assignment.course.id,
      assignmentId: assignment.id,
      title: assignment.course.title,
      dueOn: assignment.dueOn,
    };
  }
  conflict.decidedOn = decidedOn;
  conflict.decidedBy = em.getReference(Person, actor.personId);
  conflict.measures = measures as ConflictMeasure[];
  conflict.decisionNote = note;
  conflict.referral = referral ?? conflict.referral ?? null;
  if (measures.includes('transfer_to_equivalent_post')) {
    conflict.transferDueOn = await termEnd(
      em,
      actor.organizationId,
      addMonths(conflict.identifiedOn ?? decidedOn, TRANSFER_MONTHS),
    );
    conflict.status = 'awaiting_transfer';
  } else {
    settle(conflict, decidedOn);
  }
  await syncRegisterEntry(em, actor, conflict);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'conflict_of_interest.decided',
    entityType: 'ConflictOfInterestCase',
    entityId: conflict.id,
    data: {
      decidedOn,
      measures,
      referral: conflict.referral,
      transferDueOn: conflict.transferDueOn,
      assignmentId: conflict.assignedCourse?.assignmentId ?? null,
    },
  });
  return view(em, conflict, actor, now);
}

/** §15.6: the transfer to an equivalent post is made; the case is settled. */
export async function recordConflictTransfer(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { transferredOn?: string | null; note: string },
  now: Date,
): Promise<ConflictCaseView> {
  requireAnyRole(actor, CONFLICT_TRANSFER_RECORDERS, 'record transfers to an equivalent post');
  const note = text(input.note, 'note', MAX_TEXT);
  const conflict = await lockCase(em, actor, id);
  await requireReader(em, conflict, actor);
  refuseParty(conflict, actor);
  requireStatus(conflict, 'awaiting_transfer');
  const transferredOn = stepDay(input.transferredOn, conflict, now, 'transferredOn');
  if (conflict.decidedOn && transferredOn < conflict.decidedOn)
    throw ValidationError.because('declarations.conflict.dayOutOfRange', {
      field: 'transferredOn',
      from: conflict.decidedOn,
      to: kazakhstanDay(now),
    });
  conflict.transferredOn = transferredOn;
  conflict.transferNote = note;
  settle(conflict, transferredOn);
  await syncRegisterEntry(em, actor, conflict);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'conflict_of_interest.transferred',
    entityType: 'ConflictOfInterestCase',
    entityId: conflict.id,
    data: { transferredOn, late: transferredOn > (conflict.transferDueOn ?? transferredOn) },
  });
  return view(em, conflict, actor, now);
}

/** Settled: whether every step was taken by its due day is fixed now, for the KPI. */
function settle(conflict: IConflictOfInterestCase, on: CalendarDay): void {
  const late = (done: string | null | undefined, due: string | null | undefined) =>
    !!done && !!due && done > due;
  conflict.status = 'settled';
  conflict.settledOn = on;
  conflict.settledInTime = !(
    late(conflict.forwardedOn, conflict.forwardDueOn) ||
    late(conflict.concludedOn, conflict.concludeDueOn) ||
    late(conflict.decidedOn, conflict.decideDueOn) ||
    late(conflict.transferredOn, conflict.transferDueOn)
  );
}

/** One case, for those who may read it (see mayRead); NOT_FOUND for anyone else. */
export async function conflictOfInterestCase(
  em: EntityManager,
  actor: Actor,
  id: string,
  now: Date,
): Promise<ConflictCaseView> {
  const conflict = isUuid(id)
    ? await em.findOne(
        ConflictOfInterestCase,
        { id, organization: actor.organizationId },
        { populate: PERSONS },
      )
    : null;
  if (!conflict) throw NotFoundError.forId('ConflictOfInterestCase', id);
  return conflictCaseView(conflict, actor, now, await requireReader(em, conflict, actor));
}

/** "My declarations": the notifications the actor made, newest first, each with where it stands. */
export async function myConflictNotifications(
  em: EntityManager,
  actor: Actor,
  now: Date,
): Promise<ConflictCaseView[]> {
  const rows = await em.find(
    ConflictOfInterestCase,
    { organization: actor.organizationId, notifier: actor.personId },
    { populate: PERSONS, orderBy: [{ notifiedAt: 'desc' }, { number: 'desc' }], limit: 200 },
  );
  // The notifier takes no step on their own cases: no deciders to look up.
  return rows.map((row) => conflictCaseView(row, actor, now, []));
}
