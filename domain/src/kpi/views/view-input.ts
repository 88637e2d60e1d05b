import { ValidationError } from '../../kernel/errors.js';
import { isRoleCode, type RoleCode } from '../../kernel/roles.js';
import { checkedWidgets, type KpiWidget } from './view-layout.js';
import { resolvePeriod, type ViewFilters, type ViewPeriodChoice } from './view-period.js';

export const TITLE_MAX = 200;
export const COMMENT_MAX = 2000;
export const MAX_SHARED_PEOPLE = 50;
export const MAX_RECIPIENTS = 20;

export interface ViewFiltersInput {
  organizationId?: string | null;
  orgUnitId?: string | null;
  period: ViewPeriodChoice;
}

export interface KpiViewInput {
  id?: string | null;
  version?: number | null;
  title: string;
  filters: ViewFiltersInput;
  widgets: readonly KpiWidget[];
}

export function viewTitle(text: string): string {
  const title = text.trim().replace(/\s+/g, ' ');
  if (!title) throw ValidationError.because('kpi.view.titleRequired', { field: 'title' });
  if (title.length > TITLE_MAX)
    throw ValidationError.because('kpi.view.titleTooLong', { field: 'title', max: TITLE_MAX });
  return title;
}

/** The filters as stored: the period checked, the choice kept (a quarter stays "a quarter of 2026"). */
export function viewFilters(input: ViewFiltersInput): ViewFilters {
  const period = resolvePeriod(input.period);
  const choice: ViewPeriodChoice =
    period.kind === 'custom'
      ? { kind: 'custom', from: period.from, to: period.to }
      : { kind: period.kind, year: period.year, part: period.part };
  return { organizationId: input.organizationId || null, orgUnitId: input.orgUnitId || null, period: choice };
}

export function viewLayout(input: KpiViewInput): {
  title: string;
  filters: ViewFilters;
  widgets: KpiWidget[];
} {
  return {
    title: viewTitle(input.title),
    filters: viewFilters(input.filters),
    widgets: checkedWidgets(input.widgets),
  };
}

export function sharedRoles(roles: readonly string[]): RoleCode[] {
  const unknown = roles.find((role) => !isRoleCode(role));
  if (unknown !== undefined) throw ValidationError.because('kpi.view.shareRole', { field: 'roles' });
  return [...new Set(roles as RoleCode[])].sort();
}
