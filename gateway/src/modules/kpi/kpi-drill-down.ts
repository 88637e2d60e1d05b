import {
  kpiDrillDown,
  kpiRecords,
  MAX_KPI_RECORDS_PAGE,
  type KpiDrillDown,
  type KpiRecord,
  type KpiRecordCell,
  type KpiRecordColumn,
  type KpiRecordsPage,
  type KpiUnitFigure,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { OrgUnitRef } from '../org/org-unit.js';
import { KpiFilterInput, KpiValueRef, toKpiFilter } from './kpi-value.js';

const KpiUnitFigureRef = builder.objectRef<KpiUnitFigure>('KpiUnitFigure');
builder.objectType(KpiUnitFigureRef, {
  description: "One unit's figure in a drill-down: its whole subtree, a small group or count withheld.",
  fields: (t) => ({
    orgUnit: t.field({ type: OrgUnitRef, resolve: (figure) => figure.orgUnit ?? figure.orgUnitId }),
    name: t.field({
      type: LocalizedTextRef,
      description: "The unit's name in each language (its name as entered where none was given).",
      resolve: (figure) => figure.name,
    }),
    hasChildren: t.exposeBoolean('hasChildren', {
      description: 'Whether a drill-down with this unit lists units.',
    }),
    value: t.field({ type: KpiValueRef, resolve: (figure) => figure.value }),
  }),
});

const KpiDrillDownRef = builder.objectRef<KpiDrillDown>('KpiDrillDown');
builder.objectType(KpiDrillDownRef, {
  fields: (t) => ({
    code: t.exposeString('code'),
    whole: t.field({
      type: KpiValueRef,
      description: "The filter's unit (its subtree), or the whole organisation.",
      resolve: (drill) => drill.whole,
    }),
    units: t.field({
      type: [KpiUnitFigureRef],
      description: 'Each unit directly below it, by name.',
      resolve: (drill) => drill.units,
    }),
  }),
});

builder.queryField('kpiDrillDown', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: KpiDrillDownRef,
    description:
      'What a KPI split by org unit is made of, one level at a time: the figure of the filter’s unit (or the ' +
      'organisation) and of each unit below it, in one database round trip; with `filter.organizationId`, a ' +
      'direct subsidiary’s units. A KPI not split by unit is VALIDATION (kpi.noUnitBreakdown); one the viewer ' +
      'may not read is FORBIDDEN; an organisation that is neither theirs nor a direct subsidiary is NOT_FOUND.',
    args: {
      code: t.arg.string({ required: true }),
      filter: t.arg({ type: KpiFilterInput }),
    },
    resolve: (_root, { code, filter }, context) =>
      kpiDrillDown(context.em, context.actor, code, toKpiFilter(filter), new Date()),
  }),
);

const KpiRecordColumnKindEnum = builder.enumType('KpiRecordColumnKind', {
  description:
    'text: shown as given; day: a calendar day YYYY-MM-DD; choice and localized: `text` says it in every language.',
  values: ['text', 'day', 'choice', 'localized'] as const,
});

const KpiRecordColumnRef = builder.objectRef<KpiRecordColumn>('KpiRecordColumn');
builder.objectType(KpiRecordColumnRef, {
  fields: (t) => ({
    key: t.exposeString('key'),
    title: t.field({ type: LocalizedTextRef, resolve: (column) => column.title }),
    kind: t.field({ type: KpiRecordColumnKindEnum, resolve: (column) => column.kind }),
  }),
});

const KpiRecordCellRef = builder.objectRef<KpiRecordCell>('KpiRecordCell');
builder.objectType(KpiRecordCellRef, {
  fields: (t) => ({
    key: t.exposeString('key'),
    value: t.exposeString('value', {
      nullable: true,
      description: "The text, the day or the choice's code; null when empty or localized.",
    }),
    text: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'A choice or a localized cell in every language.',
      resolve: (cell) => cell.text,
    }),
  }),
});

const KpiRecordRef = builder.objectRef<KpiRecord>('KpiRecord');
builder.objectType(KpiRecordRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label', { description: "The record's name: a person, an activity, a measure." }),
    cells: t.field({ type: [KpiRecordCellRef], resolve: (record) => record.cells }),
  }),
});

const KpiRecordsPageRef = builder.objectRef<KpiRecordsPage>('KpiRecordsPage');
builder.objectType(KpiRecordsPageRef, {
  fields: (t) => ({
    code: t.exposeString('code'),
    columns: t.field({ type: [KpiRecordColumnRef], resolve: (page) => [...page.columns] }),
    rows: t.field({ type: [KpiRecordRef], resolve: (page) => page.rows }),
    total: t.exposeInt('total'),
  }),
});

const KpiRecordsPageInput = builder.inputType('KpiRecordsPageInput', {
  fields: (t) => ({
    limit: t.int({ description: `1 to ${MAX_KPI_RECORDS_PAGE}; 25 when none is given.` }),
    offset: t.int(),
  }),
});

builder.queryField('kpiRecords', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: KpiRecordsPageRef,
    description:
      'The named records behind a KPI (people, activities, measures), by label, a page at a time with the ' +
      'total. For the roles its records name only (KpiDefinition.recordsReadable): other readers of the figure ' +
      'are FORBIDDEN (kpi.recordsNotAllowed), and so is a subsidiary’s (kpi.recordsOwnOrganization); a KPI ' +
      'without records is VALIDATION (kpi.noRecords).',
    args: {
      code: t.arg.string({ required: true }),
      filter: t.arg({ type: KpiFilterInput }),
      page: t.arg({ type: KpiRecordsPageInput }),
    },
    resolve: (_root, { code, filter, page }, context) =>
      kpiRecords(
        context.em,
        context.actor,
        code,
        toKpiFilter(filter),
        {
          ...(page?.limit != null ? { limit: page.limit } : {}),
          ...(page?.offset != null ? { offset: page.offset } : {}),
        },
        new Date(),
      ),
  }),
);
