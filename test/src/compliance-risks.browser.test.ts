import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { COMPLIANCE_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';

/**
 * §8–§11, Annex 1: the compliance officer reads the demo's risk register on a phone, adds a risk
 * whose level the form previews, and on a laptop opens the map, where a cell lists its risks; each
 * page in Kazakh and accessible.
 */
const PHONE = { width: 360, height: 780 };
const LAPTOP = { width: 1366, height: 900 };

let running: BrowserStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('compliance-risks', { imports: () => ({ ...COMPLIANCE_PLUGIN }) });
  ({ browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function officer(viewport: { width: number; height: number }): Promise<AdalPage> {
  const adal = await AdalPage.open(browser, running.stack.url, viewport);
  await adal.visit('/');
  await signInThroughLoginPage(adal, 'compliance@demo.adal.kz');
  return adal;
}

describe('the risk register and map', () => {
  it('lists the ranked register on a phone and adds a risk with its level previewed', async () => {
    const adal = await officer(PHONE);
    const { page } = adal;
    try {
      await adal.visit('/compliance/risks');
      await page
        .getByRole('heading', { name: 'Сыбайлас жемқорлық тәуекелдерінің тізілімі', level: 1 })
        .waitFor();
      const table = page.getByRole('table');
      await table.getByText('Тауарларды, жұмыстарды және көрсетілетін қызметтерді сатып алу').waitFor();
      // Ranked by level: the procurement risk re-scored to 5 × 5 leads.
      expect(await table.locator('tbody tr').first().innerText()).toContain('Өте жоғары');
      await adal.checkAccessibility();

      await page.getByRole('button', { name: 'Жаңа тәуекел' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Процесс немесе құжат').fill('Іссапар шығындарын өтеу');
      await dialog.getByLabel('Сыбайлас жемқорлық схемасы').fill('Жалған іссапар құжаттары');
      // A number field takes its value as the person leaves it.
      for (const [label, value] of [
        ['Ықтималдық', '2'],
        ['Жиілік', '4'],
        ['Салдары', '3'],
      ] as const) {
        await dialog.getByLabel(label).fill(value);
        await dialog.getByLabel(label).press('Tab');
      }
      await dialog.getByText('Деңгейі: Жоғары (25 ұпайдан 12)').waitFor();
      await adal.checkAccessibility();
      await dialog.getByRole('button', { name: 'Сақтау' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await table.getByText('Іссапар шығындарын өтеу').waitFor();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('draws the map on a laptop, and a cell lists its risks', async () => {
    const adal = await officer(LAPTOP);
    const { page } = adal;
    try {
      await adal.visit('/compliance/risks/map');
      await page
        .getByRole('heading', { name: 'Сыбайлас жемқорлық тәуекелдерінің картасы', level: 1 })
        .waitFor();
      const cell = page.getByRole('button', { name: /^Тәуекелдер: 1; ықтималдық 5, салдары 5, Өте жоғары$/ });
      await cell.click();
      await page
        .getByTestId('cell-risks')
        .getByText('Тауарларды, жұмыстарды және көрсетілетін қызметтерді сатып алу')
        .waitFor();
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
