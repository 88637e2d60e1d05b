import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, TRAINING_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, openHeaderMenu, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

const EMPLOYEE = 'employee@demo.adal.kz';
const TRAINER = 'trainer@demo.adal.kz';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('training', { imports: () => TRAINING_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

describe('the training plugin', () => {
  it('shows an employee their assigned courses and a course with its test on a 360-px phone', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 740 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      await openHeaderMenu(page);
      const nav = page.getByRole('navigation', { name: 'Негізгі навигация' });
      expect(await nav.getByRole('link', { name: 'Оқудан өту' }).count()).toBe(0);
      await nav.getByRole('link', { name: 'Менің оқуым' }).click();
      await page.getByRole('heading', { name: 'Менің оқуым', level: 1 }).waitFor();
      const courses = page.locator('.adal-training article');
      await expect.poll(() => courses.count()).toBeGreaterThan(0);
      await adal.checkAccessibility();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const firstCourse = courses.first().getByRole('heading', { level: 2 }).getByRole('link');
      const title = await firstCourse.innerText();
      await firstCourse.click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Қорытынды тест' }).waitFor();
      await adal.checkAccessibility();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('lets the training administrator drill into an org unit and export the completion', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, TRAINER);
      await followNavigation(page, 'Оқудан өту');
      await page.getByRole('heading', { name: 'Оқудан өту', level: 1 }).waitFor();
      const breadcrumb = page.getByRole('navigation', { name: 'Ұйымдық құрылым бойынша жол' });
      await breadcrumb.getByRole('listitem').first().waitFor();
      await adal.checkAccessibility();

      const drill = page.getByRole('button', { name: /ашу$/ }).first();
      const unitName = (await drill.innerText()).trim();
      await drill.click();
      await expect.poll(() => breadcrumb.getByRole('listitem').count()).toBe(2);
      expect(await breadcrumb.locator('[aria-current="page"]').innerText()).toBe(unitName);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV жүктеп алу' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
