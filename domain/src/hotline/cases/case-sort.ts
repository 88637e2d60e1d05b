import { raw, type QueryOrder } from '@mikro-orm/core';
import { ValidationError } from '../../kernel/errors.js';
import { HOTLINE_CATEGORIES, HOTLINE_PRIORITIES, HOTLINE_STATUSES } from './hotline-report.entity.js';

/** What the queue can be ordered by; `received` (newest first) is the default. */
export const HOTLINE_CASE_SORT_FIELDS = [
  'received',
  'number',
  'urgency',
  'deadline',
  'status',
  'category',
  'priority',
] as const;
export type HotlineCaseSortField = (typeof HOTLINE_CASE_SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

export interface HotlineCaseSort {
  field: HotlineCaseSortField;
  direction: SortDirection;
}

/** Fields a withheld row does not show (ADR 008): ordering by them must not place it among the others. */
const HIDDEN_FIELDS: ReadonlySet<HotlineCaseSortField> = new Set([
  'urgency',
  'deadline',
  'category',
  'priority',
]);

type OrderBy = Record<string, QueryOrder | 'asc nulls last' | 'desc nulls last' | 'asc' | 'desc'>;

function positionOf(column: string, values: readonly string[]): (alias: string) => string {
  const whens = values.map((value, index) => `when '${value}' then ${index}`).join(' ');
  return (alias) => `case ${alias}.${column} ${whens} end`;
}

/**
 * Urgency: first the cases whose acknowledgement is overdue (§69: 24 hours), then those still
 * waiting for it, then acknowledged open cases, closed ones last; within each, the nearest deadline.
 */
const urgencyRank = (alias: string, now: string): string =>
  `case when ${alias}.status = 'closed' then 3 ` +
  `when ${alias}.acknowledged_at is null and ${alias}.acknowledge_by < ${now} then 0 ` +
  `when ${alias}.acknowledged_at is null then 1 else 2 end`;
const urgencyDue = (alias: string): string =>
  `case when ${alias}.status = 'closed' then null ` +
  `when ${alias}.acknowledged_at is null then ${alias}.acknowledge_by else ${alias}.process_by end`;

/**
 * The ORDER BY of the queue. Rows the viewer sees withheld go last, in the order they came, when
 * the queue is ordered by something they do not show: their place would tell it.
 */
export function caseOrder(
  sort: HotlineCaseSort | null | undefined,
  withheld: ReadonlySet<string>,
  now: Date,
): OrderBy[] {
  const field = sort?.field ?? 'received';
  const direction = sort?.direction ?? 'desc';
  if (!HOTLINE_CASE_SORT_FIELDS.includes(field))
    throw ValidationError.because('kernel.sortField', { field: 'sort' });
  if (direction !== 'asc' && direction !== 'desc')
    throw ValidationError.because('kernel.sortDirection', { field: 'sort' });
  const nullsLast = `${direction} nulls last` as const;
  const tail: OrderBy[] = [{ receivedAt: 'desc' }, { number: 'desc' }];
  const hidden = HIDDEN_FIELDS.has(field) && withheld.size > 0;
  const ids = [...withheld];
  const isWithheld = (alias: string) => `${alias}.id in (${ids.map(() => '?').join(', ')})`;
  const shown = (expression: (alias: string) => string) =>
    hidden
      ? raw((alias: string) => `case when ${isWithheld(alias)} then null else ${expression(alias)} end`, ids)
      : raw(expression);
  const keys: OrderBy[] = hidden ? [{ [raw((alias: string) => `(${isWithheld(alias)})`, ids)]: 'asc' }] : [];
  switch (field) {
    case 'received':
      return [{ receivedAt: direction }, { number: direction }];
    case 'number':
      return [{ number: direction }];
    case 'status':
      return [{ [raw(positionOf('status', HOTLINE_STATUSES))]: direction }, ...tail];
    case 'category':
      return [...keys, { [shown(positionOf('category', HOTLINE_CATEGORIES))]: nullsLast }, ...tail];
    case 'priority':
      // Urgent is the highest: descending puts it first.
      return [...keys, { [shown(positionOf('priority', HOTLINE_PRIORITIES))]: nullsLast }, ...tail];
    case 'deadline':
      return [
        ...keys,
        {
          [shown((alias) => `case when ${alias}.status = 'closed' then null else ${alias}.process_by end`)]:
            nullsLast,
        },
        ...tail,
      ];
    case 'urgency': {
      const at = `'${now.toISOString()}'::timestamptz`;
      return [
        ...keys,
        { [shown((alias) => urgencyRank(alias, at))]: nullsLast },
        { [shown(urgencyDue)]: nullsLast },
        ...tail,
      ];
    }
  }
}
