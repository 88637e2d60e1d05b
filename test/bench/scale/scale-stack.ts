import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  createScaleDatabase,
  parseAuditKeyring,
  parseHotlineKeyring,
  type AuditKeyring,
  type HotlineKeyring,
} from '@adal/domain';
import { startGateway, type RunningGateway } from '@adal/gateway';
import { REPOSITORY_ROOT } from '../../src/harness/paths';

export const ADMIN_URL = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface ScaleStack {
  /** The gateway's origin. */
  url: string;
  databaseUrl: string;
  /** Plain `pg` on the same database: the floors run through it. */
  pool: pg.Pool;
  organizationId: string;
  people: number;
  /** Seconds the generator took, when this run built the data. */
  seedSeconds: number | null;
  /** A bearer token for a person of the holding, through the development login. */
  login(email: string): Promise<string>;
  /** A GraphQL request, answered data or thrown errors. */
  graphql<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  close(): Promise<void>;
}

interface Keys {
  databaseUrl: string;
  hotlineKeyring: HotlineKeyring;
  auditKeyring: AuditKeyring;
}

/** The keys `seed:scale` wrote for a database it built (`.data/scale/<name>.env`). */
async function keptKeys(name: string): Promise<Keys> {
  const text = await readFile(join(REPOSITORY_ROOT, '.data', 'scale', `${name}.env`), 'utf8');
  const env = Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return {
    databaseUrl: env['DATABASE_URL']!,
    hotlineKeyring: parseHotlineKeyring(env['ADAL_HOTLINE_KEYS']!, env['ADAL_HOTLINE_RECEIPT_PEPPER']!),
    auditKeyring: parseAuditKeyring(env['ADAL_AUDIT_KEYS']!),
  };
}

/**
 * The scale holding behind a gateway: built now into a throwaway database (dropped on close), or
 * the one `seed:scale --database <name>` built before (`reuse`), which is kept.
 */
export async function startScaleStack(o: {
  people: number;
  reuse?: string | undefined;
}): Promise<ScaleStack> {
  let keys: Keys;
  let drop: (() => Promise<void>) | null = null;
  let seedSeconds: number | null = null;
  if (o.reuse) {
    keys = await keptKeys(o.reuse);
  } else {
    const scale = await createScaleDatabase({
      adminUrl: ADMIN_URL,
      name: `adal_bench_${randomBytes(5).toString('hex')}`,
      people: o.people,
      seed: 1,
      progress: (step, seconds) => console.log(`  seed: ${step} (${seconds.toFixed(1)} s)`),
    });
    keys = scale;
    drop = scale.drop;
    seedSeconds = scale.result.seconds;
  }
  const pool = new pg.Pool({ connectionString: keys.databaseUrl, max: 4 });
  const checkpointDir = await mkdtemp(join(tmpdir(), 'adal-bench-checkpoints-'));
  let running: RunningGateway;
  try {
    running = await startGateway({
      port: 0,
      databaseUrl: keys.databaseUrl,
      devLogin: true,
      jobs: false,
      hotlineKeyring: keys.hotlineKeyring,
      auditTrail: { keyring: keys.auditKeyring, checkpointDir },
      logger: {
        debug: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: (...a: unknown[]) => console.error(...a),
      },
    });
  } catch (error) {
    await pool.end();
    await drop?.();
    throw error;
  }
  const { rows } = await pool.query<{ id: string; people: string }>(
    'select o.id, (select count(*) from person p where p.organization_id = o.id) as people from organization o order by people desc limit 1',
  );
  const graphql = async <T>(
    token: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length)
      throw new Error(`${body.errors[0]!.extensions?.code ?? ''} ${body.errors[0]!.message}`);
    return body.data as T;
  };
  return {
    url: running.url,
    databaseUrl: keys.databaseUrl,
    pool,
    organizationId: rows[0]!.id,
    people: Number(rows[0]!.people),
    seedSeconds,
    async login(email) {
      const data = await graphql<{ devLogin: { token: string } }>(
        null,
        'mutation($email: String!) { devLogin(email: $email) { token } }',
        { email },
      );
      return data.devLogin.token;
    },
    graphql: (token, query, variables) => graphql(token, query, variables),
    async close() {
      await running.close();
      await pool.end();
      await rm(checkpointDir, { recursive: true, force: true });
      await drop?.();
    },
  };
}
