import type { Browser } from 'playwright-core';
import { NetworkMeter, type Traffic } from './network-meter';
import { navigate, pageShown, signIn } from './visit';

export interface Step {
  name: string;
  path: string;
}

export interface MeasuredStep {
  name: string;
  traffic: Traffic;
}

/**
 * What a person's browser downloads on a first visit, in a fresh browser context (empty cache):
 * the sign-in page and the home page after sign-in, then each step's page reached through the
 * shell's navigation, then a reload of the last one.
 */
export async function measureFirstLoad(
  browser: Browser,
  baseUrl: string,
  email: string,
  steps: readonly Step[],
): Promise<MeasuredStep[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'kk-KZ' });
  const measured: MeasuredStep[] = [];
  try {
    const page = await context.newPage();
    const meter = await NetworkMeter.attach(page);
    await page.goto(baseUrl, { waitUntil: 'load' });
    await signIn(page, email);
    measured.push({ name: 'sign-in page, then home after sign-in', traffic: await meter.settle() });
    for (const step of steps) {
      await navigate(page, step.path);
      await pageShown(page, step.path);
      measured.push({ name: step.name, traffic: await meter.settle() });
    }
    const last = steps.at(-1);
    await page.reload({ waitUntil: 'load' });
    if (last) await pageShown(page, last.path);
    measured.push({ name: `reload of ${last?.path ?? '/'}`, traffic: await meter.settle() });
  } finally {
    await context.close();
  }
  return measured;
}
