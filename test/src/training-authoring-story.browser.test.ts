import { Person } from '@adal/domain';
import { decodePdfQr } from '@adal/gateway/testing/pdf-qr';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import { startBrowserStack, TRAINING_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { demoPerson } from './harness/training-course';
import { dialogCloses } from './harness/dialog';

const EMPLOYEE = 'employee@demo.adal.kz';
const TRAINER = 'trainer@demo.adal.kz';
const DAY_MS = 86_400_000;

const COURSE_KK = 'Сыйлықтар: толық курс';
const COURSE_RU = 'Подарки: полный курс';
const POOL = 'Сыйлықтар жинағы';

interface Texts {
  kk: string;
  ru: string;
}

interface ChoiceQuestion extends Texts {
  options: (Texts & { right?: true })[];
  explanation: Texts;
}

interface MatchingQuestion extends Texts {
  pairs: { item: Texts; match: Texts }[];
  explanation: Texts;
}

/** The four questions of the test, one of each kind, with the answers the trainer wrote. */
const SINGLE: ChoiceQuestion = {
  kk: 'Сыйлықты қабылдамас бұрын кімге хабарлайды?',
  ru: 'Кому сообщают до принятия подарка?',
  options: [
    { kk: 'Комплаенс қызметіне', ru: 'Комплаенс-службе', right: true },
    { kk: 'Ешкімге', ru: 'Никому' },
    { kk: 'Сыйлық берушіге', ru: 'Дарителю' },
  ],
  explanation: {
    kk: 'Хабарлама сыйлықты тіркеуге мүмкіндік береді.',
    ru: 'Сообщение позволяет учесть подарок.',
  },
};
const MULTIPLE: ChoiceQuestion = {
  kk: 'Мүдделер қақтығысының белгілерін таңдаңыз',
  ru: 'Выберите признаки конфликта интересов',
  options: [
    { kk: 'Туысының фирмасынан сатып алу', ru: 'Закупка у фирмы родственника', right: true },
    { kk: 'Жеке мүдде шешімге әсер етеді', ru: 'Личный интерес влияет на решение', right: true },
    { kk: 'Ашық конкурс', ru: 'Открытый конкурс' },
  ],
  explanation: {
    kk: 'Жеке мүдде мен туыстық байланыс — қақтығыстың белгілері.',
    ru: 'Личный интерес и родство — признаки конфликта.',
  },
};
const MATCHING: MatchingQuestion = {
  kk: 'Жағдайды әрекетпен сәйкестендіріңіз',
  ru: 'Сопоставьте ситуацию и действие',
  pairs: [
    {
      item: { kk: 'Пара ұсынылды', ru: 'Предложили взятку' },
      match: { kk: 'Бас тартып, хабарлау', ru: 'Отказаться и сообщить' },
    },
    {
      item: { kk: 'Туыс тендерге қатысады', ru: 'Родственник участвует в тендере' },
      match: { kk: 'Қақтығысты жариялау', ru: 'Заявить о конфликте' },
    },
  ],
  explanation: { kk: 'Әр жағдайдың өз әрекеті бар.', ru: 'У каждой ситуации своё действие.' },
};
const TRUE_FALSE: Texts & { explanation: Texts } = {
  kk: 'Құны аз сыйлық та тіркеледі ме?',
  ru: 'Регистрируется ли и недорогой подарок?',
  explanation: { kk: 'Иә: әр сыйлық тіркеледі.', ru: 'Да: регистрируется каждый подарок.' },
};

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('training-authoring-story', { imports: () => TRAINING_PLUGIN });
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

/** A day as the Kazakh date picker takes it: 05.12.2026. */
function pickerDay(date: Date): string {
  return [date.getDate(), date.getMonth() + 1]
    .map((part) => String(part).padStart(2, '0'))
    .concat(String(date.getFullYear()))
    .join('.');
}

/** The question bank's spreadsheet, in the template's layout (column codes as headers), three questions. */
async function questionWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Сұрақтар');
  const columns = ['pool', 'kind', 'text_kk', 'text_ru'];
  for (let n = 1; n <= 3; n += 1) columns.push(`option_${n}_kk`, `option_${n}_ru`);
  columns.push('right', 'match_1_kk', 'match_1_ru', 'match_2_kk', 'match_2_ru');
  columns.push('explanation_kk', 'explanation_ru');
  sheet.addRow(columns);
  const row = (values: Record<string, string>) => sheet.addRow(columns.map((column) => values[column] ?? ''));
  const choice = (kind: string, q: ChoiceQuestion) =>
    row({
      pool: POOL,
      kind,
      text_kk: q.kk,
      text_ru: q.ru,
      ...Object.fromEntries(
        q.options.flatMap((option, i) => [
          [`option_${i + 1}_kk`, option.kk],
          [`option_${i + 1}_ru`, option.ru],
        ]),
      ),
      right: q.options.flatMap((option, i) => (option.right ? [i + 1] : [])).join(','),
      explanation_kk: q.explanation.kk,
      explanation_ru: q.explanation.ru,
    });
  choice('single', SINGLE);
  choice('multiple', MULTIPLE);
  row({
    pool: POOL,
    kind: 'matching',
    text_kk: MATCHING.kk,
    text_ru: MATCHING.ru,
    ...Object.fromEntries(
      MATCHING.pairs.flatMap(({ item, match }, i) => [
        [`option_${i + 1}_kk`, item.kk],
        [`option_${i + 1}_ru`, item.ru],
        [`match_${i + 1}_kk`, match.kk],
        [`match_${i + 1}_ru`, match.ru],
      ]),
    ),
    explanation_kk: MATCHING.explanation.kk,
    explanation_ru: MATCHING.explanation.ru,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Answers the question on screen rightly, knowing it by its Kazakh text. */
async function answerRightly(page: Page): Promise<void> {
  const shown = (await page.locator('legend .text').innerText()).trim();
  const choice = [SINGLE, MULTIPLE].find((q) => q.kk === shown);
  if (choice) {
    for (const right of choice.options.filter((option) => option.right)) {
      const option = page.getByLabel(right.kk, { exact: true });
      await option.click();
      await expect.poll(() => option.isChecked()).toBe(true);
    }
  } else if (shown === TRUE_FALSE.kk) {
    await page.getByLabel('Иә', { exact: true }).click();
  } else if (shown === MATCHING.kk) {
    for (const { item, match } of MATCHING.pairs) {
      const select = page.getByRole('combobox', { name: item.kk, exact: true });
      await select.click();
      // The list this select opened, not the one of the row before, which may still be fading out.
      await expect.poll(() => select.getAttribute('aria-expanded')).toBe('true');
      const list = page.locator(`[id="${await select.getAttribute('aria-controls')}"]`);
      await list.getByRole('option', { name: match.kk, exact: true }).click();
      await expect.poll(() => select.innerText()).toBe(match.kk);
    }
  } else {
    throw new Error(`a question the trainer did not write: ${shown}`);
  }
}

describe('the training authoring story', () => {
  it('a trainer builds, imports, previews, publishes and assigns a course; a learner flags, passes, reviews and gets a Russian certificate; the trainer extends a due date, records a seminar and sees the figures move', async () => {
    const employee = await demoPerson(stack.orm, EMPLOYEE);
    const employeeName = (await stack.orm.em.fork().findOneOrFail(Person, { email: EMPLOYEE })).fullName;
    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    const saved = page.getByRole('status').filter({ hasText: /^\d{1,2}:\d{2} сақталды$/ });
    try {
      // Before: the trainer notes how many in the employee's department have passed.
      await adal.visit('/');
      await signInThroughLoginPage(adal, TRAINER);
      await openCompletion(adal);
      const passedBefore = await passedFigure(adal, employee.orgUnitId);

      // A new course, its description and two text lessons, saved as typed.
      await followNavigation(page, 'Курстар');
      await page.getByRole('heading', { name: 'Курстар', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Жаңа курс' }).click();
      const create = page.getByRole('dialog', { name: 'Жаңа курс' });
      await create.getByRole('combobox', { name: 'Тақырыбы' }).click();
      await page.getByRole('option', { name: 'Сыйлықтар мен қонақжайлылық' }).click();
      await create.getByRole('textbox', { name: /^Қазақша/ }).fill(COURSE_KK);
      await create.getByRole('textbox', { name: /^Орысша/ }).fill(COURSE_RU);
      await create.getByRole('button', { name: 'Курсты құру' }).click();
      await page.getByRole('heading', { name: COURSE_KK, level: 1 }).waitFor();
      await page.locator('#course-description-kk').fill('Сыйлықтарды қабылдау және тіркеу тәртібі');
      await page.locator('#course-description-ru').fill('Порядок принятия и регистрации подарков');
      await saved.waitFor();

      const lessons = [
        {
          kk: 'Ереже',
          ru: 'Правило',
          bodyKk: 'Сыйлықты ',
          bold: 'тіркеңіз',
          bodyRu: 'Подарок регистрируют.',
        },
        {
          kk: 'Мысалдар',
          ru: 'Примеры',
          bodyKk: 'Гүл шоғы да ',
          bold: 'сыйлық',
          bodyRu: 'Букет — тоже подарок.',
        },
      ];
      for (const [i, lesson] of lessons.entries()) {
        await page.getByRole('button', { name: 'Мәтін', exact: true }).click();
        const item = page.locator('.lesson').nth(i);
        const title = item.getByRole('group', { name: /Сабақтың атауы/ });
        await title.getByRole('textbox', { name: /^Қазақша/ }).fill(lesson.kk);
        await title.getByRole('textbox', { name: /^Орысша/ }).fill(lesson.ru);
        await item.getByRole('textbox', { name: 'Мәтін: Қазақша' }).click();
        // The last word is set in bold: typed, chosen with the keyboard, then "Bold".
        await page.keyboard.type(`${lesson.bodyKk}${lesson.bold}`);
        for (const _letter of lesson.bold) await page.keyboard.press('Shift+ArrowLeft');
        const bold = item.getByRole('button', { name: 'Жуан' }).first();
        await bold.click();
        await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
        await item.getByRole('textbox', { name: 'Мәтін: Орысша' }).click();
        await page.keyboard.type(lesson.bodyRu);
      }
      await saved.waitFor();
      await adal.checkAccessibility();
      const courseId = /\/training\/courses\/([^/]+)\/edit/.exec(page.url())?.[1] ?? '';
      expect(courseId).not.toBe('');

      // Three questions come from a spreadsheet, checked before anything is imported.
      await page
        .getByRole('navigation', { name: 'Курс бөлімдері' })
        .getByRole('link', { name: 'Сұрақтар банкі' })
        .click();
      await page.getByRole('heading', { name: `Сұрақтар банкі: ${COURSE_KK}`, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'XLSX-тен импорттау' }).click();
      const upload = page.getByRole('dialog', { name: 'Сұрақтарды импорттау' });
      await upload.locator('input[type="file"]').setInputFiles({
        name: 'questions.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await questionWorkbook(),
      });
      await upload.getByRole('button', { name: 'Файлды тексеру' }).click();
      const preview = upload.getByRole('region', { name: 'Файлдағы сұрақтар' });
      await preview.getByRole('row', { name: new RegExp(MATCHING.kk) }).waitFor();
      expect(await preview.getByRole('row', { name: new RegExp(SINGLE.kk) }).innerText()).toContain(
        'Бір жауап',
      );
      expect(await preview.getByRole('row', { name: new RegExp(MULTIPLE.kk) }).innerText()).toContain(
        'Бірнеше жауап',
      );
      expect(await preview.getByRole('row', { name: new RegExp(MATCHING.kk) }).innerText()).toContain(
        `${POOL} (жаңа)`,
      );
      await adal.checkAccessibility();
      await upload.getByRole('button', { name: '3 сұрақты импорттау' }).click();
      await upload.getByText('3 сұрақ импортталды.').waitFor();
      await upload.getByRole('button', { name: 'Жабу' }).first().click();
      await dialogCloses(upload);

      // The true/false one is written in the question editor, with its explanation.
      await page.getByRole('button', { name: 'Сұрақ қосу' }).click();
      const editor = page.getByRole('dialog', { name: 'Жаңа сұрақ' });
      await editor.getByRole('combobox', { name: 'Түрі' }).click();
      await page.getByRole('option', { name: 'Дұрыс/қате', exact: true }).click();
      await editor.locator('#question-text-kk').fill(TRUE_FALSE.kk);
      await editor.locator('#question-text-ru').fill(TRUE_FALSE.ru);
      expect(await editor.locator('#question-option-0-kk').inputValue()).toBe('Иә');
      expect(await editor.locator('#question-option-0-right').isChecked()).toBe(true);
      await editor.locator('#question-explanation-kk').fill(TRUE_FALSE.explanation.kk);
      await editor.locator('#question-explanation-ru').fill(TRUE_FALSE.explanation.ru);
      await adal.checkAccessibility();
      await editor.getByRole('button', { name: 'Сақтау' }).click();
      await dialogCloses(editor);
      const bank = page.getByRole('region', { name: 'Банктің сұрақтары' });
      await bank.getByRole('row', { name: new RegExp(TRUE_FALSE.kk) }).waitFor();
      await expect.poll(() => bank.locator('tbody tr').count()).toBe(4);
      await adal.checkAccessibility();

      // The test draws all four, passes at 60 % and shows the answers afterwards.
      await page.getByRole('link', { name: 'Тест баптаулары' }).first().click();
      await page.getByRole('heading', { name: `Тест баптаулары: ${COURSE_KK}`, level: 1 }).waitFor();
      const draw = page.getByLabel(`${POOL} (жинақта 4)`);
      await draw.fill('');
      await draw.pressSequentially('4');
      await draw.press('Tab');
      await page.getByText('Әр әрекетте 4 сұрақ.').waitFor();
      expect(await page.getByLabel('Өту шегі, %').inputValue()).toBe('60');
      expect(await page.getByLabel('Әрекетті талдау дұрыс жауаптарды көрсетеді').isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Баптауларды сақтау' }).click();
      await page.getByText('Баптаулар сақталды.').waitFor();
      await adal.checkAccessibility();

      // Previewed as a learner sees it, then published.
      await adal.visit(`/training/courses/${courseId}/edit`);
      await page.getByRole('heading', { name: COURSE_KK, level: 1 }).waitFor();
      await page.getByText('Тест: 4 сұрақ, өту шегі 60 %').waitFor();
      await page.getByRole('button', { name: 'Тыңдаушы ретінде қарау' }).click();
      const learnerView = page.locator('.preview');
      await learnerView.getByRole('heading', { name: COURSE_KK }).waitFor();
      await learnerView.getByText('Мысалдар').first().waitFor();
      expect(await learnerView.locator('.adal-rich-text strong').first().innerText()).toBe('тіркеңіз');
      await adal.checkAccessibility();
      await page.getByRole('button', { name: 'Өңдеуге оралу' }).click();
      await page.getByRole('button', { name: 'Жариялау' }).click();
      const publish = page.getByRole('dialog', { name: '1-нұсқаны жариялау керек пе?' });
      await publish.getByRole('button', { name: '1-нұсқаны жариялау' }).click();
      await page.getByText('1-нұсқа жарияланды.').waitFor();
      await adal.checkAccessibility();

      // Assigned to the employee's department, due in a month.
      const due = new Date(Date.now() + 30 * DAY_MS);
      await followNavigation(page, 'Тағайындаулар');
      await page.getByRole('heading', { name: 'Тағайындаулар', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Жаңа тағайындау' }).click();
      const assign = page.getByRole('dialog', { name: 'Жаңа тағайындау' });
      await assign.getByRole('combobox', { name: 'Курс', exact: true }).click();
      await page.getByRole('option', { name: COURSE_KK, exact: true }).click();
      await assign.getByRole('combobox', { name: 'Аудитория' }).click();
      await page.getByRole('option', { name: 'Бөлімшелер', exact: true }).click();
      await assign.locator(`#assignment-unit-${employee.orgUnitId}`).check();
      await assign.getByRole('combobox', { name: 'Мерзім', exact: true }).fill(pickerDay(due));
      await adal.checkAccessibility();
      await assign.getByRole('button', { name: 'Курсты тағайындау' }).click();
      await dialogCloses(assign);
      const openAssignment = page.getByRole('link', { name: `${COURSE_KK} курсының тағайындауын ашу` });
      await openAssignment.waitFor();
      const assignmentUrl = new URL((await openAssignment.getAttribute('href')) ?? '', stack.url).pathname;
      await signOut(adal);

      // The learner reads both lessons and starts the test.
      await signInThroughLoginPage(adal, EMPLOYEE);
      await followNavigation(page, 'Менің оқуым');
      await page.getByRole('heading', { name: 'Менің оқуым', level: 1 }).waitFor();
      await page.getByRole('link', { name: COURSE_KK, exact: true }).click();
      await page.getByRole('heading', { name: COURSE_KK, level: 1 }).waitFor();
      await page.getByText('Сұрақтар саны: 4').waitFor();
      await page.locator('.lesson').last().scrollIntoViewIfNeeded();
      const start = page.getByRole('link', { name: 'Тестті бастау' });
      await start.waitFor();
      await adal.checkAccessibility();
      await start.click();

      // Four questions; the second is flagged to come back to; all answered rightly.
      await page.getByRole('heading', { name: 'Тест', level: 1 }).waitFor();
      const navigator = page.getByRole('navigation', { name: 'Тест сұрақтары' });
      for (let i = 0; i < 4; i += 1) {
        await page.getByText(`4 сұрақтың ${i + 1}-сі`, { exact: true }).waitFor();
        if (i === 1) {
          const flag = page.getByRole('button', { name: 'Қайта оралу үшін белгілеу' });
          await flag.click();
          await expect.poll(() => flag.getAttribute('aria-pressed')).toBe('true');
          await navigator.getByRole('button', { name: '2-сұрақ: жауап жоқ, белгіленген' }).waitFor();
          await adal.checkAccessibility();
        }
        await answerRightly(page);
        await expect
          .poll(() => navigator.getByTestId(`nav-${i + 1}`).getAttribute('aria-label'))
          .toMatch(/жауап берілген/);
        if (i < 3) await page.getByRole('button', { name: 'Келесі сұрақ' }).click();
      }
      await page.getByText('Жауап берілді: 4 / 4', { exact: true }).first().waitFor();
      await page.getByRole('button', { name: 'Тестті аяқтау' }).click();
      await page.getByRole('heading', { name: 'Аяқтау алдындағы қорытынды' }).waitFor();
      await page.getByText('Барлық сұраққа жауап берілген.').waitFor();
      await page.getByRole('heading', { name: 'Белгіленген: 1' }).waitFor();
      expect(await page.getByTestId('summary-flagged').innerText()).toContain('2-сұраққа өту');
      await adal.checkAccessibility();
      await page.getByRole('button', { name: 'Барлығын жіберіп, аяқтау' }).click();
      const confirm = page.getByRole('dialog', { name: 'Тестті аяқтайсыз ба?' });
      await confirm.getByRole('button', { name: 'Аяқтап, нәтижені көру' }).click();

      // The result, and the review with every explanation the trainer wrote.
      await page.getByRole('heading', { name: 'Тест нәтижесі', level: 1 }).waitFor();
      expect(await page.getByTestId('result-score').innerText()).toBe('Сіздің нәтижеңіз: 100 %');
      expect(await page.getByTestId('result-verdict').innerText()).toBe('Тест тапсырылды');
      await page.getByRole('heading', { name: 'Жауаптарыңызды талдау' }).waitFor();
      await page.getByText('Барлық жауаптар дұрыс.').waitFor();
      for (const q of [SINGLE, MULTIPLE, MATCHING, TRUE_FALSE]) {
        await page.getByText(q.explanation.kk, { exact: true }).waitFor();
      }
      await adal.checkAccessibility();

      // The certificate, printed in Russian, with a QR code that opens its verification page.
      await page.getByRole('combobox', { name: 'Сертификат тілі' }).click();
      await page.getByRole('option', { name: 'Орыс тілі', exact: true }).click();
      const certificateLink = page.getByRole('link', { name: 'Сертификатты жүктеп алу (PDF)' });
      await expect.poll(() => certificateLink.getAttribute('hreflang')).toBe('ru');
      const href = new URL((await certificateLink.getAttribute('href')) ?? '', stack.url);
      expect(href.searchParams.get('lang')).toBe('ru');
      const code = /\/training\/certificates\/([^/]+)\.pdf$/.exec(href.pathname)?.[1] ?? '';
      expect(code).not.toBe('');
      const certificateDownload = page.waitForEvent('download');
      await certificateLink.click();
      const certificate = await certificateDownload;
      expect(certificate.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = Buffer.from(await (await page.request.get(href.href)).body());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain('/Lang (ru)');
      expect(decodePdfQr(pdf)).toBe(`${new URL(stack.url).origin}/training/verify/${code}`);
      await adal.checkAccessibility();
      await signOut(adal);

      // The trainer gives the employee a month more on the assignment's page.
      await signInThroughLoginPage(adal, TRAINER);
      await adal.visit(assignmentUrl);
      await page.getByRole('heading', { name: COURSE_KK, level: 1 }).waitFor();
      const people = page.getByRole('region', { name: /^Жазылғандар/ });
      const employeeRow = people.getByRole('row', { name: new RegExp(employeeName) });
      await employeeRow.waitFor();
      expect(await employeeRow.innerText()).toContain('Тапсырылды');
      await adal.checkAccessibility();
      await page.getByRole('checkbox', { name: `Таңдау: ${employeeName}` }).check();
      await page.getByRole('button', { name: 'Мерзімді ұзарту' }).click();
      const extend = page.getByRole('dialog', { name: 'Мерзімді ұзарту' });
      const chosen = extend.getByText('Таңдалған адамдар: 1.', { exact: false });
      await chosen.waitFor();
      const newDue = extend.getByRole('combobox', { name: 'Жаңа мерзім' });
      await newDue.fill(pickerDay(new Date(due.getTime() + 30 * DAY_MS)));
      // Typing a date opens no calendar over the dialog's buttons.
      expect(await page.locator('.p-datepicker-panel').count()).toBe(0);
      await chosen.waitFor();
      await adal.checkAccessibility();
      await extend.getByRole('button', { name: 'Ұзарту' }).click();
      await page.getByText('Мерзімі ұзартылғандар: 1.').waitFor();
      await expect.poll(() => employeeRow.innerText()).toContain('ұзартылды, бұрын');
      await page.getByText(/1 адамның мерзімі .* дейін ұзартылды/).waitFor();
      await adal.checkAccessibility();

      // A seminar held yesterday, with the employee recorded as present.
      await followNavigation(page, 'Оқу сабақтары');
      await page.getByRole('heading', { name: 'Оқу сабақтары', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Сабақ жоспарлау' }).click();
      const plan = page.getByRole('dialog', { name: 'Сабақ жоспарлау' });
      await plan.getByRole('combobox', { name: 'Түрі' }).click();
      await page.getByRole('option', { name: 'Семинар' }).click();
      const topic = plan.getByRole('group', { name: 'Тақырып' });
      await topic.getByLabel('Қазақша').fill('Сыйлықтарды тіркеу семинары');
      await topic.getByLabel('Орысша').fill('Семинар о регистрации подарков');
      await plan.getByRole('combobox', { name: 'Күні' }).fill(pickerDay(new Date(Date.now() - DAY_MS)));
      await plan.getByLabel('Ұзақтығы, минут').pressSequentially('90');
      await plan.getByLabel('Жаттықтырушы').fill('Айгүл Серікова');
      await plan.getByRole('button', { name: 'Жоспарлау' }).click();
      await page.getByRole('heading', { name: 'Сыйлықтарды тіркеу семинары', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'Адам қосу' }).fill(EMPLOYEE);
      await page.getByRole('option', { name: new RegExp(EMPLOYEE) }).click();
      await page.getByRole('list', { name: 'Белгіленетін адамдар' }).getByRole('listitem').first().waitFor();
      await adal.checkAccessibility();
      await page.getByRole('button', { name: 'Қатысуды сақтау (1)' }).click();
      await page.getByText('Қатысты: 1. Қатыспады: 0.').waitFor();
      const attendance = page.getByRole('region', { name: /^Қатысу:/ });
      expect(await attendance.getByRole('row', { name: new RegExp(EMPLOYEE) }).innerText()).toContain(
        'Қатысты',
      );
      await adal.checkAccessibility();

      // After: the department's passed figure is one higher.
      await openCompletion(adal);
      await expect.poll(() => passedFigure(adal, employee.orgUnitId)).toBe(passedBefore + 1);
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
