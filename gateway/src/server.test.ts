import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_LOGINS } from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from './start-gateway.js';

let database: TestDatabase;
let gateway: RunningGateway;
let rootDir: string;

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, JSON.stringify(value));
}

beforeAll(async () => {
  database = await createTestDatabase();
  // A miniature build output: the shell with its shared map and one built plugin.
  rootDir = await mkdtemp(join(tmpdir(), 'adal-gateway-'));
  await writeJson(join(rootDir, 'shell/dist/importmap.shared.json'), { imports: { vue: '/vendor/vue.js' } });
  await writeFile(
    join(rootDir, 'shell/dist/index.html'),
    '<!doctype html><html><head><!-- adal:importmap --><script type="module" src="/assets/root.js"></script></head></html>',
  );
  await mkdir(join(rootDir, 'shell/dist/vendor'), { recursive: true });
  await writeFile(join(rootDir, 'shell/dist/vendor/vue.js'), 'export const version = "3";');
  await writeJson(join(rootDir, 'plugins/training/dist/manifest.json'), {
    id: 'training',
    name: '@adal/plugin-training',
    entry: 'plugin.js',
    version: '0.1.0',
  });
  await writeFile(join(rootDir, 'plugins/training/dist/plugin.js'), 'export const manifest = {};');
  await mkdir(join(rootDir, 'plugins/sdk'), { recursive: true });
  gateway = await startGateway({
    port: 0,
    databaseUrl: database.databaseUrl,
    devLogin: true,
    seedDemo: true,
    rootDir,
  });
});

afterAll(async () => {
  await gateway?.close();
  await database?.drop();
  await rm(rootDir, { recursive: true, force: true });
});

describe('HTTP surface', () => {
  it('reports health with the database up', async () => {
    const response = await fetch(`${gateway.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('reports health as down with 503 when the database cannot be reached', async () => {
    const doomed = await createTestDatabase();
    // Its background work fails loudly once the database is gone; that noise is expected here.
    const quiet = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    };
    const cut = await startGateway({ port: 0, databaseUrl: doomed.databaseUrl, rootDir, logger: quiet });
    try {
      expect((await fetch(`${cut.url}/health`)).status).toBe(200);
      // Dropping the database ends the gateway's connections and leaves nothing to reconnect to.
      await doomed.drop();
      const response = await fetch(`${cut.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded', database: 'down' });
    } finally {
      // Closing may fail on connections the drop already ended; the gateway is gone either way.
      await cut.close().catch(() => undefined);
    }
  });

  it('signs in a demo login over HTTP', async () => {
    const demo = DEMO_LOGINS.find((login) => login.role === 'compliance_head');
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-adal-csrf': '1' },
      body: JSON.stringify({
        query: 'mutation($email: String!) { devLogin(email: $email) { token viewer { email roles } } }',
        variables: { email: demo?.email },
      }),
    });
    const body = (await response.json()) as {
      data: { devLogin: { viewer: { email: string; roles: string[] } } };
    };
    expect(body.data.devLogin.viewer.email).toBe(demo?.email);
    expect(body.data.devLogin.viewer.roles).toEqual(expect.arrayContaining(['employee', 'compliance_head']));
  });

  it('compresses a large GraphQL answer for a browser that accepts it, and a small one not at all', async () => {
    const post = async (body: unknown, headers: Record<string, string>) =>
      fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-adal-csrf': '1', ...headers },
        body: JSON.stringify(body),
      });
    const signIn = {
      query: 'mutation($email: String!) { devLogin(email: $email) { token } }',
      variables: { email: 'employee@demo.adal.kz' },
    };
    const small = await post(signIn, { 'accept-encoding': 'br, gzip' });
    expect(small.headers.get('content-encoding')).toBeNull();
    const { data } = (await small.json()) as { data: { devLogin: { token: string } } };

    const courses = {
      query: '{ myAssignments { id course { lessons { title { kk ru en } body { kk ru en } } } } }',
    };
    const signedIn = { authorization: `Bearer ${data.devLogin.token}` };
    const plain = await post(courses, { ...signedIn, 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);

    const compressed = await post(courses, { ...signedIn, 'accept-encoding': 'br, gzip' });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toMatch(/accept-encoding/i);
    // fetch undoes the compression: the same answer arrives.
    expect(await compressed.text()).toBe(text);
  });

  it('merges the shared entries with the built plugins into /importmap.json, revalidated on each use', async () => {
    const response = await fetch(`${gateway.url}/importmap.json`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${gateway.url}/importmap.json`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(await response.json()).toEqual({
      imports: { vue: '/vendor/vue.js', '@adal/plugin-training': '/plugins/training/plugin.js' },
    });
  });

  it('takes the plugin entries from ADAL_IMPORT_MAP when set, re-read on every request', async () => {
    const mapFile = join(rootDir, 'deploy-map.json');
    await writeJson(mapFile, {
      imports: { '@adal/plugin-training': 'https://cdn.example.kz/training/0.2.0/plugin.js' },
    });
    const switched = await startGateway({
      port: 0,
      databaseUrl: database.databaseUrl,
      rootDir,
      importMapFile: mapFile,
    });
    try {
      const first = (await (await fetch(`${switched.url}/importmap.json`)).json()) as {
        imports: Record<string, string>;
      };
      expect(first.imports).toEqual({
        vue: '/vendor/vue.js',
        '@adal/plugin-training': 'https://cdn.example.kz/training/0.2.0/plugin.js',
      });
      await writeJson(mapFile, {
        imports: { '@adal/plugin-training': 'https://cdn.example.kz/training/0.3.0/plugin.js' },
      });
      const second = (await (await fetch(`${switched.url}/importmap.json`)).json()) as {
        imports: Record<string, string>;
      };
      expect(second.imports['@adal/plugin-training']).toBe('https://cdn.example.kz/training/0.3.0/plugin.js');
    } finally {
      await switched.close();
    }
  });

  it('serves the shell page for any client route with the import map inlined', async () => {
    const response = await fetch(`${gateway.url}/training/courses`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(html).not.toContain('<!-- adal:importmap -->');
    expect(html).toContain(
      '<script type="importmap">{"imports":{"vue":"/vendor/vue.js","@adal/plugin-training":"/plugins/training/plugin.js"}}</script>',
    ); // With the development login on, the page offers the development tools (the kit's style sheet).
    expect(html).toContain('<meta name="adal-dev-tools" content="on" />');
  });

  it('answers a reload of the unchanged shell page with 304, and a changed one in full', async () => {
    const first = await fetch(`${gateway.url}/`, { headers: { accept: 'text/html' } });
    const etag = first.headers.get('etag') ?? '';
    const reload = await fetch(`${gateway.url}/`, {
      headers: { accept: 'text/html', 'if-none-match': etag },
    });
    expect(reload.status).toBe(304);
    expect(reload.headers.get('cache-control')).toBe('no-cache');
    const stale = await fetch(`${gateway.url}/`, {
      headers: { accept: 'text/html', 'if-none-match': '"an-older-import-map"' },
    });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toContain('importmap');
  });

  it('serves the training certificate verification page beside the training client routes', async () => {
    const response = await fetch(`${gateway.url}/training/verify/ZZZZ-ZZZZ-ZZZZ?lang=en`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('No certificate has this code');
  });

  it("serves the declarations' routes beside their client routes: a supplier's page, the exports", async () => {
    const supplier = await fetch(`${gateway.url}/declarations/supplier/no-such-link?lang=en`);
    expect(supplier.status).toBe(404);
    expect(supplier.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await supplier.text()).not.toContain('importmap');
    // Signed out, the exports are refused by the gateway, not answered with the shell's page.
    for (const path of [
      '/declarations/conflicts/register.xlsx',
      '/declarations/campaigns/00000000-0000-4000-8000-000000000000/progress.xlsx',
      '/declarations/gifts/register.xlsx',
      '/declarations/financial/status.xlsx',
      '/declarations/foreign-accounts/tax-requests/00000000-0000-4000-8000-000000000000.csv',
    ]) {
      expect((await fetch(`${gateway.url}${path}`)).status, path).toBe(401);
    }
    const client = await fetch(`${gateway.url}/declarations/campaigns`, { headers: { accept: 'text/html' } });
    expect(await client.text()).toContain('importmap');
  });

  it("serves the culture survey's results export beside the survey's client routes", async () => {
    const path = '/culture/surveys/00000000-0000-4000-8000-000000000000/results.xlsx';
    expect((await fetch(`${gateway.url}${path}`)).status).toBe(401);
    const client = await fetch(`${gateway.url}/culture/surveys/00000000-0000-4000-8000-000000000000`, {
      headers: { accept: 'text/html' },
    });
    expect(await client.text()).toContain('importmap');
  });

  it('serves plugin bundles and shell files with open CORS', async () => {
    const plugin = await fetch(`${gateway.url}/plugins/training/plugin.js`);
    expect(plugin.status).toBe(200);
    expect(plugin.headers.get('access-control-allow-origin')).toBe('*');
    expect(await plugin.text()).toContain('manifest');
    const vendor = await fetch(`${gateway.url}/vendor/vue.js`);
    expect(await vendor.text()).toContain('version');
  });

  it('never serves files outside a plugin dist', async () => {
    const response = await fetch(`${gateway.url}/plugins/training/..%2f..%2f..%2fpackage.json`);
    expect(response.status).toBe(404);
    const missing = await fetch(`${gateway.url}/assets/missing.js`);
    expect(missing.status).toBe(404);
  });
});
