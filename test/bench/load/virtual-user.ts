import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GivenAnswer } from '@adal/domain';
import type { AcknowledgedSave, ObservedScore } from './exam-check.js';
import { RequestFailure, type GraphqlClient } from './graphql-client.js';
import type { Measurements, Operation } from './measurements.js';
import type { ExamOperations } from './operations.js';
import { uniform } from './seeded-random.js';

/** What one test-taker does, decided before the run from the seed. */
export interface UserPlan {
  email: string;
  /** When, in ms after the ramp began, the person signs in and opens the test page. */
  signInAt: number;
  /** Think time before each answer, ms. */
  thinkMs: number[];
  /** Sends every save twice, the second while the first is in flight, as a browser retry would. */
  retriesSaves: boolean;
  /** Submits twice at once, as a double click would. */
  submitsTwice: boolean;
  /** Also takes the one-minute test and submits it twice right at its deadline. */
  racesDeadline: boolean;
  random: () => number;
}

/** What every virtual user shares: the client, the documents, the clock and what was acknowledged. */
export interface ExamRun {
  client: GraphqlClient;
  operations: ExamOperations;
  measurements: Measurements;
  testId: string;
  deadlineTestId: string;
  /** performance.now() of the ramp's beginning and of the synchronized start. */
  rampStart: number;
  examStart: number;
  saves: AcknowledgedSave[];
  scores: ObservedScore[];
  deadlineRace: { submits: number; accepted: number; refusedAsLate: number; otherErrors: number };
}

interface DrawnQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'true_false' | 'matching';
  options: { id: string }[];
  matches: { id: string }[] | null;
}

interface AttemptView {
  id: string;
  deadline: string | null;
  questions: DrawnQuestion[];
}

interface AttemptResultView {
  attemptId: string;
  scorePercent: number;
}

/** The request's latency and outcome go into the operation's figures; a failure throws on. */
async function measured<T>(
  run: ExamRun,
  operation: Operation,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const startedAt = performance.now();
  try {
    const sent = await run.client.send<T>(query, variables, token);
    run.measurements.succeeded(operation, startedAt, performance.now() - startedAt, sent.throttled);
    return sent.data;
  } catch (error) {
    run.measurements.failed(operation, error instanceof RequestFailure ? error.kind : 'client error');
    throw error;
  }
}

function answerTo(question: DrawnQuestion, random: () => number): GivenAnswer {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  if (question.kind === 'matching') {
    const matches = [...(question.matches ?? [])].sort(() => random() - 0.5);
    return { pairs: Object.fromEntries(question.options.map((option, i) => [option.id, matches[i]!.id])) };
  }
  if (question.kind === 'multiple') {
    const chosen = question.options.filter(() => random() < 0.5).map((option) => option.id);
    return { optionIds: chosen.length > 0 ? chosen : [pick(question.options).id] };
  }
  return { optionIds: [pick(question.options).id] };
}

function answerInput(questionId: string, answer: GivenAnswer): Record<string, unknown> {
  if ('optionIds' in answer) return { questionId, optionIds: answer.optionIds };
  return {
    questionId,
    pairs: Object.entries(answer.pairs).map(([optionId, matchId]) => ({ optionId, matchId })),
  };
}

async function saveOne(
  run: ExamRun,
  token: string,
  attemptId: string,
  questionId: string,
  answer: GivenAnswer,
): Promise<void> {
  await measured(
    run,
    'saveAnswer',
    run.operations.saveAnswer,
    { attemptId, answer: answerInput(questionId, answer) },
    token,
  );
  run.saves.push({ attemptId, questionId, answer });
}

/** Saves, and for a retrying user saves again while the first is still in flight. */
async function save(
  run: ExamRun,
  plan: UserPlan,
  token: string,
  attemptId: string,
  question: DrawnQuestion,
): Promise<void> {
  const answer = answerTo(question, plan.random);
  const sends = [saveOne(run, token, attemptId, question.id, answer)];
  if (plan.retriesSaves) {
    await sleep(uniform(plan.random, 0, 20));
    sends.push(saveOne(run, token, attemptId, question.id, answer));
  }
  // A failed save is already counted; the person goes on to the next page, as in the browser.
  await Promise.allSettled(sends);
}

async function submit(run: ExamRun, token: string, attemptId: string, times: number): Promise<void> {
  const sends = Array.from({ length: times }, () =>
    measured<{ submitAttempt: AttemptResultView }>(
      run,
      'submitAttempt',
      run.operations.submitAttempt,
      { attemptId },
      token,
    ),
  );
  for (const sent of await Promise.allSettled(sends)) {
    if (sent.status === 'fulfilled') {
      run.scores.push({ attemptId, scorePercent: sent.value.submitAttempt.scorePercent });
    }
  }
}

/**
 * The one-minute test, submitted twice at once from 2 s before to 0.5 s after its deadline (a request
 * under load takes its time to arrive): each submission
 * is either scored (once) or refused as late, never scored twice. Not part of the exam's figures.
 */
async function raceDeadline(run: ExamRun, plan: UserPlan, token: string): Promise<void> {
  const { client, operations } = run;
  const { data } = await client.send<{ startAttempt: AttemptView }>(
    operations.startAttempt,
    { testId: run.deadlineTestId },
    token,
  );
  const attempt = data.startAttempt;
  const [question] = attempt.questions;
  if (!question || !attempt.deadline) throw new Error('the deadline test has no question or no time limit');
  const answer = answerTo(question, plan.random);
  await client.send(
    operations.saveAnswer,
    { attemptId: attempt.id, answer: answerInput(question.id, answer) },
    token,
  );
  run.saves.push({ attemptId: attempt.id, questionId: question.id, answer });
  const at = new Date(attempt.deadline).getTime() + uniform(plan.random, -2000, 500);
  await sleep(Math.max(0, at - Date.now()));
  const sends = [0, 1].map(() =>
    client.send<{ submitAttempt: AttemptResultView }>(
      operations.submitAttempt,
      { attemptId: attempt.id },
      token,
    ),
  );
  for (const sent of await Promise.allSettled(sends)) {
    run.deadlineRace.submits += 1;
    if (sent.status === 'fulfilled') {
      run.deadlineRace.accepted += 1;
      run.scores.push({ attemptId: attempt.id, scorePercent: sent.value.data.submitAttempt.scorePercent });
    } else if (sent.reason instanceof RequestFailure && sent.reason.kind === 'CONFLICT') {
      run.deadlineRace.refusedAsLate += 1;
    } else {
      run.deadlineRace.otherErrors += 1;
    }
  }
}

/** One test-taker from sign-in to submission. A failure to sign in, open or start ends the person's run. */
export async function takeExam(run: ExamRun, plan: UserPlan): Promise<void> {
  const { operations } = run;
  await sleep(Math.max(0, run.rampStart + plan.signInAt - performance.now()));
  let deadline = Promise.resolve();
  try {
    const login = await measured<{ devLogin: { token: string } }>(run, 'signIn', operations.devLogin, {
      email: plan.email,
    });
    const token = login.devLogin.token;
    const { myAssignments } = await measured<{ myAssignments: { testId: string | null }[] }>(
      run,
      'openTest',
      operations.myAssignments,
      {},
      token,
    );
    if (!myAssignments.some((assignment) => assignment.testId === run.testId)) {
      run.measurements.failed('openTest', 'exam not assigned');
      return;
    }
    if (plan.racesDeadline) {
      deadline = raceDeadline(run, plan, token).catch(() => {
        run.deadlineRace.otherErrors += 1;
      });
    }
    await sleep(Math.max(0, run.examStart - performance.now()));
    const { startAttempt: attempt } = await measured<{ startAttempt: AttemptView }>(
      run,
      'startAttempt',
      operations.startAttempt,
      { testId: run.testId },
      token,
    );
    for (const [i, question] of attempt.questions.entries()) {
      await sleep(plan.thinkMs[i] ?? 0);
      await save(run, plan, token, attempt.id, question);
    }
    await submit(run, token, attempt.id, plan.submitsTwice ? 2 : 1);
  } catch {
    // Counted where it failed.
  }
  await deadline;
}
