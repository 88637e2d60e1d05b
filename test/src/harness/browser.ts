import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Headless, and quiet: without the background-networking flags the closed network refuses its calls home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Debian's Chromium; a downloaded browser build is never used. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * A page that checks accessibility at every view it reaches: `visit` and `checkAccessibility`
 * run axe-core and fail on serious or critical violations. Browser errors are kept for the
 * failure message.
 */
export class AdalPage {
  readonly errors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`${message.text()} (${message.location().url})`);
    });
  }

  static async open(
    browser: Browser,
    baseUrl: string,
    viewport = { width: 1280, height: 800 },
  ): Promise<AdalPage> {
    const context = await browser.newContext({ viewport, locale: 'kk-KZ' });
    return new AdalPage(context, await context.newPage(), baseUrl);
  }

  /** Checks a page the test opened in a context of its own (e.g. a reporter's fresh browser). */
  static wrap(context: BrowserContext, page: Page): AdalPage {
    return new AdalPage(context, page, page.url());
  }

  async visit(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href, { waitUntil: 'load' });
  }

  async checkAccessibility(): Promise<void> {
    await this.settleAnimations();
    // Evaluated, not added as a <script>: pages with a strict CSP (the hotline intake) refuse inline scripts.
    await this.page.evaluate(axeSource);
    const violations = await this.page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }
      ).axe;
      return (await axe.run(document)).violations;
    });
    const blocking = (violations as AxeViolation[]).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    if (blocking.length > 0) {
      const report = blocking
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        )
        .join('\n');
      throw new Error(`Accessibility violations on ${this.page.url()}:\n${report}`);
    }
  }

  /**
   * Waits until no finite animation or transition runs for two frames in a row (at most 5 s):
   * a dialog or message fading in has a blended colour, which axe would report as low contrast.
   * Endless animations (spinners) are not waited for.
   */
  private async settleAnimations(): Promise<void> {
    await this.page.evaluate(async () => {
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      const giveUpAt = performance.now() + 5_000;
      let quietFrames = 0;
      while (quietFrames < 2 && performance.now() < giveUpAt) {
        await frame();
        const running = document
          .getAnimations()
          .filter(
            (animation) =>
              animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity,
          );
        if (running.length === 0) {
          quietFrames += 1;
        } else {
          quietFrames = 0;
          await Promise.race([
            Promise.all(running.map((animation) => animation.finished.catch(() => undefined))),
            new Promise((done) => setTimeout(done, Math.max(0, giveUpAt - performance.now()))),
          ]);
        }
      }
    });
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
