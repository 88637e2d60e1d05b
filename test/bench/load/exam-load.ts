import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import type { BenchOptions } from '../report/bench-options.js';
import type { BenchRow } from '../report/bench-row.js';
import type { ExamCheck } from './exam-check.js';
import type { GatewayRequest } from './exam-gateway.js';
import { describeMix, type PreparedExam } from './exam-setup.js';
import { GraphqlClient } from './graphql-client.js';
import { measureInstantFloor, type InstantFloor } from './instant-floor.js';
import { recordPoint, writeCurve } from './load-curve.js';
import { Measurements, OPERATIONS, type OperationSummary } from './measurements.js';
import { examOperations } from './operations.js';
import { sampleProcess, type ProcessFigures } from './process-sampler.js';
import { seededRandom, uniform } from './seeded-random.js';
import { takeExam, type ExamRun, type UserPlan } from './virtual-user.js';

export interface LoadOptions extends BenchOptions {
  users?: number;
  rampSeconds?: number;
  thinkSeconds?: readonly [number, number];
  /** The gateway on the embedded PGlite instead of a throwaway PostgreSQL database. */
  embedded?: boolean;
  seed?: number;
  /** Where the curve's points are kept and drawn; smoke runs record nothing. */
  resultsFile?: string;
  chartFile?: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..', '..');
export const RESULTS_FILE = join(ROOT, 'docs', 'performance', 'load-curve.json');
export const CHART_FILE = join(ROOT, 'docs', 'performance', 'load-curve.svg');
export const GOAL_P95_MS = 500;

/** A wrong result of the run: lost answers or double scores. The benchmark fails on it. */
export class WrongResult extends Error {}

interface GatewayChild {
  process: ChildProcess;
  url: string;
  ask<T>(request: GatewayRequest, answer: string): Promise<T>;
  stop(): Promise<void>;
}

async function startGatewayChild(databaseUrl: string | undefined, log: string): Promise<GatewayChild> {
  const out = createWriteStream(log);
  const child = fork(join(HERE, 'exam-gateway.ts'), [], {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env['LOAD_CPU_PROF']
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env['LOAD_CPU_PROF']}`]
        : []),
    ],
    env: {
      ...process.env,
      ...(databaseUrl ? { LOAD_DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const next = (kind: string) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const onMessage = (message: Record<string, unknown>) => {
        if (message['kind'] === kind) finish(() => done(message));
        else if (message['kind'] === 'failed') finish(() => fail(new Error(String(message['message']))));
      };
      const onExit = (code: number | null) =>
        finish(() => fail(new Error(`the gateway exited with ${code} (see ${log})`)));
      const finish = (then: () => void) => {
        child.off('message', onMessage);
        child.off('exit', onExit);
        then();
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
  const { url } = (await next('listening')) as { url: string };
  return {
    process: child,
    url,
    async ask<T>(request: GatewayRequest, answer: string) {
      const reply = next(answer);
      child.send(request);
      return (await reply) as T;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.send({ kind: 'stop' } satisfies GatewayRequest);
      await exited;
    },
  };
}

function planUsers(
  exam: PreparedExam,
  o: Required<Pick<LoadOptions, 'rampSeconds' | 'thinkSeconds' | 'seed'>>,
): UserPlan[] {
  const random = seededRandom(o.seed);
  const users = exam.emails.length;
  // A few of everyone misbehave as browsers and people do, at least one of each in a small run.
  const pick = (share: number) => {
    const chosen = new Set<number>();
    const count = Math.max(1, Math.round(users * share));
    while (chosen.size < Math.min(count, users)) chosen.add(Math.floor(random() * users));
    return chosen;
  };
  const retrying = pick(0.02);
  const doubleSubmitting = pick(0.02);
  const racing = pick(0.002);
  const [thinkMin, thinkMax] = o.thinkSeconds;
  return exam.emails.map((email, i) => {
    const own = seededRandom(o.seed * 7919 + i + 1);
    return {
      email,
      signInAt: uniform(own, 0, o.rampSeconds * 1000),
      thinkMs: Array.from({ length: 16 }, () => uniform(own, thinkMin, thinkMax) * 1000),
      retriesSaves: retrying.has(i),
      submitsTwice: doubleSubmitting.has(i),
      racesDeadline: racing.has(i),
      random: own,
    };
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function printSummary(
  heading: string,
  summaries: readonly OperationSummary[],
  server: ProcessFigures,
  run: ExamRun,
  check: ExamCheck,
): void {
  console.log(`\n## ${heading}\n`);
  console.log('| operation | count | req/s | p50 ms | p95 ms | p99 ms | 429 retried | errors |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of summaries) {
    const errors = Object.entries(s.errors)
      .map(([kind, n]) => `${kind}: ${n}`)
      .join(', ');
    console.log(
      `| ${s.operation} | ${s.count} | ${round(s.throughput)} | ${round(s.p50)} | ${round(s.p95)} | ${round(s.p99)} | ${s.throttled} | ${errors || '0'} |`,
    );
  }
  console.log(
    `\nserver process: CPU mean ${round(server.cpuMean)} %, max ${round(server.cpuMax)} % (of one core; ${server.samples} samples), max RSS ${round(server.rssMaxMb)} MB`,
  );
  const race = run.deadlineRace;
  console.log(
    `deadline race: ${race.submits} submits at the deadline, ${race.accepted} scored, ${race.refusedAsLate} refused as late, ${race.otherErrors} other errors`,
  );
  console.log(
    `check: ${check.answersChecked} acknowledged saves, ${check.lostAnswers.length} lost; ${check.attemptsClosed} closed attempts, ${check.doubleScored.length} scored twice, ${check.wrongScores.length} with a missing or different score`,
  );
}

/**
 * The exam profile of a published Moodle 4.5 load test, through Adal's GraphQL API: N people sign
 * in and open the test page during the ramp, start the same 16-question test at one instant,
 * answer a question per page after a think time, and submit. Afterwards the database must hold
 * every acknowledged answer and exactly one score per closed attempt.
 */
export async function runLoad(options: LoadOptions): Promise<BenchRow[]> {
  const users = options.users ?? 100;
  const rampSeconds = options.rampSeconds ?? 10;
  const thinkSeconds = options.thinkSeconds ?? [1, 3];
  const seed = options.seed ?? 1;
  const embedded = options.embedded === true;
  const profile = `ramp ${rampSeconds} s, think ${thinkSeconds[0]}–${thinkSeconds[1]} s`;
  const group = `exam load N=${users}${embedded ? ' (embedded)' : ''}`;

  const database: TestDatabase | null = embedded ? null : await createTestDatabase();
  const log = join(process.env['TMPDIR'] ?? '/tmp', `adal-load-gateway-${process.pid}.log`);
  let gateway: GatewayChild | undefined;
  try {
    gateway = await startGatewayChild(database?.databaseUrl, log);
    const { exam } = await gateway.ask<{ exam: PreparedExam }>({ kind: 'prepare', users }, 'prepared');
    console.log(
      `exam load: ${users} test-takers, ${profile}, ${embedded ? 'embedded PGlite' : 'PostgreSQL'}; 16 questions: ${describeMix()}; gateway log ${log}`,
    );
    const client = new GraphqlClient(`${gateway.url}/graphql`, users);
    const operations = examOperations();
    const floor = await instantFloor(client, operations.devLogin, exam.emails[0] as string, users);
    console.log(
      `exam load: the start's floor, ${users} signed-in requests for nothing at one instant: p50 ${round(floor.p50)} ms, p95 ${round(floor.p95)} ms, ${floor.throttled} retried after 429`,
    );
    const measurements = new Measurements();
    const now = performance.now();
    const run: ExamRun = {
      client,
      operations,
      measurements,
      testId: exam.testId,
      deadlineTestId: exam.deadlineTestId,
      rampStart: now,
      examStart: now + rampSeconds * 1000,
      saves: [],
      scores: [],
      deadlineRace: { submits: 0, accepted: 0, refusedAsLate: 0, otherErrors: 0 },
    };
    const plans = planUsers(exam, { rampSeconds, thinkSeconds, seed });
    const sampler = sampleProcess(gateway.process.pid as number);
    await Promise.all(plans.map((plan) => takeExam(run, plan)));
    const server = sampler.stop();
    await client.close();
    const check = await gateway.ask<{ check: ExamCheck }>(
      { kind: 'check', saves: run.saves, scores: run.scores },
      'checked',
    );
    const summaries = OPERATIONS.map((operation) => measurements.summary(operation));
    printSummary(group, summaries, server, run, check.check);

    if (!options.smoke) {
      const points = await recordPoint(options.resultsFile ?? RESULTS_FILE, {
        users,
        database: embedded ? 'embedded' : 'postgresql',
        profile,
        at: new Date().toISOString(),
        p95: Object.fromEntries(summaries.map((s) => [s.operation, round(s.p95)])),
      });
      await writeCurve(options.chartFile ?? CHART_FILE, points, GOAL_P95_MS);
    }
    const { lostAnswers, doubleScored, wrongScores } = check.check;
    if (lostAnswers.length > 0 || doubleScored.length > 0 || wrongScores.length > 0) {
      throw new WrongResult(
        `wrong result: ${lostAnswers.length} lost answers (${lostAnswers.slice(0, 3).join(', ')}), ` +
          `${doubleScored.length} double scores (${doubleScored.slice(0, 3).join(', ')}), ` +
          `${wrongScores.length} wrong scores (${wrongScores.slice(0, 3).join(', ')})`,
      );
    }
    const goal = `p95 ≤ ${GOAL_P95_MS} ms, 0 errors`;
    return summaries.map((s) => {
      const errors = Object.values(s.errors).reduce((a, b) => a + b, 0);
      // Only the synchronized start has a floor of its kind: the same crowd at the same instant.
      const start = s.operation === 'startAttempt';
      return {
        group,
        operation: s.operation,
        p50: s.p50,
        p95: s.p95,
        ...(start
          ? { floor: `${round(floor.p50)} ms (p95 ${round(floor.p95)} ms)`, ratio: s.p50 / floor.p50 }
          : {}),
        figure: `${s.count} requests, ${round(s.throughput)}/s, p99 ${round(s.p99)} ms, ${errors} errors; server CPU ${round(server.cpuMean)} % mean, ${round(server.cpuMax)} % max, RSS ${Math.round(server.rssMaxMb)} MB`,
        goal,
        met: options.smoke ? null : s.p95 <= GOAL_P95_MS && errors === 0,
      };
    });
  } finally {
    await gateway?.stop();
    await database?.drop();
  }
}

/** One taker signs in, then the floor is measured with their token before anyone else arrives. */
async function instantFloor(
  client: GraphqlClient,
  devLogin: string,
  email: string,
  users: number,
): Promise<InstantFloor> {
  const { data } = await client.send<{ devLogin: { token: string } }>(devLogin, { email });
  return measureInstantFloor(client, data.devLogin.token, users);
}
