import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { caseForHandler } from './case-access.js';
import { HOTLINE_PRIORITIES, type HotlinePriority, type IHotlineReport } from './hotline-report.entity.js';

export const MAX_LABEL_LENGTH = 40;
export const MAX_LABELS_PER_CASE = 10;

/**
 * A label as stored: trimmed, inner spaces folded, lower case, so that "Закупки" and
 * " закупки " are one label. Refuses an empty or overlong one.
 */
export function normalizeLabel(text: string): string {
  const label = text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  if (label.length === 0) throw ValidationError.because('hotline.label.empty', { field: 'labels' });
  if (label.length > MAX_LABEL_LENGTH) {
    throw ValidationError.because('hotline.label.tooLong', { field: 'labels', max: MAX_LABEL_LENGTH });
  }
  return label;
}

/** The labels of one case: each normalised once, in the order given, at most MAX_LABELS_PER_CASE. */
export function normalizeLabels(labels: readonly string[]): string[] {
  const unique = [...new Set(labels.map(normalizeLabel))];
  if (unique.length > MAX_LABELS_PER_CASE) {
    throw ValidationError.because('hotline.label.tooMany', { field: 'labels', max: MAX_LABELS_PER_CASE });
  }
  return unique;
}

export function checkPriority(priority: string): HotlinePriority {
  if (!(HOTLINE_PRIORITIES as readonly string[]).includes(priority)) {
    throw ValidationError.because('hotline.priority.unknown', { field: 'priority' });
  }
  return priority as HotlinePriority;
}

/** §75: the change of a case's labels on the trail — the labels are the handlers' own words, not the report's. */
export async function applyCaseLabels(
  em: EntityManager,
  actor: Actor,
  report: IHotlineReport,
  labels: readonly string[],
): Promise<void> {
  const before = report.labels;
  const after = normalizeLabels(labels);
  const added = after.filter((l) => !before.includes(l));
  const removed = before.filter((l) => !after.includes(l));
  if (added.length === 0 && removed.length === 0) return;
  report.labels = after;
  await recordAudit(em, actor, {
    organizationId: report.organization.id,
    action: 'hotline.labels_changed',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { added, removed },
  });
}

/**
 * Replaces a case's labels (its handlers: the manager or an assigned investigator). The case is
 * locked before its labels are read, so two handlers labelling at once each see the other's
 * change. Closed cases keep being labelled: filing them is work too.
 */
export async function setCaseLabels(
  em: EntityManager,
  actor: Actor,
  id: string,
  labels: readonly string[],
): Promise<IHotlineReport> {
  const { report } = await caseForHandler(em, actor, id, 'label hotline cases', 'change');
  await applyCaseLabels(em, actor, report, labels);
  return report;
}

/** Sets how soon the case is to be taken up (its handlers), on the trail with the old and new priority. */
export async function setCasePriority(
  em: EntityManager,
  actor: Actor,
  id: string,
  priority: string,
): Promise<IHotlineReport> {
  const wanted = checkPriority(priority);
  const { report } = await caseForHandler(em, actor, id, 'set the priority of hotline cases', 'change');
  if (report.priority === wanted) return report;
  const from = report.priority;
  report.priority = wanted;
  await recordAudit(em, actor, {
    organizationId: report.organization.id,
    action: 'hotline.priority_changed',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { from, to: wanted },
  });
  return report;
}
