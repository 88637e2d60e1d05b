import { readKpiValues, type KpiFilter, type KpiValue } from '@adal/domain';
import { kpiPresentation } from './kpi-presentation.js';
import { builder } from '../../builder.js';
import { invalidInput } from '../../errors/graphql-errors.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { OrgUnitRef } from '../org/org-unit.js';
import { LocalizedTextRef } from '../kernel/locale.js';

/** Enough for any dashboard; more in one request is a sign of a runaway client. */
export const MAX_CODES_PER_REQUEST = 50;

export const KpiValueRef = builder.objectRef<KpiValue>('KpiValue');

builder.objectType(KpiValueRef, {
  description: 'A KPI computed for the viewer organisation, an optional unit subtree and an optional period.',
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.field({
      type: LocalizedTextRef,
      description: "The KPI's title as the viewer's organisation reads it, its own settings filled in.",
      resolve: async (value, _args, context) => (await kpiPresentation(context, value.code)).title,
    }),
    note: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description:
        "Where the organisation's setting departs from the methodology (e.g. a longer deadline), what to know.",
      resolve: async (value, _args, context) => (await kpiPresentation(context, value.code)).note,
    }),
    value: t.exposeFloat('value', { nullable: true }),
    numerator: t.exposeFloat('numerator', { nullable: true }),
    denominator: t.exposeFloat('denominator', { nullable: true }),
    target: t.exposeFloat('target', { nullable: true }),
    met: t.exposeBoolean('met', {
      nullable: true,
      description: 'Null when the KPI has no target or no value.',
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'True when the figures are withheld as a small count that could point at a person (the hotline ' +
        'shows it as "< 5"); value, numerator, denominator and met are then null.',
    }),
    orgUnit: t.field({ type: OrgUnitRef, nullable: true, resolve: (value) => value.orgUnitId }),
    periodFrom: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'The period computed; for a KPI by day, the start of its first day.',
      resolve: (value) => value.periodFrom,
    }),
    periodTo: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'For a KPI by day, the start of its last day (included): yesterday at the latest.',
      resolve: (value) => value.periodTo,
    }),
  }),
});

export const KpiFilterInput = builder.inputType('KpiFilterInput', {
  fields: (t) => ({
    organizationId: t.id({
      description:
        "The viewer's own organisation (the default) or one of its direct subsidiaries; any other is NOT_FOUND.",
    }),
    orgUnitId: t.id({
      description:
        'Restrict to this unit and everything below it; a unit of another organisation is NOT_FOUND.',
    }),
    periodFrom: t.field({
      type: DateTimeScalar,
      description:
        'For a KPI by day, the start of the first day in Kazakhstan (00:00, UTC+5); any other instant is VALIDATION.',
    }),
    periodTo: t.field({
      type: DateTimeScalar,
      description:
        'For a KPI by day, the start of the last day in Kazakhstan (00:00, UTC+5), included; any other instant is VALIDATION.',
    }),
  }),
});

/** The domain's filter from the fields of a `KpiFilterInput` that were given. */
export function toKpiFilter(filter: typeof KpiFilterInput.$inferInput | null | undefined): KpiFilter {
  return {
    ...(filter?.organizationId ? { organizationId: String(filter.organizationId) } : {}),
    ...(filter?.orgUnitId ? { orgUnitId: String(filter.orgUnitId) } : {}),
    ...(filter?.periodFrom ? { periodFrom: filter.periodFrom } : {}),
    ...(filter?.periodTo ? { periodTo: filter.periodTo } : {}),
  };
}

builder.queryField('kpiValues', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [KpiValueRef],
    description:
      'Computes the listed KPIs in one database round trip, in the order of `codes`. A KPI the viewer may ' +
      'not read (see kpiCatalog) refuses the request as FORBIDDEN, naming it.',
    args: {
      codes: t.arg.stringList({ required: true }),
      filter: t.arg({ type: KpiFilterInput }),
    },
    resolve: (_root, { codes, filter }, context) => {
      if (codes.length === 0 || codes.length > MAX_CODES_PER_REQUEST) {
        throw invalidInput(`Ask for 1 to ${MAX_CODES_PER_REQUEST} KPI codes at a time.`);
      }
      return readKpiValues(
        context.kpiValuesCache,
        context.em,
        context.actor,
        codes,
        toKpiFilter(filter),
        new Date(),
      );
    },
  }),
);
