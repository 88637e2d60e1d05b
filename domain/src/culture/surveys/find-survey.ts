import type { EntityManager } from '@mikro-orm/postgresql';
import { lockedFresh } from '../../database/row-lock.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../org/org-queries.js';
import { CultureSurvey, type ICultureSurvey } from './survey.entity.js';

/** The organisation's survey, or NOT_FOUND (another organisation's too). */
export async function findSurvey(em: EntityManager, actor: Actor, id: string): Promise<ICultureSurvey> {
  const survey = isUuid(id)
    ? await em.findOne(CultureSurvey, { id, organization: actor.organizationId })
    : null;
  if (!survey) throw NotFoundError.forId('CultureSurvey', id);
  return survey;
}

/** The survey locked for change and read afresh: its lifecycle's steps take turns. */
export async function lockSurvey(em: EntityManager, actor: Actor, id: string): Promise<ICultureSurvey> {
  const survey = isUuid(id)
    ? await lockedFresh(em, CultureSurvey, { id, organization: actor.organizationId })
    : null;
  if (!survey) throw NotFoundError.forId('CultureSurvey', id);
  return survey;
}
