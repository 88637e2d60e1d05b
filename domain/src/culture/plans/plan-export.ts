import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { Organization } from '../../org/organization.entity.js';
import { culturePlan } from './plans.js';
import type { PlanView } from './plan-view.js';
import { cultureTargetIndicator, type TargetIndicator } from './target-indicator.js';

/** What the filed plan and its year-end report show: the plan as its reader sees it, its organisation and §35.3. */
export interface CulturePlanFile {
  organizationName: LocalizedText;
  plan: PlanView;
  indicator: TargetIndicator;
  /** Who approved the version in force and when, for the plan's heading; null for a plan never approved. */
  approval: PlanView['versions'][number] | null;
}

/** The year's plan for its export (§35.1: the plan the first head approves; its execution and report). */
export async function culturePlanFile(
  em: EntityManager,
  actor: Actor,
  year: number,
  now: Date,
): Promise<CulturePlanFile> {
  const plan = await culturePlan(em, actor, year, now);
  if (!plan) throw NotFoundError.forId('CulturePlan', String(year));
  const organization = await em.findOneOrFail(Organization, { id: actor.organizationId });
  return {
    organizationName: localizedName(organization.names, organization.name),
    plan,
    indicator: await cultureTargetIndicator(em, actor, year, null, now),
    approval: plan.versions.at(-1) ?? null,
  };
}
