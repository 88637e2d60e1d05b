import type { Actor } from '../kernel/actor.js';
import { ConflictError } from '../kernel/errors.js';
import { LOCALES, type LocalizedText } from '../kernel/locale.js';
import { isRoleCode } from '../kernel/roles.js';
import type { KpiDefinition } from './kpi-definition.js';
import { isKpiContext } from './kpi-owner-plugin.js';
import { mayReadKpi } from './kpi-readers.js';

/** A text said in every language, none of them blank. */
function isComplete(text: LocalizedText | undefined): boolean {
  return text !== undefined && LOCALES.every((locale) => (text[locale] ?? '').trim() !== '');
}

const registry = new Map<string, KpiDefinition>();

const CODE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

// A `day` KPI must not reach the caller's own instants, nor an `instant` KPI the whole days.
const PARAMS_OF: Record<KpiDefinition['granularity'], RegExp> = {
  instant: /(?<![:\w]):(periodStart|periodEnd|firstDay|lastDay|asOf)\b/,
  day: /(?<![:\w]):(periodFrom|periodTo)\b/,
};

/** Each context registers its KPIs once, when its module loads. */
export function registerKpi(def: KpiDefinition): void {
  const existing = registry.get(def.code);
  if (existing === def) return;
  if (existing) {
    throw ConflictError.because('kpi.alreadyRegistered', { code: def.code });
  }
  if (!CODE_PATTERN.test(def.code)) {
    throw new Error(`KPI code ${def.code} must look like context.name (lower case, digits, underscores)`);
  }
  if (!isKpiContext(def.context)) {
    throw new Error(`KPI ${def.code}: its context ${def.context} has no owner plugin (kpi-owner-plugin.ts)`);
  }
  // The catalogue explains every KPI: what it measures and why, and how it is computed.
  if (!isComplete(def.description)) {
    throw new Error(`KPI ${def.code}: describe what it measures in kk, ru and en`);
  }
  if (!isComplete(def.formula)) {
    throw new Error(`KPI ${def.code}: give its formula in kk, ru and en`);
  }
  if (def.sql.includes('?')) {
    throw new Error(`KPI ${def.code}: the query must use named parameters, not '?'`);
  }
  const misplaced = PARAMS_OF[def.granularity].exec(def.sql);
  if (misplaced) {
    throw new Error(`KPI ${def.code}: a KPI by ${def.granularity} cannot use ${misplaced[0]}`);
  }
  if (def.readers.length === 0 || !def.readers.every((role) => isRoleCode(role))) {
    throw new Error(`KPI ${def.code}: name the roles that may read it`);
  }
  for (const threshold of [def.smallCountThreshold, def.smallGroupThreshold]) {
    if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 2)) {
      throw new Error(`KPI ${def.code}: a small-count threshold must be a whole number of 2 or more`);
    }
  }
  registry.set(def.code, def);
}

/** Every registered KPI, whoever may read it. */
export function kpiCatalog(): readonly KpiDefinition[] {
  return [...registry.values()];
}

/** The KPIs the actor's roles may read. */
export function readableKpis(actor: Actor): readonly KpiDefinition[] {
  return kpiCatalog().filter((definition) => mayReadKpi(actor, definition));
}

export function findKpi(code: string): KpiDefinition | undefined {
  return registry.get(code);
}
