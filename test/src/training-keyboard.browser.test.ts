import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, TRAINING_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { answerTest, demoPerson, pressByKeyboard, publishStoryCourse } from './harness/training-course';

const EMPLOYEE = 'employee@demo.adal.kz';
const TRAINER = 'trainer@demo.adal.kz';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('training-keyboard', { imports: () => TRAINING_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

describe('My training with the keyboard alone', () => {
  it('takes an employee from the menu through the course and the test to a passed result', async () => {
    const employee = await demoPerson(stack.orm, EMPLOYEE);
    const trainer = await demoPerson(stack.orm, TRAINER);
    const course = await publishStoryCourse(
      stack.orm,
      {
        personId: trainer.personId,
        organizationId: trainer.organizationId,
        roles: ['employee', 'training_admin'],
      },
      employee.orgUnitId,
    );
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      const menu = page.getByRole('navigation', { name: 'Негізгі навигация' });
      await pressByKeyboard(page, menu.getByRole('link', { name: 'Менің оқуым' }), 'Enter');
      await page.getByRole('heading', { name: 'Менің оқуым', level: 1 }).waitFor();
      await pressByKeyboard(page, page.getByRole('link', { name: course.titleKk, exact: true }), 'Enter');
      await page.getByRole('heading', { name: course.titleKk, level: 1 }).waitFor();
      await pressByKeyboard(page, page.getByRole('link', { name: 'Тестті бастау' }), 'Enter');
      await answerTest(
        adal,
        stack.orm,
        { personId: employee.personId, testId: course.testId },
        course.questionCount,
        {
          keyboard: true,
        },
      );
      expect(await page.getByTestId('result-verdict').innerText()).toBe('Тест тапсырылды');
      await adal.checkAccessibility();
    } finally {
      await adal.close();
    }
  });
});
