import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { termEnd } from '../../kernel/public-holidays.js';
import { addYears, parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { getPerson, isUuid } from '../../org/org-queries.js';
import { HrAction } from './hr-action.entity.js';
import { casesNaming, escalatedCaseIds } from '../cases/case-handler.js';
import { lockPeople } from './protection-lock.js';
import {
  PROTECTION_GRANTERS,
  PROTECTION_READERS,
  STATE_BODY_PROTECTION_GRANTERS,
} from './protection-roles.js';
import {
  PROTECTION_BASES,
  PROTECTION_YEARS,
  ProtectionRecord,
  type IProtectionRecord,
  type ProtectionBasis,
  type ReportedTo,
} from './protection-record.entity.js';

/** A person as the protection, HR-action and dispute lists show them. */
export interface NamedPerson {
  id: string;
  fullName: string;
}

export interface ProtectionRecordView {
  id: string;
  person: NamedPerson;
  basis: ProtectionBasis;
  /** §40.1: the body the report reached — the hotline, or the state body named. */
  reportedTo: ReportedTo;
  stateBodyName: string | null;
  /** The day the report reached that body; the 3 years run from it. */
  reportedOn: CalendarDay;
  /** The hotline case; null for a report made to a state body. */
  reportId: string | null;
  reportNumber: string | null;
  startsOn: CalendarDay;
  endsOn: CalendarDay;
  /** Whether today (in Kazakhstan) is within the window. */
  active: boolean;
}

/** A report made to an authorised state body rather than the hotline, as compliance staff record it. */
export interface StateBodyProtectionInput {
  personId: string;
  basis: ProtectionBasis;
  /** The body, e.g. "Агенттік / Агентство по противодействию коррупции". */
  stateBodyName: string;
  /** The day the report reached that body, YYYY-MM-DD. */
  reportedOn: string;
}

export const MAX_STATE_BODY_NAME = 200;

export interface GrantProtectionInput {
  personId: string;
  basis: ProtectionBasis;
  /** The hotline report the protection comes from: its id, number (e.g. HL-2025-0007) and date. */
  reportId: string;
  reportNumber: string;
  /** The day the report was received; an instant is read as the day in Kazakhstan. */
  reportDate: Date | string;
}

export function isActiveOn(
  record: Pick<IProtectionRecord, 'startsOn' | 'endsOn'>,
  day: CalendarDay,
): boolean {
  return record.startsOn <= day && day <= record.endsOn;
}

function toView(record: IProtectionRecord, today: CalendarDay): ProtectionRecordView {
  return {
    id: record.id,
    person: { id: record.person.id, fullName: record.person.fullName },
    basis: record.basis,
    reportedTo: record.reportedTo,
    stateBodyName: record.stateBodyName ?? null,
    reportedOn: record.startsOn,
    reportId: record.reportId ?? null,
    reportNumber: record.reportNumber ?? null,
    startsOn: record.startsOn,
    endsOn: record.endsOn,
    active: isActiveOn(record, today),
  };
}

function reportDay(value: Date | string): CalendarDay {
  const day = value instanceof Date ? kazakhstanDay(value) : parseCalendarDay(value);
  if (!day) throw ValidationError.because('kernel.notADate', { value: String(value) });
  return day;
}

/**
 * The protection `personId` is under on `day`, the one lasting longest when there are several;
 * null when none. Used by the HR-action and dispute rules, which run with or without an actor.
 */
export async function activeProtection(
  em: EntityManager,
  organizationId: string,
  personId: string,
  day: CalendarDay,
): Promise<IProtectionRecord | null> {
  return em.findOne(
    ProtectionRecord,
    { organization: organizationId, person: personId, startsOn: { $lte: day }, endsOn: { $gte: day } },
    { orderBy: { endsOn: 'desc' } },
  );
}

function checkedBasis(basis: string): ProtectionBasis {
  if (!(PROTECTION_BASES as readonly string[]).includes(basis)) {
    throw ValidationError.because('hotline.protection.basis', {
      field: 'basis',
      bases: PROTECTION_BASES.join(', '),
    });
  }
  return basis as ProtectionBasis;
}

/** §40.1: the 3 years run from the day the report reached the body, which cannot be after today. */
function checkedStart(day: CalendarDay, today: CalendarDay): CalendarDay {
  if (day > today)
    throw ValidationError.because('hotline.protection.reportDateInFuture', {
      field: 'reportDate',
      date: day,
    });
  return day;
}

/** What a new record is made of: the body the report reached, and the day the 3 years run from. */
type ProtectionRecordFields = {
  person: Awaited<ReturnType<typeof getPerson>>;
  basis: ProtectionBasis;
  reportedTo: ReportedTo;
  stateBodyName: string | null;
  reportId: string | null;
  reportNumber: string | null;
  startsOn: CalendarDay;
};

/**
 * Creates the record and flags the HR actions at the employer's initiative decided within its
 * window, entered before anyone knew, to the compliance head. The person is locked already.
 */
async function createProtection(
  em: EntityManager,
  actor: Actor,
  person: ProtectionRecordFields['person'],
  fields: Omit<ProtectionRecordFields, 'person'>,
  now: Date,
): Promise<IProtectionRecord> {
  const record = em.create(ProtectionRecord, {
    id: newId(),
    organization: actor.organizationId,
    person,
    ...fields,
    // §40.1: 3 years from the report; Civil Code art. 173: a last day that is not a working day
    // moves to the next working day.
    endsOn: await termEnd(em, actor.organizationId, addYears(fields.startsOn, PROTECTION_YEARS)),
    createdBy: actor.personId,
  });
  const caught = await em.find(HrAction, {
    organization: actor.organizationId,
    person,
    initiator: 'employer',
    flaggedAt: null,
    decidedOn: { $gte: record.startsOn, $lte: record.endsOn },
  });
  for (const action of caught) {
    action.flaggedAt = now;
    action.protectionRecord = record;
  }
  // No person, report number nor body in the trail: together they would say who reported what.
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'protection.granted',
    entityType: 'ProtectionRecord',
    entityId: record.id,
    data: {
      basis: record.basis,
      reportedTo: record.reportedTo,
      startsOn: record.startsOn,
      endsOn: record.endsOn,
      hrActionsFlagged: caught.length,
    },
  });
  return record;
}

/**
 * §40.1: puts an open reporter, or a person who assisted the check, under protection for 3 years
 * from the day the hotline received the report. Granting twice for the same person and report
 * returns the first record. HR actions at the employer's initiative decided within the window
 * are flagged to the compliance head now. Role-based: the gateway checks that an investigator is
 * assigned to the case. The person is locked first, so concurrent grants give one record and an
 * HR action can't be finalised past a grant it did not see.
 */
export async function grantProtection(
  em: EntityManager,
  actor: Actor,
  input: GrantProtectionInput,
  now: Date = new Date(),
): Promise<ProtectionRecordView> {
  requireAnyRole(actor, PROTECTION_GRANTERS, 'grant protection');
  const basis = checkedBasis(input.basis);
  if (!isUuid(input.reportId))
    throw ValidationError.because('hotline.protection.reportId', {
      field: 'reportId',
      value: input.reportId,
    });
  const reportNumber = input.reportNumber.trim();
  if (!reportNumber || reportNumber.length > 40) {
    throw ValidationError.because('hotline.protection.reportNumber', { field: 'reportNumber' });
  }
  const today = kazakhstanDay(now);
  const startsOn = checkedStart(reportDay(input.reportDate), today);
  const person = await getPerson(em, actor, input.personId);
  await lockPeople(em, [person.id]);

  const existing = await em.findOne(ProtectionRecord, {
    organization: actor.organizationId,
    person,
    reportId: input.reportId,
  });
  if (existing) return toView(existing, today);
  const record = await createProtection(
    em,
    actor,
    person,
    { basis, reportedTo: 'hotline', stateBodyName: null, reportId: input.reportId, reportNumber, startsOn },
    now,
  );
  return toView(record, today);
}

/**
 * §40.1: protection of a person who reported to an authorised state body (the Agency, the
 * prosecutor's office, ...) rather than the hotline: compliance staff record the body and the day
 * the report reached it, and the 3 years run from that day. There is no hotline case. Recording
 * the same person, body and day again returns the first record.
 */
export async function grantStateBodyProtection(
  em: EntityManager,
  actor: Actor,
  input: StateBodyProtectionInput,
  now: Date = new Date(),
): Promise<ProtectionRecordView> {
  requireAnyRole(actor, STATE_BODY_PROTECTION_GRANTERS, 'record protection for a report to a state body');
  const basis = checkedBasis(input.basis);
  const stateBodyName = input.stateBodyName.trim().replace(/\s+/g, ' ');
  if (!stateBodyName)
    throw ValidationError.because('hotline.protection.stateBodyRequired', { field: 'stateBodyName' });
  if (stateBodyName.length > MAX_STATE_BODY_NAME) {
    throw ValidationError.because('hotline.protection.stateBodyTooLong', {
      field: 'stateBodyName',
      max: MAX_STATE_BODY_NAME,
    });
  }
  const reported = parseCalendarDay(input.reportedOn);
  if (!reported) throw ValidationError.because('kernel.notADate', { value: input.reportedOn });
  const today = kazakhstanDay(now);
  const startsOn = checkedStart(reported, today);
  const person = await getPerson(em, actor, input.personId);
  await lockPeople(em, [person.id]);

  const existing = await em.findOne(ProtectionRecord, {
    organization: actor.organizationId,
    person,
    reportedTo: 'state_body',
    stateBodyName,
    startsOn,
  });
  if (existing) return toView(existing, today);
  const record = await createProtection(
    em,
    actor,
    person,
    { basis, reportedTo: 'state_body', stateBodyName, reportId: null, reportNumber: null, startsOn },
    now,
  );
  return toView(record, today);
}

/**
 * §40: the protection records of the organisation, newest first; `activeOnly` keeps those in
 * force today. Never those of a case that names the reader or a compliance head (ADR 008): a
 * record names the person and the case, and the accused must not learn who reported them.
 */
export async function listProtectionRecords(
  em: EntityManager,
  actor: Actor,
  filter: { activeOnly?: boolean },
  now: Date,
): Promise<ProtectionRecordView[]> {
  requireAnyRole(actor, PROTECTION_READERS, 'see who is under protection');
  const today = kazakhstanDay(now);
  const hidden = await casesHiddenFrom(em, actor);
  const records = await em.find(
    ProtectionRecord,
    {
      organization: actor.organizationId,
      // A report to a state body has no case, so no case can hide it.
      ...(hidden.size > 0 ? { $or: [{ reportId: null }, { reportId: { $nin: [...hidden] } }] } : {}),
      ...(filter.activeOnly ? { startsOn: { $lte: today }, endsOn: { $gte: today } } : {}),
    },
    { populate: ['person'], orderBy: { startsOn: 'desc', createdAt: 'desc' } },
  );
  return records.map((record) => toView(record, today));
}

/**
 * The cases whose protection records and flags the compliance service must not see: those that
 * name the actor, and those that name a compliance head (the alternate handler's).
 */
export async function casesHiddenFrom(em: EntityManager, actor: Actor): Promise<Set<string>> {
  const [named, escalated] = await Promise.all([
    casesNaming(em, actor.personId),
    escalatedCaseIds(em, actor.organizationId),
  ]);
  return new Set([...named, ...escalated]);
}
