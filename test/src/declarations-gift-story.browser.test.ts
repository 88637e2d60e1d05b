import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, DECLARATIONS_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { dialogCloses } from './harness/dialog';

const EMPLOYEE = 'employee@demo.adal.kz';
const EMPLOYEE_NAME = 'Ерлан Бекұлы Жұмабаев';
const OFFICER = 'compliance@demo.adal.kz';
const GIVER = 'Сәкен Байжанов';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('declarations-gift-story', { imports: () => DECLARATIONS_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

/** A day `offset` days from today in Kazakhstan, as the date field takes it (dd.mm.yyyy). */
function dayTyped(offset: number): string {
  const day = new Date(Date.now() + 5 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

/** Types a day into a date field of a dialog and moves on (Escape would close the dialog too). */
async function typeDay(page: Page, label: string, day: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(day);
  await page.getByLabel(label, { exact: true }).press('Tab');
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Шығу' }).click();
}

describe('the gift story (§17.5)', () => {
  it('a gift received, handed over on day 6, decided in time by the compliance officer', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 780 });
    const { page } = adal;
    try {
      // The employee declares, on a phone, a gift received six days ago from a supplier's manager.
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      await followNavigation(page, 'Менің декларацияларым');
      const mine = page.getByRole('region', { name: 'Менің сыйлықтарым' });
      await mine.waitFor();
      await mine.getByRole('button', { name: 'Декларациялау' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Кім ұсынды').fill(GIVER);
      await dialog.getByLabel('Ұйым').fill('«Дала Логистик» ЖШС');
      await dialog.getByLabel('Себебі').fill('Келісімшартқа қол қою');
      await typeDay(page, 'Күні', dayTyped(-6));
      await dialog.getByLabel('Бағаланған құны').pressSequentially('45000');
      await adal.checkAccessibility();
      await dialog.getByRole('button', { name: 'Декларациялау' }).click();
      await dialogCloses(dialog);

      // Day 6: within the 7 calendar days, the employee records the hand-over.
      const gift = mine.getByTestId('my-gift').filter({ hasText: GIVER });
      await gift.getByText(/дейін тапсыру/).waitFor();
      await gift.getByRole('button', { name: 'Тапсыруды белгілеу' }).click();
      const handOver = page.getByRole('dialog');
      await typeDay(page, 'Тапсырылған күні', dayTyped(0));
      await handOver.getByLabel('Кімге тапсырылды немесе қайда аударылды').fill('Мемлекеттік мүлік комитеті');
      await handOver.getByRole('button', { name: 'Сақтау' }).click();
      await expect.poll(() => gift.getByRole('button', { name: 'Тапсыруды белгілеу' }).count()).toBe(0);
      // The compliance officer finds it in the register, on a laptop, and decides.
      await page.setViewportSize({ width: 1366, height: 900 });
      await signOut(page);
      await signInThroughLoginPage(adal, OFFICER);
      await followNavigation(page, 'Сыйлықтар тізілімі');
      await page.getByLabel('Қызметкер, беруші немесе себеп').fill(GIVER);
      await page.getByRole('button', { name: 'Табу' }).click();
      const row = page.getByRole('row').filter({ hasText: GIVER });
      await row.getByText(EMPLOYEE_NAME).waitFor();
      await adal.checkAccessibility();
      await row.getByRole('button', { name: /Шешім қабылдау/ }).click();
      const decide = page.getByRole('dialog');
      await decide.getByRole('combobox', { name: 'Шешім' }).click();
      await page.getByRole('option', { name: 'Тапсыру', exact: true }).click();
      await decide.getByRole('button', { name: 'Шешім қабылдау' }).click();
      await row.getByText('Мерзімінде').waitFor();

      // The gift's page shows every date: received, handed over on day 6, decided in time.
      await row.getByRole('link', { name: EMPLOYEE_NAME }).click();
      await expect
        .poll(() => page.getByTestId('gift-handed-over').innerText())
        .toContain('Мемлекеттік мүлік комитеті');
      await expect.poll(() => page.getByTestId('gift-decision').innerText()).toContain('Тапсыру');
    } finally {
      await adal.close();
    }
  });
});
