import type { EntityManager } from '@mikro-orm/postgresql';
import { LOCALES, type LocalizedText } from '../kernel/locale.js';
import type { KpiDefinition } from './kpi-definition.js';

/** A KPI's title and note as one organisation reads them, its own settings filled in. */
export interface KpiPresentation {
  title: LocalizedText;
  note: LocalizedText | null;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills a text's `{name}` placeholders in every language; an unknown name stays as written. */
export function fillLocalized(text: LocalizedText, params: Record<string, number | string>): LocalizedText {
  const filled = {} as LocalizedText;
  for (const locale of LOCALES) {
    filled[locale] = text[locale].replace(PLACEHOLDER, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  }
  return filled;
}

export async function presentKpi(
  em: EntityManager,
  organizationId: string,
  def: KpiDefinition,
): Promise<KpiPresentation> {
  if (!def.describe) return { title: def.title, note: null };
  const { params, note } = await def.describe(em, organizationId);
  return { title: fillLocalized(def.title, params), note };
}
