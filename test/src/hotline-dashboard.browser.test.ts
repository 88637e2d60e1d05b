import { readFile } from 'node:fs/promises';
import { pdfText } from '@adal/gateway/testing/pdf-text';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, HOTLINE_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

const HEAD = 'head@demo.adal.kz';
const BOARD = 'board@demo.adal.kz';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  // With the hotline's keys the demo organisation holds its hotline cases, one of them by phone.
  running = await startBrowserStack('hotline-dashboard', {
    imports: () => HOTLINE_PLUGIN,
    hotline: true,
  });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

/** The quarter that yesterday fell in, in Kazakhstan (UTC+5): the newest one a report can be made of. */
function currentQuarter(now = new Date()): string {
  const yesterday = new Date(now.getTime() + 5 * 3_600_000 - 86_400_000);
  return `${yesterday.getUTCFullYear()}-Q${Math.floor(yesterday.getUTCMonth() / 3) + 1}`;
}

describe('the hotline dashboard management reads (§69)', () => {
  it('the compliance head reads the trend as a chart and as a table, and downloads the quarterly report', async () => {
    const head = await AdalPage.open(browser, stack.url);
    const { page } = head;
    try {
      await head.visit('/');
      await signInThroughLoginPage(head, HEAD);
      await followNavigation(page, 'Сенім желісінің жиынтығы');
      const trend = page.getByRole('region', { name: 'Айлар бойынша үрдіс' });
      const chart = trend.getByRole('img');
      await chart.waitFor();
      expect(await chart.getAttribute('aria-label')).toMatch(/^Айлар бойынша үрдіс: .+ Түскені \d+/);

      await trend.getByRole('button', { name: 'Кесте түрінде көрсету' }).click();
      const table = trend.getByRole('table', {
        name: 'Түскен айы бойынша хабарламалар және олардың нәтижесі',
      });
      await table.waitFor();
      expect(await chart.isVisible()).toBe(false);
      // The head's figures are exact, and the months add up to the reports received on the same page.
      const received = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
      expect(received.length).toBeGreaterThan(0);
      for (const figure of received) expect(figure.trim()).toMatch(/^\d+$/);
      const total = await page.locator('dt', { hasText: 'Түскен өтініштер' }).locator('+ dd').innerText();
      expect(received.reduce((sum, figure) => sum + Number(figure), 0)).toBe(Number(total));
      await head.checkAccessibility();

      // The quarterly report of the quarter under way, made now and downloaded as PDF.
      const quarter = currentQuarter();
      const [year, number] = quarter.split('-Q');
      const named = `${year} ж. ${number}-тоқсан`;
      await followNavigation(page, 'Сенім желісінің тоқсандық есептері');
      await page.getByRole('heading', { level: 1, name: 'Сенім желісінің тоқсандық есептері' }).waitFor();
      await page.getByText('Тоқсандық есеп әзірге жоқ.').waitFor();
      await page.getByRole('combobox', { name: 'Тоқсан' }).click();
      await page.getByRole('option', { name: named, exact: true }).click();
      await page.getByRole('button', { name: 'Есепті жасау' }).click();
      await page.getByRole('status').getByText(`${named} есебі дайын.`).waitFor();
      await head.checkAccessibility();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `${named} есебін PDF түрінде жүктеп алу` }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`hotline-${quarter}-kk.pdf`);
      const pdf = await readFile(await file.path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain(`Сенім желісінің тоқсандық есебі: ${named}`);
      // The count of reports, a KPI of the registry, as the board reads it: whole days, and withheld
      // when the quarter or its first or last day holds 1 to 4.
      expect(text).toMatch(
        /Сенім желісіне түскен хабарламалар саны \(§69\) (\d+|< 5 \(жасырылған\)) — Мақсат жоқ/,
      );
      expect(text).toMatch(
        /24 сағат ішінде расталған үлесі \(§69\) (\d+(,\d)? %|< 5 \(жасырылған\)|—) 100 %/,
      );
      expect(head.errors).toEqual([]);
    } finally {
      await head.close();
    }
  });

  it('a board member sees a small count as “< 5”, and no way to the cases behind it', async () => {
    const board = await AdalPage.open(browser, stack.url, { width: 360, height: 780 });
    const { page } = board;
    try {
      await board.visit('/');
      await signInThroughLoginPage(board, BOARD);
      await followNavigation(page, 'Сенім желісінің жиынтығы');
      const byChannel = page.getByRole('region', { name: 'Арналар бойынша' });
      await byChannel.getByRole('img').waitFor();
      await byChannel.getByRole('button', { name: 'Кесте түрінде көрсету' }).click();
      // The demo's one phone report.
      const phone = byChannel.getByRole('row', { name: /Телефон/ });
      expect((await phone.innerText()).replace(/\s+/g, ' ').trim()).toBe('Телефон < 5');
      expect(await byChannel.getByRole('table').getByRole('button').count()).toBe(0);
      await board.checkAccessibility();
      expect(board.errors).toEqual([]);
    } finally {
      await board.close();
    }
  });
});
