import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { checkedPage } from '../../kernel/paging.js';
import { parseCalendarDay } from '../../kernel/working-days.js';
import { ValidationError } from '../../kernel/errors.js';
import { containing } from '../../org/people-search.js';
import {
  GIFT_KINDS,
  GiftDeclaration,
  type GiftKind,
  type IGiftDeclaration,
} from './gift-declaration.entity.js';
import { giftView, type GiftStatus, type GiftView } from './gift-view.js';
import { GIFT_REGISTER_READERS } from './gifts-roles.js';

export const MAX_GIFT_PAGE = 100;
/** The XLSX export takes the whole filtered register up to this many rows. */
export const MAX_GIFT_EXPORT = 10_000;

export interface GiftRegisterFilter {
  /** Words of the declarant's name, the giver or the occasion. */
  search?: string | null;
  status?: GiftStatus | null;
  kind?: GiftKind | null;
  /** Only those past their hand-over day and not handed over. */
  overdue?: boolean | null;
  from?: string | null;
  to?: string | null;
}

export interface GiftRegisterPage {
  items: GiftView[];
  total: number;
}

function day(value: string | null | undefined, field: string): string | null {
  if (!value) return null;
  const parsed = parseCalendarDay(value);
  if (!parsed) throw ValidationError.because('kernel.notADate', { field, value });
  return parsed;
}

function where(actor: Actor, filter: GiftRegisterFilter, now: Date): FilterQuery<IGiftDeclaration> {
  const and: FilterQuery<IGiftDeclaration>[] = [{ organization: actor.organizationId }];
  for (const word of (filter.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5)) {
    const like = containing(word);
    and.push({
      $or: [
        { person: { fullName: { $ilike: like } } },
        { giver: { $ilike: like } },
        { giverOrganization: { $ilike: like } },
        { occasion: { $ilike: like } },
        { recipientName: { $ilike: like } },
      ],
    });
  }
  if (filter.status === 'awaiting_decision') and.push({ decision: null });
  if (filter.status === 'decided') and.push({ decision: { $ne: null } });
  if (filter.kind) {
    if (!(GIFT_KINDS as readonly string[]).includes(filter.kind))
      throw ValidationError.because('declarations.gift.kind', {
        field: 'kind',
        kinds: GIFT_KINDS.join(', '),
      });
    and.push({ kind: filter.kind });
  }
  if (filter.overdue) {
    and.push({
      actionDueOn: { $lt: kazakhstanDay(now) },
      handedOverOn: null,
      $or: [{ decision: null }, { decision: { $in: ['hand_over', 'pay_back'] } }],
    });
  }
  const from = day(filter.from, 'from');
  const to = day(filter.to, 'to');
  if (from) and.push({ occurredOn: { $gte: from } });
  if (to) and.push({ occurredOn: { $lte: to } });
  return { $and: and };
}

/**
 * The gift register (§17, §75): every declaration of the organisation, the undecided first, then
 * the latest; for the compliance officers who decide and the auditors who check them.
 */
export async function giftRegister(
  em: EntityManager,
  actor: Actor,
  filter: GiftRegisterFilter,
  page: { limit?: number | null; offset?: number | null },
  now: Date,
): Promise<GiftRegisterPage> {
  requireAnyRole(actor, GIFT_REGISTER_READERS, 'read the gift register');
  return registerPage(em, actor, filter, checkedPage(page, { max: MAX_GIFT_PAGE, defaultLimit: 25 }), now);
}

async function registerPage(
  em: EntityManager,
  actor: Actor,
  filter: GiftRegisterFilter,
  { limit, offset }: { limit: number; offset: number },
  now: Date,
): Promise<GiftRegisterPage> {
  const [rows, total] = await em.findAndCount(GiftDeclaration, where(actor, filter, now), {
    populate: ['person', 'decidedBy'],
    orderBy: [{ decidedOn: 'asc nulls first' }, { occurredOn: 'desc' }, { id: 'asc' }],
    limit,
    offset,
  });
  return { items: rows.map((row) => giftView(row, now)), total };
}

/** The whole filtered register for its export, in the register's order. */
export async function giftRegisterRows(
  em: EntityManager,
  actor: Actor,
  filter: GiftRegisterFilter,
  now: Date,
): Promise<GiftView[]> {
  requireAnyRole(actor, GIFT_REGISTER_READERS, 'export the gift register');
  return (await registerPage(em, actor, filter, { limit: MAX_GIFT_EXPORT, offset: 0 }, now)).items;
}

/** The person's own declarations, the latest first ("My declarations"). */
export async function myGifts(em: EntityManager, actor: Actor, now: Date): Promise<GiftView[]> {
  const rows = await em.find(
    GiftDeclaration,
    { organization: actor.organizationId, person: actor.personId },
    { populate: ['person', 'decidedBy'], orderBy: [{ occurredOn: 'desc' }, { createdAt: 'desc' }] },
  );
  return rows.map((row) => giftView(row, now));
}
