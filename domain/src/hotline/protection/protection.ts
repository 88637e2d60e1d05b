import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { addYears, parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { getPerson, isUuid } from '../../org/org-queries.js';
import { HrAction } from './hr-action.entity.js';
import { casesNaming, escalatedCaseIds } from '../cases/case-handler.js';
import { lockPeople } from './protection-lock.js';
import { PROTECTION_GRANTERS, PROTECTION_READERS } from './protection-roles.js';
import {
  PROTECTION_BASES,
  PROTECTION_YEARS,
  ProtectionRecord,
  type IProtectionRecord,
  type ProtectionBasis,
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
  reportId: string;
  reportNumber: string;
  startsOn: CalendarDay;
  endsOn: CalendarDay;
  /** Whether today (in Kazakhstan) is within the window. */
  active: boolean;
}

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
    reportId: record.reportId,
    reportNumber: record.reportNumber,
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

/**
 * §40.1: puts an open reporter, or a person who assisted the check, under protection for 3 years
 * from the report's date. Granting twice for the same person and report returns the first
 * record. HR actions against the person decided within the window, entered before anyone knew,
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
  if (!(PROTECTION_BASES as readonly string[]).includes(input.basis)) {
    throw ValidationError.because('hotline.protection.basis', {
      field: 'basis',
      bases: PROTECTION_BASES.join(', '),
    });
  }
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
  const startsOn = reportDay(input.reportDate);
  if (startsOn > today)
    throw ValidationError.because('hotline.protection.reportDateInFuture', {
      field: 'reportDate',
      date: startsOn,
    });
  const person = await getPerson(em, actor, input.personId);
  await lockPeople(em, [person.id]);

  const existing = await em.findOne(ProtectionRecord, {
    organization: actor.organizationId,
    person,
    reportId: input.reportId,
  });
  if (existing) return toView(existing, today);

  const record = em.create(ProtectionRecord, {
    id: newId(),
    organization: actor.organizationId,
    person,
    basis: input.basis,
    reportId: input.reportId,
    reportNumber,
    startsOn,
    endsOn: addYears(startsOn, PROTECTION_YEARS),
    createdBy: actor.personId,
  });
  const caught = await em.find(HrAction, {
    organization: actor.organizationId,
    person,
    flaggedAt: null,
    decidedOn: { $gte: record.startsOn, $lte: record.endsOn },
  });
  for (const action of caught) {
    action.flaggedAt = now;
    action.protectionRecord = record;
  }
  // No person and no report number in the trail: together they would say who reported what.
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'protection.granted',
    entityType: 'ProtectionRecord',
    entityId: record.id,
    data: {
      basis: record.basis,
      startsOn: record.startsOn,
      endsOn: record.endsOn,
      hrActionsFlagged: caught.length,
    },
  });
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
      ...(hidden.size > 0 ? { reportId: { $nin: [...hidden] } } : {}),
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
