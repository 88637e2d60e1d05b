import { Question, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlMultipart } from '../../testing/graphql-multipart.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let managerToken: string;
let employeeToken: string;
let courseId: string;

async function call<T>(query: string, variables: Record<string, unknown>, token = managerToken) {
  return graphqlRequest<T>(yoga, { query, variables, token });
}

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em, { name: 'Bank Test JSC' });
  const employee = buildPerson(em, built.organization, built.root, { fullName: 'Aigerim Bekova' });
  grantRoles(em, employee, ['employee']);
  grantRoles(em, built.adminPerson, ['training_admin']);
  await em.flush();
  managerToken = await devLoginToken(yoga, built.adminPerson.email);
  employeeToken = await devLoginToken(yoga, employee.email);
  const { body } = await call<{ createTrainingCourse: { course: { id: string } } }>(
    `mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { course { id } } }`,
    {
      input: {
        topic: 'gifts',
        title: { kk: 'Сыйлықтар', ru: 'Подарки' },
        description: { kk: 'С', ru: 'О' },
        lessons: [{ kind: 'link', title: { kk: 'U4', ru: 'U4' }, url: 'https://www.u4.no/' }],
      },
    },
  );
  courseId = body.data!.createTrainingCourse.course.id;
});

afterAll(async () => {
  await gateway?.drop();
});

const BANK = `query($c: ID!, $kind: QuestionKind) { trainingQuestionBank(courseId: $c, kind: $kind) {
  courseTitle { ru } pools { id title { ru } questionCount } total
  questions { id poolId kind text { kk ru en } options { text { ru } correct match } matches { ru } explanation { ru } } } }`;

const single = {
  kind: 'single',
  text: { kk: 'Сыйлықты кімге тапсырады?', ru: 'Кому сдают подарок?' },
  options: [
    { text: { kk: 'Комплаенс қызметіне', ru: 'Комплаенс-службе' }, correct: true },
    { text: { kk: 'Әріптеске', ru: 'Коллеге' } },
  ],
  explanation: { kk: 'Ереже', ru: 'Правило', en: 'The rule' },
};

describe('the question bank through the gateway', () => {
  let poolId: string;

  it('adds a pool and questions, shows the bank, and refuses a bad question next to its field', async () => {
    const pool = await call<{ createTrainingQuestionPool: { id: string } }>(
      'mutation($c: ID!, $t: LocalizedTextInput!) { createTrainingQuestionPool(courseId: $c, title: $t) { id } }',
      { c: courseId, t: { kk: 'Негізгі', ru: 'Основной' } },
    );
    poolId = pool.body.data!.createTrainingQuestionPool.id;
    const created = await call<{ createTrainingQuestion: { id: string } }>(
      'mutation($p: ID!, $i: TrainingQuestionInput!) { createTrainingQuestion(poolId: $p, input: $i) { id } }',
      { p: poolId, i: single },
    );
    expect(created.body.errors).toBeUndefined();
    await call(
      'mutation($p: ID!, $i: TrainingQuestionInput!) { createTrainingQuestion(poolId: $p, input: $i) { id } }',
      {
        p: poolId,
        i: {
          kind: 'matching',
          text: { kk: 'Мерзімдер', ru: 'Сроки' },
          options: [
            { text: { kk: 'Сыйлық', ru: 'Подарок' }, match: 1 },
            { text: { kk: 'Ақша', ru: 'Деньги' }, match: 0 },
          ],
          matches: [
            { kk: '2 апта', ru: '2 недели' },
            { kk: '7 күн', ru: '7 дней' },
          ],
        },
      },
    );
    const unpaired = await call(
      'mutation($p: ID!, $i: TrainingQuestionInput!) { createTrainingQuestion(poolId: $p, input: $i) { id } }',
      {
        p: poolId,
        i: {
          kind: 'matching',
          text: { kk: 'С', ru: 'В' },
          options: [{ text: { kk: 'А', ru: 'А' }, match: 0 }, { text: { kk: 'Б', ru: 'Б' } }],
          matches: [
            { kk: '1', ru: '1' },
            { kk: '2', ru: '2' },
          ],
        },
      },
    );
    expect(unpaired.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'training.question.unpaired',
      field: 'options.1.match',
    });

    const { body } = await call<{
      trainingQuestionBank: {
        pools: { questionCount: number }[];
        total: number;
        questions: {
          kind: string;
          explanation: { ru: string } | null;
          options: { match: number | null }[];
        }[];
      };
    }>(BANK, { c: courseId });
    expect(body.data?.trainingQuestionBank.pools).toEqual([
      { id: poolId, title: { ru: 'Основной' }, questionCount: 2 },
    ]);
    expect(body.data?.trainingQuestionBank.questions.map((q) => q.kind)).toEqual(['single', 'matching']);
    expect(body.data?.trainingQuestionBank.questions[0]?.explanation).toEqual({ ru: 'Правило' });
    expect(body.data?.trainingQuestionBank.questions[1]?.options.map((o) => o.match)).toEqual([1, 0]);
  });

  it('refuses the bank to an employee', async () => {
    const { body } = await call(BANK, { c: courseId }, employeeToken);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('saves test settings and refuses a pass mark under 60 % (§5.3, §35.3) on its field', async () => {
    const SAVE = `mutation($c: ID!, $i: TrainingTestSettingsInput!) { editTrainingTest(courseId: $c, input: $i) {
      draws { poolId count } passMark timeLimitMinutes maxAttempts reviewAllowed shuffle lessonsRequiredBeforeTest } }`;
    const input = {
      draws: [{ poolId, count: 2 }],
      shuffle: true,
      timeLimitMinutes: null,
      maxAttempts: 2,
      passMark: 55,
      reviewAllowed: false,
      lessonsRequiredBeforeTest: true,
    };
    const low = await call(SAVE, { c: courseId, i: input });
    expect(low.body.errors?.[0]?.extensions).toMatchObject({
      messageKey: 'training.test.passMarkTooLow',
      field: 'passMark',
    });
    const saved = await call<{ editTrainingTest: unknown }>(SAVE, {
      c: courseId,
      i: { ...input, passMark: 80 },
    });
    expect(saved.body.data?.editTrainingTest).toEqual({ ...input, passMark: 80 });
    const read = await call<{
      trainingTestSettings: { passMark: number; lessonsRequiredBeforeTest: boolean };
    }>('query($c: ID!) { trainingTestSettings(courseId: $c) { passMark lessonsRequiredBeforeTest } }', {
      c: courseId,
    });
    // The lessons come first from now on (§35.4), as the training administrator set it.
    expect(read.body.data?.trainingTestSettings).toEqual({ passMark: 80, lessonsRequiredBeforeTest: true });
  });

  it('exports the bank as XLSX that the import previews back unchanged, and imports all rows or none', async () => {
    const response = await yoga.fetch(
      `http://gateway.test/training/courses/${courseId}/questions.xlsx?lang=kk`,
      {
        headers: { authorization: `Bearer ${managerToken}` },
      },
    );
    expect(response.status).toBe(200);
    const content = new Uint8Array(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content.buffer as ArrayBuffer);
    const header = workbook.worksheets[0]!.getRow(1).values as unknown[];
    expect(header.slice(1, 4)).toEqual(['Жинақ', 'Түрі', 'Сұрақ (kk)']);

    const PREVIEW = `mutation($c: ID!, $f: File!) { previewTrainingQuestionImport(courseId: $c, file: $f) {
      rows { row pool newPool kind text { ru } optionCount } problems { row column messageKey params } poolsToCreate } }`;
    const file = new File([content], 'questions.xlsx');
    const preview = await graphqlMultipart<{
      previewTrainingQuestionImport: { rows: unknown[]; problems: unknown[]; poolsToCreate: string[] };
    }>(yoga, {
      query: PREVIEW,
      variables: { c: courseId, f: null },
      files: { f: file },
      token: managerToken,
    });
    expect(preview.body.data?.previewTrainingQuestionImport).toEqual({
      rows: [
        {
          row: 2,
          pool: 'Негізгі',
          newPool: false,
          kind: 'single',
          text: { ru: 'Кому сдают подарок?' },
          optionCount: 2,
        },
        { row: 3, pool: 'Негізгі', newPool: false, kind: 'matching', text: { ru: 'Сроки' }, optionCount: 2 },
      ],
      problems: [],
      poolsToCreate: [],
    });

    const IMPORT = `mutation($c: ID!, $f: File!) { importTrainingQuestionFile(courseId: $c, file: $f) { created poolsCreated } }`;
    const before = await orm.em.fork().count(Question, {});
    const bad = new File(
      [
        'pool,kind,text_kk,text_ru,option_1_kk,option_1_ru,option_2_kk,option_2_ru,right\n' +
          'Негізгі,single,С,В,А,А,Б,Б,1\n' +
          'Негізгі,single,С,В,А,А,Б,Б,\n',
      ],
      'questions.csv',
    );
    const refused = await graphqlMultipart(yoga, {
      query: IMPORT,
      variables: { c: courseId, f: null },
      files: { f: bad },
      token: managerToken,
    });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      errors: [{ row: 3, column: 'right', messageKey: 'training.question.noRightAnswer' }],
    });
    expect(await orm.em.fork().count(Question, {})).toBe(before);

    const imported = await graphqlMultipart<{ importTrainingQuestionFile: unknown }>(yoga, {
      query: IMPORT,
      variables: { c: courseId, f: null },
      files: { f: file },
      token: managerToken,
    });
    expect(imported.body.data?.importTrainingQuestionFile).toEqual({ created: 2, poolsCreated: 0 });
  });

  it('gives the template with the headers in the asked language, and only to the managers', async () => {
    const response = await yoga.fetch('http://gateway.test/training/question-template.xlsx?lang=en', {
      headers: { authorization: `Bearer ${managerToken}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(1);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Pool', 'Kind', 'Question (kk)']);
    const employee = await yoga.fetch('http://gateway.test/training/question-template.xlsx', {
      headers: { authorization: `Bearer ${employeeToken}` },
    });
    expect(employee.status).toBe(403);
  });
});
