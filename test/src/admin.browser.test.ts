import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '@adal/domain';
import { AdalPage } from './harness/browser';
import { ADMIN_PLUGIN, HOTLINE_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { followNavigation, openHeaderMenu, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

const ADMIN = 'admin@demo.adal.kz';
const SHOTS = '/tmp/shots/admin';
const HEADER = 'email,full_name,org_unit_path,position';
const GOOD = 'zh.abenova@demo.adal.kz,Жанар Маратқызы Әбенова,Бас кеңсе,Маман';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('admin', { imports: () => ({ ...ADMIN_PLUGIN, ...HOTLINE_PLUGIN }) });
  ({ stack, browser } = running);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await running?.close();
});

function csv(name: string, lines: readonly string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) };
}

const peopleNamed = (email: string) => stack.orm.em.fork().count(Person, { email }, { filters: false });

describe('the administration plugin', () => {
  it('checks a staff file row by row, imports nothing while a row is bad, then imports the fixed file', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 1366, height: 900 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, ADMIN);
      await followNavigation(page, 'Қызметкерлерді жүктеу');
      await page.getByRole('heading', { name: 'Қызметкерлерді жүктеу', level: 1 }).waitFor();
      await adal.checkAccessibility();

      // Row 2 has a mistyped e-mail; row 3 is right.
      await page
        .locator('#import-file')
        .setInputFiles(csv('staff.csv', [HEADER, 'not-an-email,Қате Жол,Бас кеңсе,Маман', GOOD]));
      expect(await page.getByText('staff.csv').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Файлды тексеру' }).click();
      const problems = page.getByRole('table', { name: 'Жолдар бойынша қателер' });
      await problems.waitFor();
      const cells = await problems.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
      expect(cells).toEqual(['2', 'Эл. пошта', '«not-an-email» — электрондық пошта мекенжайы емес.']);
      expect(
        await page.getByText('Қателер: 1. Барлық жол түзетілмейінше ештеңе жүктелмейді.').isVisible(),
      ).toBe(true);
      expect(await page.getByRole('button', { name: 'Жүктеу', exact: true }).count()).toBe(0);
      expect(await peopleNamed('zh.abenova@demo.adal.kz')).toBe(0);
      await adal.checkAccessibility();
      await page.screenshot({ path: `${SHOTS}/import-problems-kk-1366.png`, fullPage: true });

      await page.locator('#import-file').setInputFiles(csv('staff-fixed.csv', [HEADER, GOOD]));
      await page.getByRole('button', { name: 'Файлды тексеру' }).click();
      await page.getByText('Қате жоқ. Файлды жүктеуге болады.').waitFor();
      await page
        .getByRole('table', { name: 'Файлдағы қызметкерлер' })
        .getByText('zh.abenova@demo.adal.kz')
        .waitFor();
      await adal.checkAccessibility();
      await page.getByRole('button', { name: 'Жүктеу', exact: true }).click();
      await page.getByText(/^Жүктелген жолдар: 1\./).waitFor();
      expect(await peopleNamed('zh.abenova@demo.adal.kz')).toBe(1);
      await adal.checkAccessibility();

      await page.getByRole('link', { name: 'Қызметкерлер тізіміне өту' }).click();
      await page.getByRole('heading', { name: 'Қызметкерлер', level: 1 }).waitFor();
      await page.getByLabel('Аты-жөні, эл. пошта немесе ЖСН').fill('Әбенова Жанар');
      const table = page.getByRole('table', { name: 'Қызметкерлер' });
      await expect.poll(() => table.getByRole('row').count()).toBe(2);
      expect(await table.getByRole('row').nth(1).innerText()).toContain('zh.abenova@demo.adal.kz');
      await adal.checkAccessibility();
      await page.screenshot({ path: `${SHOTS}/people-kk-1366.png`, fullPage: true });

      await page.getByRole('button', { name: 'Басқару: Жанар Маратқызы Әбенова' }).click();
      await page.getByRole('dialog').getByRole('heading', { name: 'Рөлдері' }).waitFor();
      await adal.checkAccessibility();
      await page.screenshot({ path: `${SHOTS}/person-kk-1366.png` });
      await page.getByRole('button', { name: 'Өшіру' }).first().click();
      await page.getByText('Қызметкер жүйеге кіре алмайды').waitFor();
      await adal.checkAccessibility();
      await page.screenshot({ path: `${SHOTS}/deactivate-kk-1366.png` });
      await page.getByRole('button', { name: 'Бас тарту' }).click();
      await page.keyboard.press('Escape');

      await followNavigation(page, 'Бөлімшелер');
      await page.getByRole('heading', { name: 'Бөлімшелер', level: 1 }).waitFor();
      await page.getByRole('table', { name: 'Бөлімшелер' }).getByRole('link').first().waitFor();
      await adal.checkAccessibility();
      await page.screenshot({ path: `${SHOTS}/org-units-kk-1366.png`, fullPage: true });
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('fits a 360-px phone in Kazakh and Russian', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 740 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, ADMIN);
      const pages = [
        ['/admin/people', 'people'],
        ['/admin/import', 'import'],
        ['/admin/org-units', 'org-units'],
      ] as const;
      for (const locale of ['kk', 'ru'] as const) {
        if (locale === 'ru') {
          await openHeaderMenu(page);
          await page.getByLabel('Тіл').selectOption('ru');
          await page
            .getByRole('button', { name: 'Выйти', includeHidden: true })
            .waitFor({ state: 'attached' });
        }
        for (const [path, name] of pages) {
          await adal.visit(path);
          await page.locator('h1').first().waitFor();
          await page.locator('.adal-table-grid, .adal-admin form').first().waitFor();
          await adal.checkAccessibility();
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            `${path} ${locale}`,
          ).toBeLessThanOrEqual(360);
          await page.screenshot({ path: `${SHOTS}/${name}-${locale}-360.png`, fullPage: true });
        }
        await adal.visit('/admin/import');
        await page
          .locator('#import-file')
          .setInputFiles(
            csv('staff.csv', [
              HEADER,
              'x@demo.adal.kz,Қате,Жоқ бөлімше,Маман',
              'x@demo.adal.kz,Екі рет,Бас кеңсе,Маман',
            ]),
          );
        await page.locator('form button[type="submit"]').click();
        await page.locator('.adal-table-grid').first().waitFor();
        await adal.checkAccessibility();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await page.screenshot({ path: `${SHOTS}/import-problems-${locale}-360.png`, fullPage: true });
      }
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
