import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, type BrowserStack } from './harness/browser-stack';
import type { TestStack } from './harness/stack';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('kit', { imports: () => ({}) });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

/** Elements that reach past the right edge of the window, outside any box that scrolls them. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (element: Element | null): boolean => {
      for (let at = element; at && at !== document.body; at = at.parentElement) {
        const overflowX = getComputedStyle(at).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
      }
      return false;
    };
    const out = [...document.querySelectorAll('#adal-main *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !scrolls(element.parentElement);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth}px`);
    return out;
  });
}

describe("the kit's style sheet", () => {
  it('draws every piece of the kit on a phone and a laptop without overflow, axe violations or the browser’s blue links, in Kazakh', async () => {
    // Screenshots go where ADAL_SCREENSHOTS says (to compare by eye), else into the stack's work folder.
    const shots = process.env['ADAL_SCREENSHOTS'] ?? join(running.workDir, 'shots');
    await mkdir(shots, { recursive: true });
    for (const width of [360, 1366]) {
      const adal = await AdalPage.open(browser, stack.url, { width, height: 800 });
      const { page } = adal;
      try {
        await adal.visit('/_kit');
        await page.getByRole('heading', { name: 'Компоненттер жинағы', level: 1 }).waitFor();
        await page.getByRole('table').waitFor();
        await adal.checkAccessibility();
        expect(await overflowing(page)).toEqual([]);

        const link = page.getByRole('link', { name: 'Өрістерге өту' });
        expect(await link.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(7, 65, 123)');
        // Secondary buttons are outlined in the primary colour on white, not greyed out.
        const secondary = page.getByRole('button', { name: 'Болдырмау' }).first();
        expect(
          await secondary.evaluate((element) => {
            const style = getComputedStyle(element);
            return [style.backgroundColor, style.color, style.borderTopColor];
          }),
        ).toEqual(['rgb(255, 255, 255)', 'rgb(7, 65, 123)', 'rgb(11, 92, 173)']);
        // The plugin's content starts where the header's does.
        const heading = await page
          .locator('.adal-plugin h1')
          .evaluate((element) => element.getBoundingClientRect().left);
        const brand = await page
          .locator('header .brand')
          .evaluate((element) => element.getBoundingClientRect().left);
        expect(heading).toBe(brand);

        // The calendar speaks Kazakh and starts its weeks on Monday.
        await page.getByRole('button', { name: 'Күнін таңдау' }).first().click();
        const calendar = page.locator('.p-datepicker-panel');
        await calendar.waitFor();
        expect(await calendar.locator('thead th').first().innerText()).toBe('Дү');
        expect(await calendar.locator('.p-datepicker-select-month').innerText()).toMatch(
          /^(Қаңтар|Ақпан|Наурыз|Сәуір|Мамыр|Маусым|Шілде|Тамыз|Қыркүйек|Қазан|Қараша|Желтоқсан)$/,
        );
        await adal.checkAccessibility();
        await page.keyboard.press('Escape');

        await page.screenshot({ path: join(shots, `kit-kk-${width}.png`), fullPage: true });
        expect(adal.errors).toEqual([]);
      } finally {
        await adal.close();
      }
    }
  });
});
