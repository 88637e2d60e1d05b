import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import {
  COMPLIANCE_PLUGIN,
  HOTLINE_PLUGIN,
  startBrowserStack,
  type BrowserStack,
} from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';
import { dialogCloses } from './harness/dialog';

/**
 * Chapter 1 and §9–§11, §73 on the demo holding, as the compliance service lives it: the officer
 * loads a register from a spreadsheet (a wrong one first, refused row by row), re-scores a risk and
 * sees it move on the map; the compliance head proposes a risk from a substantiated hotline case
 * without its content; the officer gives it a measure and publishes it, the first head approves the
 * plan on a phone; a visitor with no account reads the public page (not the confidential risk) and
 * sends a proposal, which the officer answers and the page then shows; the quarter's
 * self-assessment draws 3 or 4 processes. Each page in Kazakh, accessible, the phone's without
 * sideways scrolling.
 */
const PHONE = { width: 360, height: 780 };
const LAPTOP = { width: 1366, height: 900 };

const IMPORTED = ['Кеңсе тауарларын есептен шығару', 'Қызметтік көлікті пайдалану'] as const;
const RESCORED = 'Қызметкерлерді жұмысқа қабылдау';
const CONFIDENTIAL = 'Клиенттердің дербес деректерін өңдеу';
const PROPOSED = 'Техникалық ерекшеліктерді дайындау';
const MEASURE = 'Техникалық ерекшеліктерді жариялағанға дейін қолжетімділікті шектеу';
const PROPOSAL = 'Сатып алу комиссиясының отырыстарын бейнеге түсіріп, жазбасын сақтаңыз.';
const ANSWER = 'Қабылданды: отырыстар келесі тоқсаннан бастап бейнеге түсіріледі.';
/** The demo's substantiated case: the report's words and the investigation's findings. */
const CASE_CONTENT = ['техникалық ерекшелікті жариялағанға дейін жіберген', 'Хат алмасу расталды'];

let running: BrowserStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('compliance-story', {
    imports: () => ({ ...COMPLIANCE_PLUGIN, ...HOTLINE_PLUGIN }),
    // With the hotline's keys the demo holds its cases, a substantiated one among them.
    hotline: true,
  });
  ({ browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function signedIn(email: string, viewport = LAPTOP): Promise<AdalPage> {
  const adal = await AdalPage.open(browser, running.stack.url, viewport);
  await adal.visit('/');
  await signInThroughLoginPage(adal, email);
  return adal;
}

/** A register as the export writes it, Kazakh headings first; `rows` are the scored risks. */
async function register(
  rows: (string | number)[][],
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Тізілім');
  sheet.addRow(['Процесс немесе құжат', 'Сыбайлас жемқорлық схемасы', 'Ықтималдық', 'Жиілік', 'Салдары']);
  for (const row of rows) sheet.addRow(row);
  return {
    name: 'tizilim.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

function day(offset: number): string {
  const when = new Date(Date.now() + offset * 86_400_000 + 5 * 3_600_000);
  const [year, month, date] = when.toISOString().slice(0, 10).split('-');
  return `${date}.${month}.${year}`;
}

async function typeDay(scope: Locator | Page, label: string, offset: number): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(day(offset));
  await field.press('Tab');
}

/** Types the scores into a risk's form: a number field takes its value as the person leaves it. */
async function score(dialog: Locator, probability: number, frequency: number, impact: number): Promise<void> {
  for (const [label, value] of [
    ['Ықтималдық', probability],
    ['Жиілік', frequency],
    ['Салдары', impact],
  ] as const) {
    await dialog.getByLabel(label, { exact: true }).fill(String(value));
    await dialog.getByLabel(label, { exact: true }).press('Tab');
  }
}

const riskRow = (page: Page, process: string) => page.getByRole('row').filter({ hasText: process });

describe('the compliance programme, from the register to the public page', () => {
  it('the officer imports a register, re-scores a risk and sees it move on the map', async () => {
    const adal = await signedIn('compliance@demo.adal.kz');
    const { page } = adal;
    try {
      await adal.visit('/compliance/risks');
      await page
        .getByRole('heading', { name: 'Сыбайлас жемқорлық тәуекелдерінің тізілімі', level: 1 })
        .waitFor();

      // A score outside the 5 × 5 scale: the row and column are named and nothing is imported.
      await page.getByRole('button', { name: 'Импорттау' }).click();
      const dialog = page.getByRole('dialog', { name: 'Тәуекелдерді файлдан импорттау' });
      await dialog.locator('input[type="file"]').setInputFiles(
        await register([
          [IMPORTED[0], 'Жарамды кеңсе тауарларын есептен шығарып, сату', 2, 3, 2],
          [IMPORTED[1], 'Көлікті жеке мақсатта пайдалану', 9, 2, 2],
        ]),
      );
      await dialog.getByRole('button', { name: 'Жүктеу' }).click();
      const problems = dialog.getByRole('table', { name: 'Файлдағы қателер' });
      await problems.waitFor();
      expect(await problems.locator('tbody tr').count()).toBe(1);
      expect(await problems.locator('tbody tr').innerText()).toContain('3');
      await adal.checkAccessibility();

      await dialog.locator('input[type="file"]').setInputFiles(
        await register([
          [IMPORTED[0], 'Жарамды кеңсе тауарларын есептен шығарып, сату', 2, 3, 2],
          [IMPORTED[1], 'Көлікті жеке мақсатта пайдалану', 3, 2, 2],
        ]),
      );
      await dialog.getByRole('button', { name: 'Жүктеу' }).click();
      await dialog.getByText('Қосылған тәуекелдер: 2').waitFor();
      await dialog.getByRole('button', { name: 'Жабу' }).first().click();
      for (const process of IMPORTED) await riskRow(page, process).waitFor();

      // Hiring, scored 3 · 3 · 4 a month ago, goes down to 2 · 2 · 4 today.
      await riskRow(page, RESCORED).getByRole('button', { name: 'Өзгерту' }).click();
      const form = page.getByRole('dialog');
      await score(form, 2, 2, 4);
      await form.getByLabel('Өзгеріс себебі').fill('Конкурстық комиссияға тәуелсіз мүше енгізілді');
      await form.getByRole('button', { name: 'Сақтау' }).click();
      await dialogCloses(form);
      await expect
        .poll(() => riskRow(page, RESCORED).innerText())
        .toContain('Ықтималдық 2, жиілік 2, салдары 4');

      await adal.visit('/compliance/risks/map');
      await page
        .getByRole('heading', { name: 'Сыбайлас жемқорлық тәуекелдерінің картасы', level: 1 })
        .waitFor();
      await typeDay(page, 'Салыстыру күні', -7);
      await page.getByRole('button', { name: 'Көрсету' }).click();
      const moved = page.getByTestId('movements').getByRole('listitem').filter({ hasText: RESCORED });
      await expect.poll(() => moved.innerText()).toContain('— Төмендеді:');
      await expect
        .poll(() =>
          page.getByTestId('movements').getByRole('listitem').filter({ hasText: IMPORTED[0] }).innerText(),
        )
        .toContain('— Пайда болды:');
      // A cell lists its risks: procurement, re-scored to 5 × 5, alone at the top right.
      await page.getByRole('button', { name: /^Тәуекелдер: 1; ықтималдық 5, салдары 5, Өте жоғары/ }).click();
      await page
        .getByTestId('cell-risks')
        .getByText('Тауарларды, жұмыстарды және көрсетілетін қызметтерді сатып алу')
        .waitFor();
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('the compliance head proposes a risk from a substantiated hotline case, without its content', async () => {
    const [closed] = await running.stack.orm.em
      .fork()
      .execute<{ id: string }[]>(
        "select id from hotline_report where status = 'closed' and outcome = 'substantiated' limit 1",
      );
    const adal = await signedIn('head@demo.adal.kz');
    const { page } = adal;
    try {
      await adal.visit(`/hotline/cases/${closed!.id}`);
      await page.getByRole('tab', { name: 'Қорытындылар мен ұсыныстар' }).click();
      await page.getByRole('link', { name: 'Тәуекел ұсыну' }).click();
      await page.waitForURL(/\/compliance\/risks\?proposeFrom=hotline_case/);
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/^Дереккөз бойынша ұсынылды: Сенім телефоны ісі HL-\d{4}-\d{4}\./).waitFor();
      // Neither what the reporter wrote nor what the investigation found reaches the form.
      const typed = await dialog
        .locator('input, textarea')
        .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value).join('\n'));
      const shown = `${await dialog.innerText()}\n${typed}`;
      for (const content of CASE_CONTENT) expect(shown).not.toContain(content);
      await adal.checkAccessibility();

      await dialog.getByLabel('Процесс немесе құжат').fill(PROPOSED);
      await dialog
        .getByLabel('Сыбайлас жемқорлық схемасы')
        .fill('Техникалық ерекшелік жарияланғанға дейін бір жеткізушіге беріледі');
      await score(dialog, 4, 3, 4);
      await dialog.getByRole('button', { name: 'Сақтау' }).click();
      await dialogCloses(dialog);
      await expect
        .poll(() => riskRow(page, PROPOSED).innerText())
        .toMatch(/Сенім телефоны ісі HL-\d{4}-\d{4}/);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('the officer adds a measure and the first head approves the plan on a phone', async () => {
    const officer = await signedIn('compliance@demo.adal.kz');
    try {
      const { page } = officer;
      await officer.visit('/compliance/mitigation');
      await page.getByRole('button', { name: 'Шара қосу' }).click();
      const dialog = page.getByRole('dialog', { name: 'Шара қосу' });
      await dialog.getByRole('combobox', { name: 'Тәуекел' }).click();
      await page.getByRole('option', { name: new RegExp(PROPOSED) }).click();
      await dialog.getByLabel('Шара', { exact: true }).fill(MEASURE);
      await dialog.getByRole('combobox', { name: 'Орындаушы' }).fill('Қасымов');
      await page.getByRole('option', { name: /^Данияр Асқарұлы Қасымов/ }).click();
      await typeDay(dialog, 'Мерзімі', 30);
      await dialog.getByLabel('Аяқталу нысаны', { exact: true }).fill('Бірінші басшының бұйрығы');
      await officer.checkAccessibility();
      await dialog.getByRole('button', { name: 'Сақтау' }).click();
      await dialogCloses(dialog);
      await page.getByTestId('measure').filter({ hasText: MEASURE }).waitFor();
      expect(officer.errors).toEqual([]);
    } finally {
      await officer.close();
    }

    const head = await signedIn('first@demo.adal.kz', PHONE);
    try {
      const { page } = head;
      await head.visit('/compliance/mitigation');
      await page.getByTestId('measure').filter({ hasText: MEASURE }).waitFor();
      await page.getByRole('button', { name: 'Жоспарды бекіту' }).click();
      const confirm = page.getByRole('dialog', { name: 'Жоспарды бекітесіз бе?' });
      await head.checkAccessibility();
      await confirm.getByRole('button', { name: 'Жоспарды бекіту' }).click();
      await dialogCloses(confirm);
      await expect.poll(() => page.getByTestId('plan-state').innerText()).toContain('Бекітілген');
      expect(await page.getByRole('button', { name: 'Шара қосу' }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      // The register on the phone, ranked by level: the procurement risk at 5 × 5 leads.
      await head.visit('/compliance/risks');
      const table = page.getByRole('table');
      await table.getByText(PROPOSED).waitFor();
      expect(await table.locator('tbody tr').first().innerText()).toContain('Өте жоғары');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await head.checkAccessibility();
      expect(head.errors).toEqual([]);
    } finally {
      await head.close();
    }

    const publisher = await signedIn('compliance@demo.adal.kz');
    try {
      const { page } = publisher;
      await publisher.visit('/compliance/mitigation');
      await page.getByRole('button', { name: 'Жоспарды жариялау' }).click();
      const confirm = page.getByRole('dialog', { name: 'Жоспарды жариялайсыз ба?' });
      await confirm.getByRole('button', { name: 'Жоспарды жариялау' }).click();
      await dialogCloses(confirm);
      await expect.poll(() => page.getByTestId('plan-state').innerText()).toMatch(/жарияланды/);

      await publisher.visit('/compliance/public');
      const proposed = page.getByTestId('public-risk').filter({ hasText: PROPOSED });
      await proposed.getByLabel('Жарияланған').check();
      await expect.poll(() => proposed.getByLabel('Жарияланған').isChecked()).toBe(true);
      await expect
        .poll(() => page.getByTestId('public-risk').filter({ hasText: CONFIDENTIAL }).innerText())
        .toContain('Жарияланбайды');
      expect(publisher.errors).toEqual([]);
    } finally {
      await publisher.close();
    }
  });

  it('a visitor reads the public page and sends a proposal; the officer answers it and the page shows the answer', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'kk-KZ' });
    const visitor = await context.newPage();
    const publicPage = `${running.stack.url}/transparency/demo`;
    try {
      await visitor.goto(publicPage);
      await visitor.getByRole('heading', { name: 'Сыбайлас жемқорлық картограммасы' }).waitFor();
      const cartogram = visitor.locator('section[aria-labelledby="cartogram"]');
      await cartogram.getByText(PROPOSED).first().waitFor();
      expect(await visitor.getByText(CONFIDENTIAL).count()).toBe(0);
      await visitor.locator('section[aria-labelledby="plan"]').getByText(MEASURE).waitFor();

      await visitor.getByLabel('Ұсыныс', { exact: true }).fill(PROPOSAL);
      await visitor.getByRole('button', { name: 'Ұсынысты жіберу' }).click();
      await visitor.getByText(/Ұсынысыңыз қабылданды\. Нөмірі: /).waitFor();
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const officer = await signedIn('compliance@demo.adal.kz');
      try {
        const { page } = officer;
        await officer.visit('/compliance/public');
        const proposal = page.getByTestId('proposal').filter({ hasText: PROPOSAL });
        await proposal.getByRole('button', { name: 'Жауап беру' }).click();
        const dialog = page.getByRole('dialog', { name: 'Ұсынысқа жауап' });
        await dialog.getByLabel('Ұсыныс қалай қолданылады').fill(ANSWER);
        await officer.checkAccessibility();
        await dialog.getByRole('button', { name: 'Жауапты жариялау' }).click();
        await dialogCloses(dialog);
        await expect.poll(() => proposal.innerText()).toContain('Қабылданды');
        expect(officer.errors).toEqual([]);
      } finally {
        await officer.close();
      }

      await visitor.goto(publicPage);
      const answered = visitor.locator('section[aria-labelledby="proposals"]');
      await answered.getByText(ANSWER).waitFor();
      expect(await answered.getByText(PROPOSAL).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('the quarter’s self-assessment draws 3 or 4 processes, once', async () => {
    const adal = await signedIn('compliance@demo.adal.kz');
    const { page } = adal;
    try {
      await adal.visit('/compliance/self-assessment');
      await page.getByTestId('draw').click();
      const dialog = page.getByRole('dialog', { name: 'Осы тоқсанның процестерін таңдау керек пе?' });
      await adal.checkAccessibility();
      await dialog.getByRole('button', { name: 'Процестерді таңдау' }).click();
      await dialogCloses(dialog);
      await page.getByTestId('drawn-process').first().waitFor();
      const drawn = await page.getByTestId('drawn-process').count();
      expect(drawn).toBeGreaterThanOrEqual(3);
      expect(drawn).toBeLessThanOrEqual(4);
      // A quarter is drawn once: the button stays, disabled, saying why.
      expect(await page.getByTestId('draw').isDisabled()).toBe(true);
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
