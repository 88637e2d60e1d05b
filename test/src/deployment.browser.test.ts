import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage, launchChromium } from './harness/browser';
import { buildHelloPlugin, hashTree } from './harness/fixtures';
import { signInThroughLoginPage } from './harness/login';
import { SHELL_DIST } from './harness/paths';
import { startStack, type TestStack } from './harness/stack';
import { startStaticServer, type StaticServer } from './harness/static-server';

let workDir: string;
let cdn: StaticServer;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'adal-deploy-'));
  // Two independently built versions, published side by side on another origin.
  await buildHelloPlugin('1', join(workDir, 'cdn', 'hello-1'));
  await buildHelloPlugin('2', join(workDir, 'cdn', 'hello-2'));
  cdn = await startStaticServer(join(workDir, 'cdn'));
  stack = await startStack(workDir, { '@adal/plugin-hello': `${cdn.origin}/hello-1/plugin.js` });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await cdn?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('independent deployment', () => {
  it('puts a new plugin version in front of users by changing only its import-map entry', async () => {
    const shellBefore = await hashTree(SHELL_DIST);
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      await adal.visit('/hello');
      await signInThroughLoginPage(adal, 'employee@demo.adal.kz');
      await page.getByRole('heading', { name: 'Hello plugin v1' }).waitFor();
      await adal.checkAccessibility();

      await stack.publishImportMap({ '@adal/plugin-hello': `${cdn.origin}/hello-2/plugin.js` });
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { name: 'Hello plugin v2' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Hello plugin v1' }).count()).toBe(0);
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
    expect(await hashTree(SHELL_DIST)).toEqual(shellBefore);
  });
});
