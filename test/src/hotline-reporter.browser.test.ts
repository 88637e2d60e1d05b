import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireReporterAccess, listIntakeOrganizations } from '@adal/domain';
import { AdalPage } from './harness/browser';
import { startBrowserStack, HOTLINE_PLUGIN, type BrowserStack } from './harness/browser-stack';
import type { TestStack } from './harness/stack';

// §41.1: a reporter keeps their rights while the case is open; issue 11 §9: the intake speaks for
// its organisation.

const ORGANIZATION = 'Акционерное общество «Адал Холдинг»';
const WHAT = 'Кладовщик списывает исправные инструменты как сломанные и продаёт их на рынке.';
const WHEN = 'Каждую пятницу с января';
const WHERE = 'Центральный склад, Алматы';
const WHO = 'Кладовщик центрального склада';
const DAY_MS = 86_400_000;

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('hotline-reporter', { imports: () => HOTLINE_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function reporterPage(): Promise<{ adal: AdalPage; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'ru-RU' });
  const page = await context.newPage();
  return { adal: AdalPage.wrap(context, page), page, close: () => context.close() };
}

describe('a reporter with a case still open', () => {
  it('re-reads what, when, where and who with their file after 100 days, and sees the progress as dated steps', async () => {
    // The organisation's compliance function reports to a supervisory board.
    const organizationId = (await listIntakeOrganizations(stack.orm.em.fork())).find(
      (organization) => organization.names.ru === ORGANIZATION,
    )?.id;
    expect(organizationId).toBeDefined();
    await stack.orm.em.fork().execute(
      `insert into hotline_settings (id, organization_id, compliance_reports_to)
       values (gen_random_uuid(), ?, 'supervisory_board')
       on conflict (organization_id) do update set compliance_reports_to = excluded.compliance_reports_to`,
      [organizationId],
    );

    // 1. The reporter opens the organisation's intake link: its name, and to whom compliance reports.
    const first = await reporterPage();
    await first.page.goto(new URL(`/report?lang=ru&org=${organizationId}`, stack.url).href);
    await expect(first.page.locator('.intake-header .organization').innerText()).resolves.toBe(ORGANIZATION);
    await expect(first.page.locator('.independent').innerText()).resolves.toBe(
      'Обращения рассматривает комплаенс-служба независимо от заинтересованных лиц; она подотчётна наблюдательному совету.',
    );
    await first.adal.checkAccessibility();

    // 2. They file a report with a file.
    await first.page.getByRole('button', { name: 'Сообщить' }).click();
    await first.page.getByLabel('Организация').selectOption({ label: ORGANIZATION });
    await first.page.getByRole('radio', { name: /Коррупционные проявления/ }).check();
    await first.page.getByLabel(/Что произошло/).fill(WHAT);
    await first.page.getByLabel(/Когда это произошло/).fill(WHEN);
    await first.page.getByLabel(/Где это произошло/).fill(WHERE);
    await first.page.getByLabel(/Кто причастен/).fill(WHO);
    await first.page.locator('input[type="file"]').setInputFiles({
      name: 'akt-spisaniya.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Акт списания № 12 от 5 января'),
    });
    await first.page.getByRole('button', { name: 'Отправить обращение' }).click();
    await first.page.getByRole('heading', { name: 'Обращение отправлено' }).waitFor();
    const receipt = (await first.page.locator('.receipt .group').allInnerTexts()).join(' ');
    expect(receipt).toMatch(/^(\d{4} ){7}\d{4}$/);
    await first.close();

    // 3. 100 days pass: the report was received and acknowledged then, the reporter has not come
    //    back since, and the case is still being checked. The nightly expiry leaves it alone.
    const received = new Date(Date.now() - 100 * DAY_MS);
    const acknowledged = new Date(received.getTime() + 3 * 3_600_000);
    const em = stack.orm.em.fork();
    const [report] = await em.execute<{ id: string }[]>(
      `update hotline_report set received_at = ?, reporter_last_seen_at = ?, acknowledge_by = ?,
         acknowledged_at = ?, process_by = ?, status = 'in_progress'
       where id = (select id from hotline_report where organization_id = ? order by number desc limit 1)
       returning id`,
      [
        received,
        received,
        new Date(received.getTime() + DAY_MS),
        acknowledged,
        new Date(received.getTime() + 30 * DAY_MS),
        organizationId,
      ],
    );
    expect(report?.id).toBeDefined();
    await stack.orm.em.fork().transactional((tx) => expireReporterAccess(tx, organizationId!, new Date()));

    // 4. The receipt still opens the report, with what they wrote and their file.
    const back = await reporterPage();
    await back.page.goto(new URL('/report?lang=ru', stack.url).href);
    await back.page.getByRole('button', { name: 'У меня есть квитанция' }).click();
    await back.page.getByLabel('Квитанция').fill(receipt);
    await back.page.getByRole('button', { name: 'Открыть обращение' }).click();
    const yours = back.page.getByRole('region', { name: 'Что вы сообщили' });
    await yours.waitFor();
    await expect(yours.locator('.what').innerText()).resolves.toBe(WHAT);
    await expect(yours.locator('.detail-when dd').innerText()).resolves.toBe(WHEN);
    await expect(yours.locator('.detail-where dd').innerText()).resolves.toBe(WHERE);
    await expect(yours.locator('.detail-who dd').innerText()).resolves.toBe(WHO);
    const [download] = await Promise.all([
      back.page.waitForEvent('download'),
      yours.getByRole('button', { name: 'Скачать akt-spisaniya.txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('akt-spisaniya.txt');

    // The progress: received and acknowledged, with their dates; being checked now; not closed.
    const steps = back.page.locator('.stages li');
    await expect(steps.locator('.stage-name').allInnerTexts()).resolves.toEqual([
      'Получено',
      'Подтверждено',
      'На проверке',
      'Закрыто',
    ]);
    await expect(steps.nth(2).getAttribute('aria-current')).resolves.toBe('step');
    await expect(steps.nth(0).locator('time').getAttribute('datetime')).resolves.toBe(received.toISOString());
    await expect(steps.nth(1).locator('time').getAttribute('datetime')).resolves.toBe(
      acknowledged.toISOString(),
    );
    await expect(steps.nth(3).locator('time').count()).resolves.toBe(0);
    await expect(back.page.locator('.stages input').count()).resolves.toBe(0);
    await back.adal.checkAccessibility();
    await back.close();
  });
});
