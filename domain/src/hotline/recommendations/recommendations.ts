import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { accessTo, caseForHandler, lockCase, managesCase, requireOpenCase } from '../cases/case-access.js';
import { alternateHandlerOf, caseHandlings } from '../cases/case-handler.js';
import {
  HotlineRecommendation,
  RECOMMENDATION_KINDS,
  type IHotlineRecommendation,
  type RecommendationKind,
} from './hotline-recommendation.entity.js';
import type { IHotlineReport } from '../cases/hotline-report.entity.js';
import { HOTLINE_MANAGERS, HOTLINE_OVERSIGHT } from '../hotline-roles.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { recommendationView, type HotlineRecommendationView } from './recommendation-view.js';

export interface RecommendationInput {
  kind: RecommendationKind;
  text: string;
  ownerId: string;
  /** YYYY-MM-DD. */
  dueOn: string;
}

const MAX_TEXT = 5_000;

/** §69: a recommendation from the check, with its owner and due date (HR and legal follow-up for discipline or dismissal). */
export async function addHotlineRecommendation(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: RecommendationInput,
  now: Date = new Date(),
): Promise<IHotlineRecommendation> {
  const { report } = await caseForHandler(em, actor, id, 'make recommendations', 'change');
  if (!(RECOMMENDATION_KINDS as readonly string[]).includes(input.kind)) {
    throw ValidationError.because('hotline.recommendation.kindRequired', { field: 'kind' });
  }
  const text = input.text?.trim() ?? '';
  if (text.length === 0)
    throw ValidationError.because('hotline.recommendation.textRequired', { field: 'text' });
  if (text.length > MAX_TEXT)
    throw ValidationError.because('hotline.recommendation.textTooLong', { field: 'text', max: MAX_TEXT });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) || Number.isNaN(Date.parse(input.dueOn))) {
    throw ValidationError.because('kernel.dueDate', { field: 'dueOn' });
  }
  const owner = isUuid(input.ownerId)
    ? await em.findOne(Person, { id: input.ownerId, organization: actor.organizationId })
    : null;
  if (!owner) throw NotFoundError.forId('Person', input.ownerId);
  requireOpenCase(report, 'add recommendations');
  const recommendation = em.create(HotlineRecommendation, {
    id: newId(),
    organization: report.organization,
    report,
    kind: input.kind,
    text,
    owner,
    dueOn: input.dueOn,
    doneAt: null,
    doneNote: null,
    createdBy: actor.personId,
    createdAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.recommendation_added',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { recommendationId: recommendation.id, kind: input.kind, ownerId: owner.id, dueOn: input.dueOn },
  });
  return recommendation;
}

/**
 * Marks a recommendation done: its owner, the case's manager or its investigators — never a
 * person the report names. Works after the case is closed: recommendations are monitored until
 * done (§69). The case is locked first, so a recommendation is completed once.
 */
export async function completeHotlineRecommendation(
  em: EntityManager,
  actor: Actor,
  recommendationId: string,
  input: { note?: string | null },
  now: Date = new Date(),
): Promise<HotlineRecommendationView> {
  const found = isUuid(recommendationId)
    ? await em.findOne(
        HotlineRecommendation,
        { id: recommendationId, organization: actor.organizationId },
        { fields: ['report'] },
      )
    : null;
  if (!found) throw NotFoundError.forId('Recommendation', recommendationId);
  const report = await lockCase(em, actor.organizationId, found.report.id);
  const recommendation = await em.findOneOrFail(
    HotlineRecommendation,
    { id: recommendationId },
    { populate: ['owner'], refresh: true },
  );
  const access = await accessTo(em, actor, report);
  const allowed =
    !access.named && (recommendation.owner.id === actor.personId || access.manager || access.assigned);
  if (!allowed) throw ForbiddenError.because('hotline.recommendation.completeRefused');
  if (recommendation.doneAt)
    throw ConflictError.because('hotline.recommendation.done', { doneAt: recommendation.doneAt });
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_TEXT)
    throw ValidationError.because('hotline.note.tooLong', { field: 'note', max: MAX_TEXT });
  recommendation.doneAt = now;
  recommendation.doneNote = note;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.recommendation_done',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { recommendationId: recommendation.id, onTime: kazakhstanDay(now) <= recommendation.dueOn },
  });
  return recommendationView(recommendation, report, now);
}

/**
 * §69: monitoring of recommendations until done, earliest due first: those of the cases the actor
 * manages — the compliance head's cases, and the alternate handler's (the cases that name a
 * compliance head) — never of a case that names the actor.
 */
export async function listOpenRecommendations(
  em: EntityManager,
  actor: Actor,
  filter: { overdueOnly?: boolean | null } = {},
  now: Date = new Date(),
): Promise<HotlineRecommendationView[]> {
  const alternate = (await alternateHandlerOf(em, actor.organizationId)) === actor.personId;
  // The first head and the board may be the alternate handler: theirs is a list, however empty.
  if (!alternate) {
    requireAnyRole(actor, [...HOTLINE_MANAGERS, ...HOTLINE_OVERSIGHT], 'monitor hotline recommendations');
  }
  const today = kazakhstanDay(now);
  const open = await em.find(
    HotlineRecommendation,
    {
      organization: actor.organizationId,
      doneAt: null,
      ...(filter.overdueOnly ? { dueOn: { $lt: today } } : {}),
    },
    { populate: ['owner', 'report'], orderBy: { dueOn: 'asc', id: 'asc' } },
  );
  const handlings = await caseHandlings(em, actor.organizationId, [...new Set(open.map((r) => r.report.id))]);
  return open
    .filter((r) => {
      const handling = handlings.get(r.report.id);
      return handling !== undefined && managesCase(actor, handling);
    })
    .map((r) => recommendationView(r, r.report as IHotlineReport, now));
}
