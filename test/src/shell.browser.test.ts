import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '@adal/domain';
import { AdalPage } from './harness/browser';
import { startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { buildHelloPlugin } from './harness/fixtures';
import { openHeaderMenu, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

const EMPLOYEE = 'employee@demo.adal.kz';
const ADMIN = 'admin@demo.adal.kz';

function fullNameOf(email: string): string {
  const person = DEMO_LOGINS.find((login) => login.email === email);
  if (!person) throw new Error(`${email} is not a demo login`);
  return person.fullName;
}

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('shell', {
    publishToCdn: (cdnDir) => buildHelloPlugin('1', join(cdnDir, 'hello-1')),
    imports: (cdn) => ({ '@adal/plugin-hello': `${cdn}/hello-1/plugin.js` }),
  });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

describe('the shell', () => {
  it('signs the employee in, greets them by name and speaks Kazakh, Russian and English', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      const name = fullNameOf(EMPLOYEE);
      const header = page.getByRole('banner');
      await expect.poll(() => header.getByText(name).isVisible()).toBe(true);
      await page.getByRole('heading', { name: `Қош келдіңіз, ${name}` }).waitFor();
      await adal.checkAccessibility();

      const nav = page.getByRole('navigation', { name: 'Негізгі навигация' });
      expect(await nav.getByRole('link', { name: 'Сәлемдесу' }).isVisible()).toBe(true);

      await page.getByLabel('Тіл').selectOption('ru');
      await page.getByRole('button', { name: 'Выйти' }).waitFor();
      const navRu = page.getByRole('navigation', { name: 'Основная навигация' });
      expect(await navRu.getByRole('link', { name: 'Приветствие' }).isVisible()).toBe(true);
      expect(await navRu.getByRole('link', { name: 'Главная' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

      await page.getByLabel('Язык').selectOption('en');
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      const navEn = page.getByRole('navigation', { name: 'Main navigation' });
      expect(await navEn.getByRole('link', { name: 'Greeting', exact: true }).isVisible()).toBe(true);
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('shows each person only the navigation entries their roles allow', async () => {
    const employee = await AdalPage.open(browser, stack.url);
    const admin = await AdalPage.open(browser, stack.url);
    try {
      await employee.visit('/');
      await signInThroughLoginPage(employee, EMPLOYEE);
      const employeeNav = employee.page.getByRole('navigation', { name: 'Негізгі навигация' });
      await employeeNav.getByRole('link', { name: 'Сәлемдесу', exact: true }).waitFor();
      expect(await employeeNav.getByRole('link').allInnerTexts()).toEqual(['Басты бет', 'Сәлемдесу']);

      await admin.visit('/');
      await signInThroughLoginPage(admin, ADMIN);
      const adminNav = admin.page.getByRole('navigation', { name: 'Негізгі навигация' });
      await adminNav.getByRole('button', { name: 'Сәлемдесу' }).waitFor();
      // Two pages of one plugin: one menu named for it, which holds both.
      const hello = adminNav.getByRole('button', { name: 'Сәлемдесу' });
      await hello.click();
      expect(await hello.getAttribute('aria-expanded')).toBe('true');
      expect(await adminNav.getByRole('link').allInnerTexts()).toEqual([
        'Басты бет',
        'Сәлемдесу',
        'Сәлемдесу әкімшілігі',
      ]);
    } finally {
      await employee.close();
      await admin.close();
    }
  });

  it('mounts a plugin from the navigation and changes its language live', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 740 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      // The header takes one line on a phone: the navigation is behind its menu button.
      const menu = page.getByRole('button', { name: 'Мәзір' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(
        await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height),
      ).toBeLessThan(80);
      await openHeaderMenu(page);
      const nav = page.getByRole('navigation', { name: 'Негізгі навигация' });
      await nav.getByRole('link', { name: 'Сәлемдесу', exact: true }).click();
      await page.getByRole('heading', { name: 'Hello plugin v1' }).waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      const name = fullNameOf(EMPLOYEE);
      await expect.poll(() => page.getByTestId('hello-greeting').innerText()).toBe(`Сәлем, ${name}!`);
      await adal.checkAccessibility();

      await openHeaderMenu(page);
      await page.getByLabel('Тіл').selectOption('en');
      await expect.poll(() => page.getByTestId('hello-greeting').innerText()).toBe(`Hello, ${name}!`);
      // Still one plugin instance: the language changed without remounting.
      expect(await page.getByRole('heading', { name: 'Hello plugin v1' }).count()).toBe(1);
      // Nothing overflows sideways on a 360-px phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Hello plugin v1' }).count()).toBe(0);
      await adal.checkAccessibility();
    } finally {
      await adal.close();
    }
  });
});
