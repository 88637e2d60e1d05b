import { readFile } from 'node:fs/promises';
import { pdfText } from '@adal/gateway/testing/pdf-text';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, HOTLINE_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

// Case work at scale, as the compliance head does it: she narrows the queue, labels a case from
// the list, opens it, reads its parts in tabs and its history, and takes it out as a PDF for the
// file — without the open reporter's name, which she may not read.

const HEAD = 'head@demo.adal.kz';
/** The demo's open reporter, who called the hotline (hotline-demo.ts). */
const REPORTER = 'Серік Болатұлы Әбдірахманов';
const LABEL = 'табель';
const PHONE = { width: 360, height: 780 };

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  // The demo's hotline cases are seeded only with the hotline's keys.
  running = await startBrowserStack('hotline-casework', {
    imports: () => HOTLINE_PLUGIN,
    hotline: true,
  });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('case work at scale', () => {
  it('the compliance head filters the queue, labels a case, reads it in tabs with its history, and exports it without the reporter', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, HEAD);
      await followNavigation(page, 'Сенім желісінің өтініштері');

      // 1. Only the reports that came by phone: the demo has one, the caller's.
      await choose(page, 'Арна', 'Телефон');
      const rows = page.locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(1);
      const number = (await rows.first().getByRole('link').innerText()).trim();
      expect(number).toMatch(/^HL-\d{4}-\d{4}$/);

      // 2. She ticks it and labels it from the list; the result says what became of it.
      await page.getByRole('checkbox', { name: `${number} ісін таңдау` }).check();
      await page.getByText('Таңдалған істер: 1').waitFor();
      await page.getByLabel('Таңдалғандарға белгі қосу').fill(LABEL);
      await page.getByRole('button', { name: 'Белгіні қосу' }).click();
      const results = page.getByRole('region', { name: 'Әр іс бойынша нәтиже' });
      await results.getByText(`${number} — Орындалды`).waitFor();
      await rows.first().getByText(LABEL, { exact: true }).waitFor();

      // The label narrows the queue too.
      await page.getByLabel('Белгі', { exact: true }).fill(LABEL);
      await page.getByLabel('Белгі', { exact: true }).press('Enter');
      await expect.poll(() => rows.count()).toBe(1);
      await adal.checkAccessibility();

      // 3. The case in tabs; its history lists every step, the labelling last.
      await rows.first().getByRole('link').click();
      await page.getByRole('heading', { name: number, level: 1 }).waitFor();
      const tabs = page.getByRole('tablist', { name: 'Іс бөлімдері' });
      await tabs.getByRole('tab', { name: 'Шолу' }).waitFor();
      expect(await tabs.getByRole('tab').allInnerTexts()).toEqual([
        'Шолу',
        'Хат алмасу',
        'Жазбалар',
        'Қорытындылар мен ұсыныстар',
        'Қорғау',
        'Тарих',
      ]);
      await page.getByRole('tab', { name: 'Тарих' }).click();
      const history = page.getByTestId('case-timeline');
      await history.getByText('Белгілер өзгертілді').waitFor();
      await history.getByText(`қосылды: ${LABEL}`).waitFor();
      await history.getByText('Кейс тағайындалды').waitFor();
      await adal.checkAccessibility();

      // By keyboard: from the selected tab, the arrow keys move between tabs and Enter opens one.
      await page.getByRole('tab', { name: 'Тарих' }).focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('tab', { name: 'Хат алмасу' }).getAttribute('aria-selected'))
        .toBe('true');
      await page.getByRole('heading', { name: 'Өтініш берушімен хат алмасу', level: 2 }).waitFor();

      // On a phone the tabs stay in reach and the page does not scroll sideways.
      await page.setViewportSize(PHONE);
      await page.getByRole('tab', { name: 'Шолу' }).click();
      await page.getByRole('button', { name: 'PDF жүктеу' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );

      // 4. The PDF for the file: the case number is there, the reporter's name is not.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'PDF жүктеу' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`${number}.pdf`);
      const text = pdfText(await readFile(await file.path()));
      expect(text).toContain(number);
      expect(text).toContain(LABEL);
      expect(text).not.toContain(REPORTER);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
