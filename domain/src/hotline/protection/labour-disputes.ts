import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { loadHolidays, termEnd } from '../../kernel/public-holidays.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import {
  addCalendarDays,
  addWorkingDays,
  parseCalendarDay,
  type CalendarDay,
} from '../../kernel/working-days.js';
import { getPerson, isUuid } from '../../org/org-queries.js';
import {
  DISPUTE_BODIES,
  DISPUTE_DECISION_DAYS,
  LabourDispute,
  type DecisionSignatory,
  type DisputeBody,
  PROTOCOL_FORWARDING_WORKING_DAYS,
  type ILabourDispute,
} from './labour-dispute.entity.js';
import { activeProtection, type NamedPerson } from './protection.js';
import { lockedFresh } from '../../database/row-lock.js';
import { lockPeople } from './protection-lock.js';
import { LABOUR_DISPUTE_KEEPERS, LABOUR_DISPUTE_READERS } from './protection-roles.js';

export interface LabourDisputeView {
  id: string;
  person: NamedPerson;
  /** §40.3, §40.5: where the dispute is heard. */
  body: DisputeBody;
  appliedOn: CalendarDay;
  decisionDueOn: CalendarDay;
  decidedOn: CalendarDay | null;
  decision: string | null;
  /** §40.3: whether the Agency's representative attended; null until the decision is recorded. */
  agencyRepresentativeAttended: boolean | null;
  /** §40.4, §40.7: the members present who signed the decision. */
  signatories: DecisionSignatory[];
  protocolDueOn: CalendarDay | null;
  protocolForwardedOn: CalendarDay | null;
  /** §40.4: no decision and more than 30 calendar days since the application. */
  decisionOverdue: boolean;
  /** §40.4: decided, protocol not forwarded, and more than 3 working days since the decision. */
  protocolOverdue: boolean;
}

/** The deadlines are read on the organisation's clock: a due day is overdue from the next day on. */
export function labourDisputeView(dispute: ILabourDispute, now: Date): LabourDisputeView {
  const today = kazakhstanDay(now);
  const decidedOn = dispute.decidedOn ?? null;
  const protocolDueOn = dispute.protocolDueOn ?? null;
  const protocolForwardedOn = dispute.protocolForwardedOn ?? null;
  return {
    id: dispute.id,
    person: { id: dispute.person.id, fullName: dispute.person.fullName },
    body: dispute.body,
    appliedOn: dispute.appliedOn,
    decisionDueOn: dispute.decisionDueOn,
    decidedOn,
    decision: dispute.decision ?? null,
    agencyRepresentativeAttended: dispute.agencyRepresentativeAttended ?? null,
    signatories: dispute.signatories ?? [],
    protocolDueOn,
    protocolForwardedOn,
    decisionOverdue: decidedOn === null && today > dispute.decisionDueOn,
    protocolOverdue: protocolDueOn !== null && protocolForwardedOn === null && today > protocolDueOn,
  };
}

/** A day of the file: a real date, and not after today. */
function pastDay(text: string, what: string, now: Date): CalendarDay {
  const day = parseCalendarDay(text);
  if (!day) throw ValidationError.because('kernel.notADayOf', { what, value: text });
  if (day > kazakhstanDay(now)) throw ValidationError.because('kernel.dayInFuture', { what, date: day });
  return day;
}

/** The dispute, read afresh once its person is locked (see lockPeople): its steps are recorded once each. */
async function lockDispute(em: EntityManager, actor: Actor, id: string): Promise<ILabourDispute> {
  const found = isUuid(id)
    ? await em.findOne(LabourDispute, { id, organization: actor.organizationId }, { fields: ['person'] })
    : null;
  if (!found) throw NotFoundError.forId('LabourDispute', id);
  await lockPeople(em, [found.person.id]);
  const locked = await lockedFresh(em, LabourDispute, { id });
  if (!locked) throw NotFoundError.forId('LabourDispute', id);
  await em.populate(locked, ['person']);
  return locked;
}

function checkedBody(body: string): DisputeBody {
  if (!(DISPUTE_BODIES as readonly string[]).includes(body)) {
    throw ValidationError.because('hotline.dispute.body', {
      field: 'body',
      bodies: DISPUTE_BODIES.join(', '),
    });
  }
  return body as DisputeBody;
}

export const MAX_SIGNATORIES = 50;
const MAX_SIGNATORY_NAME = 200;

/**
 * §40.4, §40.7: the members present who signed, each a person of the staff (named as the staff
 * list names them) or a name typed in; at least one, no one twice.
 */
async function checkedSignatories(
  em: EntityManager,
  actor: Actor,
  input: readonly { personId?: string | null; name?: string | null }[],
): Promise<DecisionSignatory[]> {
  if (input.length === 0)
    throw ValidationError.because('hotline.dispute.signatoriesRequired', { field: 'signatories' });
  if (input.length > MAX_SIGNATORIES)
    throw ValidationError.because('hotline.dispute.signatoriesTooMany', {
      field: 'signatories',
      max: MAX_SIGNATORIES,
    });
  const signatories: DecisionSignatory[] = [];
  for (const entry of input) {
    if (entry.personId) {
      const person = await getPerson(em, actor, entry.personId);
      signatories.push({ personId: person.id, name: person.fullName });
      continue;
    }
    const name = (entry.name ?? '').trim().replace(/\s+/g, ' ');
    if (!name) throw ValidationError.because('hotline.dispute.signatoryName', { field: 'signatories' });
    if (name.length > MAX_SIGNATORY_NAME)
      throw ValidationError.because('hotline.dispute.signatoryNameTooLong', {
        field: 'signatories',
        max: MAX_SIGNATORY_NAME,
      });
    signatories.push({ personId: null, name });
  }
  const seen = new Set<string>();
  for (const signatory of signatories) {
    const key = signatory.personId ?? signatory.name.toLowerCase();
    if (seen.has(key))
      throw ValidationError.because('hotline.dispute.signatoryTwice', {
        field: 'signatories',
        name: signatory.name,
      });
    seen.add(key);
  }
  return signatories;
}

/**
 * §40.3–§40.5: registers a person's application to the conciliation commission, the
 * disciplinary body or a court; the decision is due 30 calendar days later (§40.4), on the next
 * working day when that is a day off (Civil Code art. 173). The protection in force on that day,
 * if any, is linked.
 */
export async function openLabourDispute(
  em: EntityManager,
  actor: Actor,
  input: { personId: string; appliedOn: string; body: string },
  now: Date,
): Promise<LabourDisputeView> {
  requireAnyRole(actor, LABOUR_DISPUTE_KEEPERS, 'register labour disputes');
  const body = checkedBody(input.body);
  const appliedOn = pastDay(input.appliedOn, 'application date', now);
  const person = await getPerson(em, actor, input.personId);
  await lockPeople(em, [person.id]);
  const protection = await activeProtection(em, actor.organizationId, person.id, appliedOn);
  const dispute = em.create(LabourDispute, {
    id: newId(),
    organization: actor.organizationId,
    person,
    protectionRecord: protection,
    body,
    appliedOn,
    decisionDueOn: await termEnd(em, actor.organizationId, addCalendarDays(appliedOn, DISPUTE_DECISION_DAYS)),
    decidedOn: null,
    decision: null,
    agencyRepresentativeAttended: null,
    signatories: null,
    protocolDueOn: null,
    protocolForwardedOn: null,
    createdBy: actor.personId,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'labour_dispute.opened',
    entityType: 'LabourDispute',
    entityId: dispute.id,
    data: { body, appliedOn, decisionDueOn: dispute.decisionDueOn },
  });
  return labourDisputeView(dispute, now);
}

export interface DisputeDecisionInput {
  decidedOn?: string | null;
  decision: string;
  /** §40.3: whether the Agency's representative attended the meeting. */
  agencyRepresentativeAttended: boolean;
  /** §40.4, §40.7: the members present who signed — a staff person's id, or a name typed in. */
  signatories: readonly { personId?: string | null; name?: string | null }[];
}

/**
 * §40.4: records the collegial body's decision (today unless `decidedOn` says otherwise), whether
 * the Agency's representative attended (§40.3) and the members present who signed it (§40.4,
 * §40.7); its protocol is due at the Agency 3 working days later, in the organisation's calendar.
 */
export async function recordDisputeDecision(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: DisputeDecisionInput,
  now: Date,
): Promise<LabourDisputeView> {
  requireAnyRole(actor, LABOUR_DISPUTE_KEEPERS, 'record dispute decisions');
  const decision = input.decision.trim();
  if (!decision) throw ValidationError.because('hotline.dispute.decisionRequired', { field: 'decision' });
  if (decision.length > 5000)
    throw ValidationError.because('hotline.dispute.decisionTooLong', { field: 'decision', max: 5000 });
  if (typeof input.agencyRepresentativeAttended !== 'boolean')
    throw ValidationError.because('hotline.dispute.attendanceRequired', {
      field: 'agencyRepresentativeAttended',
    });
  const decidedOn = input.decidedOn ? pastDay(input.decidedOn, 'decision date', now) : kazakhstanDay(now);
  const signatories = await checkedSignatories(em, actor, input.signatories);
  const dispute = await lockDispute(em, actor, id);
  if (dispute.decidedOn) {
    throw ConflictError.because('hotline.dispute.decided', { id, date: dispute.decidedOn });
  }
  if (decidedOn < dispute.appliedOn) {
    throw ValidationError.because('hotline.dispute.decisionBeforeApplication', {
      field: 'decidedOn',
      date: decidedOn,
      appliedOn: dispute.appliedOn,
    });
  }
  const year = Number(decidedOn.slice(0, 4));
  // Three working days may run into January of the next year.
  const calendar = await loadHolidays(em, actor.organizationId, year, year + 1);
  dispute.decidedOn = decidedOn;
  dispute.decision = decision;
  dispute.agencyRepresentativeAttended = input.agencyRepresentativeAttended;
  dispute.signatories = signatories;
  dispute.protocolDueOn = addWorkingDays(
    decidedOn,
    PROTOCOL_FORWARDING_WORKING_DAYS,
    calendar.holidays,
    calendar.workedWeekendDays,
  );
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'labour_dispute.decided',
    entityType: 'LabourDispute',
    entityId: dispute.id,
    data: {
      decidedOn,
      protocolDueOn: dispute.protocolDueOn,
      late: decidedOn > dispute.decisionDueOn,
      agencyRepresentativeAttended: input.agencyRepresentativeAttended,
      signatories: signatories.length,
    },
  });
  return labourDisputeView(dispute, now);
}

/** §40.4: records the day the signed protocol went to the Agency. */
export async function recordProtocolForwarded(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { forwardedOn: string },
  now: Date,
): Promise<LabourDisputeView> {
  requireAnyRole(actor, LABOUR_DISPUTE_KEEPERS, 'record forwarded protocols');
  const forwardedOn = pastDay(input.forwardedOn, 'forwarding date', now);
  const dispute = await lockDispute(em, actor, id);
  if (!dispute.decidedOn || !dispute.protocolDueOn) {
    throw ConflictError.because('hotline.dispute.decisionFirst', { id });
  }
  if (dispute.protocolForwardedOn) {
    throw ConflictError.because('hotline.dispute.forwarded', {
      id,
      date: dispute.protocolForwardedOn,
    });
  }
  if (forwardedOn < dispute.decidedOn) {
    throw ValidationError.because('hotline.dispute.forwardBeforeDecision', {
      field: 'forwardedOn',
      date: forwardedOn,
      decidedOn: dispute.decidedOn,
    });
  }
  dispute.protocolForwardedOn = forwardedOn;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'labour_dispute.protocol_forwarded',
    entityType: 'LabourDispute',
    entityId: dispute.id,
    data: { forwardedOn, late: forwardedOn > dispute.protocolDueOn },
  });
  return labourDisputeView(dispute, now);
}

/** The organisation's labour disputes, newest application first, with their overdue flags as of `now`. */
export async function listLabourDisputes(
  em: EntityManager,
  actor: Actor,
  now: Date,
): Promise<LabourDisputeView[]> {
  requireAnyRole(actor, LABOUR_DISPUTE_READERS, 'see labour disputes');
  const disputes = await em.find(
    LabourDispute,
    { organization: actor.organizationId },
    { populate: ['person'], orderBy: { appliedOn: 'desc', createdAt: 'desc' } },
  );
  return disputes.map((dispute) => labourDisputeView(dispute, now));
}
