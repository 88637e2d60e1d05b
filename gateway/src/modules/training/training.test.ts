import {
  Assignment,
  Attempt,
  AttemptAnswer,
  AuditEvent,
  Certificate,
  Question,
  createAssignment,
  type Actor,
  type GivenAnswer,
  type MikroORM,
} from '@adal/domain';
import { buildOrganization, buildOrgUnit, buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';
import { devLoginToken, graphqlRequest } from '../../testing/graphql-request.js';
import { answersFor, buildTrainingCourse, type TrainingCourse } from '../../testing/training-course.js';
import type { GatewayYoga } from '../../yoga.js';

let gateway: TestGateway;
let orm: MikroORM;
let yoga: GatewayYoga;
let manager: Actor;
let managerToken: string;
let employeeToken: string;
let otherEmployeeToken: string;
let financeId: string;
let foreignUnitId: string;
let course: TrainingCourse;

beforeAll(async () => {
  gateway = await createTestGateway();
  ({ orm, yoga } = gateway);
  const em = orm.em.fork();
  const built = await buildOrganization(em, { name: 'Samruk Test JSC' });
  const finance = buildOrgUnit(em, built.organization, built.root, 'Finance');
  const employee = buildPerson(em, built.organization, finance, { fullName: 'Aigerim Bekova' });
  const other = buildPerson(em, built.organization, finance, { fullName: 'Bolat Serikov' });
  grantRoles(em, employee, ['employee']);
  grantRoles(em, other, ['employee']);
  grantRoles(em, built.adminPerson, ['training_admin']);
  await em.flush();
  const foreign = await buildOrganization(orm.em.fork(), { name: 'Other JSC' });
  foreignUnitId = foreign.root.id;
  financeId = finance.id;
  manager = { ...built.admin, roles: ['employee', 'org_admin', 'training_admin'] };
  course = await buildTrainingCourse(orm, manager);
  await orm.em.fork().transactional((tx) =>
    createAssignment(tx, manager, {
      courseId: course.courseId,
      audience: 'org_units',
      orgUnitIds: [financeId],
      dueOn: '2099-12-31',
      recurrence: 'once',
    }),
  );
  managerToken = await devLoginToken(yoga, built.adminPerson.email);
  employeeToken = await devLoginToken(yoga, employee.email);
  otherEmployeeToken = await devLoginToken(yoga, other.email);
});

afterAll(async () => {
  await gateway?.drop();
});

interface AttemptJson {
  id: string;
  status: string;
  questions: { id: string; options: { id: string }[] }[];
  answers: { questionId: string; optionIds: string[] | null }[];
}

const ATTEMPT_FIELDS = `id testId number status startedAt deadline submittedAt
  questions { id kind text { kk ru en } options { id text { kk ru en } } matches { id } }
  answers { questionId optionIds pairs { optionId matchId } }`;

async function start(token: string, testId: string) {
  return graphqlRequest<{ startAttempt: AttemptJson }>(yoga, {
    query: `mutation($testId: ID!) { startAttempt(testId: $testId) { ${ATTEMPT_FIELDS} } }`,
    variables: { testId },
    token,
  });
}

async function save(token: string, attemptId: string, questionId: string, answer: GivenAnswer) {
  return graphqlRequest<{ saveAnswer: AttemptJson }>(yoga, {
    query: `mutation($attemptId: ID!, $answer: AnswerInput!) {
      saveAnswer(attemptId: $attemptId, answer: $answer) { id answers { questionId optionIds } } }`,
    variables: { attemptId, answer: { questionId, ...answer } },
    token,
  });
}

async function submit(token: string, attemptId: string) {
  return graphqlRequest<{
    submitAttempt: {
      scorePercent: number;
      passed: boolean;
      certificateCode: string | null;
      wrongQuestionIds: string[];
    };
  }>(yoga, {
    query: `mutation($attemptId: ID!) { submitAttempt(attemptId: $attemptId) {
      attemptId status scorePercent passed passMark certificateCode wrongQuestionIds } }`,
    variables: { attemptId },
    token,
  });
}

/** Starts an attempt and answers `right` questions correctly, the rest wrongly. */
async function answered(token: string, testId: string, right: number): Promise<AttemptJson> {
  const { body } = await start(token, testId);
  const attempt = body.data?.startAttempt;
  if (!attempt) throw new Error(JSON.stringify(body.errors));
  const answers = await answersFor(
    orm,
    attempt.questions.map((q) => q.id),
    right,
  );
  for (const [questionId, answer] of answers) await save(token, attempt.id, questionId, answer);
  return attempt;
}

const attemptRow = (id: string) => orm.em.fork().findOneOrFail(Attempt, { id });
const savedAnswerCount = (attemptId: string) => orm.em.fork().count(AttemptAnswer, { attempt: attemptId });

/** Another published course, assigned to Finance, where both employees work. */
async function financeCourse(o: Parameters<typeof buildTrainingCourse>[2]): Promise<TrainingCourse> {
  const built = await buildTrainingCourse(orm, manager, o);
  await orm.em.fork().transactional((tx) =>
    createAssignment(tx, manager, {
      courseId: built.courseId,
      audience: 'org_units',
      orgUnitIds: [financeId],
      dueOn: '2099-11-30',
      recurrence: 'once',
    }),
  );
  return built;
}

describe('the API contract: myAssignments → startAttempt → saveAnswer → submitAttempt', () => {
  it('takes the assigned test and scores it on the server, never sending the key', async () => {
    const mine = await graphqlRequest<{ myAssignments: Record<string, unknown>[] }>(yoga, {
      query: `{ myAssignments { id assignmentId testId dueOn status attempts maxAttempts bestScorePercent
        certificateCode course { id title { kk } topic lessons { kind url } test { id passMark questionCount } } } }`,
      token: employeeToken,
    });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data?.myAssignments).toEqual([
      expect.objectContaining({
        testId: course.testId,
        dueOn: '2099-12-31',
        status: 'not_started',
        attempts: 0,
        maxAttempts: 3,
        certificateCode: null,
        course: expect.objectContaining({
          id: course.courseId,
          lessons: [{ kind: 'link', url: 'https://www.u4.no/' }],
          test: { id: course.testId, passMark: 60, questionCount: 10 },
        }),
      }),
    ]);

    const started = await start(employeeToken, course.testId);
    const attempt = started.body.data?.startAttempt;
    expect(attempt?.questions).toHaveLength(10);
    const json = JSON.stringify(started.body);
    expect(json).not.toMatch(/answerKey|correct/i);
    const asked = await graphqlRequest(yoga, {
      query: `mutation($testId: ID!) { startAttempt(testId: $testId) { questions { answerKey } } }`,
      variables: { testId: course.testId },
      token: employeeToken,
    });
    expect(asked.body.errors?.[0]?.message).toMatch(/Cannot query field "answerKey"/);

    // A reload resumes the same open attempt with the answers saved so far.
    const answers = await answersFor(orm, attempt?.questions.map((q) => q.id) ?? [], 8);
    const [first] = answers;
    if (!first || !attempt) throw new Error('no question');
    await save(employeeToken, attempt.id, first[0], first[1]);
    const resumed = await start(employeeToken, course.testId);
    expect(resumed.body.data?.startAttempt.id).toBe(attempt.id);
    expect(resumed.body.data?.startAttempt.answers).toEqual([
      expect.objectContaining({
        questionId: first[0],
        optionIds: (first[1] as { optionIds: string[] }).optionIds,
      }),
    ]);

    for (const [questionId, answer] of answers) {
      const saved = await save(employeeToken, attempt.id, questionId, answer);
      expect(saved.body.errors).toBeUndefined();
    }
    const result = await submit(employeeToken, attempt.id);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.submitAttempt).toMatchObject({
      scorePercent: 80,
      passed: true,
      passMark: 60,
      status: 'submitted',
      certificateCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    });
    // The two answered wrongly, the last two asked.
    const askedIds = attempt.questions.map((q) => q.id);
    expect([...(result.body.data?.submitAttempt.wrongQuestionIds ?? [])].sort()).toEqual(
      askedIds.slice(8).sort(),
    );

    const after = await graphqlRequest<{ myAssignments: { status: string; bestScorePercent: number }[] }>(
      yoga,
      {
        query: '{ myAssignments { status bestScorePercent certificateCode } }',
        token: employeeToken,
      },
    );
    expect(after.body.data?.myAssignments[0]).toMatchObject({ status: 'passed', bestScorePercent: 80 });

    const verified = await graphqlRequest<{ verifyCertificate: Record<string, unknown> }>(yoga, {
      query: `query($code: String!) { verifyCertificate(code: $code) {
        valid fullName courseTitle { kk } issuedOn scorePercent } }`,
      variables: { code: result.body.data?.submitAttempt.certificateCode },
    });
    expect(verified.body.data?.verifyCertificate).toMatchObject({
      valid: true,
      fullName: 'Aigerim Bekova',
      scorePercent: 80,
      // The day of issue on Kazakhstan's clocks (UTC+5), as the certificate prints it.
      issuedOn: new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10),
    });
  });

  it('answers an unknown certificate code as not valid, without signing in', async () => {
    const { body } = await graphqlRequest<{ verifyCertificate: Record<string, unknown> }>(yoga, {
      query: '{ verifyCertificate(code: "ZZZZ-ZZZZ-ZZZZ") { valid fullName } }',
    });
    expect(body.data?.verifyCertificate).toEqual({ valid: false, fullName: null });
  });

  it("refuses another person's attempt as NOT_FOUND", async () => {
    const attempt = await answered(otherEmployeeToken, course.testId, 0);
    await submit(otherEmployeeToken, attempt.id);
    const { body } = await graphqlRequest(yoga, {
      query: 'query($id: ID!) { attempt(id: $id) { id } }',
      variables: { id: attempt.id },
      token: employeeToken,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('many requests of one attempt at once', () => {
  it('keeps ten answers saved at once and scores all ten', async () => {
    const ten = await financeCourse({ questions: 10 });
    const attempt = (await start(employeeToken, ten.testId)).body.data?.startAttempt;
    if (!attempt) throw new Error('the attempt did not start');
    const answers = await answersFor(
      orm,
      attempt.questions.map((q) => q.id),
      10,
    );
    const saves = await Promise.all(
      [...answers].map(([questionId, answer]) => save(employeeToken, attempt.id, questionId, answer)),
    );
    for (const saved of saves) expect(saved.body.errors).toBeUndefined();
    const reloaded = await graphqlRequest<{ attempt: { answers: { questionId: string }[] } }>(yoga, {
      query: 'query($id: ID!) { attempt(id: $id) { answers { questionId } } }',
      variables: { id: attempt.id },
      token: employeeToken,
    });
    expect(reloaded.body.data?.attempt.answers.map((a) => a.questionId).sort()).toEqual(
      [...answers.keys()].sort(),
    );
    const result = await submit(employeeToken, attempt.id);
    expect(result.body.data?.submitAttempt).toMatchObject({ scorePercent: 100, passed: true });
  });

  async function submittedEightTimesAtOnce(right: number) {
    const five = await financeCourse({ questions: 5 });
    const attempt = await answered(employeeToken, five.testId, right);
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(employeeToken, attempt.id)));
    return {
      bodies: results.map((result) => result.body),
      audited: await orm.em
        .fork()
        .count(AuditEvent, { action: 'training.attempt_submitted', entityId: attempt.id }),
      certificates: await orm.em.fork().count(Certificate, { attempt: attempt.id }),
    };
  }

  it('scores a failing attempt submitted eight times at once once, with one result for every caller', async () => {
    const { bodies, audited, certificates } = await submittedEightTimesAtOnce(2);
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(bodies[0]?.data?.submitAttempt).toMatchObject({
      scorePercent: 40,
      passed: false,
      certificateCode: null,
    });
    expect(audited).toBe(1);
    expect(certificates).toBe(0);
  });

  it('issues one certificate for a passing attempt submitted eight times at once, the same to every caller', async () => {
    const { bodies, audited, certificates } = await submittedEightTimesAtOnce(5);
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(bodies[0]?.data?.submitAttempt).toMatchObject({
      scorePercent: 100,
      passed: true,
      certificateCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
    });
    expect(audited).toBe(1);
    expect(certificates).toBe(1);
  });
});

describe('bad input is refused with its typed error and changes nothing', () => {
  it('refuses an answer to a question not in the attempt (VALIDATION)', async () => {
    const other = await financeCourse({ questions: 3 });
    const attempt = await answered(employeeToken, other.testId, 0);
    const before = await savedAnswerCount(attempt.id);
    const stranger = await orm.em
      .fork()
      .findOneOrFail(Question, { pool: course.poolId }, { orderBy: { id: 'asc' } });
    const { body } = await save(employeeToken, attempt.id, stranger.id, {
      optionIds: [stranger.options[0]?.id ?? ''],
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(await savedAnswerCount(attempt.id)).toBe(before);
  });

  it('answers a second submission of the same attempt with the stored result and changes nothing', async () => {
    const other = await financeCourse({ questions: 3 });
    const attempt = await answered(employeeToken, other.testId, 1);
    const first = await submit(employeeToken, attempt.id);
    expect(first.body.data?.submitAttempt.scorePercent).toBeCloseTo(33.33, 1);
    const row = await attemptRow(attempt.id);
    const again = await submit(employeeToken, attempt.id);
    expect(again.body).toEqual(first.body);
    expect(await attemptRow(attempt.id)).toMatchObject({
      scorePercent: row.scorePercent,
      submittedAt: row.submittedAt,
    });
  });

  it('refuses an answer to a submitted attempt (CONFLICT)', async () => {
    const other = await financeCourse({ questions: 3 });
    const attempt = await answered(employeeToken, other.testId, 0);
    await submit(employeeToken, attempt.id);
    const [question] = attempt.questions;
    const late = await save(employeeToken, attempt.id, question?.id ?? '', {
      optionIds: [question?.options[0]?.id ?? ''],
    });
    expect(late.body.errors?.[0]).toMatchObject({
      message: 'The attempt is already closed; answers can no longer change',
      extensions: { code: 'CONFLICT' },
    });
    expect(await savedAnswerCount(attempt.id)).toBe(3);
  });

  it('refuses to start a test of a course the person is not enrolled in (FORBIDDEN)', async () => {
    // Assigned to nobody: an employee who learns its id still can't take it.
    const unassigned = await buildTrainingCourse(orm, manager, { questions: 3 });
    const { body } = await start(employeeToken, unassigned.testId);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/not enrolled/),
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await orm.em.fork().count(Attempt, { test: unassigned.testId })).toBe(0);
  });

  it('refuses answers and the submission past the time limit (CONFLICT)', async () => {
    const timed = await financeCourse({ questions: 3, timeLimitMinutes: 5 });
    const attempt = await answered(employeeToken, timed.testId, 3);
    expect(attempt.status).toBe('open');
    await orm.em
      .fork()
      .nativeUpdate(Attempt, { id: attempt.id }, { deadline: new Date(Date.now() - 60_000) });
    const before = await attemptRow(attempt.id);
    const saved = await savedAnswerCount(attempt.id);
    const [questionId] = before.questions.map((q) => q.questionId);
    const late = await save(employeeToken, attempt.id, questionId ?? '', { optionIds: [] });
    expect(late.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const submitted = await submit(employeeToken, attempt.id);
    expect(submitted.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await attemptRow(attempt.id)).toMatchObject({ status: 'open', scorePercent: null });
    expect(await savedAnswerCount(attempt.id)).toBe(saved);
  });

  it('refuses a start past the attempt limit (CONFLICT)', async () => {
    const once = await financeCourse({ questions: 3, maxAttempts: 1 });
    const attempt = await answered(employeeToken, once.testId, 0);
    await submit(employeeToken, attempt.id);
    const count = () => orm.em.fork().count(Attempt, { test: once.testId });
    const before = await count();
    const { body } = await start(employeeToken, once.testId);
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count()).toBe(before);
  });

  const ASSIGN = `mutation($input: CreateTrainingAssignmentInput!) {
    createTrainingAssignment(input: $input) { id audience dueOn recurrence enrolled course { id } } }`;

  it('refuses an assignment to an org unit of another organisation (NOT_FOUND)', async () => {
    const count = () => orm.em.fork().count(Assignment, {});
    const before = await count();
    const { body } = await graphqlRequest(yoga, {
      query: ASSIGN,
      variables: {
        input: {
          courseId: course.courseId,
          audience: 'org_units',
          orgUnitIds: [foreignUnitId],
          dueOn: '2099-06-30',
          recurrence: 'yearly',
        },
      },
      token: managerToken,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('assigns a course to a unit of the own organisation for a training administrator only', async () => {
    const input = {
      courseId: course.courseId,
      audience: 'org_units',
      orgUnitIds: [financeId],
      dueOn: '2099-06-30',
      recurrence: 'half_yearly',
    };
    const refused = await graphqlRequest(yoga, { query: ASSIGN, variables: { input }, token: employeeToken });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { body } = await graphqlRequest(yoga, { query: ASSIGN, variables: { input }, token: managerToken });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['createTrainingAssignment']).toMatchObject({
      audience: 'org_units',
      dueOn: '2099-06-30',
      recurrence: 'half_yearly',
      enrolled: 2,
      course: { id: course.courseId },
    });
  });

  it('lists the organisation’s assignments with their courses for a training administrator only', async () => {
    const LIST = `{ trainingAssignments {
      id audience orgUnitIds role newHireMonths dueOn recurrence enrolled course { id title { ru } } } }`;
    const refused = await graphqlRequest(yoga, { query: LIST, token: employeeToken });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { body } = await graphqlRequest(yoga, { query: LIST, token: managerToken });
    expect(body.errors).toBeUndefined();
    const list = body.data?.['trainingAssignments'] as { dueOn: string }[];
    const first = list.find((assignment) => assignment.dueOn === '2099-12-31');
    expect(first).toMatchObject({
      audience: 'org_units',
      orgUnitIds: [financeId],
      role: null,
      newHireMonths: null,
      recurrence: 'once',
      enrolled: 2,
      course: { id: course.courseId, title: { ru: 'Противодействие коррупции' } },
    });
    expect(list.length).toBe(await orm.em.fork().count(Assignment, {}));
  });

  it('refuses a question import with a missing correct answer (VALIDATION, errors per row)', async () => {
    const count = () => orm.em.fork().count(Question, { pool: course.poolId });
    const before = await count();
    const option = (kk: string, correct?: boolean) => ({
      text: { kk, ru: kk },
      ...(correct ? { correct } : {}),
    });
    const { body } = await graphqlRequest(yoga, {
      query: `mutation($poolId: ID!, $questions: [QuestionImportInput!]!) {
        importTrainingQuestions(poolId: $poolId, questions: $questions) { created } }`,
      variables: {
        poolId: course.poolId,
        questions: [
          {
            kind: 'single',
            text: { kk: 'Сыйлық', ru: 'Подарок' },
            options: [option('Иә', true), option('Жоқ')],
          },
          { kind: 'single', text: { kk: 'Мүдде', ru: 'Интерес' }, options: [option('Иә'), option('Жоқ')] },
        ],
      },
      token: managerToken,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(body.errors?.[0]?.extensions?.['errors']).toEqual([
      { row: 2, message: 'no correct answer is marked' },
    ]);
    expect(await count()).toBe(before);
  });
});

describe('trainingCompletion', () => {
  const COMPLETION = `query($courseId: ID, $orgUnitId: ID) { trainingCompletion(courseId: $courseId, orgUnitId: $orgUnitId) {
    course { id } orgUnit { id name } total { assigned started passed failed overdue passedPercent startedPercent }
    rows { orgUnit { name } figures { assigned passed } } } }`;

  it('gives the figures of a unit and the people behind one, for a training administrator', async () => {
    const { body } = await graphqlRequest<{ trainingCompletion: Record<string, unknown> }>(yoga, {
      query: COMPLETION,
      variables: { courseId: course.courseId, orgUnitId: financeId },
      token: managerToken,
    });
    expect(body.errors).toBeUndefined();
    // Aigerim passed (80 %); Bolat submitted a 0 % attempt.
    expect(body.data?.trainingCompletion).toMatchObject({
      course: { id: course.courseId },
      orgUnit: { id: financeId, name: 'Finance' },
      total: {
        assigned: 2,
        // Started and not passed: Bolat; Aigerim counts as passed only.
        started: 1,
        passed: 1,
        failed: 1,
        overdue: 0,
        passedPercent: 50,
        startedPercent: 50,
      },
      rows: [],
    });
    const root = await graphqlRequest<{ trainingCompletion: { rows: unknown[] } }>(yoga, {
      query: COMPLETION,
      variables: { courseId: course.courseId },
      token: managerToken,
    });
    expect(root.body.data?.trainingCompletion.rows).toEqual([
      { orgUnit: { name: 'Finance' }, figures: { assigned: 2, passed: 1 } },
    ]);
    const people = await graphqlRequest<{ trainingCompletionPeople: unknown[] }>(yoga, {
      query: `query($courseId: ID) { trainingCompletionPeople(courseId: $courseId, figure: failed) {
        fullName status orgUnit { name } course { id } dueOn } }`,
      variables: { courseId: course.courseId },
      token: managerToken,
    });
    expect(people.body.data?.trainingCompletionPeople).toEqual([
      {
        fullName: 'Bolat Serikov',
        status: 'failed',
        orgUnit: { name: 'Finance' },
        course: { id: course.courseId },
        dueOn: '2099-12-31',
      },
    ]);
  });

  it('refuses an employee (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED)', async () => {
    const employee = await graphqlRequest(yoga, { query: COMPLETION, token: employeeToken });
    expect(employee.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await graphqlRequest(yoga, { query: COMPLETION });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the quiz: flags, the review and the lessons before the test', () => {
  const RESULT = `query($id: ID!) { attemptResult(attemptId: $id) {
    scorePercent passed wrongQuestionIds
    review { questionId correct given { optionIds } rightAnswer { optionIds pairs { optionId matchId } }
      explanation { kk ru en } } } }`;

  async function flag(token: string, attemptId: string, questionId: string, flagged: boolean) {
    return graphqlRequest<{
      flagQuestion: { questions: { id: string; answered: boolean; flagged: boolean }[] };
    }>(yoga, {
      query: `mutation($a: ID!, $q: ID!, $f: Boolean!) {
        flagQuestion(attemptId: $a, questionId: $q, flagged: $f) { questions { id answered flagged } } }`,
      variables: { a: attemptId, q: questionId, f: flagged },
      token,
    });
  }

  it('keeps a flag on the server and shows each question answered or not, flagged or not', async () => {
    const quiz = await financeCourse({ questions: 3 });
    const { body } = await start(employeeToken, quiz.testId);
    const attempt = body.data?.startAttempt;
    if (!attempt) throw new Error(JSON.stringify(body.errors));
    const [first, second] = attempt.questions;
    await save(employeeToken, attempt.id, first!.id, { optionIds: [first!.options[0]!.id] });
    const flagged = await flag(employeeToken, attempt.id, second!.id, true);
    expect(flagged.body.data?.flagQuestion.questions.map((q) => [q.answered, q.flagged])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    // Another device (a fresh read) sees the same.
    const read = await graphqlRequest<{ attempt: { questions: { flagged: boolean }[] } }>(yoga, {
      query: 'query($id: ID!) { attempt(id: $id) { questions { flagged } } }',
      variables: { id: attempt.id },
      token: employeeToken,
    });
    expect(read.body.data?.attempt.questions.map((q) => q.flagged)).toEqual([false, true, false]);
    const other = await flag(otherEmployeeToken, attempt.id, second!.id, false);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reviews each question with the right answer and its explanation when the test allows it', async () => {
    const quiz = await financeCourse({ questions: 4, reviewAllowed: true });
    const attempt = await answered(employeeToken, quiz.testId, 3);
    await submit(employeeToken, attempt.id);
    const { body } = await graphqlRequest<{
      attemptResult: {
        review: {
          questionId: string;
          correct: boolean;
          given: { optionIds: string[] } | null;
          rightAnswer: { optionIds: string[] };
          explanation: { en: string } | null;
        }[];
      };
    }>(yoga, { query: RESULT, variables: { id: attempt.id }, token: employeeToken });
    const review = body.data?.attemptResult.review ?? [];
    expect(review.map((r) => r.questionId)).toEqual(attempt.questions.map((q) => q.id));
    expect(review.map((r) => r.correct)).toEqual([true, true, true, false]);
    const keys = await answersFor(
      orm,
      attempt.questions.map((q) => q.id),
      4,
    );
    for (const reviewed of review)
      expect(reviewed.rightAnswer).toEqual({ ...keys.get(reviewed.questionId), pairs: null });
    expect(review[3]?.given?.optionIds).not.toEqual(review[3]?.rightAnswer.optionIds);
    expect(review[3]?.explanation?.en).toMatch(/^Explanation \d+$/);
  });

  it('sends only the score and the verdict, never a right answer, when the test does not allow the review', async () => {
    const quiz = await financeCourse({ questions: 4, reviewAllowed: false });
    const attempt = await answered(employeeToken, quiz.testId, 1);
    const submitted = await graphqlRequest<{ submitAttempt: Record<string, unknown> }>(yoga, {
      query: `mutation($id: ID!) { submitAttempt(attemptId: $id) {
        scorePercent passed wrongQuestionIds review { questionId rightAnswer { optionIds } } } }`,
      variables: { id: attempt.id },
      token: employeeToken,
    });
    expect(submitted.body.data?.submitAttempt).toEqual({
      scorePercent: 25,
      passed: false,
      wrongQuestionIds: null,
      review: null,
    });
    const { body } = await graphqlRequest<{ attemptResult: Record<string, unknown> }>(yoga, {
      query: RESULT,
      variables: { id: attempt.id },
      token: employeeToken,
    });
    expect(body.data?.attemptResult).toEqual({
      scorePercent: 25,
      passed: false,
      wrongQuestionIds: null,
      review: null,
    });
    // Nothing of the key in what the person can read of the attempt: no explanation, no verdict per question.
    const read = await graphqlRequest(yoga, {
      query: `query($id: ID!) { attempt(id: $id) { ${ATTEMPT_FIELDS} } }`,
      variables: { id: attempt.id },
      token: employeeToken,
    });
    const text = JSON.stringify(read.body.data);
    expect(text).toContain(attempt.id);
    expect(text).not.toMatch(/explanation|Explanation|Пояснение/);
    expect(text).not.toMatch(/correct|rightAnswer/);
  });

  it('refuses the test until every lesson is done when it asks for the lessons first, saying how many are left', async () => {
    const quiz = await financeCourse({ questions: 2, lessonsRequiredBeforeTest: true });
    const MINE = `{ myAssignments { course { id lessons { id } test { lessonsRequiredBeforeTest } }
      canStartAttempt lessonsTotal doneLessonIds lessonsRequiredBeforeTest } }`;
    type Mine = {
      course: { id: string; lessons: { id: string }[]; test: { lessonsRequiredBeforeTest: boolean } };
      canStartAttempt: boolean;
      lessonsTotal: number;
      doneLessonIds: string[];
      lessonsRequiredBeforeTest: boolean;
    };
    const mine = async () =>
      (
        await graphqlRequest<{ myAssignments: Mine[] }>(yoga, { query: MINE, token: employeeToken })
      ).body.data?.myAssignments.find((a) => a.course.id === quiz.courseId);
    const before = await mine();
    expect(before).toMatchObject({
      canStartAttempt: false,
      lessonsTotal: 1,
      doneLessonIds: [],
      lessonsRequiredBeforeTest: true,
      course: { test: { lessonsRequiredBeforeTest: true } },
    });
    const refused = await start(employeeToken, quiz.testId);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'training.attempt.lessonsFirst',
      params: { remaining: 1, total: 1 },
    });
    const lessonId = before?.course.lessons[0]?.id;
    const done = await graphqlRequest<{
      markLessonDone: { doneLessonIds: string[]; canStartAttempt: boolean };
    }>(yoga, {
      query: `mutation($c: ID!, $l: ID!) { markLessonDone(courseId: $c, lessonId: $l) { doneLessonIds canStartAttempt } }`,
      variables: { c: quiz.courseId, l: lessonId },
      token: employeeToken,
    });
    expect(done.body.data?.markLessonDone).toEqual({ doneLessonIds: [lessonId], canStartAttempt: true });
    const started = await start(employeeToken, quiz.testId);
    expect(started.body.data?.startAttempt.status).toBe('open');
  });
});
