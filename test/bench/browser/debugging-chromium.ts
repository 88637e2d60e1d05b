import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../../src/harness/browser';

export interface DebuggingChromium {
  /** The DevTools port that Playwright and Lighthouse both connect to. */
  port: number;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with its remote debugging port open, started by us rather than by Playwright
 * so that Lighthouse can drive the same browser (and the same signed-in tab) through the port.
 * The flags are the browser tests' (test/src/harness/browser.ts); a downloaded browser build is
 * never used.
 */
export async function launchDebuggingChromium(): Promise<DebuggingChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'adal-lighthouse-profile-'));
  const chromium = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((done) => chromium.once('exit', () => done()));
  const port = await new Promise<number>((found, failed) => {
    let output = '';
    const timer = setTimeout(
      () => failed(new Error(`Chromium opened no debugging port:\n${output}`)),
      30_000,
    );
    chromium.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        found(Number(match[1]));
      }
    });
    chromium.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`Chromium exited (${code}) before opening its debugging port:\n${output}`));
    });
  });
  return {
    port,
    async close() {
      chromium.kill();
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}
