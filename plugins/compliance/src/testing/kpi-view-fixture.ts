// A KPI view as the server answers it (§69, §74), for the view page's and widgets' tests.
export const definitions = [
  {
    __typename: 'KpiDefinition',
    code: 'training.completion',
    context: 'training',
    recordsReadable: false,
    granularity: 'day',
    dimensions: ['org_unit', 'period'],
    direction: 'at_least',
    paragraph: '§74.4',
    target: 60,
    unit: 'percent',
    title: { kk: 'Оқытуды аяқтау', ru: 'Завершение обучения', en: 'Training completed' },
  },
  {
    __typename: 'KpiDefinition',
    code: 'hotline.reports_count',
    context: 'hotline',
    recordsReadable: false,
    granularity: 'day',
    dimensions: ['period'],
    direction: 'at_least',
    paragraph: '§69',
    target: null,
    unit: 'count',
    title: { kk: 'Өтініштер', ru: 'Обращения', en: 'Hotline reports' },
  },
] as const;

export function figure(code: string, extra: Record<string, unknown> = {}) {
  const definition = definitions.find((d) => d.code === code)!;
  return {
    __typename: 'KpiValue',
    code,
    value: 72,
    target: definition.target,
    met: definition.target === null ? null : true,
    suppressed: false,
    title: definition.title,
    note: null,
    ...extra,
  };
}

export function kpiView(extra: Record<string, unknown> = {}) {
  return {
    __typename: 'KpiView',
    id: 'view-1',
    title: 'Quarterly board pack',
    version: 3,
    owner: { id: 'owner-1', fullName: 'Aigerim Head' },
    canEdit: true,
    canSignOff: true,
    filters: {
      organization: null,
      orgUnit: null,
      period: { kind: 'quarter', year: 2026, part: 3, from: '2026-07-01', to: '2026-09-30', key: '2026-Q3' },
    },
    widgets: [
      {
        id: 'w-number',
        kind: 'number',
        codes: ['training.completion'],
        split: null,
        x: 0,
        y: 0,
        w: 4,
        h: 4,
        amberMargin: 5,
      },
      {
        id: 'w-table',
        kind: 'table',
        codes: ['training.completion', 'hotline.reports_count'],
        split: null,
        x: 4,
        y: 0,
        w: 6,
        h: 5,
        amberMargin: null,
      },
    ],
    shares: { roles: ['first_head'], people: [] },
    schedule: null,
    signOffs: [],
    updatedAt: '2026-10-02T06:00:00Z',
    ...extra,
  };
}

export function kpiFigures(extra: Record<string, unknown> = {}) {
  return {
    periodKey: '2026-Q3',
    from: '2026-07-01',
    to: '2026-09-30',
    frozen: false,
    signOff: null,
    widgets: [
      {
        widgetId: 'w-number',
        refused: false,
        values: [figure('training.completion')],
        series: [],
        bars: [],
        heatMap: null,
        comment: {
          widgetId: 'w-number',
          periodKey: '2026-Q3',
          text: 'Up from last quarter.',
          author: { id: 'owner-1', fullName: 'Aigerim Head' },
          updatedAt: '2026-10-02T06:00:00Z',
        },
      },
      {
        widgetId: 'w-table',
        refused: false,
        values: [
          figure('training.completion'),
          figure('hotline.reports_count', { value: null, suppressed: true, met: null }),
        ],
        series: [],
        bars: [],
        heatMap: null,
        comment: null,
      },
    ],
    ...extra,
  };
}

export const orgUnits = [
  {
    __typename: 'OrgUnit',
    id: 'u-1',
    name: 'Head office',
    names: { kk: 'Бас кеңсе', ru: 'Головной офис', en: 'Head office' },
    parent: null,
    path: '/head',
  },
];
