import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '@adal/gateway/testing/pdf-text';
import { AdalPage } from './harness/browser';
import { COMPLIANCE_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { findLayoutProblems } from './harness/layout';
import { signInThroughLoginPage } from './harness/login';

/**
 * Issue 16 (§69, §74) in Kazakh: the head of compliance of the holding composes a view on a wide
 * screen from three plugins' indicators (training, hotline, risk mitigation), shows it for the
 * energy subsidiary and saves it so, writes the period's commentary on a widget, signs the period
 * off and shares the view with the first head's role. The first head opens it from their home page
 * on a 360 px phone, reads it with no edit controls, drills into the subsidiary's figure down to
 * its units and sees no person named there (the first head may not read the records behind a
 * figure), then downloads it as PDF and XLSX.
 */
const PHONE = { width: 360, height: 780 };
const TITLE = 'Энерго: тоқсандық көрсеткіштер';
const COVERAGE = 'Сыбайлас жемқорлыққа қарсы оқытумен қамтылған нақты штат үлесі';
const REPORTS = 'Сенім желісіне түскен хабарламалар саны';
const MEASURES = 'Мерзімінде орындалған тәуекелдерді жою шараларының үлесі';
const COMMENT = 'Энерго компаниясында оқытуды тоқсан соңына дейін аяқтау керек.';
const ENERGY = /«Адал Энерго»/;

let running: BrowserStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('kpi-views-story', { imports: () => ({ ...COMPLIANCE_PLUGIN }) });
  ({ browser } = running);
});

afterAll(async () => {
  await running?.close();
});

/** A radio or check box of the add-widget dialog, named by the indicator's title and its paragraph. */
const choice = (title: string) => new RegExp(`^${title} \\(`);

async function addWidget(adal: AdalPage, kind: string, search: string, title: string): Promise<void> {
  const { page } = adal;
  await page.getByRole('button', { name: 'Виджет қосу' }).click();
  const dialog = page.getByRole('dialog', { name: 'Виджет қосу' });
  await dialog.waitFor();
  if (kind !== 'Сан') {
    await dialog.getByRole('combobox', { name: 'Түрі' }).click();
    await page.getByRole('option', { name: kind, exact: true }).click();
  }
  await dialog.getByLabel('Көрсеткішті іздеу').fill(search);
  const box =
    kind === 'Кесте'
      ? dialog.getByRole('checkbox', { name: choice(title) })
      : dialog.getByRole('radio', { name: choice(title) });
  await box.check();
  await adal.checkAccessibility();
  await dialog.getByRole('button', { name: 'Қосу', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function chooseOrganization(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: 'Ұйым' }).click();
  await page.getByRole('option', { name }).click();
  await page.getByRole('button', { name: 'Көрсету' }).click();
}

describe('a KPI view composed by the head of compliance and read by the first head', () => {
  it('is composed for a subsidiary, commented, signed off and shared, then read, drilled and exported', async () => {
    const head = await AdalPage.open(browser, running.stack.url);
    try {
      const { page } = head;
      await head.visit('/');
      await signInThroughLoginPage(head, 'head@demo.adal.kz');
      await head.visit('/compliance/kpi-views');
      await page.getByRole('heading', { name: 'Көрсеткіштер тақталары', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Жаңа тақта' }).click();
      await page.getByRole('dialog').getByLabel('Тақтаның атауы').fill(TITLE);
      await page.getByRole('dialog').getByRole('button', { name: 'Құру' }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

      // Three widgets from three plugins: training's coverage, the hotline's reports by period,
      // and the mitigation plan's measures done on time.
      await addWidget(head, 'Сан', 'оқытумен қамтылған', COVERAGE);
      await addWidget(head, 'Серпін', 'хабарламалар саны', REPORTS);
      await addWidget(head, 'Кесте', 'жою шараларының', MEASURES);
      expect(await page.locator('[data-testid="kpi-widget"]').count()).toBe(3);

      // The holding's compliance head shows the energy company; its units are not the holding's.
      await chooseOrganization(page, ENERGY);
      expect(await page.getByRole('combobox', { name: 'Бөлімше' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Тақтаны сақтау' }).click();
      await page.getByRole('button', { name: 'Өзгерту', exact: true }).waitFor();
      await page.locator('[data-testid="kpi-light"]').first().waitFor();
      await page.getByRole('combobox', { name: 'Ұйым' }).filter({ hasText: ENERGY }).waitFor();
      await head.checkAccessibility();

      // The period's commentary on the coverage widget.
      const coverage = page.locator('[data-testid="kpi-widget"]', { hasText: COVERAGE });
      await coverage.getByRole('button', { name: 'Түсініктеме жазу' }).click();
      await coverage.getByRole('textbox', { name: 'Кезеңге түсініктеме' }).fill(COMMENT);
      await head.checkAccessibility();
      await coverage.getByRole('button', { name: 'Сақтау' }).click();
      await coverage.locator('[data-testid="kpi-comment"]', { hasText: COMMENT }).waitFor();

      // The sign-off, confirmed: the period's figures are kept as they are now.
      await page.locator('[data-testid="kpi-sign-off-button"]').click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('Бұл кезеңнің көрсеткіштері қазіргі күйінде бекітіледі').waitFor();
      await head.checkAccessibility();
      await confirm.getByRole('button', { name: 'Қол қою' }).click();
      await page.locator('[data-testid="kpi-sign-off"]', { hasText: 'Қол қойған:' }).waitFor();
      expect(await page.getByRole('button', { name: 'Түсініктеме жазу' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Бөлісу' }).click();
      await page.getByRole('dialog').getByLabel('Бірінші басшы').check();
      await head.checkAccessibility();
      await page.getByRole('dialog').getByRole('button', { name: 'Бөлісу' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await head.checkAccessibility();
      expect(head.errors).toEqual([]);
    } finally {
      await head.close();
    }

    const first = await AdalPage.open(browser, running.stack.url, PHONE);
    try {
      const { page } = first;
      await first.visit('/');
      await signInThroughLoginPage(first, 'first@demo.adal.kz');
      // The shared view waits on the first head's home page.
      const work = page.getByRole('region', { name: 'Менің жұмысым' });
      const item = work.getByRole('link', {
        name: `Сізбен бөлісілген көрсеткіштер тақтасы: ${TITLE}`,
      });
      await item.waitFor();
      await first.checkAccessibility();
      await item.click();
      const heading = page.getByRole('heading', { name: TITLE, level: 1 });
      await heading.waitFor();
      await page.locator('[data-testid="kpi-light"]').first().waitFor();
      await page.getByRole('combobox', { name: 'Ұйым' }).filter({ hasText: ENERGY }).waitFor();
      await page.locator('[data-testid="kpi-comment"]', { hasText: COMMENT }).waitFor();
      await page.locator('[data-testid="kpi-sign-off"]', { hasText: 'Қол қойған:' }).waitFor();
      // Read only: nothing to edit, share, sign or comment.
      for (const name of ['Өзгерту', 'Бөлісу', 'Виджет қосу', 'Қол қою', 'Түсініктеме жазу']) {
        expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
      }
      const sharedBy = await page.getByText('Бұл тақтаны сізбен').innerText();
      const owner = /сізбен (.+) бөлісті/.exec(sharedBy)?.[1] ?? '';
      expect(owner).not.toBe('');
      // The header leaves the screen to the page: the view's title shows in the first half of it.
      const box = await heading.boundingBox();
      expect(box && box.y + box.height).toBeLessThan(PHONE.height / 2);
      expect(await findLayoutProblems(page)).toEqual([]);
      await first.checkAccessibility();

      // The subsidiary's figure, down to the subsidiary's own units.
      await page.getByRole('button', { name: `${COVERAGE}: бөлімшелер бойынша` }).click();
      const panel = page.getByRole('dialog', { name: `${COVERAGE}: бөлімшелер бойынша` });
      await panel.locator('[data-testid="kpi-drill-whole"]', { hasText: ENERGY }).waitFor();
      const units = panel.locator('[data-testid="kpi-drill-unit"] th');
      await expect.poll(() => units.allInnerTexts()).toContain('Комплаенс қызметі');
      for (const name of await units.allInnerTexts()) expect(name.trim()).not.toBe('');
      // Counts only: no list of the people behind the figure, and no one named.
      expect(await panel.getByText('Кімдер мен нелер есептелді').count()).toBe(0);
      expect(await panel.innerText()).not.toContain(owner);
      await first.checkAccessibility();
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });

      const pdfDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'PDF жүктеу' }).click();
      const pdf = await readFile(await (await pdfDownload).path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain(TITLE);

      const xlsxDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'XLSX жүктеу' }).click();
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(await readFile(await (await xlsxDownload).path())).buffer);
      expect(book.worksheets).toHaveLength(3);
      await first.checkAccessibility();
      expect(first.errors).toEqual([]);
    } finally {
      await first.close();
    }
  });
});
