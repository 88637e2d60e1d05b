import type { LocalizedText, TypedDocument } from '@adal/sdk';
import type { KpiFigureValueFragment } from '../graphql/generated/graphql';

/** The schema's KpiFilterInput: a unit with everything below it, and the first and last days' starts. */
export interface KpiFilter {
  orgUnitId?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
}

/**
 * Whether the committed schema answers `kpiDrillDown` yet. The drill-down is written against the
 * query as its branch defines it (one level of units below the filter's unit, each with its
 * figure), but that query is not on main yet: until it is, the widgets offer no drill-down.
 * When it lands, this document moves to `graphql/kpi_drill_down.query.graphql`, codegen types it,
 * and this switch goes.
 */
export const DRILL_DOWN_IN_SCHEMA = false;

export interface KpiDrillDownAnswer {
  kpiDrillDown: {
    code: string;
    whole: KpiFigureValueFragment;
    units: {
      hasChildren: boolean;
      name: LocalizedText;
      orgUnit: { id: string; name: string };
      value: KpiFigureValueFragment;
    }[];
  };
}

const VALUE = 'code value target met suppressed title { kk ru en } note { kk ru en }';

export const KpiDrillDownDocument: TypedDocument<KpiDrillDownAnswer, { code: string; filter: KpiFilter }> = {
  toString: () =>
    `query KpiDrillDown($code: String!, $filter: KpiFilterInput) { kpiDrillDown(code: $code, filter: $filter) { ` +
    `code whole { ${VALUE} } units { hasChildren name { kk ru en } orgUnit { id name } value { ${VALUE} } } } }`,
};
