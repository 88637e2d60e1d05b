import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { AdalPage } from './browser';

/** Signs in through the login page as a person would: choose the demo person, press the button. */
export async function signInThroughLoginPage(adal: AdalPage, email: string): Promise<void> {
  const { page } = adal;
  await page.getByRole('heading', { name: 'Жүйеге кіру' }).waitFor();
  await adal.checkAccessibility();
  await page.getByLabel('Демо-пайдаланушы').selectOption(email);
  expect(await page.getByLabel('Электрондық пошта').inputValue()).toBe(email);
  await page.getByRole('button', { name: 'Кіру' }).click();
  // On a phone the sign-out button is in the folded menu: present, not yet in sight.
  await page.getByRole('button', { name: 'Шығу', includeHidden: true }).waitFor({ state: 'attached' });
}

/** On a phone the navigation and the person's tools fold behind the header's menu button: opens it. */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.locator('header button[aria-controls="adal-menu"]');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

/**
 * Follows a link of the header's navigation as a person would: on a phone through the menu
 * button, on a wide screen through the menu of the plugin that holds it when it has several pages.
 */
export async function followNavigation(page: Page, name: string): Promise<void> {
  await openHeaderMenu(page);
  const nav = page.locator('header nav');
  const link = nav.getByRole('link', { name, includeHidden: true });
  await link.waitFor({ state: 'attached' });
  if (!(await link.isVisible())) {
    const inGroup = page.getByRole('link', { name, includeHidden: true });
    await nav.locator('li.nav-group').filter({ has: inGroup }).getByRole('button').click();
  }
  await link.click();
}
