import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway, type StartGatewayOptions } from '../start-gateway.js';

const PORTAL = 'https://portal.example.kz';
const EVIL = 'https://evil.example';
const CDN_ENTRY = 'https://cdn.example.kz/training/0.2.0/plugin.js';

let database: TestDatabase;
let rootDir: string;
let plain: RunningGateway;
let portal: RunningGateway;

function start(options: Partial<StartGatewayOptions>): Promise<RunningGateway> {
  return startGateway({ port: 0, databaseUrl: database.databaseUrl, rootDir, jobs: false, ...options });
}

beforeAll(async () => {
  database = await createTestDatabase();
  // A miniature build output: the shell page and its shared map.
  rootDir = await mkdtemp(join(tmpdir(), 'adal-headers-'));
  await mkdir(join(rootDir, 'shell/dist'), { recursive: true });
  await writeFile(
    join(rootDir, 'shell/dist/importmap.shared.json'),
    JSON.stringify({ imports: { vue: '/vendor/vue.js' } }),
  );
  await writeFile(
    join(rootDir, 'shell/dist/index.html'),
    '<!doctype html><html><head><!-- adal:importmap --><script type="module" src="/assets/root.js"></script></head></html>',
  );
  await writeFile(
    join(rootDir, 'deploy-map.json'),
    JSON.stringify({ imports: { '@adal/plugin-training': CDN_ENTRY } }),
  );
  plain = await start({});
  portal = await start({
    allowedOrigins: [PORTAL],
    httpsOnly: true,
    importMapFile: join(rootDir, 'deploy-map.json'),
  });
});

afterAll(async () => {
  await plain?.close();
  await portal?.close();
  await database?.drop();
  await rm(rootDir, { recursive: true, force: true });
});

const preflight = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, x-adal-csrf',
    },
  });

const viewerFrom = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', 'x-adal-csrf': '1' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

const shellPage = (url: string) => fetch(`${url}/training/courses`, { headers: { accept: 'text/html' } });

function directives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? '').split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('CORS', () => {
  it('gives an origin it was not told about no CORS header at all, with credentials or without', async () => {
    for (const gateway of [plain, portal]) {
      for (const response of [await preflight(gateway.url, EVIL), await viewerFrom(gateway.url, EVIL)]) {
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    }
  });

  it('answers a configured portal with its own origin and never allows credentials', async () => {
    const answer = await preflight(portal.url, PORTAL);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(answer.headers.get('access-control-allow-headers')).toContain('authorization');
    const response = await viewerFrom(portal.url, PORTAL);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('vary') ?? '').toMatch(/\bOrigin\b/);
    // The sdk's client waits as a busy gateway's 429 asks, which it can only read when exposed.
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves the public import map to every origin, without credentials', async () => {
    const response = await fetch(`${portal.url}/importmap.json`, { headers: { origin: EVIL } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('the shell page', () => {
  it('allows exactly its inline import map by hash, and no other inline script', async () => {
    const response = await shellPage(plain.url);
    const html = await response.text();
    const inline = /<script type="importmap">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(inline).digest('base64');
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy.get('script-src')).toBe(`'self' 'sha256-${hash}'`);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'self'");
  });

  it('lets the configured portals frame it, and loads plugins from the origins the import map names', async () => {
    const response = await shellPage(portal.url);
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy.get('frame-ancestors')).toBe(PORTAL);
    expect(policy.get('script-src')).toMatch(/^'self' https:\/\/cdn\.example\.kz 'sha256-[A-Za-z0-9+/=]+'$/);
    expect(policy.get('style-src')).toBe("'self' https://cdn.example.kz 'unsafe-inline'");
  });
});

describe('HSTS', () => {
  it('tells browsers to use https only when Adal is published over https, on every answer', async () => {
    for (const path of [
      '/training/courses',
      '/health',
      '/importmap.json',
      '/graphql?query=%7B__typename%7D',
    ]) {
      const secure = await fetch(`${portal.url}${path}`, {
        headers: { accept: 'text/html', 'x-adal-csrf': '1' },
      });
      expect(secure.headers.get('strict-transport-security'), path).toBe('max-age=31536000');
      const local = await fetch(`${plain.url}${path}`, {
        headers: { accept: 'text/html', 'x-adal-csrf': '1' },
      });
      expect(local.headers.get('strict-transport-security'), path).toBeNull();
    }
  });
});
