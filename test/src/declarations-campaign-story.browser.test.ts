import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignDeclaration, DeclarationCampaign, launchDeclarationCampaign } from '@adal/domain';
import { AdalPage } from './harness/browser';
import { startBrowserStack, DECLARATIONS_PLUGIN, type BrowserStack } from './harness/browser-stack';
import { followNavigation, signInThroughLoginPage } from './harness/login';
import type { TestStack } from './harness/stack';
import { demoPerson } from './harness/training-course';

const EMPLOYEE = 'employee@demo.adal.kz';
const OFFICER = 'compliance@demo.adal.kz';
const TITLE = 'Қаржы бөлімшесінің декларациясы';
const INTEREST = 'Інім «Құрылыс-Сервис» ЖШС-нің құрылтайшысы';

let running: BrowserStack;
let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  running = await startBrowserStack('declarations-campaign-story', { imports: () => DECLARATIONS_PLUGIN });
  ({ stack, browser } = running);
});

afterAll(async () => {
  await running?.close();
});

async function signOut(adal: AdalPage): Promise<void> {
  await adal.page.getByRole('button', { name: 'Шығу' }).click();
}

describe('the declaration campaign story (§72)', () => {
  it("a campaign for a unit: one person declares an interest, the commission's overdue members are reminded", async () => {
    const employee = await demoPerson(stack.orm, EMPLOYEE);
    const officer = await demoPerson(stack.orm, OFFICER);
    // The compliance officer has launched an ad hoc campaign for the employee's unit.
    const { campaign } = await stack.orm.em.fork().transactional((em) =>
      launchDeclarationCampaign(
        em,
        {
          personId: officer.personId,
          organizationId: officer.organizationId,
          roles: ['employee', 'compliance_officer'],
        },
        {
          title: { kk: TITLE, ru: 'Декларация финансового подразделения' },
          kind: 'ad_hoc',
          group: 'all_employees',
          orgUnitId: employee.orgUnitId,
          deadline: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        },
      ),
    );

    const adal = await AdalPage.open(browser, stack.url);
    const { page } = adal;
    try {
      // The employee opens My declarations and fills in the unit's declaration.
      await adal.visit('/');
      await signInThroughLoginPage(adal, EMPLOYEE);
      await followNavigation(page, 'Менің декларацияларым');
      await page.getByRole('heading', { name: 'Мүдделер қақтығысы туралы декларациялар' }).waitFor();
      const due = page.getByRole('listitem').filter({ hasText: TITLE });
      await due.waitFor();
      await adal.checkAccessibility();
      await due.getByRole('link', { name: 'Декларацияны толтыру' }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

      // Submitting with nothing answered says what is missing and files nothing.
      await page.getByRole('button', { name: 'Декларацияны тапсыру' }).click();
      await page.getByText('Бұл сұраққа жауап беріңіз').first().waitFor();

      // "No" to every question but one: a brother who founded a supplier (§72.4: an interest).
      for (const number of [1, 2, 3, 5]) {
        await page
          .getByRole('group', { name: new RegExp(`^${number}\\. `) })
          .getByText('Жоқ', { exact: true })
          .click();
      }
      await page.getByRole('group', { name: /^4\. / }).getByText('Иә', { exact: true }).click();
      await page.getByLabel('Түсініктеме').fill(INTEREST);
      await adal.checkAccessibility();
      await page.getByRole('button', { name: 'Декларацияны тапсыру' }).click();
      await page.getByText('Декларацияңыз тапсырылды. Рақмет.').waitFor();
      await page.getByText('Сіз мүдде мәлімдедіңіз', { exact: false }).waitFor();
      const filed = await stack.orm.em.fork().findOneOrFail(CampaignDeclaration, {
        campaign: campaign.id,
        person: employee.personId,
      });
      expect(filed.declaredInterest).toBe(true);
      await signOut(adal);

      // The officer sees the unit's campaign: one submitted, with the interest declared.
      await signInThroughLoginPage(adal, OFFICER);
      await followNavigation(page, 'Декларациялау науқандары');
      await page.getByRole('heading', { name: 'Декларациялау науқандары', level: 1 }).waitFor();
      await adal.checkAccessibility();
      await page.getByRole('link', { name: TITLE }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      const declarants = page.getByRole('region', { name: 'Декларанттар' });
      await declarants.getByText('Мүдде мәлімделді').waitFor();
      await adal.checkAccessibility();

      // The tender commission's campaign is past its deadline: its overdue members are reminded now.
      await page.getByRole('link', { name: 'Барлық науқандар' }).click();
      await page.getByRole('link', { name: 'Тендерлік комиссия мүшелерінің декларациясы' }).click();
      await page
        .getByRole('heading', { name: 'Тендерлік комиссия мүшелерінің декларациясы', level: 1 })
        .waitFor();
      await page.getByRole('button', { name: 'Мерзімі өткендерге еске салу' }).click();
      await page.getByText('Жіберілген еске салулар: 2.').waitFor();
      // Pressed again the same day, nobody gets a second mail.
      await page.getByRole('button', { name: 'Мерзімі өткендерге еске салу' }).click();
      await page.getByText('Еске салатын ешкім жоқ', { exact: false }).waitFor();
      const commission = await stack.orm.em
        .fork()
        .findOneOrFail(DeclarationCampaign, { group: 'commission_members' });
      const reminded = await stack.orm.em
        .fork()
        .find(CampaignDeclaration, { campaign: commission.id, submittedAt: null });
      expect(reminded.map((d) => d.reminderCount)).toEqual([1, 1]);
      await adal.checkAccessibility();
    } finally {
      await adal.close();
    }
  });
});
