import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { DECLARATIONS_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { findLayoutProblems } from './harness/layout';
import { signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

// §30.1–§30.2 on a phone and a wide screen: the first head replaces the order naming who has
// access to the foreign-account data; HR finds who has not signed the undertaking and records it.

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('declarations-foreign-access', { imports: () => DECLARATIONS_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1366, height: 900 };
const HR_NAME = 'Жанар Төлегенқызы Сапарова';
const ETHICS_NAME = 'Нұрлан Серікұлы Байжанов';
const FIRST_HEAD_NAME = 'Асхат Ермекұлы Ахметов';

function typedDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

async function expectFitsAndAccessible(adal: AdalPage): Promise<void> {
  expect(await findLayoutProblems(adal.page)).toEqual([]);
  await adal.checkAccessibility();
}

describe('the foreign-account access order and undertakings', () => {
  it('the first head replaces the order on a phone, after reading back whom it names', async () => {
    const head = await AdalPage.open(browser, stack.url, PHONE);
    const { page } = head;
    try {
      await head.visit('/declarations/foreign-accounts');
      await signInThroughLoginPage(head, 'first@demo.adal.kz');
      const section = page.getByRole('region', {
        name: 'Шетелдік шоттар туралы деректерге қол жеткізу (§30.1)',
      });
      await section.getByText(/№ 7-Ө бұйрық/).waitFor();
      await expect.poll(() => section.getByRole('listitem').allInnerTexts()).toEqual([HR_NAME]);
      await expectFitsAndAccessible(head);

      await section.getByRole('button', { name: 'Жаңа бұйрықты тіркеу' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Бұйрықтың нөмірі').fill('12-Ө');
      await dialog.getByLabel('Бұйрықтың күні').fill(typedDay(new Date()));
      await dialog.getByRole('combobox', { name: 'Қол жеткізе алатын адамдар' }).fill('Байжанов');
      await page.getByRole('option', { name: new RegExp(ETHICS_NAME) }).click();
      await dialog.getByRole('button', { name: 'Жалғастыру' }).click();
      await dialog.getByText(`мына адамдарға береді: ${HR_NAME}, ${ETHICS_NAME}.`).waitFor();
      await dialog.getByText(/№ 7-Ө бұйрықтың орнына келеді/).waitFor();
      await expectFitsAndAccessible(head);

      await dialog.getByRole('button', { name: 'Бұйрықты тіркеу' }).click();
      await section.getByText('Бұйрық тіркелді және күшіне енді.').waitFor();
      await section.getByText(new RegExp(`№ 12-Ө бұйрық, қол қойған: ${FIRST_HEAD_NAME}`)).waitFor();
      await expect.poll(() => section.getByRole('listitem').allInnerTexts()).toEqual([HR_NAME, ETHICS_NAME]);
      await expectFitsAndAccessible(head);
    } finally {
      await head.close();
    }
  });

  it('HR finds who has not signed the undertaking and records it, on a wide screen and a phone', async () => {
    const hr = await AdalPage.open(browser, stack.url, WIDE);
    const { page } = hr;
    try {
      await hr.visit('/declarations/foreign-accounts');
      await signInThroughLoginPage(hr, 'hr@demo.adal.kz');
      const section = page.getByRole('region', { name: 'Шетелдік шот ұстамау туралы міндеттемелер (§30.2)' });
      await section.getByText(/адамнан 1 адам қол қойды/).waitFor();
      await section.getByLabel('Тек қол қоймағандар').check();
      const rows = section.locator('tbody tr');
      await expect.poll(() => rows.allInnerTexts()).not.toContainEqual(expect.stringContaining('Жұмабаев'));
      await expect.poll(() => rows.allInnerTexts()).toContainEqual(expect.stringContaining(FIRST_HEAD_NAME));
      await hr.checkAccessibility();

      await section
        .getByRole('button', { name: `Қол қойылған міндеттемені тіркеу: ${FIRST_HEAD_NAME}` })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Қол қойылған күні').fill(typedDay(new Date()));
      await hr.checkAccessibility();
      await dialog.getByRole('button', { name: 'Тіркеу', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await section.getByText(/адамнан 2 адам қол қойды/).waitFor();
      await expect
        .poll(() => rows.allInnerTexts())
        .not.toContainEqual(expect.stringContaining(FIRST_HEAD_NAME));
      await hr.checkAccessibility();

      await page.setViewportSize(PHONE);
      await section.getByLabel('Тек қол қоймағандар').uncheck();
      await expect.poll(() => rows.allInnerTexts()).toContainEqual(expect.stringContaining(FIRST_HEAD_NAME));
      await expectFitsAndAccessible(hr);
    } finally {
      await hr.close();
    }
  });
});
