import {
  computeKpiValuesByOrganization,
  findKpi,
  kpiBenchmark,
  type HoldingKpiValues,
  type KpiBenchmark,
  type KpiBenchmarkMeasure,
  type KpiPeerFigure,
  type KpiPeriod,
  type OrganizationKpiValues,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { invalidInput } from '../../errors/graphql-errors.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { KpiDirectionEnum, KpiUnitEnum } from './kpi-definition.js';
import { kpiPresentation } from './kpi-presentation.js';
import { KpiValueRef, MAX_CODES_PER_REQUEST } from './kpi-value.js';

const KpiPeriodInput = builder.inputType('KpiPeriodInput', {
  description: 'A period for whole organisations (no unit: each organisation has its own structure).',
  fields: (t) => ({
    periodFrom: t.field({
      type: DateTimeScalar,
      description: 'For a KPI by day, the day this instant falls on in Kazakhstan is the first day.',
    }),
    periodTo: t.field({
      type: DateTimeScalar,
      description: 'For a KPI by day, the day this instant falls on in Kazakhstan is the last day, included.',
    }),
  }),
});

function toPeriod(
  filter: { periodFrom?: Date | null; periodTo?: Date | null } | null | undefined,
): KpiPeriod {
  return {
    ...(filter?.periodFrom ? { periodFrom: filter.periodFrom } : {}),
    ...(filter?.periodTo ? { periodTo: filter.periodTo } : {}),
  };
}

const OrganizationKpiValuesRef = builder.objectRef<OrganizationKpiValues>('OrganizationKpiValues');

builder.objectType(OrganizationKpiValuesRef, {
  description: 'One organisation of the holding and its KPI values, in the order of the codes asked.',
  fields: (t) => ({
    organizationId: t.exposeID('organizationId'),
    name: t.field({
      type: LocalizedTextRef,
      description: "The organisation's name in each interface language.",
      resolve: (organization) => organization.name,
    }),
    own: t.exposeBoolean('own', { description: "The viewer's own organisation (listed first)." }),
    values: t.field({ type: [KpiValueRef], resolve: (organization) => organization.values }),
  }),
});

const HoldingKpiValuesRef = builder.objectRef<HoldingKpiValues>('HoldingKpiValues');

builder.objectType(HoldingKpiValuesRef, {
  fields: (t) => ({
    organizations: t.field({
      type: [OrganizationKpiValuesRef],
      description: "The viewer's organisation, then its direct subsidiaries by name.",
      resolve: (holding) => holding.organizations,
    }),
    aggregate: t.field({
      type: [KpiValueRef],
      description:
        'The holding as a whole: a share or a rate over the summed numerators and denominators, a count ' +
        'summed, a median (unit days) left empty. Withheld (suppressed) under the small-count rule, and ' +
        "whenever an organisation's own figure is withheld, which the aggregate would give away.",
      resolve: (holding) => holding.aggregate,
    }),
  }),
});

builder.queryField('kpiByOrganization', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: HoldingKpiValuesRef,
    description:
      "The listed KPIs for the viewer's organisation and each of its direct subsidiaries side by side, and " +
      "the holding's aggregate, in one database round trip. The viewer's roles in their own organisation " +
      'decide which KPIs they may read (FORBIDDEN otherwise, naming the KPI); a subsidiary sees only itself.',
    args: {
      codes: t.arg.stringList({ required: true }),
      filter: t.arg({ type: KpiPeriodInput }),
    },
    resolve: (_root, { codes, filter }, context) => {
      if (codes.length === 0 || codes.length > MAX_CODES_PER_REQUEST) {
        throw invalidInput(`Ask for 1 to ${MAX_CODES_PER_REQUEST} KPI codes at a time.`);
      }
      return computeKpiValuesByOrganization(context.em, context.actor, codes, toPeriod(filter), new Date());
    },
  }),
);

const KpiPeerFigureRef = builder.objectRef<KpiPeerFigure>('KpiPeerFigure');

builder.objectType(KpiPeerFigureRef, {
  description: "Another company's figure: no id, no name and no parts, so that none can be told apart.",
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'Withheld as a small count, or because too few companies compare for a peer to stay unnamed.',
    }),
  }),
});

const KpiBenchmarkMeasureRef = builder.objectRef<KpiBenchmarkMeasure>('KpiBenchmarkMeasure');

builder.objectType(KpiBenchmarkMeasureRef, {
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.field({
      type: LocalizedTextRef,
      resolve: async (measure, _args, context) => (await kpiPresentation(context, measure.code)).title,
    }),
    unit: t.field({ type: KpiUnitEnum, resolve: (measure) => findKpi(measure.code)?.unit ?? 'count' }),
    direction: t.field({
      type: KpiDirectionEnum,
      description: 'Which way is better: the rank counts from the best.',
      resolve: (measure) => findKpi(measure.code)?.direction ?? 'at_least',
    }),
    own: t.field({
      type: KpiValueRef,
      description: "The viewer's own organisation's figure.",
      resolve: (measure) => measure.own,
    }),
    peers: t.field({
      type: [KpiPeerFigureRef],
      description:
        'The other companies of the holding by value, lowest first, those without a figure last: the order ' +
        'says nothing of which company is which.',
      resolve: (measure) => measure.peers,
    }),
    min: t.exposeFloat('min', { nullable: true }),
    median: t.exposeFloat('median', { nullable: true }),
    max: t.exposeFloat('max', { nullable: true }),
    rank: t.exposeInt('rank', {
      nullable: true,
      description: "The viewer's place among the companies with a figure, 1 the best; ties share a place.",
    }),
    ranked: t.exposeInt('ranked', { description: 'How many companies have a figure.' }),
  }),
});

const KpiBenchmarkRef = builder.objectRef<KpiBenchmark>('KpiBenchmark');

builder.objectType(KpiBenchmarkRef, {
  fields: (t) => ({
    companies: t.exposeInt('companies', {
      description: "The companies of the holding compared, the viewer's own included.",
    }),
    measures: t.field({ type: [KpiBenchmarkMeasureRef], resolve: (benchmark) => benchmark.measures }),
  }),
});

builder.queryField('kpiBenchmark', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: KpiBenchmarkRef,
    description:
      "The viewer's organisation against the other companies of its holding — hotline reports per 100 " +
      'staff, substantiation rate, median days to close, training coverage — with no other company named ' +
      'or identified. Only the measures the viewer may read; FORBIDDEN when none.',
    args: { filter: t.arg({ type: KpiPeriodInput }) },
    resolve: (_root, { filter }, context) =>
      kpiBenchmark(context.em, context.actor, toPeriod(filter), new Date()),
  }),
);
