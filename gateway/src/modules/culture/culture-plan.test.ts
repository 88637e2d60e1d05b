import { kazakhstanDay } from '@adal/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { graphqlMultipart } from '../../testing/graphql-multipart.js';
import { staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { pdfText } from '../../testing/pdf-text.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// The culture plan as a client calls it (§35.1): typed errors with their field that change nothing,
// the first head's approval, evidence as files only the plan's readers fetch, the filed plan.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let firstHead: string;
let employee: string;
const year = Number(kazakhstanDay(new Date()).slice(0, 4));

const PLAN = `query($y: Int!) { culturePlan(year: $y) { id status version warnings { rule paragraph period { code } state }
  activities { id title status } actions } }`;
const ADD =
  'mutation($p: ID!, $i: CultureActivityInput!) { addCultureActivity(planId: $p, input: $i) { id } }';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0b3c9f10000000049454e44ae426082',
  'hex',
);

type Plan = {
  id: string;
  status: string;
  version: number;
  warnings: { rule: string; paragraph: string; period: { code: string }; state: string }[];
  activities: { id: string; title: string; status: string }[];
  actions: string[];
};

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

async function plan(token = head): Promise<Plan | null> {
  const { data, error } = await staff<{ culturePlan: Plan | null }>(gateway.yoga, token, PLAN, { y: year });
  if (error) throw new Error(error.message);
  return data!.culturePlan;
}

const activity = (extra: Record<string, unknown> = {}) => ({
  kind: 'educational',
  topics: ['reporter_protection'],
  title: 'Хабарлаушыларды қорғау туралы семинар',
  audience: 'whole_org',
  deadline: `${year}-12-31`,
  responsibleIds: [org.head.id],
  checkForm: 'questionnaire',
  ...extra,
});

describe('the culture plan through the API (§35.1)', () => {
  it('is drafted with typed errors on their fields, approved by the first head only, then frozen', async () => {
    expect(await plan()).toBeNull();
    const created = await staff<{ createCulturePlan: { id: string } }>(
      gateway.yoga,
      head,
      'mutation($y: Int!) { createCulturePlan(year: $y) { id } }',
      { y: year },
    );
    const id = created.data!.createCulturePlan.id;
    expect((await plan())!.warnings).toHaveLength(13);

    const outside = await staff(gateway.yoga, head, ADD, {
      p: id,
      i: activity({ deadline: `${year + 1}-01-10` }),
    });
    expect(outside.error?.extensions).toMatchObject({ code: 'VALIDATION', field: 'deadline' });
    const noReason = await staff(gateway.yoga, head, ADD, { p: id, i: activity({ checkForm: 'none' }) });
    expect(noReason.error?.extensions).toMatchObject({ code: 'VALIDATION', field: 'checkNoneReason' });
    expect((await plan())!.activities).toEqual([]);

    await staff(gateway.yoga, head, ADD, { p: id, i: activity() });
    const drafted = (await plan())!;
    // §39's fourth quarter is held now; its first three are still missing.
    expect(drafted.warnings.filter((w) => w.paragraph === '§39').map((w) => w.period.code)).toEqual([
      'Q1',
      'Q2',
      'Q3',
    ]);
    expect(drafted.actions).toEqual(['edit', 'submit']);

    await staff(gateway.yoga, head, 'mutation($id: ID!) { submitCulturePlan(id: $id) { status } }', { id });
    const byHead = await staff(
      gateway.yoga,
      head,
      'mutation($id: ID!) { approveCulturePlan(id: $id) { id } }',
      { id },
    );
    expect(byHead.error?.extensions?.code).toBe('FORBIDDEN');
    expect((await plan(firstHead))!.actions).toEqual(['approve', 'return']);
    const approved = await staff<{ approveCulturePlan: { status: string; versions: { number: number }[] } }>(
      gateway.yoga,
      firstHead,
      'mutation($id: ID!) { approveCulturePlan(id: $id) { status versions { number } } }',
      { id },
    );
    expect(approved.data?.approveCulturePlan).toEqual({ status: 'in_execution', versions: [{ number: 1 }] });

    const frozen = await staff(gateway.yoga, head, ADD, { p: id, i: activity({ title: 'Кейін қосылған' }) });
    expect(frozen.error?.extensions?.code).toBe('CONFLICT');
    expect((await plan())!.activities.map((a) => a.title)).toEqual([activity().title]);
  });

  it('keeps evidence that only those who may read the activity download, and refuses a file that is not what it says', async () => {
    const [held] = (await plan())!.activities;
    const upload = (fileName: string, data: Buffer, kind: string) =>
      graphqlMultipart<{ addCultureEvidence: { evidence: { id: string; kind: string }[] } }>(gateway.yoga, {
        query:
          'mutation($a: ID!, $i: CultureEvidenceInput!, $f: File) { addCultureEvidence(activityId: $a, input: $i, file: $f) { evidence { id kind } } }',
        variables: { a: held!.id, i: { kind, title: 'Семинар' }, f: null },
        files: { f: new File([new Uint8Array(data)], fileName) },
        token: head,
      });
    const notAPhoto = await upload('photo.png', Buffer.from('%PDF-1.7 not a photo'), 'photo');
    expect(notAPhoto.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'file' });
    const photo = await upload('hall.png', PNG, 'photo');
    const evidenceId = photo.body.data!.addCultureEvidence.evidence[0]!.id;

    const fetchAs = (token: string) =>
      gateway.yoga.fetch(`http://gateway.test/culture/evidence/${evidenceId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const mine = await fetchAs(head);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await mine.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetchAs(employee)).status).toBe(404);
  });

  it('files the plan as a workbook and a PDF in the reader’s language, for the plan’s readers only', async () => {
    const xlsx = await gateway.yoga.fetch(`http://gateway.test/culture/plans/${year}.xlsx?lang=ru`, {
      headers: { authorization: `Bearer ${firstHead}` },
    });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['План', 'Требования', 'Индикатор']);
    const rows = workbook.getWorksheet('План')!.getSheetValues() as unknown[][];
    expect(rows[1]?.slice(1, 7)).toEqual([
      '№',
      'Задача',
      'Вид меры',
      'Срок',
      'Ответственные',
      'Форма проверки знаний',
    ]);
    expect(rows[2]?.slice(2, 3)).toEqual([activity().title]);

    const pdf = await gateway.yoga.fetch(`http://gateway.test/culture/plans/${year}.pdf?lang=kk`, {
      headers: { authorization: `Bearer ${head}` },
    });
    expect(pdf.status).toBe(200);
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain(`${year} жылға арналған сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру`);
    expect(text).toContain('Хабарлаушыларды қорғау туралы семинар');

    const refused = await gateway.yoga.fetch(`http://gateway.test/culture/plans/${year}.xlsx`, {
      headers: { authorization: `Bearer ${employee}` },
    });
    expect(refused.status).toBe(403);
  });
});
