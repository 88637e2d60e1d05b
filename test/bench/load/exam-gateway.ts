import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, startGateway, type EmbeddedPostgres } from '@adal/gateway';
import { checkExam, type AcknowledgedSave, type ObservedScore } from './exam-check.js';
import { prepareExam } from './exam-setup.js';

// The gateway under load, in a process of its own so that its CPU and memory are its own: forked
// by the load test with an IPC channel, on the database named by LOAD_DATABASE_URL or, without
// it, on the embedded PGlite as `npm start` would be without DATABASE_URL. Development login on,
// background jobs off. The exam is set up and checked here, through the gateway's own ORM,
// because the embedded database serves that one connection only.

export type GatewayRequest =
  | { kind: 'prepare'; users: number }
  | { kind: 'check'; saves: AcknowledgedSave[]; scores: ObservedScore[] }
  | { kind: 'stop' };

const send = (message: unknown) => process.send?.(message);
const quiet = (): void => undefined;

const databaseUrl = process.env['LOAD_DATABASE_URL'];
let embedded: EmbeddedPostgres | undefined;
let embeddedDir: string | undefined;
if (!databaseUrl) {
  embeddedDir = await mkdtemp(join(tmpdir(), 'adal-load-pglite-'));
  embedded = await startEmbeddedPostgres(embeddedDir);
}
const gateway = await startGateway({
  port: 0,
  databaseUrl: databaseUrl ?? (embedded as EmbeddedPostgres).databaseUrl,
  // As main.ts starts it on the embedded database: one connection, limits counted in memory.
  ...(embedded ? { poolMax: 1, rateLimits: 'memory' as const } : {}),
  devLogin: true,
  jobs: false,
  // Failed requests are counted by the load test; the log keeps only what the server itself broke.
  logger: { debug: quiet, info: quiet, warn: quiet, error: console.error },
});
let organizationId = '';

process.on('message', (message: GatewayRequest) => {
  void handle(message).catch((error: unknown) => {
    send({
      kind: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  });
});
send({ kind: 'listening', url: gateway.url, embedded: embedded !== undefined });

async function handle(message: GatewayRequest): Promise<void> {
  switch (message.kind) {
    case 'prepare': {
      const exam = await prepareExam(gateway.orm, message.users);
      organizationId = exam.organizationId;
      send({ kind: 'prepared', exam });
      break;
    }
    case 'check':
      send({
        kind: 'checked',
        check: await checkExam(gateway.orm, organizationId, message.saves, message.scores),
      });
      break;
    case 'stop':
      await gateway.close();
      await embedded?.close();
      if (embeddedDir) await rm(embeddedDir, { recursive: true, force: true });
      process.exit(0);
  }
}
