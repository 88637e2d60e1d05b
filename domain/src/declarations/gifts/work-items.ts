import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { toDay } from '../../kernel/working-days.js';
import { type WorkItem, type WorkProvider, type WorkUrgency, dayUrgency } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { GiftDeclaration } from './gift-declaration.entity.js';
import { GiftPreApproval } from './gift-pre-approval.entity.js';
import { myGifts } from './gift-register.js';
import { handOverPending } from './gift-view.js';
import { GIFT_DECIDERS } from './gifts-roles.js';

const PLUGIN = 'declarations';
/** Within 2 days of the hand-over day it is close. */
const DUE_SOON_DAYS = 2;

function urgency(dueOn: string, today: string): WorkUrgency {
  return dayUrgency(dueOn, today, DUE_SOON_DAYS);
}

/** §17.5: the person's own gifts still to hand over or pay, each with its last day. */
async function handOversDue(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  const today = kazakhstanDay(now);
  return (await myGifts(em, actor, now)).filter(handOverPending).map((gift) => ({
    id: `${PLUGIN}:gift_hand_over:${gift.id}`,
    plugin: PLUGIN,
    kind: 'gift_hand_over_due',
    subject: { kk: gift.giver, ru: gift.giver, en: gift.giver },
    urgency: urgency(gift.actionDueOn!, today),
    dueAt: null,
    dueOn: gift.actionDueOn,
    path: `/declarations/gifts/${gift.id}`,
    count: null,
  }));
}

/** For the officers: the organisation's gifts awaiting a decision, with the earliest hand-over day. */
async function awaitingDecision(em: EntityManager, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, GIFT_DECIDERS)) return [];
  const rows = await em.find(
    GiftDeclaration,
    { organization: actor.organizationId, decision: null, person: { $ne: actor.personId } },
    { fields: ['id', 'actionDueOn'], orderBy: { actionDueOn: 'asc nulls last' } },
  );
  if (rows.length === 0) return [];
  const firstDue = rows.find((row) => row.actionDueOn)?.actionDueOn;
  const dueOn = firstDue ? toDay(firstDue) : null;
  return [
    {
      id: `${PLUGIN}:gifts_to_decide`,
      plugin: PLUGIN,
      kind: 'gifts_to_decide',
      subject: null,
      urgency: dueOn ? urgency(dueOn, kazakhstanDay(now)) : 'waiting',
      dueAt: null,
      dueOn,
      path: '/declarations/gifts',
      count: rows.length,
    },
  ];
}

/** §17.8: for the officers, the requests to accept an invitation that wait for an answer. */
async function requestsToDecide(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, GIFT_DECIDERS)) return [];
  const waiting = await em.count(GiftPreApproval, {
    organization: actor.organizationId,
    status: 'requested',
    person: { $ne: actor.personId },
  });
  if (waiting === 0) return [];
  return [
    {
      id: `${PLUGIN}:gift_requests_to_decide`,
      plugin: PLUGIN,
      kind: 'gift_requests_to_decide',
      subject: null,
      urgency: 'waiting',
      dueAt: null,
      dueOn: null,
      path: '/declarations/gifts/requests',
      count: waiting,
    },
  ];
}

export const GIFT_WORK: WorkProvider = {
  context: 'declarations.gifts',
  async items(em, actor, now) {
    return [
      ...(await handOversDue(em, actor, now)),
      ...(await awaitingDecision(em, actor, now)),
      ...(await requestsToDecide(em, actor)),
    ];
  },
};

registerWorkProvider(GIFT_WORK);
