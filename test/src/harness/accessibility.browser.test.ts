import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdalPage, launchChromium } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(() => browser?.close());

describe('the accessibility gate of AdalPage', () => {
  it('fails a page with a critical violation and passes the same page once fixed', async () => {
    const adal = await AdalPage.open(browser, 'about:blank');
    try {
      await adal.page.setContent(
        '<html lang="en"><head><title>Gate</title></head><body><main><button></button></main></body></html>',
      );
      await expect(adal.checkAccessibility()).rejects.toThrow(/critical button-name/);
      await adal.page.setContent(
        '<html lang="en"><head><title>Gate</title></head><body><main><button>Save</button></main></body></html>',
      );
      await expect(adal.checkAccessibility()).resolves.toBeUndefined();
    } finally {
      await adal.close();
    }
  });
});
