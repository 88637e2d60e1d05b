import {
  generateHotlineKeyring,
  grantProtection,
  HOTLINE_CATEGORIES,
  openLabourDispute,
  recordHrAction,
  submitHotlineReport,
  type HotlineCategory,
  type HotlineReceipt,
} from '@adal/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage } from './harness/browser';
import {
  ADMIN_PLUGIN,
  HOTLINE_PLUGIN,
  startBrowserStack,
  TRAINING_PLUGIN,
  type BrowserStack,
} from './harness/browser-stack';
import { findLayoutProblems } from './harness/layout';
import { signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { takeTest } from '@adal/domain/testing';
import { demoPerson, publishStoryCourse } from './harness/training-course';

// Tables a person can work with on a phone: at 360 px nothing is cut off or broken inside a
// word on the completion, assignments and case-list pages, the Protection page's HR actions and
// labour disputes, the administrator's staff list, and certificates (a person's, found by HR, and
// the learner's own); the case list sorts and filters.

const HEAD = 'head@demo.adal.kz';
const ADMIN = 'admin@demo.adal.kz';
const HR_LOGIN = 'hr@demo.adal.kz';
const PROTECTED = 'employee@demo.adal.kz';
const PHONE = { width: 360, height: 780 };
const DAY = 86_400_000;
const REPORTS = 30;

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('tables', {
    imports: () => ({ ...TRAINING_PLUGIN, ...HOTLINE_PLUGIN, ...ADMIN_PLUGIN }),
  });
  ({ stack, browser } = running);
  // More reports than one page holds, of every category, received days apart. The queue shows
  // no content, so a keyring of the test's own seals them.
  const head = await demoPerson(stack.orm, HEAD);
  const { organizationId } = head;
  const keyring = generateHotlineKeyring('tables');
  const receipts: HotlineReceipt[] = [];
  for (let index = 0; index < REPORTS; index += 1) {
    const category = HOTLINE_CATEGORIES[index % HOTLINE_CATEGORIES.length] as HotlineCategory;
    const receipt = await stack.orm.em.fork().transactional((em) =>
      submitHotlineReport(
        em,
        keyring,
        organizationId,
        {
          category,
          what: 'Қойма меңгерушісі жанар-жағармай талондарын қолма-қол ақшаға сатады.',
          when: null,
          where: null,
          who: null,
          anonymous: true,
        },
        new Date(Date.now() - (index * 3 + 1) * DAY),
      ),
    );
    receipts.push(receipt);
  }

  // An employee who assisted the first report is protected: HR's dismissal of them is flagged,
  // and their labour dispute is past its decision's deadline. A transfer of someone else is not.
  const [first] = receipts;
  const protectedPerson = await demoPerson(stack.orm, PROTECTED);
  const other = await demoPerson(stack.orm, 'trainer@demo.adal.kz');
  const headActor = { personId: head.personId, organizationId, roles: ['compliance_head' as const] };
  const hr = {
    personId: (await demoPerson(stack.orm, HR_LOGIN)).personId,
    organizationId,
    roles: ['hr_officer' as const],
  };
  await stack.orm.em.fork().transactional((em) =>
    grantProtection(em, headActor, {
      personId: protectedPerson.personId,
      basis: 'assisted',
      reportId: first!.reportId,
      reportNumber: first!.number,
      reportDate: new Date(Date.now() - DAY),
    }),
  );
  const today = new Date().toISOString().slice(0, 10);
  await stack.orm.em.fork().transactional(async (em) => {
    await recordHrAction(
      em,
      hr,
      {
        personId: protectedPerson.personId,
        kind: 'dismissal',
        initiator: 'employer',
        decidedOn: today,
        description: 'Жұмысқа дәлелсіз себептермен қатарынан үш күн келмегені үшін жұмыстан босату.',
      },
      new Date(),
    );
    await recordHrAction(
      em,
      hr,
      {
        personId: other.personId,
        kind: 'transfer',
        initiator: 'employer',
        decidedOn: today,
        description: 'Филиалға ауыстыру.',
      },
      new Date(),
    );
  });
  await stack.orm.em.fork().transactional((em) =>
    openLabourDispute(
      em,
      headActor,
      {
        personId: protectedPerson.personId,
        appliedOn: new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10),
        body: 'conciliation_commission',
      },
      new Date(),
    ),
  );
});

afterAll(async () => {
  await running?.close();
});

async function expectNothingClipped(adal: AdalPage): Promise<void> {
  expect(await findLayoutProblems(adal.page)).toEqual([]);
  await adal.checkAccessibility();
}

/** The case table's rows as the cells of the given columns. */
/** The texts of the table's column under this header, row by row. */
function column(page: Page, header: string): Promise<string[]> {
  return page.locator('.adal-table table').evaluate((table, name) => {
    const headers = [...table.querySelectorAll('thead th')].map((th) => (th as HTMLElement).innerText.trim());
    const at = headers.findIndex((text) => text.startsWith(name));
    if (at < 0) throw new Error(`no column "${name}" among ${headers.join(' | ')}`);
    return [...table.querySelectorAll('tbody tr')].map(
      (row) => (row.children[at] as HTMLElement | undefined)?.innerText.trim() ?? '',
    );
  }, header);
}

/** "03.12.2026, 14:05" (or with a non-breaking space) as a time. */
function moment(text: string): number {
  const [day, month, year, hour, minute] = (text.match(/\d+/g) ?? []).map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
}

describe('tables at 360 px', () => {
  it('nothing is clipped or broken inside a word on completion, assignments and the case list; the case list sorts and filters', async () => {
    const adal = await AdalPage.open(browser, stack.url, PHONE);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, HEAD);

      await adal.visit('/training/completion');
      await page.getByRole('region', { name: 'Оқудан өту кестесі' }).locator('tbody tr').first().waitFor();
      await expectNothingClipped(adal);
      // The table is wider than a phone: it says so, and scrolls in its own box.
      await page.getByText('Барлық бағанды көру үшін кестені көлденеңінен айналдырыңыз').first().waitFor();

      await adal.visit('/training/assignments');
      await page.getByRole('heading', { name: 'Тағайындаулар', level: 1 }).waitFor();
      await page.locator('.adal-table tbody tr').first().waitFor();
      await expectNothingClipped(adal);

      // An assignment's own page: its facts, actions and enrolled people fit the phone too.
      await page.locator('.adal-table tbody tr a').first().click();
      await page.getByRole('heading', { name: 'Жазылғандар', level: 2 }).waitFor();
      await page
        .getByRole('region', { name: /^Жазылғандар:/ })
        .locator('tbody tr')
        .first()
        .waitFor();
      await expectNothingClipped(adal);

      await adal.visit('/hotline');
      const [NUMBER, CATEGORY, DEADLINE] = ['Нөмірі', 'Санаты', 'Тексеру мерзімі'];
      const table = page.getByRole('region', { name: 'Сенім желісінің өтініштері' });
      await table.locator('tbody tr').first().waitFor();
      await expectNothingClipped(adal);
      const newestFirst = await column(page, NUMBER);
      expect(newestFirst).toHaveLength(25);
      await expect.poll(() => page.locator('.adal-table-pager').innerText()).toContain('1–25, барлығы 30');

      // Sorted by the processing deadline on the server: the earliest deadline comes first.
      const deadline = table.locator('th', { hasText: 'Тексеру мерзімі' });
      await deadline.click();
      await expect.poll(() => deadline.getAttribute('aria-sort')).toBe('ascending');
      await expect.poll(async () => (await column(page, NUMBER))[0]).not.toBe(newestFirst[0]);
      const deadlines = (await column(page, DEADLINE)).map(moment);
      expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
      await expectNothingClipped(adal);

      // A category filter narrows the list to that category, still in deadline order.
      await page.getByRole('combobox', { name: 'Санаты' }).click();
      // The list of categories fits the phone's screen while it is open.
      await page.getByRole('option', { name: 'Сыбайлас жемқорлық көріністері', exact: true }).waitFor();
      expect(await findLayoutProblems(page)).toEqual([]);
      await page.getByRole('option', { name: 'Сыбайлас жемқорлық көріністері', exact: true }).click();
      await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
      await expect.poll(async () => (await column(page, NUMBER)).length).toBeLessThan(25);
      const categories = await column(page, CATEGORY);
      expect(categories.length).toBeGreaterThan(0);
      expect(new Set(categories)).toEqual(new Set(['Сыбайлас жемқорлық көріністері']));
      const filtered = (await column(page, DEADLINE)).map(moment);
      expect(filtered).toEqual([...filtered].sort((a, b) => a - b));
      await expectNothingClipped(adal);

      // The Protection page: HR actions and labour disputes are tables too, each scrolling in its
      // box. The compliance head sees the flagged action only (§40.1), not the transfer.
      await adal.visit('/hotline/protection');
      const actions = page.getByRole('region', { name: 'Кадрлық шешімдер' });
      await actions.locator('tbody tr').first().waitFor();
      expect(await actions.locator('tbody tr').count()).toBe(1);
      await page.getByRole('region', { name: 'Еңбек даулары' }).locator('tbody tr.overdue').waitFor();
      expect(await actions.locator('tbody tr.waiting').innerText()).toContain(
        'Түпкілікті болу үшін тәртіптік комиссияның ұсынысы қажет.',
      );
      // §40.1: the record says where the report was made, and the protection ends in a year
      // whose calendar still lacks Kurban Ait.
      await page
        .getByRole('region', { name: 'Қорғаудағы адамдар' })
        .getByText(/Сенім желісіне .* хабарлады/)
        .first()
        .waitFor();
      await page.getByText('Құрбан айттың күні әлі жарияланған жоқ', { exact: false }).first().waitFor();
      await expectNothingClipped(adal);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('nothing is clipped in the administrator’s staff list, which pages on the server', async () => {
    const adal = await AdalPage.open(browser, stack.url, PHONE);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, ADMIN);
      await adal.visit('/admin/people');
      const people = page.getByRole('region', { name: 'Қызметкерлер' });
      await people.locator('tbody tr').first().waitFor();
      await expectNothingClipped(adal);
      await page.getByText('Барлық бағанды көру үшін кестені көлденеңінен айналдырыңыз').first().waitFor();
      expect(await people.locator('tbody tr').count()).toBe(25);
      await expect.poll(() => page.locator('.adal-table-pager').innerText()).toMatch(/^.*1–25, барлығы \d+/s);
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
  it('nothing is clipped in a person’s certificates, found by the administrator, nor in the learner’s own', async () => {
    const employee = await demoPerson(stack.orm, PROTECTED);
    const trainer = await demoPerson(stack.orm, 'trainer@demo.adal.kz');
    const course = await publishStoryCourse(
      stack.orm,
      {
        personId: trainer.personId,
        organizationId: trainer.organizationId,
        roles: ['employee', 'training_admin'],
      },
      employee.orgUnitId,
    );
    await takeTest(
      stack.orm,
      { personId: employee.personId, organizationId: employee.organizationId, roles: ['employee'] },
      course.testId,
      course.questionCount,
    );

    const adal = await AdalPage.open(browser, stack.url, PHONE);
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, ADMIN);
      await adal.visit('/training/people');
      await page.getByRole('heading', { name: 'Сертификаттар', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'Қызметкер' }).fill('Жұмабаев');
      await page.getByRole('option', { name: /Ерлан Бекұлы Жұмабаев/ }).click();
      await page.getByRole('heading', { name: 'Сертификаттар: Ерлан Бекұлы Жұмабаев', level: 1 }).waitFor();
      const row = page.locator('.adal-table tbody tr', { hasText: course.titleKk });
      await row.waitFor();
      expect(await row.innerText()).toContain('Мерзімсіз');
      expect(
        await row
          .getByRole('link', { name: `PDF жүктеп алу: «${course.titleKk}» курсы бойынша сертификат` })
          .getAttribute('href'),
      ).toMatch(/\.pdf\?lang=kk$/);
      await expectNothingClipped(adal);
    } finally {
      await adal.close();
    }

    const learner = await AdalPage.open(browser, stack.url, PHONE);
    try {
      await learner.visit('/');
      await signInThroughLoginPage(learner, PROTECTED);
      await learner.visit('/training');
      await learner.page.getByRole('heading', { name: 'Менің сертификаттарым', level: 2 }).waitFor();
      await learner.page.locator('.adal-table tbody tr', { hasText: course.titleKk }).waitFor();
      await expectNothingClipped(learner);
      expect(learner.errors).toEqual([]);
    } finally {
      await learner.close();
    }
  });
});
