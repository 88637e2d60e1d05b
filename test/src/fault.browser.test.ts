import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage, launchChromium } from './harness/browser';
import { buildHelloPlugin } from './harness/fixtures';
import { signInThroughLoginPage } from './harness/login';
import { startStack, type TestStack } from './harness/stack';
import { startStaticServer, type StaticServer } from './harness/static-server';

// A bundle that loads and declares itself correctly but throws when single-spa mounts it.
const THROWING_PLUGIN = `
const messages = { kk: {}, ru: {}, en: {} };
export const manifest = { id: 'boom', version: '1', routePrefix: '/boom', navigation: [], kpiWidgets: [], messages };
export async function bootstrap() {}
export async function mount() { throw new Error('the boom plugin cannot start'); }
export async function unmount() {}
`;

let workDir: string;
let cdn: StaticServer;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'adal-fault-'));
  await buildHelloPlugin('1', join(workDir, 'cdn', 'hello-1'));
  await mkdir(join(workDir, 'cdn', 'boom'));
  await writeFile(join(workDir, 'cdn', 'boom', 'plugin.js'), THROWING_PLUGIN);
  cdn = await startStaticServer(join(workDir, 'cdn'));
  stack = await startStack(workDir, {
    '@adal/plugin-hello': `${cdn.origin}/hello-1/plugin.js`,
    '@adal/plugin-missing': `${cdn.origin}/missing/plugin.js`,
    '@adal/plugin-boom': `${cdn.origin}/boom/plugin.js`,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await cdn?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('a broken plugin', () => {
  it('that cannot be loaded shows a translated message in its area while the rest keeps working', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      await adal.visit('/missing');
      await signInThroughLoginPage(adal, 'employee@demo.adal.kz');
      const area = page.locator('#adal-app--adal-plugin-missing');
      const alert = area.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('«missing» бөлімін жүктеу мүмкін болмады');
      await adal.checkAccessibility();

      await page.getByLabel('Тіл').selectOption('ru');
      await expect.poll(() => alert.innerText()).toContain('Не удалось загрузить раздел «missing»');

      await page.getByRole('link', { name: 'Приветствие' }).click();
      await page.getByRole('heading', { name: 'Hello plugin v1' }).waitFor();
      await expect.poll(() => area.isVisible()).toBe(false);

      await page.getByRole('button', { name: 'Выйти' }).click();
      await page.getByRole('heading', { name: 'Вход в систему' }).waitFor();
      await page.getByLabel('Демо-пользователь').selectOption('employee@demo.adal.kz');
      await page.getByRole('button', { name: 'Войти' }).click();
      await page.getByRole('heading', { name: 'Hello plugin v1' }).waitFor();
    } finally {
      await adal.close();
    }
  });

  it('that throws while mounting shows the message in its area and the navigation still works', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      await adal.visit('/boom');
      await signInThroughLoginPage(adal, 'employee@demo.adal.kz');
      const alert = page.locator('#adal-app--adal-plugin-boom').getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('«boom» бөлімі іске қосылмады');
      await adal.checkAccessibility();

      await page.getByRole('link', { name: 'Сәлемдесу', exact: true }).click();
      await page.getByRole('heading', { name: 'Hello plugin v1' }).waitFor();
      await expect.poll(() => alert.isVisible()).toBe(false);
    } finally {
      await adal.close();
    }
  });
});
