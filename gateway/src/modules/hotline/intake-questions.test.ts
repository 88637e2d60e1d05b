import { HotlineReport } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { freshClient, submitReport } from '../../testing/hotline-operations.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
});

afterAll(async () => {
  await gateway?.drop();
});

const TEXTS = { kk: 'Пара сомасы қанша?', ru: 'Какова сумма взятки?', en: 'How much was the bribe?' };

describe("a category's custom questions through the gateway", () => {
  it('are listed to the intake without signing in, required at submission, and reach the handler', async () => {
    const added = await graphqlRequest<{ addHotlineIntakeQuestion: { id: string } }>(gateway.yoga, {
      query: 'mutation($input: IntakeQuestionInput!) { addHotlineIntakeQuestion(input: $input) { id } }',
      variables: { input: { category: 'corruption', kind: 'short_text', texts: TEXTS, required: true } },
      token: head,
    });
    const questionId = added.body.data!.addHotlineIntakeQuestion.id;

    const listed = await graphqlRequest<{ intakeQuestions: { id: string; texts: typeof TEXTS }[] }>(
      gateway.yoga,
      {
        query: 'query($o: ID!) { intakeQuestions(organizationId: $o) { id texts { kk ru en } } }',
        variables: { o: org.organizationId },
        headers: freshClient(),
      },
    );
    expect(listed.body.data?.intakeQuestions).toEqual([{ id: questionId, texts: TEXTS }]);

    const reports = () => gateway.orm.em.fork().count(HotlineReport, {});
    const before = await reports();
    const refused = await submitReport(gateway.yoga, { organizationId: org.organizationId });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: `answers.${questionId}`,
      messageKey: 'hotline.answer.required',
    });
    expect(await reports()).toBe(before);

    const filed = await submitReport(gateway.yoga, {
      organizationId: org.organizationId,
      answers: [{ questionId, text: 'Екі миллион теңге' }],
    });
    const number = filed.body.data!.submitHotlineReport.number;
    const cases = await graphqlRequest<{ hotlineCases: { items: { id: string; number: string }[] } }>(
      gateway.yoga,
      { query: '{ hotlineCases { items { id number } } }', token: head },
    );
    const id = cases.body.data!.hotlineCases.items.find((c) => c.number === number)!.id;
    const opened = await graphqlRequest<{
      hotlineCase: { intakeAnswers: { question: typeof TEXTS; text: string | null }[] };
    }>(gateway.yoga, {
      query: 'query($id: ID!) { hotlineCase(id: $id) { intakeAnswers { question { kk ru en } text } } }',
      variables: { id },
      token: head,
    });
    expect(opened.body.data?.hotlineCase.intakeAnswers).toEqual([
      { question: TEXTS, text: 'Екі миллион теңге' },
    ]);
  });

  it('refuses a question with no text in one of the languages, naming that field', async () => {
    const { body } = await graphqlRequest(gateway.yoga, {
      query: 'mutation($input: IntakeQuestionInput!) { addHotlineIntakeQuestion(input: $input) { id } }',
      variables: {
        input: { category: 'other', kind: 'yes_no', texts: { ...TEXTS, ru: '' }, required: false },
      },
      token: head,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'texts.ru',
      messageKey: 'hotline.question.textRequired',
    });
  });
});
