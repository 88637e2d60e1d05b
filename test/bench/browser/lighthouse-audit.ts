import lighthouse, { type Result } from 'lighthouse';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

export interface AuditScores {
  /** 0–100, Lighthouse's mobile preset (its default config: Moto G Power, slow 4G, 4× CPU). */
  performance: number;
  accessibility: number;
  /** The accessibility audits that failed, for the person fixing them. */
  accessibilityFailures: string[];
  /** First contentful paint, largest contentful paint and total blocking time, in ms. */
  metrics: { fcp: number; lcp: number; tbt: number };
}

/**
 * Lighthouse attached to the browser that Playwright signed in with. It audits inside the tab
 * where the person signed in (the session token lives in that tab's sessionStorage, which a new
 * tab would not have) and leaves storage alone (`disableStorageReset`); only the HTTP cache is
 * emptied before each page, so every page is measured as a first visit.
 */
export class LighthouseAuditor {
  private constructor(
    private readonly port: number,
    private readonly browser: PuppeteerBrowser,
  ) {}

  static async connect(port: number): Promise<LighthouseAuditor> {
    const browser = await puppeteer.connect({
      browserURL: `http://127.0.0.1:${port}`,
      defaultViewport: null,
    });
    return new LighthouseAuditor(port, browser);
  }

  /** Audits `url` in the tab whose `window.name` is `tab`. */
  async audit(tab: string, url: string): Promise<AuditScores> {
    const page = await this.tabNamed(tab);
    const lhr = await this.run(page, url);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
    const accessibilityFailures = (lhr.categories['accessibility']?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => audit!.id);
    if (process.env.ADAL_BENCH_VERBOSE) console.log(describe(url, lhr));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      accessibilityFailures,
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
      },
    };
  }

  /**
   * One Lighthouse run on an empty HTTP cache. A run whose trace failed (NO_NAVSTART, NO_FCP: a
   * hiccup of the busy machine, not of the page) is tried again, as Lighthouse itself advises.
   */
  private async run(page: PuppeteerPage, url: string, triesLeft = 2): Promise<Result> {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const result = await lighthouse(
      url,
      {
        port: this.port,
        disableStorageReset: true,
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
        output: 'json',
      },
      undefined,
      page,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (!lhr.runtimeError) return lhr;
    if (triesLeft > 0) return this.run(page, url, triesLeft - 1);
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  }

  private async tabNamed(name: string): Promise<PuppeteerPage> {
    for (const page of await this.browser.pages()) {
      if ((await page.evaluate(() => window.name)) === name) return page;
    }
    throw new Error(`no tab named ${name}`);
  }

  disconnect(): Promise<void> {
    return this.browser.disconnect();
  }
}

/** What to look at first when a score is low: where the time went, by script and by phase. */
function describe(url: string, lhr: Result): string {
  const lines = [url];
  for (const id of [
    'render-blocking-resources',
    'unused-javascript',
    'bootup-time',
    'mainthread-work-breakdown',
  ]) {
    lines.push(`  ${id}: ${lhr.audits[id]?.displayValue ?? ''}`);
  }
  const bootup = lhr.audits['bootup-time']?.details;
  if (bootup?.type === 'table') {
    for (const item of bootup.items.slice(0, 5))
      lines.push(`    ${String(item['url'])}: ${Math.round(Number(item['total']))} ms`);
  }
  const lcp = lhr.audits['largest-contentful-paint-element']?.details;
  if (lcp?.type === 'list') {
    for (const table of lcp.items) {
      if (table.type !== 'table') continue;
      for (const item of table.items) {
        lines.push(
          `    LCP ${JSON.stringify(item['node'] ?? item['phase'] ?? '').slice(0, 120)} ${item['timing'] ?? ''}`,
        );
      }
    }
  }
  return lines.join('\n');
}
