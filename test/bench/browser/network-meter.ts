import type { CDPSession, Page } from 'playwright-core';

/** What one step of a visit downloaded. Bytes are on the wire: compressed, headers included. */
export interface Traffic {
  requests: number;
  bytes: number;
  /** JavaScript files (classic and module scripts), the figure the byte goals are about. */
  scriptBytes: number;
  /** Requests the browser answered from its cache without asking the server. */
  fromCache: number;
  /** Requests answered 304 Not Modified (revalidated). */
  notModified: number;
  /** Content-hashed files (`assets/`) downloaded again: a reload should have none. */
  hashedDownloads: number;
}

/** Counts every request of a page through the DevTools protocol until it is reset. */
export class NetworkMeter {
  private readonly urls = new Map<string, string>();
  private readonly scripts = new Set<string>();
  private readonly bytes = new Map<string, number>();
  private readonly statuses = new Map<string, number>();
  private readonly cached = new Set<string>();
  private lastActivity = Date.now();

  private constructor(cdp: CDPSession) {
    const active = () => {
      this.lastActivity = Date.now();
    };
    cdp.on('Network.requestWillBeSent', (event) => {
      this.urls.set(event.requestId, event.request.url);
      if (event.type === 'Script') this.scripts.add(event.requestId);
      this.bytes.set(event.requestId, this.bytes.get(event.requestId) ?? 0);
      active();
    });
    cdp.on('Network.requestServedFromCache', (event) => {
      this.cached.add(event.requestId);
    });
    cdp.on('Network.responseReceived', (event) => {
      this.statuses.set(event.requestId, event.response.status);
      if (event.type === 'Script') this.scripts.add(event.requestId);
      if (event.response.fromDiskCache || event.response.fromPrefetchCache) this.cached.add(event.requestId);
      active();
    });
    // Chunks as they arrive; loadingFinished then gives the exact total (headers included).
    cdp.on('Network.dataReceived', (event) => {
      this.bytes.set(event.requestId, (this.bytes.get(event.requestId) ?? 0) + event.encodedDataLength);
      active();
    });
    cdp.on('Network.loadingFinished', (event) => {
      this.bytes.set(event.requestId, event.encodedDataLength);
      active();
    });
    cdp.on('Network.loadingFailed', active);
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
    const traffic: Traffic = {
      requests: 0,
      bytes: 0,
      scriptBytes: 0,
      fromCache: this.cached.size,
      notModified: 0,
      hashedDownloads: 0,
    };
    for (const [id, url] of this.urls) {
      const bytes = this.bytes.get(id) ?? 0;
      const status = this.statuses.get(id);
      traffic.requests += 1;
      traffic.bytes += bytes;
      if (this.scripts.has(id)) traffic.scriptBytes += bytes;
      if (status === 304) traffic.notModified += 1;
      if (status === 200 && !this.cached.has(id) && /\/assets\//.test(new URL(url).pathname)) {
        traffic.hashedDownloads += 1;
      }
      if (process.env.ADAL_BENCH_VERBOSE) {
        console.log(`${this.cached.has(id) ? 'cache' : String(status ?? '-')}\t${bytes}\t${url}`);
      }
    }
    this.urls.clear();
    this.scripts.clear();
    this.bytes.clear();
    this.statuses.clear();
    this.cached.clear();
    return traffic;
  }
}
