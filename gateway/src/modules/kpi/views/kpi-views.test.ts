import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../../testing/graphql-request.js';
import { staff } from '../../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../../testing/hotline-organization.js';
import { pdfText } from '../../../testing/pdf-text.js';
import { createTestGateway, type TestGateway } from '../../../testing/test-gateway.js';

// §69, §74: a KPI view as a client composes, shares and exports it: the compliance head composes,
// the first head reads it read-only, the board pack and the workbook carry its figures.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let firstHead: string;
let employee: string;
let viewId: string;

const SAVE = 'mutation($i: KpiViewInput!) { saveKpiView(input: $i) { id version canEdit widgets { id } } }';
const FIGURES =
  'query($id: ID!) { kpiViewFigures(id: $id) { periodKey frozen widgets { widgetId refused values { code value suppressed } } } }';
const SHARE =
  'mutation($id: ID!, $i: KpiViewShareInput!) { shareKpiView(id: $id, input: $i) { shares { roles people { fullName } } } }';
const EXPORT =
  'mutation($id: ID!, $f: KpiExportFormat!) { exportKpiView(id: $id, format: $f, locale: ru) { fileName contentType content } }';
const YEAR = Number(new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 4));

const WIDGETS = [
  { id: 'reports', kind: 'number', codes: ['hotline.reports_count'], x: 0, y: 0, w: 4, h: 3, amberMargin: 5 },
  { id: 'staff', kind: 'table', codes: ['org.headcount', 'org.responsible_staff'], x: 4, y: 0, w: 8, h: 3 },
  { id: 'trend', kind: 'trend', codes: ['hotline.reports_count'], x: 0, y: 3, w: 6, h: 4 },
];

function view(over: Record<string, unknown> = {}) {
  return {
    title: 'Кеңеске арналған',
    filters: { period: { kind: 'year', year: YEAR - 1 } },
    widgets: WIDGETS,
    ...over,
  };
}

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  firstHead = await devLoginToken(gateway.yoga, org.firstHead.email);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('KPI views through GraphQL', () => {
  it('the compliance head composes a view of KPIs from several plugins', async () => {
    const saved = await staff<{
      saveKpiView: { id: string; version: number; canEdit: boolean; widgets: unknown[] };
    }>(gateway.yoga, head, SAVE, { i: view() });
    expect(saved.error).toBeNull();
    expect(saved.data?.saveKpiView).toMatchObject({
      version: 1,
      canEdit: true,
      widgets: [{ id: 'reports' }, { id: 'staff' }, { id: 'trend' }],
    });
    viewId = saved.data!.saveKpiView.id;
  });

  it('refuses a widget outside the grid with its field, and an employee altogether', async () => {
    const outside = await staff(gateway.yoga, head, SAVE, {
      i: view({ widgets: [WIDGETS[0], { ...WIDGETS[1], x: 9 }] }),
    });
    expect(outside.error?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'widgets.1',
      messageKey: 'kpi.view.widgetOutsideGrid',
    });
    expect((await staff(gateway.yoga, employee, SAVE, { i: view() })).error?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('shared with the first head, who reads it and cannot change it; others do not find it', async () => {
    const shared = await staff<{
      shareKpiView: { shares: { roles: string[]; people: { fullName: string }[] } };
    }>(gateway.yoga, head, SHARE, { id: viewId, i: { roles: [], personIds: [org.firstHead.id] } });
    expect(shared.data?.shareKpiView.shares).toEqual({
      roles: [],
      people: [{ fullName: org.firstHead.fullName }],
    });
    const read = await staff<{
      kpiViewFigures: { widgets: { widgetId: string; refused: boolean; values: { code: string }[] }[] };
    }>(gateway.yoga, firstHead, FIGURES, { id: viewId });
    expect(
      read.data?.kpiViewFigures.widgets.map((w) => [w.widgetId, w.refused, w.values.map((v) => v.code)]),
    ).toEqual([
      ['reports', false, ['hotline.reports_count']],
      ['staff', false, ['org.headcount', 'org.responsible_staff']],
      ['trend', false, []],
    ]);
    const edit = await staff(
      gateway.yoga,
      firstHead,
      'query($id: ID!) { kpiView(id: $id) { canEdit shares { roles } } }',
      {
        id: viewId,
      },
    );
    expect(edit.data).toEqual({ kpiView: { canEdit: false, shares: null } });
    expect((await staff(gateway.yoga, employee, FIGURES, { id: viewId })).error?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('exports the board pack as a PDF and the figures as a workbook of one sheet per widget', async () => {
    const pdf = await staff<{ exportKpiView: { fileName: string; contentType: string; content: string } }>(
      gateway.yoga,
      firstHead,
      EXPORT,
      { id: viewId, f: 'pdf' },
    );
    expect(pdf.error).toBeNull();
    expect(pdf.data?.exportKpiView.contentType).toBe('application/pdf');
    const text = pdfText(Buffer.from(pdf.data!.exportKpiView.content, 'base64'));
    expect(text).toContain('Кеңеске арналған');
    expect(text).toContain('Показатели периода ещё не утверждены');
    const xlsx = await staff<{ exportKpiView: { content: string } }>(gateway.yoga, firstHead, EXPORT, {
      id: viewId,
      f: 'xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(xlsx.data!.exportKpiView.content, 'base64')).buffer);
    expect(workbook.worksheets).toHaveLength(WIDGETS.length);
    const staffSheet = workbook.worksheets[1]!;
    expect(staffSheet.getRow(1).values).toContain('Показатель');
    expect(staffSheet.rowCount).toBe(3);
  });
});
