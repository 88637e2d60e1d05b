import { Course } from '@adal/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, TRAINING_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { dialogCloses } from './harness/dialog';

const TRAINER = 'trainer@demo.adal.kz';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;
let courseId: string;

beforeAll(async () => {
  running = await startBrowserStack('question-bank', { imports: () => ({ ...TRAINING_PLUGIN }) });
  ({ stack, browser } = running);
  courseId = (await stack.orm.em.fork().findOneOrFail(Course, { topic: 'general' })).id;
});

afterAll(async () => {
  await running?.close();
});

describe('the question bank and the test settings', () => {
  it('lets the trainer see the bank, be told at its field what a question lacks, and keep a pass mark of 60 % or more, on a 360-px phone', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 740 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, TRAINER);
      await adal.visit(`/training/courses/${courseId}/questions`);
      await page.getByRole('heading', { name: /^Сұрақтар банкі: /, level: 1 }).waitFor();
      await expect.poll(() => page.locator('.adal-training tbody tr').count()).toBeGreaterThan(0);
      await adal.checkAccessibility();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      await page.getByRole('button', { name: 'Сұрақ қосу' }).click();
      const dialog = page.getByRole('dialog', { name: 'Жаңа сұрақ' });
      await dialog.locator('#question-text-kk').fill('Сыйлықты кімге тапсырады?');
      await dialog.locator('#question-text-ru').fill('Кому сдают подарок?');
      await dialog.locator('#question-option-0-kk').fill('Комплаенс қызметіне');
      await dialog.locator('#question-option-0-ru').fill('Комплаенс-службе');
      // The second option is left without its Kazakh and Russian text.
      await adal.checkAccessibility();
      await dialog.getByRole('button', { name: 'Сақтау' }).click();
      await dialog.getByText('2-нұсқаға қазақша және орысша мәтін керек').waitFor();
      await dialog.locator('#question-option-1-kk').fill('Әріптеске');
      await dialog.locator('#question-option-1-ru').fill('Коллеге');
      await dialog.getByRole('button', { name: 'Сақтау' }).click();
      await dialogCloses(dialog);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      await adal.visit(`/training/courses/${courseId}/test`);
      await page.getByRole('heading', { name: /^Тест баптаулары: /, level: 1 }).waitFor();
      const passMark = page.getByLabel('Өту шегі, %');
      await passMark.fill('');
      await passMark.pressSequentially('50');
      await page.getByRole('button', { name: 'Баптауларды сақтау' }).click();
      await page.getByText('Өту шегі кемінде 60 % (§5.3, §35.3)').waitFor();
      await adal.checkAccessibility();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
