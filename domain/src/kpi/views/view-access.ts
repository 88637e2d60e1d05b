import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import type { RoleCode } from '../../kernel/roles.js';
import { lockedFresh } from '../../database/row-lock.js';
import { KpiView, KpiViewShare, type IKpiView } from './kpi-view.entity.js';

/** §5, §69: those who run the programme compose its views; the rest read the ones shared with them. */
export const VIEW_COMPOSERS: readonly RoleCode[] = ['compliance_head', 'compliance_officer'];

/** §69: the compliance head vouches for the figures shown to management and the board. */
export const VIEW_SIGNERS: readonly RoleCode[] = ['compliance_head'];

export function isOwner(actor: Actor, view: IKpiView): boolean {
  return view.owner.id === actor.personId;
}

/** The owner, anyone holding a role it is shared with, and the people it is shared with. */
export async function mayReadView(em: EntityManager, actor: Actor, view: IKpiView): Promise<boolean> {
  if (isOwner(actor, view) || hasAnyRole(actor, view.sharedRoles)) return true;
  return (await em.count(KpiViewShare, { view: view.id, person: actor.personId })) > 0;
}

/** A view the actor may read; one they may not is as if it did not exist. */
export async function readableView(em: EntityManager, actor: Actor, id: string): Promise<IKpiView> {
  const view = await em.findOne(KpiView, { id, organization: actor.organizationId, deletedAt: null });
  if (!view || !(await mayReadView(em, actor, view))) throw NotFoundError.forId('KpiView', id);
  return view;
}

/**
 * The view locked for a change only its owner makes (its layout, shares, comments, deletion);
 * FORBIDDEN for a reader it is shared with, NOT_FOUND for anyone else.
 */
export async function ownedView(em: EntityManager, actor: Actor, id: string): Promise<IKpiView> {
  const view = await lockedFresh(em, KpiView, { id, organization: actor.organizationId, deletedAt: null });
  if (!view || !(await mayReadView(em, actor, view))) throw NotFoundError.forId('KpiView', id);
  if (!isOwner(actor, view) || !hasAnyRole(actor, VIEW_COMPOSERS))
    throw ForbiddenError.because('kpi.view.readOnly');
  return view;
}
