import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import { dayOf, notAfterToday } from '../financial/declarants.js';
import { ForeignAccountAccessOrder, type IForeignAccountAccessOrder } from './access-order.entity.js';

const MAX_ORDER_NUMBER = 100;
const MAX_MEMBERS = 50;

/** The order in force: the latest the first head recorded. */
export async function accessOrderInForce(
  em: EntityManager,
  organizationId: string,
): Promise<IForeignAccountAccessOrder | null> {
  return em.findOne(
    ForeignAccountAccessOrder,
    { organization: organizationId },
    { orderBy: { recordedAt: 'desc', id: 'desc' } },
  );
}

/** Whether the actor is named by the order in force (§30.1) — only they handle the tax authority's data. */
export async function onAccessList(em: EntityManager, actor: Actor): Promise<boolean> {
  const order = await accessOrderInForce(em, actor.organizationId);
  return order?.memberIds.includes(actor.personId) ?? false;
}

/** Refuses anyone the order in force does not name. */
export async function requireAccessListMember(em: EntityManager, actor: Actor, doing: string): Promise<void> {
  if (!(await onAccessList(em, actor)))
    throw ForbiddenError.because('foreignAccount.notOnAccessList', { doing });
}

/** Who reads the check's findings: the order's members, the first head who signed it, and HR who receives them (§30.4–§30.5). */
export async function readsForeignAccountCheck(em: EntityManager, actor: Actor): Promise<boolean> {
  return hasAnyRole(actor, ['first_head', 'hr_officer']) || (await onAccessList(em, actor));
}

/** A person the order names, or the first head who signed it, by name. */
type NamedPerson = Pick<IPerson, 'id' | 'fullName'>;

/** The order in force as its readers see it: the people by name, in the order's own order. */
export interface AccessOrderView {
  id: string;
  orderNumber: string;
  orderDate: string;
  approvedBy: NamedPerson;
  members: NamedPerson[];
  recordedAt: Date;
}

/**
 * §30.1: the order in force, for those who read the check (the first head who signs it, HR, the
 * people it names); null while the first head has recorded none. A person who has since left is
 * still named: the order names them until the next one replaces it.
 */
export async function foreignAccountAccessOrder(
  em: EntityManager,
  actor: Actor,
): Promise<AccessOrderView | null> {
  if (!(await readsForeignAccountCheck(em, actor)))
    throw ForbiddenError.because('foreignAccount.notOnAccessList', { doing: 'read the access order' });
  const order = await accessOrderInForce(em, actor.organizationId);
  if (!order) return null;
  const people = await em.find(Person, {
    id: { $in: [...order.memberIds, order.approvedBy.id] },
    organization: actor.organizationId,
  });
  const named = (id: string): NamedPerson => ({
    id,
    fullName: people.find((person) => person.id === id)?.fullName ?? '',
  });
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    orderDate: order.orderDate,
    approvedBy: named(order.approvedBy.id),
    members: order.memberIds.map(named),
    recordedAt: order.recordedAt,
  };
}

/**
 * §30.1: the first head's order naming who has access to the data on money in foreign banks and
 * who analyses and monitors it. A new order replaces the one in force.
 */
export async function recordForeignAccountAccessOrder(
  em: EntityManager,
  actor: Actor,
  input: { orderNumber: string; orderDate: string; memberIds: readonly string[] },
  now: Date = new Date(),
): Promise<IForeignAccountAccessOrder> {
  requireAnyRole(actor, ['first_head'], 'approve who has access to foreign-account data');
  const orderNumber = input.orderNumber?.trim() ?? '';
  if (orderNumber.length === 0)
    throw ValidationError.because('foreignAccount.accessOrder.numberRequired', { field: 'orderNumber' });
  if (orderNumber.length > MAX_ORDER_NUMBER)
    throw ValidationError.because('foreignAccount.accessOrder.numberTooLong', {
      field: 'orderNumber',
      max: MAX_ORDER_NUMBER,
    });
  const orderDate = dayOf(input.orderDate, 'orderDate');
  notAfterToday(orderDate, now, 'orderDate');
  const memberIds = [...new Set(input.memberIds)];
  if (memberIds.length === 0 || memberIds.length > MAX_MEMBERS) {
    throw ValidationError.because('foreignAccount.accessOrder.members', {
      field: 'memberIds',
      max: MAX_MEMBERS,
    });
  }
  const found = memberIds.every(isUuid)
    ? await em.count(Person, { id: { $in: memberIds }, organization: actor.organizationId, active: true })
    : 0;
  if (found !== memberIds.length)
    throw ValidationError.because('foreignAccount.accessOrder.unknownMember', { field: 'memberIds' });
  const order = em.create(ForeignAccountAccessOrder, {
    id: newId(),
    organization: actor.organizationId,
    orderNumber,
    orderDate,
    approvedBy: em.getReference(Person, actor.personId),
    memberIds,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.foreign_account_access_order_recorded',
    entityType: 'ForeignAccountAccessOrder',
    entityId: order.id,
    data: { orderNumber, orderDate, memberIds },
  });
  return order;
}
