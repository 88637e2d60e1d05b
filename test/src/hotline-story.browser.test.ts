import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, HOTLINE_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

const HEAD = 'head@demo.adal.kz';
const INVESTIGATOR = 'investigator@demo.adal.kz';
const INVESTIGATOR_NAME = 'Мөлдір Қанатқызы Серікбаева';

const REPORT_TEXT =
  'Начальник отдела закупок требует 5 % «отката» от поставщиков за подписание актов выполненных работ.';
const QUESTION = 'Укажите, пожалуйста, номер договора или хотя бы месяц, когда это было.';
const ANSWER = 'Договор № 17/2026 на ремонт склада, акты подписаны в марте.';
const OUTCOME_MESSAGE = 'Проверка подтвердила нарушение; приняты меры, процедура приёмки работ изменена.';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('hotline-story', { imports: () => HOTLINE_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

interface SeenRequest {
  url: string;
  /** 'document', 'script', 'fetch', … */
  type: string;
  headers: Record<string, string>;
}

/**
 * The reporter's browser: a fresh context that holds a session cookie of the gateway's origin,
 * so the test can prove the intake does not send it. Every request the page makes is kept.
 */
async function reporterBrowser(): Promise<{ context: BrowserContext; page: Page; requests: SeenRequest[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'ru-RU' });
  await context.addCookies([{ name: 'portal_session', value: 'signed-in-person', url: stack.url }]);
  const page = await context.newPage();
  const requests: SeenRequest[] = [];
  const pending: Promise<void>[] = [];
  page.on('request', (request: Request) => {
    pending.push(
      request
        .allHeaders()
        .then((headers) => void requests.push({ url: request.url(), type: request.resourceType(), headers })),
    );
  });
  page.on('close', () => void Promise.all(pending));
  return { context, page, requests };
}

async function openWithReceipt(page: Page, receipt: string): Promise<void> {
  await page.goto(new URL('/report?lang=ru', stack.url).href);
  await page.getByRole('button', { name: 'У меня есть квитанция' }).click();
  await page.getByLabel('Квитанция').fill(receipt);
  await page.getByRole('button', { name: 'Открыть обращение' }).click();
}

async function signOut(adal: AdalPage): Promise<void> {
  await adal.page.getByRole('button', { name: 'Шығу' }).click();
}

/** The hotline's case list, then the case with this number. */
async function openCase(adal: AdalPage, number: string): Promise<void> {
  const { page } = adal;
  await followNavigation(page, 'Сенім желісінің өтініштері');
  await page.getByRole('link', { name: number }).click();
  await page.getByRole('heading', { name: number, level: 1 }).waitFor();
}

/** One part of the case page: its tab. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the hotline story', () => {
  it('an anonymous report gets a receipt, a question and an answer, and the reporter sees the outcome', async () => {
    // 1. The reporter files an anonymous report from a fresh browser, in Russian.
    const reporter = await reporterBrowser();
    const intake = await reporter.page.goto(new URL('/report?lang=ru', stack.url).href);
    expect(intake?.status()).toBe(200);
    expect(intake?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(intake?.headers()['referrer-policy']).toBe('no-referrer');
    const reporterPage = AdalPage.wrap(reporter.context, reporter.page);
    await reporterPage.checkAccessibility();
    await reporter.page.getByRole('button', { name: 'Сообщить' }).click();
    await reporter.page
      .getByLabel('Организация')
      .selectOption({ label: 'Акционерное общество «Адал Холдинг»' });
    await reporter.page.getByRole('radio', { name: /Коррупционные проявления/ }).check();
    await reporter.page.getByLabel(/Что произошло/).fill(REPORT_TEXT);
    await reporter.page.getByLabel(/Кто причастен/).fill('Начальник отдела закупок');
    await expect(reporter.page.getByRole('radio', { name: /Анонимно/ }).isChecked()).resolves.toBe(true);
    await reporterPage.checkAccessibility();
    await reporter.page.getByRole('button', { name: 'Отправить обращение' }).click();

    await reporter.page.getByRole('heading', { name: 'Обращение отправлено' }).waitFor();
    const receipt = (await reporter.page.locator('.receipt .group').allInnerTexts()).join(' ');
    expect(receipt).toMatch(/^(\d{4} ){7}\d{4}$/);
    const number = /HL-\d{4}-\d{4}/.exec(await reporter.page.locator('main').innerText())?.[0] ?? '';
    expect(number).not.toBe('');
    await reporterPage.checkAccessibility();

    // Nothing came from another origin, no request named the page it came from, and the
    // intake's own calls carried none of the credentials the browser held.
    const origin = new URL(stack.url).origin;
    const calls = reporter.requests.filter((request) => request.type === 'fetch');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const request of reporter.requests) {
      expect(new URL(request.url).origin).toBe(origin);
      expect(request.headers['referer']).toBeUndefined();
    }
    for (const call of calls) {
      expect(call.headers['cookie']).toBeUndefined();
      expect(call.headers['authorization']).toBeUndefined();
    }
    expect(reporter.page.url()).not.toContain(receipt.replaceAll(' ', ''));
    await reporter.context.close();

    // 2. The compliance head assigns the case to the investigator.
    const staff = await AdalPage.open(browser, stack.url);
    const { page } = staff;
    try {
      await staff.visit('/');
      await signInThroughLoginPage(staff, HEAD);
      const reportLink = page.getByRole('link', { name: /Бұзушылық туралы хабарлау/ });
      expect(await reportLink.getAttribute('target')).toBe('_blank');
      expect(await reportLink.getAttribute('rel')).toContain('noreferrer');
      await openCase(staff, number);
      // The head reads the report itself.
      await page.getByText(REPORT_TEXT).waitFor();
      await page.getByRole('button', { name: 'Тексерушілерді тағайындау' }).click();
      await page.getByRole('checkbox', { name: INVESTIGATOR_NAME }).check();
      await staff.checkAccessibility();
      await page.getByRole('button', { name: 'Тағайындау', exact: true }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await signOut(staff);

      // 3. The investigator acknowledges the report and asks the reporter a question.
      await signInThroughLoginPage(staff, INVESTIGATOR);
      await openCase(staff, number);
      await page.getByRole('button', { name: 'Қабылданғанын растау' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Растау' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await openTab(page, 'Хат алмасу');
      await page.getByRole('radio', { name: 'Сұрақ' }).check();
      await page.getByLabel('Мәтін').fill(QUESTION);
      await page.getByRole('button', { name: 'Сұрақты жіберу' }).click();
      await page.getByText(QUESTION).waitFor();
      await staff.checkAccessibility();

      // 4. The reporter comes back with the receipt, sees the question and answers it.
      const back = await reporterBrowser();
      await openWithReceipt(back.page, receipt);
      await back.page.getByText(QUESTION).waitFor();
      await back.page.getByLabel('Ваше сообщение').fill(ANSWER);
      await back.page.getByRole('button', { name: 'Отправить', exact: true }).click();
      await back.page.getByText('Сообщение отправлено.').waitFor();
      await back.context.close();

      // 5. The investigator reads the answer, records the findings and a recommendation, and closes the case.
      await page.reload();
      await openTab(page, 'Хат алмасу');
      await page.getByText(ANSWER).waitFor();
      await openTab(page, 'Қорытындылар мен ұсыныстар');
      await page.getByRole('button', { name: 'Қорытындыларды жазу' }).click();
      await page
        .getByLabel('Қорытындылар', { exact: true })
        .fill('Факт отката подтверждён актами и показаниями.');
      await choose(page, 'Нәтиже', 'Расталды');
      await page.getByRole('button', { name: 'Қорытындыларды сақтау' }).click();
      await page.getByRole('button', { name: 'Қорытындыларды өзгерту' }).waitFor();

      await page.getByRole('button', { name: 'Ұсыным қосу' }).click();
      await choose(page, 'Түрі', 'Түзету шарасы');
      await page
        .getByLabel('Ұсыным', { exact: true })
        .fill('Ввести двойную приёмку работ по договорам ремонта.');
      await page.getByRole('combobox', { name: 'Жауапты' }).fill('Мөлдір');
      await page.getByRole('option', { name: INVESTIGATOR_NAME }).click();
      await page.getByLabel('Мерзімі').fill('31.03.2027');
      await page.getByLabel('Мерзімі').press('Escape');
      await page.getByRole('button', { name: 'Ұсынымды қосу' }).click();
      await page.getByText('Ввести двойную приёмку работ по договорам ремонта.').waitFor();

      await page.getByRole('button', { name: 'Өтінішті жабу' }).click();
      const closing = page.getByRole('dialog');
      await choose(page, 'Нәтиже', 'Расталды');
      await closing.getByLabel('Өтініш берушіге хабар').fill(OUTCOME_MESSAGE);
      await staff.checkAccessibility();
      await closing.getByRole('button', { name: 'Өтінішті жабу' }).click();
      await closing.waitFor({ state: 'detached' });
      await page.getByText('Жабылды').first().waitFor();
    } finally {
      await staff.close();
    }

    // 6. The reporter sees the outcome.
    const last = await reporterBrowser();
    await openWithReceipt(last.page, receipt);
    await last.page.getByText(OUTCOME_MESSAGE).waitFor();
    await expect(
      last.page.getByText('Обращение закрыто: новые сообщения добавить нельзя.').count(),
    ).resolves.toBe(1);
    await AdalPage.wrap(last.context, last.page).checkAccessibility();
    await last.context.close();
  });
});
