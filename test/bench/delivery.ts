// What a person's browser downloads: bytes on the wire (compressed, headers included) and
// requests, for the first load after sign-in, each plugin's first page and a reload. The README's
// "Delivery" figures come from this script: `pnpm --filter @adal/test run bench:delivery`
// after `pnpm run build`. It measures, it does not assert.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../src/harness/browser';
import { HOTLINE_PLUGIN, TRAINING_PLUGIN } from '../src/harness/browser-stack';
import { startStack } from '../src/harness/stack';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Traffic {
  requests: number;
  bytes: number;
  /** Requests answered 304 Not Modified (revalidated from the cache). */
  notModified: number;
  /** Requests the browser answered from its cache without asking the server. */
  fromCache: number;
  /** Requests of static files (everything but GraphQL). */
  staticRequests: number;
  staticBytes: number;
}

/** Counts every request of a page through the DevTools protocol until it is reset. */
class NetworkMeter {
  private readonly urls = new Map<string, string>();
  private readonly bytes = new Map<string, number>();
  private notModified = 0;
  private readonly cached = new Set<string>();
  private readonly statuses = new Map<string, number>();
  private lastActivity = Date.now();

  private constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      this.urls.set(event.requestId, event.request.url);
      this.bytes.set(event.requestId, this.bytes.get(event.requestId) ?? 0);
      this.lastActivity = Date.now();
    });
    cdp.on('Network.requestServedFromCache', (event) => {
      this.cached.add(event.requestId);
    });
    cdp.on('Network.responseReceived', (event) => {
      this.statuses.set(event.requestId, event.response.status);
      if (event.response.status === 304) this.notModified += 1;
      if (event.response.fromDiskCache || event.response.fromPrefetchCache) this.cached.add(event.requestId);
      this.lastActivity = Date.now();
    });
    // Chunks as they arrive; loadingFinished then gives the exact total (headers included).
    cdp.on('Network.dataReceived', (event) => {
      this.bytes.set(event.requestId, (this.bytes.get(event.requestId) ?? 0) + event.encodedDataLength);
      this.lastActivity = Date.now();
    });
    cdp.on('Network.loadingFinished', (event) => {
      this.bytes.set(event.requestId, event.encodedDataLength);
      this.lastActivity = Date.now();
    });
    cdp.on('Network.loadingFailed', () => {
      this.lastActivity = Date.now();
    });
  }

  static async attach(page: Page): Promise<NetworkMeter> {
    const cdp = await page.context().newCDPSession(page);
    const meter = new NetworkMeter(cdp);
    await cdp.send('Network.enable');
    return meter;
  }

  /**
   * Waits until the network has been quiet for a while, then returns and resets the count.
   * (A module the browser already fetched may be requested again and never reported finished,
   * so quiet time, not the number of open requests, decides.)
   */
  async settle(quietMs = 1500): Promise<Traffic> {
    while (Date.now() - this.lastActivity < quietMs) {
      await new Promise((done) => setTimeout(done, 100));
    }
    const traffic = emptyTraffic();
    traffic.notModified = this.notModified;
    traffic.fromCache = this.cached.size;
    for (const [id, url] of this.urls) {
      const bytes = this.bytes.get(id) ?? 0;
      traffic.requests += 1;
      traffic.bytes += bytes;
      if (!new URL(url).pathname.startsWith('/graphql')) {
        traffic.staticRequests += 1;
        traffic.staticBytes += bytes;
      }
    }
    if (process.env.ADAL_DELIVERY_VERBOSE) {
      for (const [id, url] of this.urls) {
        const source = this.cached.has(id) ? 'cache' : String(this.statuses.get(id) ?? '-');
        console.log(`${source}\t${this.bytes.get(id) ?? 0}\t${url}`);
      }
    }
    this.urls.clear();
    this.bytes.clear();
    this.notModified = 0;
    this.cached.clear();
    return traffic;
  }
}

function emptyTraffic(): Traffic {
  return { requests: 0, bytes: 0, notModified: 0, fromCache: 0, staticRequests: 0, staticBytes: 0 };
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Демо-пайдаланушы').selectOption(email);
  await page.getByRole('button', { name: 'Кіру' }).click();
  await page.getByRole('button', { name: 'Шығу', includeHidden: true }).waitFor({ state: 'attached' });
}

/** A client-side navigation, as following a link in the shell does (single-spa listens to popstate). */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Waits for the plugin owning `path` to show its page heading. */
async function pageShown(page: Page, path: string): Promise<void> {
  const plugin = `@adal/plugin-${path.split('/')[1] ?? ''}`;
  await page.locator(`section[data-app="${plugin}"]:not([hidden]) h1`).first().waitFor();
}

const results: Record<string, Traffic> = {};

async function scenario(
  open: () => Promise<BrowserContext>,
  email: string,
  steps: { name: string; path: string }[],
  baseUrl: string,
): Promise<void> {
  const context = await open();
  try {
    const page = await context.newPage();
    const meter = await NetworkMeter.attach(page);
    await page.goto(baseUrl, { waitUntil: 'load' });
    await signIn(page, email);
    results[`${email}: sign-in page and home after sign-in`] = await meter.settle();
    for (const step of steps) {
      await navigate(page, step.path);
      await pageShown(page, step.path);
      results[`${email}: ${step.name}`] = await meter.settle();
    }
    await page.reload({ waitUntil: 'load' });
    const last = steps.at(-1);
    if (last) await pageShown(page, last.path);
    results[`${email}: reload of ${steps.at(-1)?.path ?? '/'}`] = await meter.settle();
  } finally {
    await context.close();
  }
}

const workDir = await mkdtemp(join(tmpdir(), 'adal-delivery-'));
const stack = await startStack(workDir, { ...TRAINING_PLUGIN, ...HOTLINE_PLUGIN });
const browser = await launchChromium();
try {
  const open = () => browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'kk-KZ' });
  await scenario(
    open,
    'employee@demo.adal.kz',
    [{ name: 'training, first page', path: '/training' }],
    stack.url,
  );
  await scenario(
    open,
    'head@demo.adal.kz',
    [
      { name: 'training, first page', path: '/training' },
      { name: 'training completion (charts)', path: '/training/completion' },
      { name: 'hotline, first page', path: '/hotline' },
    ],
    stack.url,
  );
} finally {
  await browser.close();
  await stack.close();
  await rm(workDir, { recursive: true, force: true });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log('| Step | Requests | from cache | 304 | Bytes | Static requests | Static bytes |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [name, t] of Object.entries(results)) {
  console.log(
    `| ${name} | ${t.requests} | ${t.fromCache} | ${t.notModified} | ${kib(t.bytes)} | ${t.staticRequests} | ${kib(t.staticBytes)} |`,
  );
}
