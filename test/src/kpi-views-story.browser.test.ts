import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { COMPLIANCE_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { findLayoutProblems } from './harness/layout';
import { signInThroughLoginPage } from './harness/login';

/**
 * §69, §74 in Kazakh: the head of compliance composes a KPI view on a wide screen — a number
 * widget of the first indicator the catalogue offers — saves it and shares it with the first
 * head's role; the first head reads it on a 360 px phone, its widgets in one column, with no edit
 * controls, nothing cut off and the page's title in sight under the header.
 */
const PHONE = { width: 360, height: 780 };
const TITLE = 'Тоқсандық көрсеткіштер';

let running: BrowserStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('kpi-views-story', { imports: () => ({ ...COMPLIANCE_PLUGIN }) });
  ({ browser } = running);
});

afterAll(async () => {
  await running?.close();
});

describe('a KPI view composed by the head of compliance and read by the first head', () => {
  it('is composed and shared on a wide screen, then read on a phone', async () => {
    const head = await AdalPage.open(browser, running.stack.url);
    try {
      const { page } = head;
      await head.visit('/');
      await signInThroughLoginPage(head, 'head@demo.adal.kz');
      await head.visit('/compliance/kpi-views');
      await page.getByRole('heading', { name: 'Көрсеткіштер тақталары', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Жаңа тақта' }).click();
      await page.getByRole('dialog').getByLabel('Тақтаның атауы').fill(TITLE);
      await page.getByRole('dialog').getByRole('button', { name: 'Құру' }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

      await page.getByRole('button', { name: 'Виджет қосу' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio').first().check();
      await head.checkAccessibility();
      await dialog.getByRole('button', { name: 'Қосу', exact: true }).click();
      await page.getByRole('button', { name: 'Тақтаны сақтау' }).click();
      await page.getByRole('button', { name: 'Өзгерту', exact: true }).waitFor();
      await page.locator('[data-testid="kpi-light"]').first().waitFor();

      await page.getByRole('button', { name: 'Бөлісу' }).click();
      await page.getByRole('dialog').getByLabel('Бірінші басшы').check();
      await page.getByRole('dialog').getByRole('button', { name: 'Бөлісу' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await head.checkAccessibility();
      expect(head.errors).toEqual([]);
    } finally {
      await head.close();
    }

    const first = await AdalPage.open(browser, running.stack.url, PHONE);
    try {
      const { page } = first;
      await first.visit('/');
      await signInThroughLoginPage(first, 'first@demo.adal.kz');
      await first.visit('/compliance/kpi-views');
      await page.getByRole('link', { name: TITLE }).click();
      const heading = page.getByRole('heading', { name: TITLE, level: 1 });
      await heading.waitFor();
      await page.locator('[data-testid="kpi-light"]').first().waitFor();
      expect(await page.getByRole('button', { name: 'Өзгерту', exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Бөлісу' }).count()).toBe(0);
      // The header leaves the screen to the page: the view's title shows in the first half of it.
      const box = await heading.boundingBox();
      expect(box && box.y + box.height).toBeLessThan(PHONE.height / 2);
      expect(await findLayoutProblems(page)).toEqual([]);
      await first.checkAccessibility();
      expect(first.errors).toEqual([]);
    } finally {
      await first.close();
    }
  });
});
