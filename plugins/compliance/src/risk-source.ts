import { quarterParts } from './quarters';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * §9.1, §11: the record a risk was proposed from, as the reader names it — "Hotline case
 * HL-2026-0007", "Self-assessment finding QIII 2026 · Payments" (a finding's quarter as the reader's
 * language names quarters). Never the record's content.
 */
export function sourceLinkText(t: Translate, kind: string, reference: string): string {
  const quarter = /^(\d{4}-Q[1-4]) · /.exec(reference);
  const shown = quarter
    ? `${t('selfAssessment.quarterName', quarterParts(quarter[1]!))} · ${reference.slice(quarter[0].length)}`
    : reference;
  return t('risks.sourceLink', { kind: t(`risks.sourceKinds.${kind}`), reference: shown });
}
