import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, HOTLINE_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

const HEAD = 'head@demo.adal.kz';

const QUESTION = {
  kk: 'Пара немесе «откат» сомасы қанша болды?',
  ru: 'Какова была сумма взятки или «отката»?',
  en: 'How much was the bribe or kickback?',
};
const ANSWER = 'Около двух миллионов тенге, частями в марте.';
const REPORT_TEXT =
  'Менеджер по закупкам берёт деньги у поставщика за победу в тендере на поставку оборудования.';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('hotline-questions', { imports: () => HOTLINE_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('custom questions per category', () => {
  it('the head adds a question to a category, the reporter answers it, and the handler reads the answer', async () => {
    // 1. The compliance head adds a required question to the corruption category's form.
    const staff = await AdalPage.open(browser, stack.url);
    const { page } = staff;
    try {
      await staff.visit('/');
      await signInThroughLoginPage(staff, HEAD);
      await followNavigation(page, 'Форма сұрақтары');
      await page.getByRole('heading', { name: 'Хабарлама формасының сұрақтары', level: 1 }).waitFor();
      await choose(page, 'Санат', 'Сыбайлас жемқорлық көріністері');
      await page.getByText('Бұл санатта әзірге өз сұрақтары жоқ.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Сұрақ қосу' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Қазақша').fill(QUESTION.kk);
      await dialog.getByLabel('Орысша').fill(QUESTION.ru);
      await dialog.getByRole('checkbox', { name: 'Хабарлаушы міндетті түрде жауап береді' }).check();
      await staff.checkAccessibility();

      // With no English text the question is refused at the English field, and nothing is added.
      await dialog.getByRole('button', { name: 'Сұрақты сақтау' }).click();
      await dialog
        .getByText('Сұрақты қазақ, орыс және ағылшын тілдерінде жазыңыз: хабарлаушы оны өз тілінде оқиды')
        .waitFor();
      await expect(dialog.getByLabel('Ағылшынша').getAttribute('aria-invalid')).resolves.toBe('true');

      await dialog.getByLabel('Ағылшынша').fill(QUESTION.en);
      await dialog.getByRole('button', { name: 'Сұрақты сақтау' }).click();
      await dialog.waitFor({ state: 'detached' });
      const table = page.getByRole('table');
      await table.getByText(QUESTION.kk).waitFor();
      await expect(table.getByRole('row').count()).resolves.toBe(2);
      await staff.checkAccessibility();

      // 2. A reporter picks that category on the intake form, sees the question, and must answer it.
      const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'ru-RU' });
      const reporter = await context.newPage();
      await reporter.goto(new URL('/report?lang=ru', stack.url).href);
      await reporter.getByRole('button', { name: 'Сообщить' }).click();
      await reporter.getByLabel('Организация').selectOption({ label: 'Акционерное общество «Адал Холдинг»' });
      await expect(reporter.getByText(QUESTION.ru).count()).resolves.toBe(0);
      await reporter.getByRole('radio', { name: /Коррупционные проявления/ }).check();
      await reporter.getByRole('heading', { name: 'Ещё несколько вопросов' }).waitFor();
      const answerField = reporter.getByLabel(QUESTION.ru);
      await reporter.getByLabel(/Что произошло/).fill(REPORT_TEXT);
      await reporter.getByRole('button', { name: 'Отправить обращение' }).click();
      await reporter.locator('.adal-field-error', { hasText: 'Ответьте на этот вопрос.' }).waitFor();
      await expect(answerField.getAttribute('aria-invalid')).resolves.toBe('true');
      await AdalPage.wrap(context, reporter).checkAccessibility();

      await answerField.fill(ANSWER);
      await reporter.getByRole('button', { name: 'Отправить обращение' }).click();
      await reporter.getByRole('heading', { name: 'Обращение отправлено' }).waitFor();
      const number = /HL-\d{4}-\d{4}/.exec(await reporter.locator('main').innerText())?.[0] ?? '';
      expect(number).toMatch(/^HL-\d{4}-\d{4}$/);
      await context.close();

      // 3. The compliance head opens the case and reads the question with the reporter's answer.
      await followNavigation(page, 'Сенім желісінің өтініштері');
      await page.getByRole('link', { name: number }).click();
      await page.getByRole('heading', { name: number, level: 1 }).waitFor();
      const answers = page.getByRole('region', { name: 'Санат сұрақтарына жауаптар' });
      await answers.getByText(QUESTION.kk).waitFor();
      await expect(answers.locator('dd').innerText()).resolves.toBe(ANSWER);
      await staff.checkAccessibility();
    } finally {
      await staff.close();
    }
  });
});
