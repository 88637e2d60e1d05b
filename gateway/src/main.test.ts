import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_LOGINS,
  findLoginByEmail,
  generateAuditKeyring,
  generateHotlineKeyring,
  serializeAuditKeyring,
  serializeHotlineKeyring,
} from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The start command itself (`pnpm --filter @adal/gateway start`, i.e. src/main.ts), run as a
// deployment runs it: a process of its own on a PostgreSQL server, configured by environment only.
const GATEWAY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(GATEWAY_DIR, 'node_modules', '.bin', 'tsx');
const MAIN = join(GATEWAY_DIR, 'src', 'main.ts');
const ISSUER = 'https://portal.example.kz';

let database: TestDatabase;
let dataDir: string;
let jwks: Server;
let portalKey: CryptoKey;
let portal: Record<string, string>;
const keys = serializeHotlineKeyring(generateHotlineKeyring());
const hotlineKeys = { ADAL_HOTLINE_KEYS: keys.keys, ADAL_HOTLINE_RECEIPT_PEPPER: keys.pepper };
const auditKeys = { ADAL_AUDIT_KEYS: serializeAuditKeyring(generateAuditKeyring()) };

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'adal-main-'));
  // The portal's key set, served as the portal would.
  const pair = await generateKeyPair('ES256');
  portalKey = pair.privateKey;
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'portal-1', alg: 'ES256' };
  jwks = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((done) => jwks.listen(0, '127.0.0.1', done));
  portal = {
    ADAL_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
    ADAL_JWT_ISSUER: ISSUER,
    ADAL_JWT_AUDIENCE: 'adal',
  };
});

afterAll(async () => {
  jwks?.close();
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The environment of a production start; nothing inherited that could switch a demo feature on. */
function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { ADAL_DEV_LOGIN: _login, ADAL_DEMO: _demo, ...inherited } = process.env;
  return {
    ...inherited,
    PORT: '0',
    ADAL_JOBS: '0',
    ADAL_DATA_DIR: dataDir,
    DATABASE_URL: database.databaseUrl,
    ...extra,
  };
}

interface Started {
  url: string;
  stop(): Promise<void>;
}

/** Runs main.ts; resolves with its address once it listens, or with its exit code and output if it ends first. */
function start(env: NodeJS.ProcessEnv): Promise<Started | { code: number | null; output: string }> {
  const child = spawn(TSX, [MAIN], { cwd: GATEWAY_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Adal is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        resolve({ url: match[1], stop: () => (child.kill('SIGTERM'), exited) });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

function post(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-adal-csrf': '1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  }).then(
    (response) =>
      response.json() as Promise<{
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string } }[];
      }>,
  );
}

describe('a production start (no ADAL_DEMO, no ADAL_DEV_LOGIN)', () => {
  it('refuses to start without the hotline keys, says what to set and how, and generates none', async () => {
    const outcome = await start(productionEnv(portal));
    expect(outcome).toMatchObject({ code: 1 });
    const { output } = outcome as { output: string };
    expect(output).toContain('Adal does not start');
    expect(output).toContain('ADAL_HOTLINE_KEYS');
    expect(output).toContain('ADAL_HOTLINE_RECEIPT_PEPPER');
    expect(output).toContain("randomBytes(32).toString('base64')");
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses to start when nobody could sign in', async () => {
    const outcome = await start(productionEnv({ ...hotlineKeys, ...auditKeys }));
    expect(outcome).toMatchObject({ code: 1 });
    expect((outcome as { output: string }).output).toContain('Nobody could sign in');
  });

  it("refuses to start without the audit trail's key and generates none", async () => {
    const outcome = await start(productionEnv({ ...portal, ...hotlineKeys }));
    expect(outcome).toMatchObject({ code: 1 });
    expect((outcome as { output: string }).output).toContain('set ADAL_AUDIT_KEYS');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('runs with its keys and portal, without the development login or a single demo organisation', async () => {
    const outcome = await start(productionEnv({ ...portal, ...hotlineKeys, ...auditKeys }));
    if (!('url' in outcome)) throw new Error(`main.ts exited with ${outcome.code}: ${outcome.output}`);
    try {
      const login = await post(
        outcome.url,
        'mutation($email: String!) { devLogin(email: $email) { token } }',
        {
          email: 'head@demo.adal.kz',
        },
      );
      expect(login.data).toBeUndefined();
      expect(login.errors?.[0]?.message).toMatch(/Cannot query field "devLogin"/);

      const em = database.orm.em.fork();
      for (const demo of DEMO_LOGINS) expect(await findLoginByEmail(em, demo.email)).toBeNull();

      // The portal vouches for a demo address: nobody in Adal answers to it.
      const token = await new SignJWT({ email: 'head@demo.adal.kz' })
        .setProtectedHeader({ alg: 'ES256', kid: 'portal-1' })
        .setIssuer(ISSUER)
        .setAudience('adal')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(portalKey);
      const viewer = await post(outcome.url, '{ viewer { id roles } }', {}, token);
      expect(viewer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(viewer.errors?.[0]?.message).toMatch(/No active person/);
    } finally {
      await outcome.stop();
    }
  });
});
