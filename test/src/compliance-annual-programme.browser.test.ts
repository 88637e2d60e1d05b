import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { COMPLIANCE_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';

/**
 * §64–§66 on a phone: the compliance officer reads the demo's one-year programme by its directions
 * with its presentation to management, then answers the last aspect of the initial assessment
 * (the interviews, §64.13) one step at a time and completes it; in Kazakh, accessible, and never
 * wider than the screen.
 */
const PHONE = { width: 360, height: 780 };
const YEAR = Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric' }));

let running: BrowserStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('compliance-annual-programme', {
    imports: () => ({ ...COMPLIANCE_PLUGIN }),
  });
  ({ browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function officer(): Promise<AdalPage> {
  const adal = await AdalPage.open(browser, running.stack.url, PHONE);
  await adal.visit('/');
  await signInThroughLoginPage(adal, 'compliance@demo.adal.kz');
  return adal;
}

const overflow = (adal: AdalPage) =>
  adal.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the one-year programme and the initial assessment on a phone', () => {
  it('reads the programme by directions, then completes the assessment step by step', async () => {
    const adal = await officer();
    const { page } = adal;
    try {
      await adal.visit('/compliance/annual-programme');
      await page
        .getByRole('heading', { name: `${YEAR} жылға арналған комплаенс-бағдарлама`, level: 1 })
        .waitFor();
      await page.getByRole('heading', { name: 'Көшбасшылық (§66)' }).waitFor();
      await page.getByText('Сенімхаттар тізілімін енгізу').waitFor();
      await page.getByText('2 шақырылғанның 1 қатысты').waitFor();
      expect(await overflow(adal)).toBeLessThanOrEqual(0);
      await adal.checkAccessibility();

      await adal.visit('/compliance/assessment');
      await page.getByText('13 аспектінің 12-і').waitFor();
      await page.getByRole('heading', { name: 'Ұйымның негізгі қызметі', level: 2 }).waitFor();
      for (let step = 1; step < 13; step++) await page.getByRole('button', { name: 'Келесі' }).click();
      await page.getByRole('heading', { name: 'Қызметкерлермен сұхбат', level: 2 }).waitFor();
      await page.getByLabel('Жетілдіруді қажет етеді').check();
      await page.getByLabel('Не анықталды').fill('Негізгі қызметкерлермен сұхбат өткізілмеген');
      await page.getByRole('button', { name: 'Жауапты сақтау' }).click();
      await page.getByText('13 аспектінің 13-і').waitFor();
      expect(await overflow(adal)).toBeLessThanOrEqual(0);
      await adal.checkAccessibility();
      await page.getByRole('button', { name: 'Бағалауды аяқтау' }).click();
      await page.getByText('Бағалау аяқталды.', { exact: false }).waitFor();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
