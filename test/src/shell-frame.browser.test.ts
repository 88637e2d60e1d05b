import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import {
  ADMIN_PLUGIN,
  HOTLINE_PLUGIN,
  startBrowserStack,
  TRAINING_PLUGIN,
  type BrowserStack,
} from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

// The compliance head sees the most entries of any demo role: training and the whole hotline.
const HEAD = 'head@demo.adal.kz';
const EMPLOYEE = 'employee@demo.adal.kz';
const SETTINGS_TITLE = 'Сенім желісінің баптаулары';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('shell-frame', {
    imports: () => ({ ...TRAINING_PLUGIN, ...HOTLINE_PLUGIN, ...ADMIN_PLUGIN }),
  });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

function headerHeight(page: Page): Promise<number> {
  return page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height);
}

describe('the frame around every plugin', () => {
  it('keeps the busiest header to one line on a phone and on a laptop, grouped by plugin', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 740 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, HEAD);
      await page.getByRole('heading', { level: 1, name: /Қош келдіңіз/ }).waitFor();
      expect(await page.title()).toBe('Басты бет — Adal');
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);

      const menu = page.getByRole('button', { name: 'Мәзір' });
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      const nav = page.getByRole('navigation', { name: 'Негізгі навигация' });
      // On a phone each plugin's name heads its pages; nothing more to open.
      expect(await nav.getByRole('list', { name: 'Сенім желісі' }).getByRole('link').allInnerTexts()).toEqual(
        [
          'Сенім желісінің өтініштері',
          'Сенім желісінің жиынтығы',
          'Сенім желісінің тоқсандық есептері',
          'Өтініш берушілерді қорғау',
          SETTINGS_TITLE,
          'Форма сұрақтары',
        ],
      );
      // My training, completion, knowledge gaps, assignments, sessions, courses, certificates.
      expect(await nav.getByRole('list', { name: 'Оқыту' }).getByRole('link').count()).toBe(7);
      expect(await page.getByRole('button', { name: 'Шығу' }).isVisible()).toBe(true);
      expect(await page.getByLabel('Тіл').isVisible()).toBe(true);
      await adal.checkAccessibility();

      await nav.getByRole('link', { name: SETTINGS_TITLE }).click();
      await page.getByRole('heading', { level: 1, name: SETTINGS_TITLE }).waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      expect(await page.title()).toBe(`${SETTINGS_TITLE} — Сенім желісі — Adal`);
      const current = page.locator('nav a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.getAttribute('href')).toBe('/hotline/settings');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await adal.checkAccessibility();

      // A laptop: the same header on one line, each plugin's pages behind its own button.
      await page.setViewportSize({ width: 1366, height: 768 });
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      const hotline = nav.getByRole('button', { name: 'Сенім желісі' });
      expect(await hotline.getAttribute('aria-current')).toBe('true');
      expect(await hotline.getAttribute('aria-expanded')).toBe('false');
      await hotline.click();
      expect(await hotline.getAttribute('aria-expanded')).toBe('true');
      await nav.getByRole('link', { name: SETTINGS_TITLE }).waitFor();
      await adal.checkAccessibility();
      await page.keyboard.press('Escape');
      expect(await hotline.getAttribute('aria-expanded')).toBe('false');
      expect(await hotline.evaluate((button) => button === document.activeElement)).toBe(true);

      await page.getByLabel('Тіл').selectOption('ru');
      await expect.poll(() => page.title()).toBe('Настройки линии доверия — Линия доверия — Adal');
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('refuses a page plainly, and brings a person whose session ended back to it after signing in', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      // An employee at the settings page: the not-allowed state, none of the page's controls.
      await adal.visit('/hotline/settings');
      await signInThroughLoginPage(adal, EMPLOYEE);
      await page.getByRole('heading', { level: 1, name: 'Бұл бетке рұқсатыңыз жоқ' }).waitFor();
      expect(await page.getByRole('button', { name: 'Баптауларды сақтау' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Қайталау' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Басты бетке оралу' }).isVisible()).toBe(true);
      expect(await page.title()).toBe('Бұл бетке рұқсатыңыз жоқ — Сенім желісі — Adal');
      await adal.checkAccessibility();

      await page.getByRole('button', { name: 'Шығу' }).click();
      await signInThroughLoginPage(adal, HEAD);
      await page.getByRole('heading', { level: 1, name: SETTINGS_TITLE }).waitFor();

      // The token stops being good (here: its signature no longer matches) while the page is open.
      await page.evaluate(() => {
        const token = sessionStorage.getItem('adal.token') ?? '';
        const at = token.lastIndexOf('.') + 5;
        const swapped = token[at] === 'A' ? 'B' : 'A';
        sessionStorage.setItem('adal.token', `${token.slice(0, at)}${swapped}${token.slice(at + 1)}`);
      });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' }).waitFor();
      const reason = page.getByRole('alert').filter({ hasText: 'Сеансыңыз аяқталды' });
      await reason.waitFor();
      expect(await page.title()).toBe('Жүйеге кіру — Adal');
      expect(new URL(page.url()).pathname).toBe('/hotline/settings');
      await adal.checkAccessibility();

      await signInThroughLoginPage(adal, HEAD);
      await page.getByRole('heading', { level: 1, name: SETTINGS_TITLE }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/hotline/settings');
      expect(await reason.count()).toBe(0);
    } finally {
      await adal.close();
    }
  });
});
