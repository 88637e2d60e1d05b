import { findKpi, presentKpi, type KpiDefinition, type KpiPresentation } from '@adal/domain';
import type { GatewayContext } from '../../context.js';

const perRequest = new WeakMap<GatewayContext, Map<string, Promise<KpiPresentation>>>();

/**
 * A KPI's title and note for the viewer's organisation, worked out once per request and KPI
 * (its title and its note are two fields, on every value of it).
 */
export function kpiPresentation(
  context: GatewayContext,
  definition: KpiDefinition | string,
): Promise<KpiPresentation> {
  const def = typeof definition === 'string' ? findKpi(definition) : definition;
  if (!def) throw new Error(`KPI ${String(definition)} is not registered`);
  // KPIs are read signed in only: without an actor there is no organisation to describe them for.
  if (!context.actor) return Promise.resolve({ title: def.title, note: null });
  let cache = perRequest.get(context);
  if (!cache) {
    cache = new Map();
    perRequest.set(context, cache);
  }
  let found = cache.get(def.code);
  if (!found) {
    found = presentKpi(context.em, context.actor.organizationId, def);
    cache.set(def.code, found);
  }
  return found;
}
