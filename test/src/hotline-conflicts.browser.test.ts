import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person, assignHotlineCase, submitHotlineReport, type HotlineKeyring } from '@adal/domain';
import { AdalPage } from './harness/browser';
import { startBrowserStack, HOTLINE_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';

// Annex 2 case 7: an investigator with a personal interest declares it and leaves the case;
// ISO 37002 §8.4: a high risk of retaliation at triage becomes a protection task.

const HEAD = 'head@demo.adal.kz';
const INVESTIGATOR = 'investigator@demo.adal.kz';
const OFFICER = 'compliance@demo.adal.kz';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;
let keyring: HotlineKeyring;
let organizationId: string;
let head: { personId: string; organizationId: string; roles: ['compliance_head'] };
const names: Record<string, string> = {};

beforeAll(async () => {
  running = await startBrowserStack('hotline-conflicts', { imports: () => HOTLINE_PLUGIN, hotline: true });
  ({ stack, browser } = running);
  keyring = stack.hotlineKeyring;
  const em = stack.orm.em.fork();
  for (const email of [HEAD, INVESTIGATOR, OFFICER]) {
    const person = await em.findOneOrFail(Person, { email });
    names[email] = person.fullName;
    organizationId = person.organization.id;
    if (email === HEAD) head = { personId: person.id, organizationId, roles: ['compliance_head'] };
  }
});

afterAll(async () => {
  await running?.close();
});

/** A report as a reporter files it, optionally assigned to the demo investigator. */
async function fileReport(what: string, assignTo?: string): Promise<string> {
  return stack.orm.em.fork().transactional(async (tx) => {
    const receipt = await submitHotlineReport(tx, keyring, organizationId, {
      category: 'corruption',
      what,
      who: 'Қойма меңгерушісі',
      anonymous: true,
    });
    if (assignTo) {
      const investigator = await tx.findOneOrFail(Person, { email: assignTo });
      await assignHotlineCase(tx, head, receipt.reportId, [investigator.id]);
    }
    return receipt.number;
  });
}

/** The hotline's case list, then the case with this number. */
async function openCase(page: Page, number: string): Promise<void> {
  await followNavigation(page, 'Сенім желісінің өтініштері');
  await page.getByRole('link', { name: number }).click();
  await page.getByRole('heading', { name: number, level: 1 }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Шығу' }).click();
}

/** A day `offset` days from today in Kazakhstan, as the date field takes it (dd.mm.yyyy). */
function dayTyped(offset: number): string {
  const day = new Date(Date.now() + 5 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

describe('conflicts of interest and retaliation risk on the hotline', () => {
  it('an investigator declares a conflict of interest and drops off the case; the head sees it unassigned', async () => {
    const number = await fileReport(
      'Қойма меңгерушісі жеткізушіден сыйлық алып, актіге қол қойды.',
      INVESTIGATOR,
    );
    // Another case of theirs, which stays in their queue.
    const kept = await fileReport('Жеткізуші актіге жалған көлем жазды.', INVESTIGATOR);
    const staff = await AdalPage.open(browser, stack.url);
    const { page } = staff;
    try {
      await staff.visit('/');
      await signInThroughLoginPage(staff, INVESTIGATOR);
      await openCase(page, number);
      await page.getByRole('button', { name: 'Мүдделер қақтығысын мәлімдеу' }).click();
      const dialog = page.getByRole('dialog');
      // The reason is required: without it nothing is sent.
      await dialog.getByRole('button', { name: 'Мәлімдеу және істен шығу' }).click();
      await dialog.getByText('Жеке мүддеңіз қандай екенін жазыңыз.').waitFor();
      await dialog.getByLabel('Сіздің жеке мүддеңіз').fill('Қойма меңгерушісі — менің інім.');
      await staff.checkAccessibility();
      await dialog.getByRole('button', { name: 'Мәлімдеу және істен шығу' }).click();
      await dialog.waitFor({ state: 'detached' });
      // Back in the investigator's queue, which no longer holds the case.
      await page.getByRole('heading', { name: 'Сенім желісінің өтініштері', level: 1 }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Сенім желісінің өтініштері', level: 1 }).waitFor();
      await page.getByRole('link', { name: kept }).waitFor();
      await expect(page.getByRole('link', { name: number }).count()).resolves.toBe(0);
      await signOut(page);

      // The compliance head sees the case unassigned, who left it and why, and cannot assign them again.
      await signInThroughLoginPage(staff, HEAD);
      await openCase(page, number);
      await page
        .getByText('Тексеруші мүдделер қақтығысына байланысты бұл істен шықты: басқа адамды тағайындаңыз.')
        .waitFor();
      const declarations = page.getByRole('region', { name: 'Мүдделер қақтығысы' });
      await declarations.getByText(names[INVESTIGATOR] ?? '').waitFor();
      await declarations.getByText('Қойма меңгерушісі — менің інім.').waitFor();
      await staff.checkAccessibility();
      await page.getByRole('button', { name: 'Тексерушілерді тағайындау' }).click();
      const candidate = page.getByRole('checkbox', { name: names[INVESTIGATOR] });
      await expect(candidate.isDisabled()).resolves.toBe(true);
      await page.getByRole('dialog').getByText('Осы іс бойынша мүдделер қақтығысын мәлімдеген').waitFor();
    } finally {
      await staff.close();
    }
  });

  it('a high retaliation risk at triage creates a protection task with its owner and review date', async () => {
    const number = await fileReport('Бөлім басшысы хабарлаушыны жұмыстан шығарамын деп қорқытты.');
    const reviewOn = dayTyped(14);
    const staff = await AdalPage.open(browser, stack.url);
    const { page } = staff;
    try {
      await staff.visit('/');
      await signInThroughLoginPage(staff, HEAD);
      await openCase(page, number);
      await page.getByRole('button', { name: 'Алдын ала қарау' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: 'Жоғары' }).check();
      // Medium and high need a reason; high needs an owner and a review date.
      await dialog.getByRole('button', { name: 'Тексеруді бастау' }).click();
      await dialog.getByText('Қауіп неліктен орташа немесе жоғары екенін жазыңыз.').waitFor();
      await dialog.getByText('Қорғау тапсырмасының жауаптысын таңдаңыз.').waitFor();
      await dialog.getByLabel('Себебі').fill('Хабарлаушы сол бөлімде жұмыс істейді, басшысы оны біледі.');
      await dialog.getByRole('combobox', { name: 'Қорғау тапсырмасының жауаптысы' }).click();
      await page.getByRole('option', { name: names[OFFICER], exact: true }).click();
      await dialog.getByLabel('Қарау күні').fill(reviewOn);
      await staff.checkAccessibility();
      await dialog.getByRole('button', { name: 'Тексеруді бастау' }).click();
      await dialog.waitFor({ state: 'detached' });
      // The case page's protection tab shows the risk assessed, with its reason.
      await page.getByRole('tab', { name: 'Қорғау' }).click();
      const retaliation = page.getByRole('region', { name: 'Қудалау' });
      await retaliation.getByText('Жоғары').waitFor();
      await retaliation.getByText('Хабарлаушы сол бөлімде жұмыс істейді, басшысы оны біледі.').waitFor();

      // The task is listed on the Protection page with its owner and review date.
      await followNavigation(page, 'Өтініш берушілерді қорғау');
      const tasks = page.getByRole('region', { name: 'Қорғау тапсырмалары' });
      const row = tasks.getByRole('row').filter({ hasText: number });
      await row.waitFor();
      await row.getByText(names[OFFICER] ?? '').waitFor();
      await row.getByText(reviewOn).waitFor();
      await row.getByText('Ашық').waitFor();
      await staff.checkAccessibility();
      await signOut(page);

      // Its owner finds it on the same page and completes it with a note.
      await signInThroughLoginPage(staff, OFFICER);
      await followNavigation(page, 'Өтініш берушілерді қорғау');
      const own = page
        .getByRole('region', { name: 'Қорғау тапсырмалары' })
        .getByRole('row')
        .filter({ hasText: number });
      await own.getByRole('button', { name: `${number} өтінішінің қорғау тапсырмасын орындау` }).click();
      await page
        .getByRole('dialog')
        .getByLabel('Не істелді')
        .fill('Хабарлаушы басқа бөлімге уақытша ауыстырылды.');
      await page.getByRole('dialog').getByRole('button', { name: 'Тапсырманы орындау' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expect(own.count()).resolves.toBe(0);
    } finally {
      await staff.close();
    }
  });
});
