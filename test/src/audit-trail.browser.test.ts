import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '@adal/domain';
import { asSuperuser } from '@adal/domain/testing';
import { AdalPage } from './harness/browser';
import { ADMIN_PLUGIN, startBrowserStack, type BrowserStack } from './harness/browser-stack';
import { followNavigation, openHeaderMenu, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { demoPerson } from './harness/training-course';

const AUDITOR = 'auditor@demo.adal.kz';
const ADMIN = 'admin@demo.adal.kz';
const SHOTS = '/tmp/shots/audit';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;
let organizationId: string;
let editedPersonId: string;

// The demo trail, and two edits of a person by the administrator: the events the auditor looks for.
beforeAll(async () => {
  running = await startBrowserStack('audit-trail', { imports: () => ADMIN_PLUGIN });
  ({ stack, browser } = running);
  const admin = await demoPerson(stack.orm, ADMIN);
  const auditor = await demoPerson(stack.orm, AUDITOR);
  organizationId = admin.organizationId;
  editedPersonId = auditor.personId;
  const actor = { personId: admin.personId, organizationId, roles: ['org_admin' as const] };
  for (const position of ['Аудитор', 'Аға аудитор']) {
    await stack.orm.em.fork().transactional((tx) =>
      recordAudit(tx, actor, {
        organizationId,
        action: 'person.updated',
        entityType: 'Person',
        entityId: editedPersonId,
        data: { position },
      }),
    );
  }
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await running?.close();
});

/** Today in Kazakhstan as the date picker takes it, 03.12.2026. */
function todayTyped(offsetDays = 0): string {
  const day = new Date(Date.now() + 5 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

async function typeDay(page: Page, label: string, day: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(day);
  await input.press('Escape');
}

async function chooseAction(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Әрекет', exact: true }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

const rows = (page: Page) => page.locator('.trail tbody tr');

async function openTrail(adal: AdalPage): Promise<void> {
  const { page } = adal;
  await followNavigation(page, 'Аудит журналы');
  await page.getByRole('heading', { name: 'Аудит журналы', level: 1 }).waitFor();
}

describe('the audit trail screen', () => {
  it('an auditor searches by action and day, exports what she found, and learns of a tampered event', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 1366, height: 900 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, AUDITOR);
      await openTrail(adal);
      const chain = page.getByTestId('audit-chain');
      await chain.getByText(/^Тізбек бүтін: \d+ оқиға тексерілді\.$/).waitFor();
      await rows(page).first().waitFor();
      await adal.checkAccessibility();

      // By action: only the administrator's two edits, by name, never the code.
      await chooseAction(page, 'Қызметкер деректері өзгерді');
      await typeDay(page, 'Басы', todayTyped());
      await typeDay(page, 'Соңы', todayTyped());
      await page.getByRole('button', { name: 'Іздеу' }).click();
      await expect.poll(() => rows(page).count()).toBe(2);
      const texts = await rows(page).allInnerTexts();
      expect(texts.every((text) => text.includes('Қызметкер деректері өзгерді'))).toBe(true);
      expect(texts.join('\n')).toContain('Аға аудитор');
      expect(texts.join('\n')).not.toContain('person.updated');
      await adal.checkAccessibility();
      await page.screenshot({ path: `${SHOTS}/search-kk-1366.png` });

      // A day with no events yet: tomorrow.
      await typeDay(page, 'Басы', todayTyped(1));
      await typeDay(page, 'Соңы', todayTyped(1));
      await page.getByRole('button', { name: 'Іздеу' }).click();
      await page.getByText('Бұл іздеу бойынша оқиға жоқ.').waitFor();
      await typeDay(page, 'Басы', todayTyped());
      await typeDay(page, 'Соңы', todayTyped());
      await page.getByRole('button', { name: 'Іздеу' }).click();
      await expect.poll(() => rows(page).count()).toBe(2);

      // The export holds the rows found, in Kazakh, with a byte-order mark for Excel.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV жүктеп алу' }).click();
      const exported = await download;
      expect(exported.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = await readFile(await exported.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(lines[0]).toMatch(/^Уақыты,Орындаушы,Әрекет,Әрекет коды,/);
      expect(lines.slice(1)).toHaveLength(2);
      expect(
        lines.slice(1).every((line) => line.includes(',Қызметкер деректері өзгерді,person.updated,')),
      ).toBe(true);

      // Someone edits a stored event behind the application's back.
      await asSuperuser(stack.orm.em, async (tx) => {
        await tx.execute(
          `update audit_event set data = '{"position": "Бас директор"}'
           where organization_id = ? and action = 'person.updated' and data ->> 'position' = 'Аудитор'`,
          [organizationId],
        );
      });
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { name: 'Аудит журналы', level: 1 }).waitFor();
      await chain.getByText('Тізбек бұзылған: журнал қолданбаны айналып өтіп өзгертілген.').waitFor();
      await chain.getByText('Оқиға өз мөріне сәйкес келмейді: оның мазмұны өзгертілген.').waitFor();
      const named = await chain.getByText(/^Бірінші бұзылған оқиға:/).innerText();
      expect(named).toContain('«Қызметкер деректері өзгерді»');
      expect(named).toContain(editedPersonId);
      // The search outlives the reload, and the table marks the row the chain names.
      await expect.poll(() => rows(page).count()).toBe(2);
      const marked = rows(page).filter({ hasText: 'Осы жерде бұзылған' });
      expect(await marked.count()).toBe(1);
      expect(await marked.innerText()).toContain('Бас директор');
      await adal.checkAccessibility();
      await page.screenshot({ path: `${SHOTS}/broken-kk-1366.png` });

      await page.getByLabel('Тіл').selectOption('ru');
      await page.getByRole('heading', { name: 'Журнал аудита', level: 1 }).waitFor();
      await chain.getByText(/^Первое нарушенное событие: «Данные сотрудника изменены»/).waitFor();
      await adal.checkAccessibility();
      await page.screenshot({ path: `${SHOTS}/broken-ru-1366.png` });
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });

  it('fits a phone in Kazakh and Russian', async () => {
    const adal = await AdalPage.open(browser, stack.url, { width: 360, height: 740 });
    const { page } = adal;
    try {
      await adal.visit('/');
      await signInThroughLoginPage(adal, AUDITOR);
      await openTrail(adal);
      await rows(page).first().waitFor();
      await adal.checkAccessibility();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/trail-kk-360.png` });
      await rows(page).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/trail-kk-360-rows.png` });
      await openHeaderMenu(page);
      await page.getByLabel('Тіл').selectOption('ru');
      await page.getByRole('heading', { name: 'Журнал аудита', level: 1 }).waitFor();
      const menu = page.locator('header button[aria-controls="adal-menu"]');
      if ((await menu.getAttribute('aria-expanded')) === 'true') await menu.click();
      await page.screenshot({ path: `${SHOTS}/trail-ru-360.png` });
      await rows(page).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/trail-ru-360-rows.png` });
      await adal.checkAccessibility();
      expect(adal.errors).toEqual([]);
    } finally {
      await adal.close();
    }
  });
});
