import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { parseCalendarDay, toDay, type CalendarDay } from '../../kernel/working-days.js';
import { lockedFresh } from '../../database/row-lock.js';
import { getPerson, isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { TRIP_EXCEPTIONS, type GiftCurrency, type TripException } from './gift-declaration.entity.js';
import { amount, currency, text } from './gift-input.js';
import {
  GiftPreApproval,
  INVITATION_KINDS,
  type IGiftPreApproval,
  type InvitationKind,
  type PreApprovalStatus,
} from './gift-pre-approval.entity.js';
import type { NamedPerson } from './gift-view.js';
import { GIFT_DECIDERS, GIFT_REGISTER_READERS } from './gifts-roles.js';

export interface PreApprovalView {
  id: string;
  person: NamedPerson;
  kind: InvitationKind;
  inviter: string;
  occasion: string;
  eventOn: CalendarDay;
  valueAmount: number | null;
  currency: GiftCurrency | null;
  tripException: TripException | null;
  hostPresent: boolean | null;
  status: PreApprovalStatus;
  decisionNote: string | null;
  decidedBy: NamedPerson | null;
  decidedAt: Date | null;
  requestedAt: Date;
}

function preApprovalView(row: IGiftPreApproval): PreApprovalView {
  return {
    id: row.id,
    person: { id: row.person.id, fullName: row.person.fullName },
    kind: row.kind,
    inviter: row.inviter,
    occasion: row.occasion,
    eventOn: toDay(row.eventOn),
    valueAmount: row.valueAmount == null ? null : Number(row.valueAmount),
    currency: row.currency ?? null,
    tripException: row.tripException ?? null,
    hostPresent: row.hostPresent ?? null,
    status: row.status,
    decisionNote: row.decisionNote ?? null,
    decidedBy: row.decidedBy ? { id: row.decidedBy.id, fullName: row.decidedBy.fullName } : null,
    decidedAt: row.decidedAt ?? null,
    requestedAt: row.requestedAt,
  };
}

export interface PreApprovalInput {
  kind: string;
  inviter: string;
  occasion: string;
  eventOn: string;
  valueAmount?: number | null;
  currency?: string | null;
  tripException?: string | null;
  hostPresent?: boolean | null;
}

/**
 * §17.8 (b): before accepting an invitation (a trip, hospitality, a gift), the person asks; the
 * compliance officer approves or refuses.
 */
export async function requestGiftPreApproval(
  em: EntityManager,
  actor: Actor,
  input: PreApprovalInput,
): Promise<PreApprovalView> {
  if (!(INVITATION_KINDS as readonly string[]).includes(input.kind))
    throw ValidationError.because('declarations.preApproval.kind', {
      field: 'kind',
      kinds: INVITATION_KINDS.join(', '),
    });
  const kind = input.kind as InvitationKind;
  const inviter = text(
    input.inviter,
    'inviter',
    300,
    ValidationError.because('declarations.preApproval.inviterRequired', { field: 'inviter' }),
  )!;
  const occasion = text(
    input.occasion,
    'occasion',
    500,
    ValidationError.because('declarations.gift.occasionRequired', { field: 'occasion' }),
  )!;
  const eventOn = parseCalendarDay(input.eventOn);
  if (!eventOn)
    throw ValidationError.because('kernel.notADayOf', {
      field: 'eventOn',
      what: 'eventOn',
      value: input.eventOn,
    });
  const valueAmount = input.valueAmount == null ? null : amount(input.valueAmount, 'valueAmount');
  const code = valueAmount === null ? null : currency(input.currency ?? 'KZT');
  let tripException: TripException | null = null;
  if (input.tripException) {
    if (kind !== 'trip')
      throw ValidationError.because('declarations.gift.tripExceptionNotTrip', { field: 'tripException' });
    if (!(TRIP_EXCEPTIONS as readonly string[]).includes(input.tripException))
      throw ValidationError.because('declarations.gift.tripException', {
        field: 'tripException',
        exceptions: TRIP_EXCEPTIONS.join(', '),
      });
    tripException = input.tripException as TripException;
  }
  const person = await getPerson(em, actor, actor.personId);
  const row = em.create(GiftPreApproval, {
    id: newId(),
    organization: actor.organizationId,
    person,
    kind,
    inviter,
    occasion,
    eventOn,
    valueAmount: valueAmount === null ? null : valueAmount.toFixed(2),
    currency: code,
    tripException,
    hostPresent: kind === 'hospitality' ? (input.hostPresent ?? null) : null,
    status: 'requested',
    decisionNote: null,
    decidedBy: null,
    decidedAt: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'gift_pre_approval.requested',
    entityType: 'GiftPreApproval',
    entityId: row.id,
    data: { kind, eventOn, tripException },
  });
  return preApprovalView(row);
}

/** The officer approves or refuses a request, once; never their own. */
export async function decideGiftPreApproval(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: { approve: boolean; note?: string | null },
  now: Date,
): Promise<PreApprovalView> {
  requireAnyRole(actor, GIFT_DECIDERS, 'decide on invitations');
  const note = text(input.note, 'note', 4000, null);
  const row = isUuid(id)
    ? await lockedFresh(em, GiftPreApproval, { id, organization: actor.organizationId })
    : null;
  if (!row) throw NotFoundError.forId('GiftPreApproval', id);
  await em.populate(row, ['person']);
  if (row.person.id === actor.personId) throw ForbiddenError.because('declarations.preApproval.ownRequest');
  if (row.status !== 'requested') throw ConflictError.because('declarations.preApproval.decided');
  row.status = input.approve ? 'approved' : 'refused';
  row.decisionNote = note;
  row.decidedBy = em.getReference(Person, actor.personId);
  row.decidedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'gift_pre_approval.decided',
    entityType: 'GiftPreApproval',
    entityId: row.id,
    data: { status: row.status },
  });
  await em.flush();
  await em.populate(row, ['decidedBy']);
  return preApprovalView(row);
}

/** The person's own requests, the latest first. */
export async function myGiftPreApprovals(em: EntityManager, actor: Actor): Promise<PreApprovalView[]> {
  const rows = await em.find(
    GiftPreApproval,
    { organization: actor.organizationId, person: actor.personId },
    { populate: ['person', 'decidedBy'], orderBy: { requestedAt: 'desc' } },
  );
  return rows.map(preApprovalView);
}

/** The organisation's requests for the officers: those waiting first, then the latest. */
export async function giftPreApprovals(
  em: EntityManager,
  actor: Actor,
  filter: { status?: PreApprovalStatus | null },
): Promise<PreApprovalView[]> {
  requireAnyRole(actor, GIFT_REGISTER_READERS, 'read invitation requests');
  const rows = await em.find(
    GiftPreApproval,
    { organization: actor.organizationId, ...(filter.status ? { status: filter.status } : {}) },
    {
      populate: ['person', 'decidedBy'],
      orderBy: [{ decidedAt: 'asc nulls first' }, { requestedAt: 'desc' }],
      limit: 500,
    },
  );
  return rows.map(preApprovalView);
}
