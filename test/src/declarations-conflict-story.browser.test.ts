import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { DECLARATIONS_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

const EMPLOYEE = 'employee@demo.adal.kz';
const OFFICER = 'compliance@demo.adal.kz';
const FIRST_HEAD = 'first@demo.adal.kz';
const HR = 'hr@demo.adal.kz';
const BROTHER = 'Нұржан Бекұлы Жұмабаев';
const SUPPLIER = 'ТОО «Дала Сервис»';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('declarations-conflict-story', { imports: () => DECLARATIONS_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

/** 31.12.2026, as the pages write a day in Kazakh. */
function written(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Шығу' }).click();
}

/** Signs in by typing an address: the employee's manager is no demo login of the list. */
async function signInByEmail(page: Page, email: string): Promise<void> {
  await page.getByRole('heading', { name: 'Жүйеге кіру' }).waitFor();
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByRole('button', { name: 'Кіру' }).click();
  await page.getByRole('button', { name: 'Шығу', includeHidden: true }).waitFor({ state: 'attached' });
}

const DAY_MS = 86_400_000;

/** A day of Kazakhstan (UTC+5), `days` from today. */
function kazakhstanDay(days = 0): string {
  return new Date(Date.now() + 5 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The notification was made yesterday: its day and its forwarding deadline (3 working days, §15.2)
 * move back one day, as if the clock had run, so that the manager forwards on its second day.
 */
async function madeYesterday(caseId: string): Promise<string> {
  const em = stack.orm.em.fork();
  const yesterday = kazakhstanDay(-1);
  // Three working days from yesterday in the organisation's calendar (its days off and worked weekend days).
  const days = await em.execute<{ date: string; kind: string }[]>(
    `select to_char(h.date, 'YYYY-MM-DD') as date, h.kind from public_holiday h
       where h.organization_id is null
          or h.organization_id = (select organization_id from conflict_of_interest_case where id = ?)`,
    [caseId],
  );
  const off = new Set(days.filter((d) => d.kind === 'day_off').map((d) => d.date));
  const worked = new Set(days.filter((d) => d.kind === 'working_day').map((d) => d.date));
  let due = yesterday;
  for (let left = 3; left > 0;) {
    due = new Date(Date.parse(`${due}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    const weekday = new Date(`${due}T00:00:00Z`).getUTCDay();
    if (!off.has(due) && ((weekday !== 0 && weekday !== 6) || worked.has(due))) left -= 1;
  }
  await em.execute(
    `update conflict_of_interest_case set notified_at = notified_at - interval '1 day', notified_on = ?,
        forward_due_on = ? where id = ?`,
    [yesterday, due, caseId],
  );
  await em.execute(
    `update conflict_register_entry set identified_on = ? where source = 'notification' and source_id = ?`,
    [yesterday, caseId],
  );
  return yesterday;
}

describe('the conflict-of-interest story (§15)', () => {
  it('an employee notifies a conflict with a brother at a supplier; it is forwarded, concluded, decided and the transfer recorded', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      // 1. The employee notifies: the brother declared in their list directs a supplier (Annex 2, case 3).
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      await followNavigation(page, 'Менің декларацияларым');
      await page.getByRole('button', { name: 'Мүдделер қақтығысы туралы хабарлау' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /Типтік жағдай/ }).click();
      await page
        .getByRole('option', {
          name: 'Туыстарынан немесе жеке мүдделі адамдардан тауар мен қызмет сатып алу',
        })
        .click();
      await expect
        .poll(() => dialog.getByText(/конкурстық комиссия жұмысынан бас тарту/).isVisible())
        .toBe(true);
      await dialog.getByRole('combobox', { name: 'Кімге қатысты' }).click();
      await page.getByRole('option', { name: new RegExp(BROTHER) }).click();
      await expect.poll(() => dialog.getByLabel('Контрагент').inputValue()).toBe(SUPPLIER);
      await dialog
        .getByLabel('Қақтығыс неде')
        .fill('Ағам кеңсе тауарлары тендеріне қатысушы компанияның директоры');
      await dialog.getByLabel('Қабылданатын шешім').fill('Кеңсе тауарлары тендерінің жеңімпазын таңдау');
      await adal.checkAccessibility();
      await dialog.getByRole('button', { name: 'Хабарламаны жіберу' }).click();
      const heading = page.getByRole('heading', { level: 1, name: /Мүдделер қақтығысы CI-\d{4}-\d{4}/ });
      await heading.waitFor();
      const number = /CI-\d{4}-\d{4}/.exec((await heading.innerText()) ?? '')?.[0] ?? '';
      const caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await expect.poll(() => page.getByText('Басшыда').first().isVisible()).toBe(true);
      await adal.checkAccessibility();
      await signOut(page);

      // 2. The notification is a day old; the manager forwards it on its second day.
      const notifiedOn = await madeYesterday(caseId);
      const today = kazakhstanDay();
      const [manager] = await stack.orm.em
        .fork()
        .execute<{ email: string }[]>(
          'select m.email from person p join person m on m.id = p.manager_id where p.email = ?',
          [EMPLOYEE],
        );
      await signInByEmail(page, manager!.email);
      await adal.visit(`/declarations/conflicts/${caseId}`);
      await page.getByRole('button', { name: 'Жауапты бөлімшеге жолдау' }).click();
      await page.getByRole('status').getByText('Жолданды.').waitFor();
      await signOut(page);

      // 3. The compliance officer concludes there is a conflict, with the recommendation.
      await signInThroughLoginPage(adal, OFFICER);
      await adal.visit(`/declarations/conflicts/${caseId}`);
      await page.getByRole('radio', { name: 'Мүдделер қақтығысы бар' }).check();
      await page
        .getByLabel('Қорытынды', { exact: true })
        .fill('Тендер комиссиясынан шығару, қызметкерді басқа лауазымға ауыстыру ұсынылады');
      await adal.checkAccessibility();
      await page.getByRole('button', { name: 'Қорытынды беру' }).click();
      await page.getByRole('status').getByText('Қорытынды жазылды.').waitFor();
      await signOut(page);

      // 4. The first head decides: the matter to another person and a transfer to an equivalent post.
      await signInThroughLoginPage(adal, FIRST_HEAD);
      await adal.visit(`/declarations/conflicts/${caseId}`);
      await page.getByRole('checkbox', { name: 'Мәселені басқа адамға тапсыру' }).check();
      await page.getByRole('checkbox', { name: 'Тең дәрежелі лауазымға ауыстыру' }).check();
      await page.getByLabel('Бұйрық немесе негіздеме').fill('Бұйрық № 112-ж');
      await page.getByRole('button', { name: 'Шешімді жазу' }).click();
      await page.getByRole('status').getByText('Шешім жазылды.').waitFor();
      await expect.poll(() => page.getByText('Ауыстыру күтілуде').first().isVisible()).toBe(true);
      await signOut(page);

      // 5. HR records the transfer: the conflict is settled.
      await signInThroughLoginPage(adal, HR);
      await adal.visit(`/declarations/conflicts/${caseId}`);
      await page
        .getByLabel('Тең дәрежелі лауазым және бұйрық')
        .fill('Шаруашылық бөлімінің бас маманы, бұйрық № 113-ж');
      await page.getByRole('button', { name: 'Ауыстыруды белгілеу' }).click();
      await page.getByRole('status').getByText('Ауыстыру белгіленді; қақтығыс реттелді.').waitFor();
      await signOut(page);

      // 6. The register shows it settled, with the day of every step.
      await signInThroughLoginPage(adal, OFFICER);
      await followNavigation(page, 'Мүдделер қақтығысының тізілімі');
      await page.getByLabel('Аты-жөні, контрагент немесе нөмір').fill(number);
      await page.getByRole('button', { name: 'Табу' }).click();
      const row = page.getByRole('row', { name: new RegExp(number) });
      await expect.poll(() => row.count()).toBe(1);
      const cells = await row.locator('th, td').allInnerTexts();
      expect(cells[0]).toBe(number);
      expect(cells[2]).toBe(BROTHER);
      expect(cells[3]).toBe(SUPPLIER);
      // Settled, it offers the compliance service a risk proposed from it (§9.1, §11).
      expect(cells[4]!.split('\n').map((line) => line.trim())).toEqual(['Реттелді', 'Тәуекел ұсыну']);
      expect(cells.slice(5, 11)).toEqual([
        written(notifiedOn),
        written(today),
        written(today),
        written(today),
        written(today),
        written(today),
      ]);
      await adal.checkAccessibility();
    } finally {
      await adal.close();
    }
  });
});
