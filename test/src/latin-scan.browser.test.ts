import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '@adal/domain';
import { AdalPage } from './harness/browser';
import {
  ADMIN_PLUGIN,
  COMPLIANCE_PLUGIN,
  CULTURE_PLUGIN,
  HOTLINE_PLUGIN,
  startBrowserStack,
  TRAINING_PLUGIN,
  type BrowserStack,
} from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';

/**
 * Kazakh and Russian pages show no English. Every demo person signs in, and every page their
 * links lead to — the plugins' navigation and the pages linked from there, so a page added later
 * is walked without a change here — is read in kk and in ru, with the login page and the public
 * intake. A Latin-script word fails the test unless it is the product's name, a code (a case
 * number, a file type), an e-mail address or a web address.
 */

// The product, a language's own name in the switch, file types, and the name of the U4 centre the lessons cite.
const ALLOWED_WORDS = new Set([
  'Adal',
  'English',
  'PDF',
  'PNG',
  'JPEG',
  'WebP',
  'DOCX',
  'XLSX',
  'CSV',
  'TXT',
  'U4',
]);
const ALLOWED_TOKENS = [
  /^[^\s@]+@[^\s@]+\.[a-z]+$/i, // e-mail address
  /^(https?:\/\/|www\.)\S+$/i, // web address
  /^[A-Z]{2,4}-\d{4}-\d+$/, // case number, e.g. HL-2025-0007
  /^[A-Z0-9]{4,}(-[A-Z0-9]{4,})+$/, // certificate and verification codes
  /^(I{1,3}|IV)$/, // a quarter or a half-year, as Kazakh and Russian number them (IV тоқсан, II полугодие)
];

let running: BrowserStack;

beforeAll(async () => {
  running = await startBrowserStack('latin-scan', {
    imports: () => ({
      ...TRAINING_PLUGIN,
      ...HOTLINE_PLUGIN,
      ...ADMIN_PLUGIN,
      ...CULTURE_PLUGIN,
      ...COMPLIANCE_PLUGIN,
    }),
    hotline: true,
  });
});

afterAll(async () => {
  await running?.close();
});

/** The Latin words a person reads on the page (text, labels, placeholders, the tab title), with where they stand. */
async function latinWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null;
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')]
      .filter(visible)
      .flatMap((element) =>
        ['aria-label', 'placeholder', 'title', 'alt'].map((name) => element.getAttribute(name) ?? ''),
      );
    // What the page marks translate="no" is a code a person reads or types as such (a file's
    // column names, an org unit's code, the audit trail's stored record), not language.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const text: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[translate="no"], script, style') || !parent.checkVisibility()) continue;
      text.push(node.textContent ?? '');
    }
    return [document.title, text.join(' '), ...attributes];
  });
  const found = new Set<string>();
  for (const text of texts) {
    // Markup shown as text is the rich-text test's concern; here the words inside it count.
    for (const raw of text.replace(/<\/?[a-z][^>]*>/g, ' ').split(/\s+/)) {
      const token = raw.replace(/^[("«“'[]+|[)"»”'\].,:;!?…]+$/g, '');
      if (!/[A-Za-z]/.test(token)) continue;
      if (ALLOWED_TOKENS.some((pattern) => pattern.test(token))) continue;
      const words = token.split(/[^A-Za-z0-9]+/).filter((word) => /[A-Za-z]/.test(word));
      if (words.every((word) => ALLOWED_WORDS.has(word))) continue;
      found.add(token);
    }
  }
  return [...found];
}

/** Waits until the page stops loading: no spinner and the same text twice in a row. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pause = () => new Promise((done) => setTimeout(done, 150));
    const giveUpAt = performance.now() + 8_000;
    let previous = '';
    while (performance.now() < giveUpAt) {
      await pause();
      const busy = document.querySelector('[aria-busy="true"], .p-progressspinner, .p-skeleton');
      const text = document.body.innerText;
      if (!busy && text === previous && text.trim() !== '') return;
      previous = text;
    }
  });
}

/** The same-origin pages of the app the page links to, without files, downloads and the public intake. */
async function linkedPaths(page: Page): Promise<string[]> {
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
  );
  const origin = new URL(page.url()).origin;
  return hrefs
    .map((href) => new URL(href))
    .filter(
      (url) => url.origin === origin && !/\.\w{2,4}$/.test(url.pathname) && !url.pathname.includes('-files'),
    )
    .map((url) => url.pathname.replace(/(.)\/$/, '$1'))
    .filter((path) => !path.startsWith('/report'));
}

/** The kind of page a path opens: its path with ids and numbers left out. */
function kindOf(path: string): string {
  return path
    .split('/')
    .map((segment) => (/\d/.test(segment) ? ':id' : segment))
    .join('/');
}

/** Moves within the single-page app, as a link does: the shell and the plugin's router follow. */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settled(page);
}

/**
 * The pages the signed-in person reaches by links from home, each read as it is reached: the home
 * page always, any other kind of page only when no one before read it (`read` kinds are shared).
 */
async function walk(
  page: Page,
  readKinds: Set<string>,
  read: (path: string) => Promise<void>,
): Promise<string[]> {
  const visited: string[] = [];
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const kind = kindOf(path);
    if (visited.includes(path) || (path !== '/' && readKinds.has(kind))) continue;
    readKinds.add(kind);
    await navigate(page, path);
    visited.push(path);
    await read(path);
    queue.push(...(await linkedPaths(page)));
  }
  return visited;
}

async function problemsOn(page: Page, where: string): Promise<string[]> {
  const words = await latinWords(page);
  return words.length > 0 ? [`${where}: ${words.join(' ')}`] : [];
}

describe('Kazakh and Russian pages', () => {
  it('show no Latin-script words on the login page and the public intake', async () => {
    const problems: string[] = [];
    for (const locale of ['kk', 'ru']) {
      const adal = await AdalPage.open(running.browser, running.stack.url);
      try {
        await adal.context.addInitScript((chosen) => localStorage.setItem('adal.locale', chosen), locale);
        await adal.visit('/');
        await settled(adal.page);
        for (const word of await latinWords(adal.page)) problems.push(`${locale} login: ${word}`);
        await adal.visit(`/report?lang=${locale}`);
        await settled(adal.page);
        for (const word of await latinWords(adal.page)) problems.push(`${locale} /report: ${word}`);
      } finally {
        await adal.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('show no Latin-script words on any page a demo person reaches, for every role', async () => {
    const problems: string[] = [];
    const readKinds = new Set<string>();
    for (const { email } of DEMO_LOGINS) {
      const adal = await AdalPage.open(running.browser, running.stack.url);
      try {
        await adal.visit('/');
        await signInThroughLoginPage(adal, email);
        await settled(adal.page);
        const paths = await walk(adal.page, readKinds, async (path) => {
          problems.push(...(await problemsOn(adal.page, `kk ${email} ${path}`)));
        });
        await adal.page.evaluate(() => localStorage.setItem('adal.locale', 'ru'));
        await adal.page.reload();
        for (const path of paths) {
          await navigate(adal.page, path);
          problems.push(...(await problemsOn(adal.page, `ru ${email} ${path}`)));
        }
        expect(paths.length, email).toBeGreaterThan(0);
      } finally {
        await adal.close();
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
