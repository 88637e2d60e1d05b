import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startStack, type StackOptions, type TestStack } from './stack';
import { startStaticServer, type StaticServer } from './static-server';

export interface BrowserStack {
  workDir: string;
  stack: TestStack;
  browser: Browser;
  /** The origin of the plugin CDN, when the test published one. */
  cdnOrigin: string;
  close(): Promise<void>;
}

export interface BrowserStackOptions extends StackOptions {
  /** Writes plugin builds into `cdnDir`, which is then served from an origin of its own. */
  publishToCdn?: (cdnDir: string) => Promise<void>;
  /** The import map's plugin entries at start, given the CDN's origin. */
  imports: (cdnOrigin: string) => Record<string, string>;
}

/** The import map entry of the training plugin built into the repository. */
export const TRAINING_PLUGIN = { '@adal/plugin-training': '/plugins/training/plugin.js' };

/** The import map entry of the hotline plugin built into the repository. */
export const HOTLINE_PLUGIN = { '@adal/plugin-hotline': '/plugins/hotline/plugin.js' };

/** The import map entry of the administration plugin built into the repository. */
export const ADMIN_PLUGIN = { '@adal/plugin-admin': '/plugins/admin/plugin.js' };

/** The import map entry of the declarations plugin built into the repository. */
export const DECLARATIONS_PLUGIN = { '@adal/plugin-declarations': '/plugins/declarations/plugin.js' };

/** The import map entry of the culture plugin built into the repository. */
export const CULTURE_PLUGIN = { '@adal/plugin-culture': '/plugins/culture/plugin.js' };

/** The compliance programme's plugin: the risk register and map, and the rest as it lands. */
export const COMPLIANCE_PLUGIN = { '@adal/plugin-compliance': '/plugins/compliance/plugin.js' };

/**
 * Everything one browser test file runs against: a work folder, optionally a CDN with plugin
 * builds, the gateway with the demo organisation, and Chromium. `close()` ends them in reverse.
 */
export async function startBrowserStack(name: string, options: BrowserStackOptions): Promise<BrowserStack> {
  const workDir = await mkdtemp(join(tmpdir(), `adal-${name}-`));
  let cdn: StaticServer | undefined;
  let stack: TestStack | undefined;
  try {
    if (options.publishToCdn) {
      const cdnDir = join(workDir, 'cdn');
      await options.publishToCdn(cdnDir);
      cdn = await startStaticServer(cdnDir);
    }
    const cdnOrigin = cdn?.origin ?? '';
    stack = await startStack(workDir, options.imports(cdnOrigin), options);
    const browser = await launchChromium();
    const started = stack;
    return {
      workDir,
      stack: started,
      browser,
      cdnOrigin,
      async close() {
        await browser.close();
        await started.close();
        await cdn?.close();
        await rm(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stack?.close();
    await cdn?.close();
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}
