import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, TRAINING_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { answerTest, demoPerson, publishStoryCourse, type StoryCourse } from './harness/training-course';

const EMPLOYEE = 'employee@demo.adal.kz';
const TRAINER = 'trainer@demo.adal.kz';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('training-story', { imports: () => TRAINING_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function signOut(adal: AdalPage): Promise<void> {
  await adal.page.getByRole('button', { name: 'Шығу' }).click();
}

/** The trainer's Completion page, all courses, at the organisation's top level. */
async function openCompletion(adal: AdalPage): Promise<void> {
  const { page } = adal;
  await followNavigation(page, 'Оқудан өту');
  await page.getByRole('heading', { name: 'Оқудан өту', level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Оқудан өту кестесі' }).waitFor();
}

/** The "passed" figure of one org unit's row, e.g. 4 from "4 (36,4 %)". */
async function passedFigure(adal: AdalPage, orgUnitId: string): Promise<number> {
  const cell = adal.page.getByTestId(`figure-${orgUnitId}-passed`);
  await cell.waitFor();
  const text = (await cell.innerText()).trim();
  expect(text).toMatch(/^\d+ \(/);
  return Number.parseInt(text, 10);
}

async function savedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

describe('the training story', () => {
  it('an employee fails with 50 %, retakes, passes, gets the certificate; the trainer sees the unit rise and exports it', async () => {
    const employee = await demoPerson(stack.orm, EMPLOYEE);
    const trainer = await demoPerson(stack.orm, TRAINER);
    // The training administrator has published a course for the employee's department.
    const course: StoryCourse = await publishStoryCourse(
      stack.orm,
      {
        personId: trainer.personId,
        organizationId: trainer.organizationId,
        roles: ['employee', 'training_admin'],
      },
      employee.orgUnitId,
    );
    expect(course.questionCount % 2).toBe(0);

    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      // Before: the trainer notes how many in the employee's department have passed.
      await adal.visit('/');
      await signInThroughLoginPage(adal, TRAINER);
      await openCompletion(adal);
      const passedBefore = await passedFigure(adal, employee.orgUnitId);
      await adal.checkAccessibility();
      await signOut(adal);

      // The employee opens My training and the new course.
      await signInThroughLoginPage(adal, EMPLOYEE);
      await followNavigation(page, 'Менің оқуым');
      await page.getByRole('heading', { name: 'Менің оқуым', level: 1 }).waitFor();
      const courseLink = page.getByRole('link', { name: course.titleKk, exact: true });
      await courseLink.waitFor();
      await adal.checkAccessibility();
      await courseLink.click();
      await page.getByRole('heading', { name: course.titleKk, level: 1 }).waitFor();
      await page.getByText(`Сұрақтар саны: ${course.questionCount}`).waitFor();
      await adal.checkAccessibility();

      // First attempt: exactly half right.
      await page.getByRole('link', { name: 'Тестті бастау' }).click();
      const who = { personId: employee.personId, testId: course.testId };
      await answerTest(adal, stack.orm, who, course.questionCount / 2);
      expect(await page.getByTestId('result-score').innerText()).toBe('Сіздің нәтижеңіз: 50 %');
      expect(await page.getByTestId('result-verdict').innerText()).toBe('Тест тапсырылмады');
      await page.getByText('Қалған әрекеттер: 2').waitFor();
      expect(await page.getByRole('link', { name: 'Сертификатты жүктеп алу (PDF)' }).count()).toBe(0);
      await adal.checkAccessibility();

      // Retake: three of four right, 75 %, above the 60 % pass mark (§5.3, §35.3).
      await page.getByRole('button', { name: 'Тестті қайта тапсыру' }).click();
      await answerTest(adal, stack.orm, who, course.questionCount - 1);
      expect(await page.getByTestId('result-score').innerText()).toBe('Сіздің нәтижеңіз: 75 %');
      expect(await page.getByTestId('result-verdict').innerText()).toBe('Тест тапсырылды');
      await adal.checkAccessibility();

      // The certificate: a PDF, downloaded from the result page.
      const certificateLink = page.getByRole('link', { name: 'Сертификатты жүктеп алу (PDF)' });
      const certificateDownload = page.waitForEvent('download');
      await certificateLink.click();
      const certificate = await certificateDownload;
      expect(certificate.suggestedFilename()).toMatch(/\.pdf$/);
      expect((await savedBytes(certificate)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const href = await certificateLink.getAttribute('href');
      const response = await page.request.get(new URL(href ?? '', stack.url).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      await signOut(adal);

      // After: the trainer sees the department's passed figure one higher and exports it.
      await signInThroughLoginPage(adal, TRAINER);
      await openCompletion(adal);
      await expect.poll(() => passedFigure(adal, employee.orgUnitId)).toBe(passedBefore + 1);
      await adal.checkAccessibility();

      const exportDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'XLSX жүктеп алу' }).click();
      const exported = await exportDownload;
      expect(exported.suggestedFilename()).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await exported.path());
      const [figures, people] = workbook.worksheets;
      const unitRow = figuresRow(figures, employee.orgUnitName);
      // Columns: unit, assigned, not started, started (not passed), passed, …
      expect(unitRow?.[4]).toBe(passedBefore + 1);
      const employeeRows = sheetRows(people).filter((row) => row[1] === EMPLOYEE);
      expect(employeeRows.find((row) => row[3] === course.titleKk)?.[4]).toBe('Тапсырылды');
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});

type CellValue = ExcelJS.CellValue;

/** A worksheet's rows as arrays from the first column (exceljs rows start at index 1). */
function sheetRows(sheet: ExcelJS.Worksheet | undefined): CellValue[][] {
  const rows: CellValue[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as CellValue[]).slice(1));
  });
  return rows;
}

function figuresRow(sheet: ExcelJS.Worksheet | undefined, unitName: string): CellValue[] | undefined {
  return sheetRows(sheet).find((row) => row[0] === unitName);
}
