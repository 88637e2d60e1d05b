import {
  EXPORT_FORMATS,
  Person,
  VIEW_COMPOSERS,
  viewExport,
  readKpiValues,
  viewOrganizations,
  commentKpiWidget,
  deleteKpiView,
  duplicateKpiView,
  kpiView,
  listKpiViews,
  saveKpiView,
  shareKpiView,
  shownFigures,
  signOffKpiView,
  type KpiWidget,
  type ViewFiltersInput,
} from '@adal/domain';
import { builder } from '../../../builder.js';
import { viewFile } from '../../../kpi-files/view-export.js';
import { LocaleEnum } from '../../kernel/locale.js';
import {
  KpiPeriodKindEnum,
  KpiScheduleFrequencyEnum,
  KpiOrganizationRef,
  KpiViewFiguresRef,
  KpiViewRef,
  KpiViewSummaryRef,
  KpiWidgetKindEnum,
  KpiWidgetSplitEnum,
} from './kpi-view-types.js';

const KpiWidgetInput = builder.inputType('KpiWidgetInput', {
  fields: (t) => ({
    id: t.string({
      required: true,
      description: 'Chosen by the client; keeps a widget’s commentary across saves.',
    }),
    kind: t.field({ type: KpiWidgetKindEnum, required: true }),
    codes: t.stringList({ required: true }),
    split: t.field({ type: KpiWidgetSplitEnum }),
    x: t.int({ required: true }),
    y: t.int({ required: true }),
    w: t.int({ required: true }),
    h: t.int({ required: true }),
    amberMargin: t.float(),
  }),
});

const KpiViewPeriodInput = builder.inputType('KpiViewPeriodInput', {
  fields: (t) => ({
    kind: t.field({ type: KpiPeriodKindEnum, required: true }),
    year: t.int(),
    part: t.int({ description: 'The quarter (1–4) or the half-year (1–2).' }),
    from: t.string({ description: 'A custom period’s first day, YYYY-MM-DD.' }),
    to: t.string({ description: 'A custom period’s last day, included.' }),
  }),
});

export const KpiViewFiltersInput = builder.inputType('KpiViewFiltersInput', {
  fields: (t) => ({
    organizationId: t.id({ description: 'A subsidiary of the viewer’s organisation; none: their own.' }),
    orgUnitId: t.id({ description: 'This unit and everything below it.' }),
    period: t.field({ type: KpiViewPeriodInput, required: true }),
  }),
});

const KpiViewInput = builder.inputType('KpiViewInput', {
  fields: (t) => ({
    id: t.id({ description: 'None: a new view.' }),
    version: t.int({ description: 'The version opened; required with an id.' }),
    title: t.string({ required: true }),
    filters: t.field({ type: KpiViewFiltersInput, required: true }),
    widgets: t.field({ type: [KpiWidgetInput], required: true }),
  }),
});

const KpiScheduleInput = builder.inputType('KpiScheduleInput', {
  fields: (t) => ({
    frequency: t.field({ type: KpiScheduleFrequencyEnum, required: true }),
    recipientIds: t.idList({ required: true }),
  }),
});

const KpiViewShareInput = builder.inputType('KpiViewShareInput', {
  description: 'Replaces whom the view is shared with and whether it is mailed.',
  fields: (t) => ({
    roles: t.stringList({ required: true }),
    personIds: t.idList({ required: true }),
    schedule: t.field({ type: KpiScheduleInput }),
  }),
});

type FiltersArg = {
  organizationId?: string | number | null;
  orgUnitId?: string | number | null;
  period: {
    kind: ViewFiltersInput['period']['kind'];
    year?: number | null;
    part?: number | null;
    from?: string | null;
    to?: string | null;
  };
};

export function filtersOf(input: FiltersArg | null | undefined): ViewFiltersInput | null {
  if (!input) return null;
  return {
    organizationId: input.organizationId ? String(input.organizationId) : null,
    orgUnitId: input.orgUnitId ? String(input.orgUnitId) : null,
    period: input.period,
  };
}

builder.queryField('kpiViews', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [KpiViewSummaryRef],
    description: 'The KPI views the viewer owns or that are shared with them, newest first.',
    resolve: (_root, _args, context) => listKpiViews(context.em, context.actor),
  }),
);

builder.queryField('kpiOrganizations', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [KpiOrganizationRef],
    description: 'The organisations a KPI view may show: the viewer’s own, then its subsidiaries by name.',
    resolve: (_root, _args, context) => viewOrganizations(context.em, context.actor),
  }),
);

builder.queryField('kpiView', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: KpiViewRef,
    description: 'A view the viewer owns or that is shared with them; any other is NOT_FOUND.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => kpiView(context.em, context.actor, String(id)),
  }),
);

builder.queryField('kpiViewFigures', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: KpiViewFiguresRef,
    description:
      'Every widget’s figures for the filters (the view’s own when none), with the viewer’s rights, in a few ' +
      'statements however many widgets; a period signed off for the view’s scope gives its frozen figures.',
    args: { id: t.arg.id({ required: true }), filters: t.arg({ type: KpiViewFiltersInput }) },
    resolve: (_root, { id, filters }, context) =>
      shownFigures(
        context.em,
        context.actor,
        String(id),
        filtersOf(filters),
        new Date(),
        (em, actor, codes, filter, now) =>
          readKpiValues(context.kpiValuesCache, em, actor, codes, filter, now),
      ),
  }),
);

function widgetsOf(
  widgets: readonly (Omit<KpiWidget, 'split' | 'amberMargin'> & {
    split?: KpiWidget['split'] | null;
    amberMargin?: number | null;
  })[],
): KpiWidget[] {
  return widgets.map((w) => ({ ...w, split: w.split ?? null, amberMargin: w.amberMargin ?? null }));
}

builder.mutationField('saveKpiView', (t) =>
  t.withAuth({ anyRole: VIEW_COMPOSERS }).field({
    type: KpiViewRef,
    description:
      'Creates a view (no id) or saves its owner’s change naming the version opened (a newer save in between ' +
      'is CONFLICT). A widget outside the grid or over another, an unknown KPI or a split it does not offer is ' +
      'VALIDATION naming `widgets.<index>`; a unit or subsidiary not the viewer’s is NOT_FOUND.',
    args: { input: t.arg({ type: KpiViewInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        saveKpiView(
          em,
          context.actor,
          {
            id: input.id ? String(input.id) : null,
            version: input.version ?? null,
            title: input.title,
            filters: filtersOf(input.filters)!,
            widgets: widgetsOf(input.widgets),
          },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('duplicateKpiView', (t) =>
  t.withAuth({ anyRole: VIEW_COMPOSERS }).field({
    type: KpiViewRef,
    description: 'A copy of a view the viewer reads, theirs and unshared.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => duplicateKpiView(em, context.actor, String(id), new Date())),
  }),
);

builder.mutationField('deleteKpiView', (t) =>
  t.withAuth({ anyRole: VIEW_COMPOSERS }).boolean({
    description: 'Removes the owner’s view from every list; its sign-offs are kept.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, context) =>
      context.em.transactional((em) => deleteKpiView(em, context.actor, String(id), version, new Date())),
  }),
);

builder.mutationField('shareKpiView', (t) =>
  t.withAuth({ anyRole: VIEW_COMPOSERS }).field({
    type: KpiViewRef,
    description:
      'Shares the owner’s view read-only with roles and people of the organisation (another organisation’s ' +
      'person is NOT_FOUND), and sets its monthly or quarterly mailing; replaces what was set before.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: KpiViewShareInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        shareKpiView(
          em,
          context.actor,
          String(id),
          {
            roles: input.roles,
            personIds: input.personIds.map(String),
            schedule: input.schedule
              ? { frequency: input.schedule.frequency, recipientIds: input.schedule.recipientIds.map(String) }
              : null,
          },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('commentKpiWidget', (t) =>
  t.withAuth({ anyRole: VIEW_COMPOSERS }).field({
    type: KpiViewRef,
    description:
      'The period’s commentary on a widget, by the view’s owner; empty removes it; a signed-off period is CONFLICT.',
    args: {
      viewId: t.arg.id({ required: true }),
      widgetId: t.arg.string({ required: true }),
      periodKey: t.arg.string({ required: true }),
      text: t.arg.string({ required: true }),
    },
    resolve: (_root, args, context) =>
      context.em.transactional((em) =>
        commentKpiWidget(
          em,
          context.actor,
          String(args.viewId),
          args.widgetId,
          args.periodKey,
          args.text,
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('signOffKpiView', (t) =>
  t.withAuth({ anyRole: ['compliance_head'] }).field({
    type: KpiViewRef,
    description:
      '§69: the compliance head signs the figures of a period off, as they are now, for the version looked at; ' +
      'once per period (CONFLICT after).',
    args: {
      id: t.arg.id({ required: true }),
      periodKey: t.arg.string({ required: true }),
      version: t.arg.int({ required: true }),
    },
    resolve: (_root, { id, periodKey, version }, context) =>
      context.em.transactional((em) =>
        signOffKpiView(em, context.actor, String(id), periodKey, version, new Date()),
      ),
  }),
);

const KpiExportFormatEnum = builder.enumType('KpiExportFormat', { values: EXPORT_FORMATS });

interface ExportShape {
  fileName: string;
  contentType: string;
  content: string;
}
const KpiViewExportRef = builder.objectRef<ExportShape>('KpiViewExport');
builder.objectType(KpiViewExportRef, {
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('contentType'),
    content: t.exposeString('content', { description: 'The file, base64.' }),
  }),
});

builder.mutationField('exportKpiView', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: KpiViewExportRef,
    description:
      '§69: the view as a PDF (the board pack: date, filters, targets, commentary, sign-off) or a workbook (one ' +
      'sheet per widget with the figures behind it), with the reader’s rights; on the audit trail.',
    args: {
      id: t.arg.id({ required: true }),
      format: t.arg({ type: KpiExportFormatEnum, required: true }),
      filters: t.arg({ type: KpiViewFiltersInput }),
      locale: t.arg({ type: LocaleEnum, description: 'The file’s language; the reader’s own when none.' }),
    },
    resolve: async (_root, { id, format, filters, locale }, context) => {
      const now = new Date();
      const exported = await context.em.transactional((em) =>
        viewExport(em, context.actor, String(id), filtersOf(filters), format, now),
      );
      const reader = await context.em.findOneOrFail(Person, context.actor.personId, { fields: ['locale'] });
      const file = await viewFile(exported, format, locale ?? reader.locale, now);
      return {
        fileName: file.fileName,
        contentType: file.contentType,
        content: Buffer.from(file.bytes).toString('base64'),
      };
    },
  }),
);
