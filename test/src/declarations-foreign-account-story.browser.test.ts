import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '@adal/domain';
import { AdalPage } from './harness/browser';
import { DECLARATIONS_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

// §30.3–§30.5: HR sends the yearly request to the tax authority, records its answer naming the demo
// employee's account abroad, and the first head, HR and the employee are notified at once, with
// the 6 months to prove the account closed.

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('declarations-foreign-account', { imports: () => DECLARATIONS_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

const WIDE = { width: 1366, height: 900 };

function typedDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

describe('a foreign account found', () => {
  it('notifies the first head, HR and the employee at once and sets the 6-month deadline', async () => {
    const employee = await stack.orm.em.fork().findOneOrFail(Person, { email: 'employee@demo.adal.kz' });
    const year = new Date().getFullYear();
    const hr = await AdalPage.open(browser, stack.url, WIDE);
    try {
      const { page } = hr;
      await hr.visit('/declarations/foreign-accounts');
      await signInThroughLoginPage(hr, 'hr@demo.adal.kz');
      await page.getByRole('heading', { name: 'Шетелдік шоттар (§30)', level: 1 }).waitFor();

      await page.getByRole('button', { name: `${year} жылға сұрау дайындау` }).click();
      const request = page.getByRole('listitem').filter({ hasText: `${year} ·` });
      await request.waitFor();
      await request.getByRole('button', { name: 'Жауапты тіркеу' }).click();

      await page.getByLabel('Алынған күні').fill(typedDay(new Date()));
      await page.getByLabel('Жауап нөмірі').fill('№ 12-3/777');
      await page.getByRole('button', { name: 'Анықталған шотты қосу' }).click();
      await page.getByLabel('ЖСН', { exact: true }).fill(employee.iin!);
      await page.getByLabel('Банк', { exact: true }).fill('Bank of Georgia');
      await page.getByLabel('Ел', { exact: true }).fill('Грузия');
      await page.getByRole('button', { name: 'Жауапты тіркеу' }).last().click();

      const row = page.getByRole('row').filter({ hasText: 'Bank of Georgia' });
      await row.waitFor();
      await expect.poll(() => row.getByRole('listitem').count()).toBe(3);
      const text = await row.innerText();
      expect(text).toContain(employee.fullName);
      for (const recipient of ['Бірінші басшы:', 'Кадр қызметі:', 'Қызметкер:'])
        expect(text).toContain(recipient);
      const due = /Жабылуын растау (\d{2})\.(\d{2})\.(\d{4}) дейін/.exec(text);
      expect(due).not.toBeNull();
      const dueOn = Date.UTC(Number(due![3]), Number(due![2]) - 1, Number(due![1]));
      const sixMonths = new Date();
      sixMonths.setMonth(sixMonths.getMonth() + 6);
      const days =
        (dueOn - Date.UTC(sixMonths.getFullYear(), sixMonths.getMonth(), sixMonths.getDate())) / 86_400_000;
      // Six months from today, moved to the next working day when it falls on a day off.
      expect(days).toBeGreaterThanOrEqual(-3);
      expect(days).toBeLessThanOrEqual(4);
    } finally {
      await hr.context.close();
    }

    const head = await AdalPage.open(browser, stack.url, WIDE);
    try {
      await head.visit('/');
      await signInThroughLoginPage(head, 'first@demo.adal.kz');
      const work = head.page.getByRole('region', { name: 'Менің жұмысым' });
      await work.getByText(`Шетелдік банктегі шот анықталды: ${employee.fullName}`).waitFor();
    } finally {
      await head.context.close();
    }

    const own = await AdalPage.open(browser, stack.url, WIDE);
    try {
      await own.visit('/declarations');
      await signInThroughLoginPage(own, 'employee@demo.adal.kz');
      await own.page.getByText(/Bank of Georgia \(Грузия\) банкіндегі шот .* анықталды/).waitFor();
    } finally {
      await own.context.close();
    }
  });
});
