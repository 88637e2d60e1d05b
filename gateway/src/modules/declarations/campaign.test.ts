import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// §72: a campaign through the API: launched by the compliance service, declared by an employee in
// "My declarations", by a potential supplier through its link without an account, and exported.

let gateway: TestGateway;
let org: HotlineOrganization;
let officer: string;
let employee: string;

const BIN = '210540012341';
const NO = [
  'relatives_in_organisation',
  'outside_jobs',
  'company_shares',
  'relatives_at_counterparties',
  'gifts_received',
].map((code) => ({ code, yes: false }));

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  // The organisation's compliance head runs its campaigns.
  officer = await devLoginToken(gateway.yoga, org.head.email);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

async function call<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { body } = await graphqlRequest<T>(gateway.yoga, { query, variables, ...(token ? { token } : {}) });
  return body;
}

const LAUNCH =
  'mutation($input: LaunchDeclarationCampaignInput!) { launchDeclarationCampaign(input: $input) { campaign { id } declarants supplierLinks { supplierName token } } }';

function deadline(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('declaration campaigns over GraphQL (§72)', () => {
  it('an employee sees the declaration due in My declarations, submits it once, and it moves to filed', async () => {
    const launched = await call<{
      launchDeclarationCampaign: { campaign: { id: string }; declarants: number };
    }>(
      LAUNCH,
      {
        input: {
          title: { kk: 'Жыл', ru: 'Год' },
          kind: 'yearly',
          group: 'all_employees',
          deadline: deadline(10),
        },
      },
      officer,
    );
    expect(launched.errors).toBeUndefined();
    const campaignId = launched.data!.launchDeclarationCampaign.campaign.id;
    const MINE =
      '{ myDeclarations { campaigns { due { campaignId status questions { code } } filed { campaignId status } } } }';
    const before = await call<{
      myDeclarations: { campaigns: { due: { campaignId: string; questions: unknown[] }[] } };
    }>(MINE, {}, employee);
    expect(before.data?.myDeclarations.campaigns.due.map((d) => [d.campaignId, d.questions.length])).toEqual([
      [campaignId, 5],
    ]);
    const SUBMIT =
      'mutation($c: ID!, $input: SubmitDeclarationInput!) { submitDeclaration(campaignId: $c, input: $input) { status declaredInterest } }';
    const answers = NO.map((a) =>
      a.code === 'outside_jobs' ? { ...a, yes: true, details: 'Teaching at a college' } : a,
    );
    const filed = await call<{ submitDeclaration: { status: string; declaredInterest: boolean } }>(
      SUBMIT,
      { c: campaignId, input: { answers } },
      employee,
    );
    expect(filed.data?.submitDeclaration).toEqual({ status: 'submitted', declaredInterest: true });
    const again = await call(SUBMIT, { c: campaignId, input: { answers: NO } }, employee);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await call<{
      myDeclarations: { campaigns: { due: unknown[]; filed: { status: string }[] } };
    }>(MINE, {}, employee);
    expect(after.data?.myDeclarations.campaigns).toMatchObject({ due: [], filed: [{ status: 'submitted' }] });

    // The officer's workbook: the figures by unit and the declarants.
    const response = await gateway.yoga.fetch(
      `http://gateway.test/declarations/campaigns/${campaignId}/progress.xlsx?lang=en`,
      {
        headers: { authorization: `Bearer ${officer}` },
      },
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['By unit', 'Declarants']);
    // Submitted at, in Kazakhstan's time as people there write it.
    const declarants = workbook.getWorksheet('Declarants')!.getSheetValues() as unknown[][];
    const submittedAt = declarants.find((row) => row?.[2] === org.employee.email)?.[8];
    expect(submittedAt).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);

    // The interest declared opened an entry of the register, exported in the reader's language.
    const register = await gateway.yoga.fetch(
      'http://gateway.test/declarations/conflicts/register.xlsx?lang=ru',
      {
        headers: { authorization: `Bearer ${officer}` },
      },
    );
    expect(register.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await register.arrayBuffer());
    const sheet = book.getWorksheet('Реестр')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 8)).toEqual([
      'Номер',
      'Источник',
      'Работник',
      'Связанное лицо',
      'Контрагент',
      'Описание',
      'Статус',
    ]);
    const entry = (sheet.getRow(2).values as unknown[]).slice(1);
    expect([entry[1], entry[2], entry[6]]).toEqual([
      'Декларационная кампания',
      org.employee.fullName,
      'Открыт',
    ]);
    expect(entry[7]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    const refused = await gateway.yoga.fetch(
      `http://gateway.test/declarations/campaigns/${campaignId}/progress.xlsx`,
      {
        headers: { authorization: `Bearer ${employee}` },
      },
    );
    expect(refused.status).toBe(403);
  });

  it('a supplier declares through its link without an account; credentials sent along are not used, and the link serves once', async () => {
    const launched = await call<{ launchDeclarationCampaign: { supplierLinks: { token: string }[] } }>(
      LAUNCH,
      {
        input: {
          title: { kk: 'Жеткізушілер', ru: 'Поставщики' },
          kind: 'ad_hoc',
          group: 'potential_suppliers',
          suppliers: [{ name: 'ТОО Альфа', bin: BIN }],
          deadline: deadline(10),
        },
      },
      officer,
    );
    const token = launched.data!.launchDeclarationCampaign.supplierLinks[0]!.token;
    const form = await call<{ supplierDeclarationForm: { supplierName: string; submitted: boolean } }>(
      'query($t: String!) { supplierDeclarationForm(token: $t) { supplierName submitted questions { code } } }',
      { t: token },
    );
    expect(form.data?.supplierDeclarationForm).toMatchObject({ supplierName: 'ТОО Альфа', submitted: false });

    const SUBMIT =
      'mutation($t: String!, $input: SupplierDeclarationInput!) { submitSupplierDeclaration(token: $t, input: $input) }';
    const badBin = await call(SUBMIT, { t: token, input: { bin: '210540012342', answers: NO } });
    expect(badBin.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'bin' });
    // Sent with the officer's token: served as anonymous all the same.
    const filed = await call<{ submitSupplierDeclaration: boolean }>(
      SUBMIT,
      { t: token, input: { bin: BIN, answers: NO } },
      officer,
    );
    expect(filed.data?.submitSupplierDeclaration).toBe(true);
    const [event] = await gateway.orm.em
      .fork()
      .execute<{ actor_person_id: string | null }[]>(
        `select actor_person_id from audit_event where action = 'declarations.declaration.submitted' order by seq desc limit 1`,
      );
    expect(event?.actor_person_id).toBeNull();
    const reused = await call(SUBMIT, { t: token, input: { bin: BIN, answers: NO } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const mixed = await call(
      `query($t: String!) { supplierDeclarationForm(token: $t) { submitted } myWork { id } }`,
      { t: token },
      officer,
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});

describe("a supplier's page (§72.1)", () => {
  it('shows the questionnaire without an account, asks again on a bad BIN, files once, then says the link is used', async () => {
    const launched = await call<{ launchDeclarationCampaign: { supplierLinks: { token: string }[] } }>(
      LAUNCH,
      {
        input: {
          title: { kk: 'Жеткізушілер', ru: 'Поставщики', en: 'Suppliers' },
          kind: 'ad_hoc',
          group: 'potential_suppliers',
          suppliers: [{ name: 'ТОО Бета' }],
          deadline: deadline(10),
        },
      },
      officer,
    );
    const token = launched.data!.launchDeclarationCampaign.supplierLinks[0]!.token;
    const url = `http://gateway.test/declarations/supplier/${token}?lang=en`;
    const form = await gateway.yoga.fetch(url);
    expect(form.status).toBe(200);
    expect(form.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await form.text()).toContain('ТОО Бета');
    const fields = (bin: string) => {
      const body = new URLSearchParams({ bin });
      for (const { code } of NO) body.set(`answer_${code}`, 'no');
      return { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    };
    const refused = await gateway.yoga.fetch(url, fields('210540012342'));
    expect(await refused.text()).toContain('This is not a valid BIN');
    const filed = await gateway.yoga.fetch(url, fields(BIN));
    expect(await filed.text()).toContain('Your declaration is submitted');
    const again = await gateway.yoga.fetch(url, fields(BIN));
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already submitted');
  });
});
