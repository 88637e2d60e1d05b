import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../start-gateway.js';

const INTAKE_HTML =
  '<!doctype html><html><head><script type="module" src="/plugins/hotline/intake/assets/intake.js"></script></head></html>';
const SHELL_HTML = '<!doctype html><html><head><!-- adal:importmap --></head><body>shell</body></html>';

let database: TestDatabase;
let built: RunningGateway;
let unbuilt: RunningGateway;
let rootDir: string;
let emptyRoot: string;

beforeAll(async () => {
  database = await createTestDatabase();
  rootDir = await mkdtemp(join(tmpdir(), 'adal-intake-'));
  emptyRoot = await mkdtemp(join(tmpdir(), 'adal-intake-empty-'));
  await mkdir(join(rootDir, 'shell/dist'), { recursive: true });
  await writeFile(join(rootDir, 'shell/dist/index.html'), SHELL_HTML);
  await writeFile(join(rootDir, 'shell/dist/importmap.shared.json'), '{"imports":{}}');
  await mkdir(join(rootDir, 'plugins/hotline/dist/intake/assets'), { recursive: true });
  await writeFile(join(rootDir, 'plugins/hotline/dist/intake/index.html'), INTAKE_HTML);
  await writeFile(join(rootDir, 'plugins/hotline/dist/intake/assets/intake.js'), 'export {};');
  const common = { port: 0, databaseUrl: database.databaseUrl, jobs: false as const };
  built = await startGateway({ ...common, rootDir });
  unbuilt = await startGateway({ ...common, rootDir: emptyRoot });
});

afterAll(async () => {
  await built?.close();
  await unbuilt?.close();
  await database?.drop();
  await rm(rootDir, { recursive: true, force: true });
  await rm(emptyRoot, { recursive: true, force: true });
});

/** Exactly the security headers of the HTTP contract (hotline-http.md). */
function expectIntakeSecurityHeaders(headers: Headers): void {
  expect(headers.get('content-security-policy')).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
  );
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cache-control')).toBe('no-store');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');
}

describe('the public intake page', () => {
  it('is served at /report as its own page, never the shell, with headers that forbid framing and foreign resources', async () => {
    const response = await fetch(`${built.url}/report`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectIntakeSecurityHeaders(response.headers);
    expect(await response.text()).toBe(INTAKE_HTML);
  });

  it('serves its client routes and language choice from the same page', async () => {
    for (const path of ['/report/', '/report/follow-up', '/report?lang=ru']) {
      const response = await fetch(`${built.url}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expectIntakeSecurityHeaders(response.headers);
      expect(await response.text()).toBe(INTAKE_HTML);
    }
  });

  it('serves the intake bundle from the hotline package', async () => {
    const response = await fetch(`${built.url}/plugins/hotline/intake/assets/intake.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {};');
  });

  it('leaves the staff pages under /hotline to the shell', async () => {
    const response = await fetch(`${built.url}/hotline/cases`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('shell');
  });

  it('answers 503 with the same headers while the intake is not built', async () => {
    const response = await fetch(`${unbuilt.url}/report`);
    expect(response.status).toBe(503);
    expectIntakeSecurityHeaders(response.headers);
    expect(await response.text()).toContain('not built');
  });
});
