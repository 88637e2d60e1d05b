import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import { isUuid } from '../org/org-queries.js';
import { Person } from '../org/person.entity.js';
import { caseForHandler, isAssigned, requireOpenCase } from './case-access.js';
import {
  HotlineRecommendation,
  RECOMMENDATION_KINDS,
  type IHotlineRecommendation,
  type RecommendationKind,
} from './hotline-recommendation.entity.js';
import type { IHotlineReport } from './hotline-report.entity.js';
import { HOTLINE_MANAGERS } from './hotline-roles.js';
import { kazakhstanDay } from '../kernel/working-days.js';
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
  const { report } = await caseForHandler(em, actor, id, 'make recommendations');
  if (!(RECOMMENDATION_KINDS as readonly string[]).includes(input.kind)) {
    throw ValidationError.because('Choose the kind of recommendation', { field: 'kind' });
  }
  const text = input.text?.trim() ?? '';
  if (text.length === 0) throw ValidationError.because('Write the recommendation', { field: 'text' });
  if (text.length > MAX_TEXT)
    throw ValidationError.because(`The recommendation is longer than ${MAX_TEXT} characters`, {
      field: 'text',
    });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) || Number.isNaN(Date.parse(input.dueOn))) {
    throw ValidationError.because('The due date must be a date (YYYY-MM-DD)', { field: 'dueOn' });
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
 * Marks a recommendation done: its owner, the compliance head or the case's investigators.
 * Works after the case is closed: recommendations are monitored until done (§69).
 */
export async function completeHotlineRecommendation(
  em: EntityManager,
  actor: Actor,
  recommendationId: string,
  input: { note?: string | null },
  now: Date = new Date(),
): Promise<HotlineRecommendationView> {
  const recommendation = isUuid(recommendationId)
    ? await em.findOne(
        HotlineRecommendation,
        { id: recommendationId, organization: actor.organizationId },
        { populate: ['owner', 'report'] },
      )
    : null;
  if (!recommendation) throw NotFoundError.forId('Recommendation', recommendationId);
  const allowed =
    recommendation.owner.id === actor.personId ||
    hasAnyRole(actor, HOTLINE_MANAGERS) ||
    (await isAssigned(em, recommendation.report.id, actor.personId));
  if (!allowed)
    throw ForbiddenError.because(
      "Only the recommendation's owner, the compliance head or the case's investigators may complete it",
    );
  if (recommendation.doneAt)
    throw ConflictError.because('This recommendation is already done', { doneAt: recommendation.doneAt });
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_TEXT)
    throw ValidationError.because(`The note is longer than ${MAX_TEXT} characters`, { field: 'note' });
  recommendation.doneAt = now;
  recommendation.doneNote = note;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.recommendation_done',
    entityType: 'HotlineReport',
    entityId: recommendation.report.id,
    data: { recommendationId: recommendation.id, onTime: kazakhstanDay(now) <= recommendation.dueOn },
  });
  return recommendationView(recommendation, recommendation.report as IHotlineReport, now);
}

/** §69: monitoring of recommendations until done (compliance head), earliest due first. */
export async function listOpenRecommendations(
  em: EntityManager,
  actor: Actor,
  filter: { overdueOnly?: boolean | null } = {},
  now: Date = new Date(),
): Promise<HotlineRecommendationView[]> {
  requireAnyRole(actor, HOTLINE_MANAGERS, 'monitor hotline recommendations');
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
  return open.map((r) => recommendationView(r, r.report as IHotlineReport, now));
}
