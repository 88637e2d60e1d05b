import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import {
  HOTLINE_PLUGIN,
  startBrowserStack,
  TRAINING_PLUGIN,
  type BrowserStack,
} from './harness/browser-stack';
import { followNavigation, openHeaderMenu, signInThroughLoginPage } from './harness/login';
import { REPOSITORY_ROOT, SHELL_DIST } from './harness/paths';
import type { TestStack } from './harness/stack';
import { demoPerson, giveCourseTest } from './harness/training-course';

const EMPLOYEE = 'employee@demo.adal.kz';
const TRAINER = 'trainer@demo.adal.kz';

/** One GraphQL call to the gateway as the API's clients make it; its data, or the test fails. */
async function callGateway<T>(
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${stack.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-adal-csrf': '1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const HOSTILE_BODY =
  '<h2>Сыйлық ережесі</h2><p>Сыйлықты <strong>алмаңыз</strong>.</p><script>window.hacked = true</script>' +
  '<img src=x onerror="window.hacked = true"><ul><li>Хабарлаңыз</li></ul>';

/** The training administrator writes a lesson whose body carries a script, through the API, and assigns it. */
async function publishHostileLesson(title: string): Promise<void> {
  const { devLogin } = await callGateway<{ devLogin: { token: string } }>(
    null,
    'mutation($email: String!) { devLogin(email: $email) { token } }',
    { email: TRAINER },
  );
  const token = devLogin.token;
  const { createTrainingCourse } = await callGateway<{ createTrainingCourse: { course: { id: string } } }>(
    token,
    'mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { course { id } } }',
    {
      input: {
        topic: 'general',
        title: { kk: title, ru: title, en: title },
        description: { kk: 'Сыйлықтар', ru: 'Подарки' },
        lessons: [
          {
            kind: 'text',
            title: { kk: 'Ереже', ru: 'Правило' },
            body: { kk: HOSTILE_BODY, ru: HOSTILE_BODY },
          },
        ],
      },
    },
  );
  const courseId = createTrainingCourse.course.id;
  await giveCourseTest(stack.orm, TRAINER, courseId);
  await callGateway(token, 'mutation($id: ID!) { publishTrainingCourse(courseId: $id) { id } }', {
    id: courseId,
  });
  const { orgUnitId } = await demoPerson(stack.orm, EMPLOYEE);
  const dueOn = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await callGateway(
    token,
    'mutation($input: CreateTrainingAssignmentInput!) { createTrainingAssignment(input: $input) { id } }',
    { input: { courseId, audience: 'org_units', orgUnitIds: [orgUnitId], dueOn, recurrence: 'once' } },
  );
}

/** The paths the page asked for, and their answers, in order. */
/**
 * A response's header as the browser received it. `allHeaders` rather than `headerValue`: newer
 * Chromium reports some headers (content-encoding among them) only with the extra network details.
 */
async function header(response: Response | undefined, name: string): Promise<string | undefined> {
  return response ? (await response.allHeaders())[name] : undefined;
}

function recordResponses(page: Page): Map<string, Response> {
  const responses = new Map<string, Response>();
  page.on('response', (response) => responses.set(new URL(response.url()).pathname, response));
  return responses;
}

/** The chart library's chunk, built apart from everything else (shell/vite.config.ts). */
const ECHARTS_CHUNK = /^\/assets\/echarts-[\w-]+\.js$/;

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  // The hotline is deployed too, for the people who never open it.
  running = await startBrowserStack('training', {
    imports: () => ({ ...TRAINING_PLUGIN, ...HOTLINE_PLUGIN }),
  });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

describe('the training plugin', () => {
  it('shows an employee their assigned courses and a course with its test on a 360-px phone', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 740 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      await openHeaderMenu(page);
      const nav = page.getByRole('navigation', { name: 'Негізгі навигация' });
      expect(await nav.getByRole('link', { name: 'Оқудан өту' }).count()).toBe(0);
      await nav.getByRole('link', { name: 'Менің оқуым' }).click();
      await page.getByRole('heading', { name: 'Менің оқуым', level: 1 }).waitFor();
      const courses = page.locator('.adal-training article');
      await expect.poll(() => courses.count()).toBeGreaterThan(0);
      await adal.checkAccessibility();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const firstCourse = courses.first().getByRole('heading', { level: 2 }).getByRole('link');
      const title = await firstCourse.innerText();
      await firstCourse.click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Қорытынды тест' }).waitFor();
      await adal.checkAccessibility();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('shows a lesson body as formatted text, without the script or the onerror its author slipped in', async () => {
    const title = 'Сыйлықтар туралы сабақ';
    await publishHostileLesson(title);
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      await adal.visit('/training');
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      const body = page.locator('.adal-rich-text');
      await body.getByRole('heading', { name: 'Сыйлық ережесі' }).waitFor();
      expect(await body.locator('strong').innerText()).toBe('алмаңыз');
      expect(await body.getByRole('listitem').innerText()).toBe('Хабарлаңыз');
      expect(await body.innerText()).not.toContain('<');
      expect(await page.locator('.adal-training script').count()).toBe(0);
      expect(await page.locator('[onerror]').count()).toBe(0);
      expect(await page.evaluate(() => (window as { hacked?: boolean }).hacked)).toBeUndefined();
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('lets the training administrator drill into an org unit and export the completion', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    const responses = recordResponses(page);
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, TRAINER);
      await followNavigation(page, 'Оқудан өту');
      await page.getByRole('heading', { name: 'Оқудан өту', level: 1 }).waitFor();
      // The page draws a chart: the chart library comes with it, and only then.
      await page.locator('[role="img"] canvas').first().waitFor();
      expect([...responses.keys()].some((path) => ECHARTS_CHUNK.test(path))).toBe(true);
      const breadcrumb = page.getByRole('navigation', { name: 'Ұйымдық құрылым бойынша жол' });
      await breadcrumb.getByRole('listitem').first().waitFor();
      await adal.checkAccessibility();

      const drill = page.getByRole('button', { name: /ашу$/ }).first();
      const unitName = (await drill.innerText()).trim();
      await drill.click();
      await expect.poll(() => breadcrumb.getByRole('listitem').count()).toBe(2);
      expect(await breadcrumb.locator('[aria-current="page"]').innerText()).toBe(unitName);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV жүктеп алу' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
  it('shows the training administrator the questions most often missed on a 360-px phone, and exports them', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 740 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, TRAINER);
      await followNavigation(page, 'Білімдегі олқылықтар');
      await page.getByRole('heading', { name: 'Білімдегі олқылықтар', level: 1 }).waitFor();
      // The first course over the last twelve months: the demo's attempts of the last two months.
      const questions = page.getByRole('region', { name: /^Тест сұрақтары/ });
      await questions.getByRole('row').nth(1).waitFor();
      expect(await questions.getByRole('row').nth(1).innerText()).toMatch(/^1\s/);
      await page.getByRole('heading', { name: 'Тақырыптар бойынша' }).waitFor();
      await adal.checkAccessibility();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV жүктеп алу' }).click();
      expect((await download).suggestedFilename()).toMatch(/^knowledge-gaps-.*\.csv$/);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('lets the trainer plan a seminar, record one attendee with a score and one absentee with the reason, and import the rest from a list', async () => {
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    // Yesterday, as the Kazakh date picker takes it: attendance is recorded from a session's day on.
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = [yesterday.getDate(), yesterday.getMonth() + 1]
      .map((part) => String(part).padStart(2, '0'))
      .concat(String(yesterday.getFullYear()))
      .join('.');
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, TRAINER);
      await followNavigation(page, 'Оқу сабақтары');
      await page.getByRole('heading', { name: 'Оқу сабақтары', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Сабақ жоспарлау' }).click();
      const dialog = page.getByRole('dialog', { name: 'Сабақ жоспарлау' });
      await dialog.getByRole('combobox', { name: 'Түрі' }).click();
      await page.getByRole('option', { name: 'Семинар' }).click();
      const topic = dialog.getByRole('group', { name: 'Тақырып' });
      await topic.getByLabel('Қазақша').fill('Сыйлықтар туралы семинар');
      await topic.getByLabel('Орысша').fill('Семинар о подарках');
      await dialog.getByRole('combobox', { name: 'Күні' }).fill(day);
      await dialog.getByLabel('Ұзақтығы, минут').pressSequentially('60');
      await dialog.getByLabel('Жаттықтырушы').fill('Айгүл Серікова');
      await dialog.getByLabel(/Білімді тексерумен аяқталады/).check();
      await adal.checkAccessibility();
      await dialog.getByRole('button', { name: 'Жоспарлау' }).click();

      // The planned seminar opens on its own page.
      await page.getByRole('heading', { name: 'Сыйлықтар туралы семинар', level: 1 }).waitFor();
      const picker = page.getByRole('combobox', { name: 'Адам қосу' });
      for (const email of ['employee@demo.adal.kz', 'auditor@demo.adal.kz']) {
        await picker.fill(email);
        await page.getByRole('option', { name: new RegExp(email) }).click();
      }
      const rows = page.getByRole('list', { name: 'Белгіленетін адамдар' }).getByRole('listitem');
      await rows
        .nth(0)
        .getByLabel(/^Білімді тексеру балы/)
        .pressSequentially('80');
      await rows.nth(1).getByLabel('Қатыспады').check();
      await rows.nth(1).getByLabel('Қатыспау себебі').fill('Іссапарда');
      await adal.checkAccessibility();
      await page.getByRole('button', { name: 'Қатысуды сақтау (2)' }).click();

      await page.getByText('Сақталған қатысу жазбалары: 2.').waitFor();
      await page.getByText('Қатысты: 1. Қатыспады: 1.').waitFor();
      const recorded = page.getByRole('region', { name: /^Қатысу:/ });
      expect(await recorded.getByRole('row').count()).toBe(3);
      expect(await recorded.getByRole('row', { name: /Іссапарда/ }).innerText()).toContain('Қатыспады');
      expect(await recorded.getByRole('row', { name: /80 %/ }).innerText()).toContain('Қатысты');
      await adal.checkAccessibility();

      // The rest of the list comes from a spreadsheet: checked first, recorded once confirmed.
      await page.getByRole('button', { name: 'XLSX-тен жүктеу' }).click();
      const upload = page.getByRole('dialog', { name: 'Қатысуды кестеден жүктеу' });
      await upload.locator('input[type="file"]').setInputFiles({
        name: 'seminar.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('email,attended,reason,score_percent\ntrainer@demo.adal.kz,иә,,90\n'),
      });
      await upload.getByRole('button', { name: 'Файлды тексеру' }).click();
      const listed = upload.getByRole('region', { name: 'Тізімдегі адамдар' });
      await listed.getByRole('row', { name: /90 %/ }).waitFor();
      await adal.checkAccessibility();
      await upload.getByRole('button', { name: 'Қатысуды жазу (1 адам)' }).click();
      await upload.getByText('Қатысу жазылды. Қатысты: 1. Қатыспады: 0.').waitFor();
      await upload.getByRole('button', { name: 'Жабу' }).first().click();
      await page.getByText('Қатысты: 2. Қатыспады: 1.').waitFor();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});

describe('delivery', () => {
  it('sends an employee on home and training neither the hotline bundle nor the chart library, compressed', async () => {
    const built = await readdir(join(SHELL_DIST, 'assets'));
    expect(built.some((file) => ECHARTS_CHUNK.test(`/assets/${file}`))).toBe(true);

    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    const responses = recordResponses(page);
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      await page
        .getByRole('navigation', { name: 'Негізгі навигация' })
        .getByRole('link', { name: 'Менің оқуым' })
        .click();
      await page.getByRole('heading', { name: 'Менің оқуым', level: 1 }).waitFor();
      await expect.poll(() => page.locator('.adal-training article').count()).toBeGreaterThan(0);

      const paths = [...responses.keys()];
      // The shell knows the hotline from its manifest, and never fetched its code.
      expect(paths).toContain('/plugins/hotline/manifest.json');
      expect(paths.filter((path) => path.startsWith('/plugins/hotline/'))).toEqual([
        '/plugins/hotline/manifest.json',
      ]);
      expect(paths.filter((path) => ECHARTS_CHUNK.test(path) || path.includes('AdalChart'))).toEqual([]);

      // Chromium accepts br: the bundles come as their brotli copies, hashed ones cached for a year.
      const bundle = responses.get('/plugins/training/plugin.js');
      expect(await header(bundle, 'content-encoding')).toBe('br');
      expect(await header(bundle, 'cache-control')).toBe('no-cache');
      // Every hashed chunk is cached for a year; each the build compressed (over 1 KiB) comes as brotli.
      const chunks = paths.filter((path) => path.startsWith('/plugins/training/assets/'));
      const compressed = new Set(
        await readdir(join(REPOSITORY_ROOT, 'plugins', 'training', 'dist', 'assets')),
      );
      expect(chunks.some((chunk) => compressed.has(`${chunk.split('/').pop()}.br`))).toBe(true);
      for (const chunk of chunks) {
        const response = responses.get(chunk);
        expect(await header(response, 'cache-control')).toBe('public, max-age=31536000, immutable');
        if (compressed.has(`${chunk.split('/').pop()}.br`))
          expect(await header(response, 'content-encoding'), chunk).toBe('br');
      }
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
