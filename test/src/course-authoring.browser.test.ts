import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, TRAINING_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';

const TRAINER = 'trainer@demo.adal.kz';

let running: BrowserStack | undefined;
let browser: Browser;
let url: string;

beforeAll(async () => {
  running = await startBrowserStack('course-authoring', { imports: () => TRAINING_PLUGIN });
  browser = running.browser;
  url = running.stack.url;
});

afterAll(async () => {
  await running?.close();
});

describe('course authoring', () => {
  it('lets the training administrator write a course on a 360-px phone: the draft saves itself and previews as a learner sees it', async () => {
    const adal = await AdalPage.open(browser, url, { width: 360, height: 740 });
    const { page } = adal;
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth);
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, TRAINER);
      await followNavigation(page, 'Курстар');
      await page.getByRole('heading', { name: 'Курстар', level: 1 }).waitFor();
      await page.locator('tbody tr').first().waitFor();
      await adal.checkAccessibility();
      expect(await fits()).toBeLessThanOrEqual(360);

      await page.getByRole('button', { name: 'Жаңа курс' }).click();
      const dialog = page.getByRole('dialog', { name: 'Жаңа курс' });
      await dialog.getByRole('combobox', { name: 'Тақырыбы' }).click();
      await page.getByRole('option', { name: 'Сыйлықтар мен қонақжайлылық' }).click();
      await dialog.getByRole('textbox', { name: /^Қазақша/ }).fill('Сыйлықтар ережесі');
      await dialog.getByRole('textbox', { name: /^Орысша/ }).fill('Правила о подарках');
      await dialog.getByRole('button', { name: 'Курсты құру' }).click();

      // The new course opens in its editor; what is typed is saved a moment later.
      await page.getByRole('heading', { name: 'Сыйлықтар ережесі', level: 1 }).waitFor();
      const status = page.getByRole('status').filter({ hasText: /сақтал/ });
      await page.locator('#course-description-kk').fill('Сыйлықтарды қабылдау тәртібі');
      await status.filter({ hasText: /^\d{1,2}:\d{2} сақталды$/ }).waitFor();

      await page.getByRole('button', { name: 'Мәтін', exact: true }).click();
      await page
        .getByRole('textbox', { name: /^Қазақша/ })
        .last()
        .waitFor();
      const lesson = page.locator('.lesson').first();
      await lesson
        .getByRole('group', { name: /Сабақтың атауы/ })
        .getByRole('textbox', { name: /^Қазақша/ })
        .fill('Ереже');
      await lesson
        .getByRole('group', { name: /Сабақтың атауы/ })
        .getByRole('textbox', { name: /^Орысша/ })
        .fill('Правило');
      const body = lesson.getByRole('textbox', { name: 'Мәтін: Қазақша' });
      await body.click();
      await page.keyboard.type('Сыйлықты ');
      await lesson.getByRole('button', { name: 'Жуан' }).first().click();
      await page.keyboard.type('алмаңыз');
      expect(await lesson.getByRole('button', { name: 'Жуан' }).first().getAttribute('aria-pressed')).toBe(
        'true',
      );
      await status.filter({ hasText: /^\d{1,2}:\d{2} сақталды$/ }).waitFor();
      await adal.checkAccessibility();
      expect(await fits()).toBeLessThanOrEqual(360);

      await page.getByRole('button', { name: 'Тыңдаушы ретінде қарау' }).click();
      const preview = page.locator('.preview');
      await preview.getByRole('heading', { name: 'Сыйлықтар ережесі' }).waitFor();
      expect(await preview.locator('.adal-rich-text strong').innerText()).toBe('алмаңыз');
      expect(await preview.getByRole('button', { name: /Тестті бастау/ }).count()).toBe(0);
      await adal.checkAccessibility();
      expect(await fits()).toBeLessThanOrEqual(360);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
