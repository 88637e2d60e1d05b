// Where a page's main thread goes as it loads: `pnpm run build`, then
// `pnpm --filter @adal/test exec tsx bench/browser/page-profile.ts <path> <selector> [person]`,
// e.g. `/training/completion canvas head@demo.adal.kz`. One cold load of the production build
// under Lighthouse's 4× CPU slowdown, profiled by Chromium's sampling profiler until `selector`
// shows; prints the functions with the most time of their own and in all they called, and keeps
// the profile (.data/bench/page.cpuprofile) for DevTools.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../src/harness/browser';
import { HOTLINE_PLUGIN, TRAINING_PLUGIN } from '../../src/harness/browser-stack';
import { REPOSITORY_ROOT } from '../../src/harness/paths';
import { startStack } from '../../src/harness/stack';
import { signIn } from './visit';
import { profileTotals, type CpuProfile } from './profile-totals';

const [path, selector, person = 'head@demo.adal.kz'] = process.argv.slice(2);
if (!path || !selector) throw new Error('usage: page-profile.ts <path> <selector> [person]');

const workDir = await mkdtemp(join(tmpdir(), 'adal-page-profile-'));
const stack = await startStack(workDir, { ...TRAINING_PLUGIN, ...HOTLINE_PLUGIN }, { hotline: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_FLAGS],
});
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.goto(stack.url);
  await signIn(page, person);
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await devtools.send('Profiler.enable');
  await devtools.send('Profiler.setSamplingInterval', { interval: 200 });
  await devtools.send('Profiler.start');
  await page.goto(new URL(path, stack.url).href);
  await page.locator(selector).first().waitFor({ timeout: 60_000 });
  const { profile } = await devtools.send('Profiler.stop');
  const folder = join(REPOSITORY_ROOT, '.data', 'bench');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'page.cpuprofile'), JSON.stringify(profile));
  const totals = profileTotals(profile as CpuProfile);
  console.log(`${path}: ${Math.round(totals.busyMs)} ms busy (4× slowdown)`);
  for (const [name, ms] of totals.self.slice(0, 25))
    console.log(`self ${String(Math.round(ms)).padStart(6)} ms  ${name}`);
  for (const [name, ms] of totals.total.slice(0, 40))
    console.log(`all  ${String(Math.round(ms)).padStart(6)} ms  ${name}`);
} finally {
  await browser.close();
  await stack.close();
  await rm(workDir, { recursive: true, force: true });
}
