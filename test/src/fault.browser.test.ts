import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { buildHelloPlugin } from './harness/fixtures';
import { signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

// A bundle that loads and declares itself correctly but throws when single-spa mounts it.
const THROWING_PLUGIN = `
const messages = { kk: {}, ru: {}, en: {} };
export const manifest = { id: 'boom', version: '1', routePrefix: '/boom', navigation: [], kpiWidgets: [], messages };
export async function bootstrap() {}
export async function mount() { throw new Error('the boom plugin cannot start'); }
export async function unmount() {}
`;

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('fault', {
    publishToCdn: async (cdnDir) => {
      await buildHelloPlugin('1', join(cdnDir, 'hello-1'));
      await mkdir(join(cdnDir, 'boom'));
      await writeFile(join(cdnDir, 'boom', 'plugin.js'), THROWING_PLUGIN);
    },
    imports: (cdn) => ({
      '@adal/plugin-hello': `${cdn}/hello-1/plugin.js`,
      '@adal/plugin-missing': `${cdn}/missing/plugin.js`,
      '@adal/plugin-boom': `${cdn}/boom/plugin.js`,
    }),
  });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
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
