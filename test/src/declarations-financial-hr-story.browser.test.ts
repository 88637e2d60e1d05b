import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Declarant, Person } from '@adal/domain';
import { AdalPage } from './harness/browser';
import { DECLARATIONS_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { findLayoutProblems } from './harness/layout';
import { signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

// §24.1(d), §26, §24.2, §16: HR records a change in who must declare and sees by when its notices
// are due, uploads the receipt a declarant brought on paper, and records the declarant's leaving —
// on a wide screen and on a phone, each dialog accessible.

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;
/** The finance officer the demo lists as a declarant who has neither filed nor left. */
let accountant: string;
let employee: string;

beforeAll(async () => {
  running = await startBrowserStack('declarations-financial-hr', { imports: () => DECLARATIONS_PLUGIN });
  ({ stack, browser } = running);
  const em = stack.orm.em.fork();
  const listed = await em.find(Declarant, { trustManagementSettledOn: null }, { populate: ['person'] });
  accountant = listed[0]!.person.fullName;
  employee = (await em.findOneOrFail(Person, { email: 'employee@demo.adal.kz' })).fullName;
});

afterAll(async () => {
  await running?.close();
});

/** Today in Kazakhstan, as the date field takes it (dd.mm.yyyy). */
function todayTyped(): string {
  const [year, month, date] = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${date}.${month}.${year}`;
}

async function typeDay(page: Page, label: string, day: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(day);
  await page.getByLabel(label, { exact: true }).press('Tab');
}

async function openRegister(adal: AdalPage): Promise<Page> {
  await adal.visit('/declarations/financial');
  await signInThroughLoginPage(adal, 'hr@demo.adal.kz');
  await adal.page
    .getByRole('heading', { name: 'Декларациялар: хабарламалар мен растаулар', level: 1 })
    .waitFor();
  await adal.page.getByRole('group', { name: `Әрекеттер: ${accountant}` }).waitFor();
  return adal.page;
}

describe("HR's financial-declaration records", () => {
  it('§26: records a change in who must declare and shows by when its notices are due', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 1366, height: 900 });
    try {
      const page = await openRegister(adal);
      const changes = page.getByRole('region', { name: /Декларациялау қағидаларының өзгерістері/ });
      await changes.getByRole('button', { name: 'Өзгерісті тіркеу' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/Декларация тапсыруға міндеттілер тізбесі \(§26\)/).check();
      await dialog.getByLabel('Өзгерген акт').fill('Бұйрық № 12');
      await typeDay(page, 'Күшіне енетін күні', todayTyped());
      await dialog.getByRole('combobox', { name: 'Кімге қатысты' }).pressSequentially(employee.slice(0, 5));
      await page.getByRole('option', { name: new RegExp(employee) }).click();
      await adal.checkAccessibility();
      await dialog.getByRole('button', { name: 'Тіркеу', exact: true }).click();

      await expect
        .poll(() => changes.getByRole('status').textContent())
        .toMatch(/Хабарламаларды \d{2}\.\d{2}\.\d{4} дейін жіберу керек/);
      const row = changes.getByRole('row').filter({ hasText: 'Бұйрық № 12' });
      await expect.poll(() => row.textContent()).toContain('1 ішінен 0');
      const pending = page.getByRole('table', { name: 'Жіберілетін хабарламалар' });
      await expect.poll(() => pending.getByRole('row').filter({ hasText: 'Бұйрық № 12' }).count()).toBe(1);
      expect(await findLayoutProblems(page)).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('§24.2, §16: on a phone, uploads the paper receipt and records the departure after confirming it', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 780 });
    try {
      const page = await openRegister(adal);
      const actions = page.getByRole('group', { name: `Әрекеттер: ${accountant}` });
      await actions.getByRole('button', { name: 'Растауды жүктеу' }).click();
      const dialog = page.getByRole('dialog');
      await typeDay(page, 'Тапсырған күні', todayTyped());
      await dialog.getByLabel('Түбіртек (PDF, JPEG немесе PNG, 5 МБ-қа дейін)').setInputFiles({
        name: 'receipt.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n% 270.00 receipt\n'),
      });
      await adal.checkAccessibility();
      expect(await findLayoutProblems(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Жүктеу' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${accountant}: тапсыру растауы тіркелді.` })
        .waitFor();
      await expect.poll(() => actions.getByRole('button', { name: 'Растауды жүктеу' }).count()).toBe(0);

      await actions.getByRole('button', { name: 'Кеткенін тіркеу' }).click();
      await typeDay(page, 'Лауазымнан кеткен күні', todayTyped());
      await dialog.getByRole('button', { name: 'Әрі қарай' }).click();
      await dialog.getByText(`${accountant}: лауазымнан ${todayTyped()} кетті.`).waitFor();
      await adal.checkAccessibility();
      expect(await findLayoutProblems(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Кеткенін тіркеу' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${accountant}: кеткені тіркелді.` })
        .waitFor();
      const pending = page.getByRole('table', { name: 'Жіберілетін хабарламалар' });
      await expect
        .poll(() =>
          pending
            .getByRole('row')
            .filter({ hasText: accountant })
            .filter({ hasText: 'Қызметтен кейін жұмысқа орналасу туралы ескерту' })
            .count(),
        )
        .toBe(1);
      await adal.checkAccessibility();
    } finally {
      await adal.close();
    }
  });
});
