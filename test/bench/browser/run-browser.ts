import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { listIntakeOrganizations } from '@adal/domain';
import { HOTLINE_PLUGIN, TRAINING_PLUGIN } from '../../src/harness/browser-stack';
import { startStack, type TestStack } from '../../src/harness/stack';
import { demoPerson, publishStoryCourse } from '../../src/harness/training-course';
import type { BenchOptions } from '../report/bench-options';
import type { BenchRow } from '../report/bench-row';
import { launchDebuggingChromium } from './debugging-chromium';
import { measureFirstLoad, type MeasuredStep } from './first-load';
import { LighthouseAuditor } from './lighthouse-audit';
import { signIn } from './visit';

const EMPLOYEE = 'employee@demo.adal.kz';
const HEAD = 'head@demo.adal.kz';
const TRAINER = 'trainer@demo.adal.kz';

const GROUP = 'browser';
const PERFORMANCE_GOAL = 90;
const ACCESSIBILITY_GOAL = 100;
/** Compressed JavaScript, in KB (1000 bytes, as Lighthouse and the goals count). */
const FIRST_LOAD_SCRIPT_GOAL_KB = 250;
const PLUGIN_PAGE_SCRIPT_GOAL_KB = 60;

/** A page Lighthouse audits: who is signed in (none for the public intake) and where it is. */
interface AuditedPage {
  name: string;
  person: string | null;
  path: string;
  /** What a person does first so that the page has its state (e.g. an open test attempt). */
  prepare?: (page: Page) => Promise<void>;
}

/**
 * Adal's browser side as users get it: the production build served by the real gateway, audited
 * by Lighthouse's mobile preset (performance, accessibility) after the demo's sign-in, and the
 * bytes a first visit downloads. Run `pnpm run build` first.
 */
export async function runBrowser(options: BenchOptions): Promise<BenchRow[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'adal-bench-browser-'));
  const stack = await startStack(workDir, { ...TRAINING_PLUGIN, ...HOTLINE_PLUGIN }, { hotline: true });
  const chromiumWithPort = await launchDebuggingChromium();
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chromiumWithPort.port}`);
  const auditor = await LighthouseAuditor.connect(chromiumWithPort.port);
  try {
    const pages = await auditedPages(stack, options);
    const rows: BenchRow[] = [];
    const [defaultContext] = browser.contexts();
    if (!defaultContext) throw new Error('Chromium has no default browser context');
    for (const audited of pages) {
      const tab = await signedInTab(defaultContext, stack.url, audited.person);
      await audited.prepare?.(tab);
      const url = new URL(audited.path, stack.url).href;
      await tab.evaluate((name) => (window.name = name), audited.name);
      const scores = await auditor.audit(audited.name, url);
      // Scores of the sign-in page instead of the audited one would be a wrong result.
      if (audited.person) await stillSignedIn(tab, audited.name);
      await tab.close();
      rows.push(...scoreRows(audited.name, scores));
    }
    rows.push(...(await byteRows(browser, stack.url, options)));
    // Smoke mode only proves the part still runs: one page, figures not held to their goals.
    return options.smoke ? rows.map((row) => ({ ...row, met: null })) : rows;
  } finally {
    await auditor.disconnect();
    await browser.close();
    await chromiumWithPort.close();
    await stack.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

async function auditedPages(stack: TestStack, options: BenchOptions): Promise<AuditedPage[]> {
  const home: AuditedPage = { name: 'home after sign-in', person: EMPLOYEE, path: '/' };
  if (options.smoke) return [home];
  const employee = await demoPerson(stack.orm, EMPLOYEE);
  const trainer = await demoPerson(stack.orm, TRAINER);
  const course = await publishStoryCourse(
    stack.orm,
    {
      personId: trainer.personId,
      organizationId: trainer.organizationId,
      roles: ['employee', 'training_admin'],
    },
    employee.orgUnitId,
  );
  const organizations = await listIntakeOrganizations(stack.orm.em.fork());
  const organizationId =
    organizations.find((o) => o.id === employee.organizationId)?.id ?? organizations[0]?.id;
  const testPath = `/training/tests/${course.testId}`;
  return [
    home,
    { name: 'My training', person: EMPLOYEE, path: '/training' },
    {
      name: 'test (an open attempt)',
      person: EMPLOYEE,
      path: testPath,
      // Opening the test starts the attempt; the audit then reloads it as a person returning to it.
      prepare: async (page) => {
        await page.goto(new URL(testPath, stack.url).href);
        await page.locator('legend').first().waitFor();
      },
    },
    { name: 'training completion', person: HEAD, path: '/training/completion' },
    { name: 'hotline case list', person: HEAD, path: '/hotline' },
    { name: 'public hotline intake', person: null, path: `/report?org=${organizationId ?? ''}` },
  ];
}

/** A tab of the browser's default context (the one Lighthouse sees), signed in as `person`. */
async function signedInTab(context: BrowserContext, baseUrl: string, person: string | null): Promise<Page> {
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 412, height: 823 });
  if (person) {
    await tab.goto(baseUrl, { waitUntil: 'load' });
    await signIn(tab, person);
  }
  return tab;
}

async function stillSignedIn(tab: Page, name: string): Promise<void> {
  const signOut = tab.getByRole('button', { name: 'Шығу', includeHidden: true });
  if ((await signOut.count()) === 0) throw new Error(`Lighthouse audited "${name}" signed out`);
}

function scoreRows(name: string, scores: Awaited<ReturnType<LighthouseAuditor['audit']>>): BenchRow[] {
  const { fcp, lcp, tbt } = scores.metrics;
  const failures = scores.accessibilityFailures;
  return [
    {
      group: GROUP,
      operation: `${name}: Lighthouse performance (mobile; FCP ${fcp} ms, LCP ${lcp} ms, TBT ${tbt} ms)`,
      figure: String(scores.performance),
      goal: `≥ ${PERFORMANCE_GOAL}`,
      met: scores.performance >= PERFORMANCE_GOAL,
    },
    {
      group: GROUP,
      operation: `${name}: Lighthouse accessibility${failures.length > 0 ? ` (fails: ${failures.join(', ')})` : ''}`,
      figure: String(scores.accessibility),
      goal: `= ${ACCESSIBILITY_GOAL}`,
      met: scores.accessibility >= ACCESSIBILITY_GOAL,
    },
  ];
}

async function byteRows(
  browser: Awaited<ReturnType<typeof chromium.connectOverCDP>>,
  baseUrl: string,
  options: BenchOptions,
): Promise<BenchRow[]> {
  const steps = options.smoke
    ? [{ name: 'training, first page', path: '/training' }]
    : [
        { name: 'training, first page', path: '/training' },
        { name: 'training completion, first chart', path: '/training/completion' },
        { name: 'hotline, first page', path: '/hotline' },
      ];
  const measured = await measureFirstLoad(browser, baseUrl, HEAD, steps);
  return measured.map((step) => byteRow(step));
}

function byteRow({ name, traffic }: MeasuredStep): BenchRow {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const wire = `${traffic.requests} req, ${kb(traffic.bytes)} in all`;
  if (name.startsWith('reload')) {
    return {
      group: GROUP,
      operation: `${name}: content-hashed files downloaded again (${wire}, ${traffic.fromCache} from cache, ${traffic.notModified} × 304)`,
      figure: String(traffic.hashedDownloads),
      goal: '0',
      met: traffic.hashedDownloads === 0,
    };
  }
  if (name.startsWith('training completion')) {
    // Not a plugin's first page: the chart library arrives with it (ADR 005), held to no byte goal.
    return {
      group: GROUP,
      operation: `${name}: compressed JavaScript (${wire})`,
      figure: kb(traffic.scriptBytes),
      goal: 'none (charts load here)',
      met: null,
    };
  }
  const goalKb = name.startsWith('sign-in') ? FIRST_LOAD_SCRIPT_GOAL_KB : PLUGIN_PAGE_SCRIPT_GOAL_KB;
  return {
    group: GROUP,
    operation: `${name}: compressed JavaScript (${wire})`,
    figure: kb(traffic.scriptBytes),
    goal: `≤ ${goalKb} KB`,
    met: traffic.scriptBytes <= goalKb * 1000,
  };
}
