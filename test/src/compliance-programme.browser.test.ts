import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { dialogCloses } from './harness/dialog';

/**
 * §2, §53–§63, §67 on the demo holding: the compliance officer finds the standard adopted and
 * published, the service appointed by the board and two of the §67 items missing, and drafts one of
 * them on a laptop; the auditor reads the same page on a phone, with nothing to change.
 */

const COMPLIANCE_PLUGIN = { '@adal/plugin-compliance': '/plugins/compliance/plugin.js' };
const PHONE = { width: 360, height: 780 };
const LAPTOP = { width: 1366, height: 900 };

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('compliance-programme', { imports: () => ({ ...COMPLIANCE_PLUGIN }) });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function open(email: string, viewport: { width: number; height: number }): Promise<AdalPage> {
  const adal = await AdalPage.open(browser, stack.url, viewport);
  await adal.visit('/');
  await signInThroughLoginPage(adal, email);
  await followNavigation(adal.page, 'Стандарт және комплаенс-қызмет');
  await adal.page
    .getByRole('heading', { level: 1, name: 'Сыбайлас жемқорлыққа қарсы стандарт және комплаенс-қызмет' })
    .waitFor();
  return adal;
}

const row = (adal: AdalPage, item: string) => adal.page.getByRole('row').filter({ hasText: item });

describe('the standard and the compliance service', () => {
  it('the compliance officer sees the demo as recorded and drafts a missing §67 procedure', async () => {
    const adal = await open('compliance@demo.adal.kz', LAPTOP);
    const { page } = adal;
    await expect.poll(() => page.getByText('№ 45-ө акт').count()).toBe(1);
    await expect
      .poll(() => page.locator('dt:text-is("Тағайындаған") + dd').textContent())
      .toBe('Директорлар кеңесі');
    await expect.poll(() => page.getByText(/№ ДК-7\/3/).count()).toBe(1);
    await expect.poll(() => page.locator('tr[data-code] .adal-tag', { hasText: /^жоқ$/ }).count()).toBe(2);
    await adal.checkAccessibility();

    await row(adal, 'Қайырымдылық және демеушілік').getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Құжаттың атауы').fill('Демеушілік рәсімінің жобасы');
    await dialog.getByLabel('Мәртебесі').click();
    await page.getByRole('option', { name: 'жоба', exact: true }).click();
    await adal.checkAccessibility();
    await dialog.getByRole('button', { name: 'Сақтау' }).click();
    await dialogCloses(dialog);
    await expect
      .poll(() => row(adal, 'Қайырымдылық және демеушілік').locator('.adal-tag').textContent())
      .toBe('жоба');
    await expect.poll(() => page.locator('tr[data-code] .adal-tag', { hasText: /^жоқ$/ }).count()).toBe(1);
    await adal.close();
  });

  it('the auditor reads it on a phone, nothing wider than the screen and nothing to change', async () => {
    const adal = await open('auditor@demo.adal.kz', PHONE);
    const { page } = adal;
    await expect.poll(() => page.locator('tr[data-code]').count()).toBe(16);
    expect(await page.getByRole('button', { name: 'Өзгерту' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Тағайындауды өзгерту' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await adal.checkAccessibility();
    await adal.close();
  });
});
