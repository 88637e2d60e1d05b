import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';
import { AdalPage } from './harness/browser';
import {
  HOTLINE_PLUGIN,
  startBrowserStack,
  TRAINING_PLUGIN,
  type BrowserStack,
} from './harness/browser-stack';
import { openHeaderMenu, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  // The demo's hotline cases are seeded only with the hotline's keys.
  running = await startBrowserStack('home', {
    imports: () => ({ ...TRAINING_PLUGIN, ...HOTLINE_PLUGIN }),
    hotline: true,
  });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

const PHONE = { width: 360, height: 740 };

async function noSidewaysScroll(adal: AdalPage): Promise<void> {
  expect(await adal.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

describe('the home page', () => {
  it('lists the employee’s courses with their due date and the working days left, and opens one', async () => {
    const adal = await AdalPage.open(browser, stack.url, PHONE);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, 'employee@demo.adal.kz');
      const work = page.getByRole('region', { name: 'Менің жұмысым' });
      const items = work.getByRole('listitem');
      await expect.poll(() => items.count()).toBeGreaterThan(0);
      // The employee's courses among the rest of their work (declarations, gifts).
      const first = items.filter({ has: page.locator('a[href^="/training/courses/"]') }).first();
      const link = first.getByRole('link');
      expect(await link.innerText()).toMatch(/^Курс(ты өтіңіз|тың мерзімі өтті): \S/);
      expect(await link.getAttribute('href')).toMatch(/^\/training\/courses\/[0-9a-f-]{36}$/);
      const meta = await first.locator('.work-meta').innerText();
      expect(meta).toMatch(/Мерзімі: \d{2}\.\d{2}\.\d{4}/);
      expect(meta).toMatch(/\d+ жұмыс күні қалды|Мерзімі бүгін бітеді|Мерзімінен \d+ жұмыс күні өтті/);
      // Nothing of the hotline reaches an employee.
      expect(await work.innerText()).not.toMatch(/HL-\d{4}/);
      await page.getByRole('heading', { name: 'Бөлімдер', level: 2 }).waitFor();
      await adal.checkAccessibility();
      await noSidewaysScroll(adal);

      const title = (await link.innerText()).replace(/^[^:]+: /, '');
      await link.click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('lists the compliance head’s cases to acknowledge, the overdue one first, with their countdown in her language', async () => {
    const adal = await AdalPage.open(browser, stack.url, PHONE);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, 'head@demo.adal.kz');
      const work = page.getByRole('region', { name: 'Менің жұмысым' });
      const toAcknowledge = work.getByRole('listitem').filter({ hasText: 'алғашқы жауап беріңіз' });
      await expect.poll(() => toAcknowledge.count()).toBeGreaterThanOrEqual(2);
      const overdue = toAcknowledge.first();
      expect(await overdue.getByRole('link').innerText()).toMatch(
        /^HL-\d{4}-\d{4} өтініші: алғашқы жауап беріңіз$/,
      );
      const overdueMeta = await overdue.locator('.work-meta').innerText();
      expect(overdueMeta).toContain('Мерзімі өтті');
      expect(overdueMeta).toMatch(/Мерзімінен \d+ сағат өтті/);
      const freshMeta = await toAcknowledge.last().locator('.work-meta').innerText();
      expect(freshMeta).toMatch(/\d+ сағат қалды/);
      expect(freshMeta).toMatch(/Мерзімі: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
      // The case that names her is the alternate handler's: not on her list.
      expect(await work.innerText()).not.toMatch(/HL-\d{4}-0007/);
      await adal.checkAccessibility();
      await noSidewaysScroll(adal);

      await openHeaderMenu(page);
      await page.getByLabel('Тіл').selectOption('ru');
      const workRu = page.getByRole('region', { name: 'Мои задачи' });
      const ru = workRu.getByRole('listitem').filter({ hasText: 'дайте первый ответ' });
      await expect.poll(() => ru.count()).toBeGreaterThanOrEqual(2);
      expect(await ru.first().locator('.work-meta').innerText()).toMatch(/Просрочено на \d+ ч/);
      await adal.checkAccessibility();

      await ru.first().getByRole('link').click();
      await page.getByRole('heading', { name: /^Обращение HL-\d{4}-\d{4}$/, level: 1 }).waitFor();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('tells a person with nothing waiting so plainly, and still offers their sections', async () => {
    // A newcomer of an organisation just set up: nothing assigned, published or opened to them yet (in
    // the demo's, the memos for everyone would already ask them to acknowledge).
    const em = stack.orm.em.fork();
    const { organization, root } = await buildOrganization(em, { name: '«Жаңа Ұйым» ЖШС' });
    const email = 'newcomer@jana.example.kz';
    const newcomer = buildPerson(em, organization, root, {
      email,
      fullName: 'Әлия Жаңақызы',
    });
    grantRoles(em, newcomer, ['employee']);
    await em.flush();

    const adal = await AdalPage.open(browser, stack.url, PHONE);
    const { page } = adal;
    try {
      await adal.visit('/');
      await page.getByLabel('Электрондық пошта').fill(email);
      await page.getByRole('button', { name: 'Кіру' }).click();
      const work = page.getByRole('region', { name: 'Менің жұмысым' });
      await work.getByText('Қазір сізді күтіп тұрған ештеңе жоқ.').waitFor();
      expect(await work.getByRole('listitem').count()).toBe(0);
      await page
        .getByRole('region', { name: 'Бөлімдер' })
        .getByRole('link', { name: 'Менің оқуым' })
        .waitFor();
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
