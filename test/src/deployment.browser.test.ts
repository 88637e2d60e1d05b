import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { buildHelloPlugin, hashTree } from './harness/fixtures';
import { signInThroughLoginPage } from './harness/login';
import { SHELL_DIST } from './harness/paths';
import type { TestStack } from './harness/stack';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;
let cdnOrigin: string;

beforeAll(async () => {
  running = await startBrowserStack('deploy', {
    // Two independently built versions, published side by side on another origin.
    publishToCdn: async (cdnDir) => {
      await buildHelloPlugin('1', join(cdnDir, 'hello-1'));
      await buildHelloPlugin('2', join(cdnDir, 'hello-2'));
    },
    imports: (cdn) => ({ '@adal/plugin-hello': `${cdn}/hello-1/plugin.js` }),
  });
  ({ stack, browser, cdnOrigin } = running);
});

afterAll(async () => {
  await running?.close();
});

describe('independent deployment', () => {
  it('puts a new plugin version in front of users by changing only its import-map entry', async () => {
    const shellBefore = await hashTree(SHELL_DIST);
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    try {
      await adal.visit('/hello');
      await signInThroughLoginPage(adal, 'employee@demo.adal.kz');
      await page.getByRole('heading', { name: 'Hello plugin v1' }).waitFor();
      await adal.checkAccessibility();

      await stack.publishImportMap({ '@adal/plugin-hello': `${cdnOrigin}/hello-2/plugin.js` });
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { name: 'Hello plugin v2' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Hello plugin v1' }).count()).toBe(0);
      // The manifest moved with the bundle: it is read from beside the address the map names.
      expect(requested).toContain(`${cdnOrigin}/hello-2/manifest.json`);
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
    expect(await hashTree(SHELL_DIST)).toEqual(shellBefore);
  });
});
