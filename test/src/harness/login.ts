import { expect } from 'vitest';
import type { AdalPage } from './browser';

/** Signs in through the login page as a person would: choose the demo person, press the button. */
export async function signInThroughLoginPage(adal: AdalPage, email: string): Promise<void> {
  const { page } = adal;
  await page.getByRole('heading', { name: 'Жүйеге кіру' }).waitFor();
  await adal.checkAccessibility();
  await page.getByLabel('Демо-пайдаланушы').selectOption(email);
  expect(await page.getByLabel('Электрондық пошта').inputValue()).toBe(email);
  await page.getByRole('button', { name: 'Кіру' }).click();
  await page.getByRole('button', { name: 'Шығу' }).waitFor();
}
