import type { Page } from 'playwright-core';

/** The demo's development login, as a person uses it: choose the demo person, press the button. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Демо-пайдаланушы').selectOption(email);
  await page.getByRole('button', { name: 'Кіру' }).click();
  // On a phone the sign-out button is in the folded menu: present, not yet in sight.
  await page.getByRole('button', { name: 'Шығу', includeHidden: true }).waitFor({ state: 'attached' });
}

/** A client-side navigation, as following a link in the shell does (single-spa listens to popstate). */
export async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Waits for the plugin owning `path` to show its page heading. */
export async function pageShown(page: Page, path: string): Promise<void> {
  const plugin = `@adal/plugin-${path.split('/')[1] ?? ''}`;
  await page.locator(`section[data-app="${plugin}"]:not([hidden]) h1`).first().waitFor();
}
