import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The public reporting page and its client routes (`/report/follow-up`, …). It is a page of its
 * own, never the shell: the shell's scripts know who is signed in, the intake must not (issue 4 §1).
 */
export function isIntakePath(path: string): boolean {
  return path === '/report' || path.startsWith('/report/');
}

/**
 * Our own scripts, styles, images and fonts only; no framing, no form posts elsewhere, no
 * referrer, nothing cached: a reporter's browser keeps as little trace of the visit as we can ask for.
 */
export const INTAKE_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
    "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export interface IntakePage {
  status: number;
  contentType: string;
  body: string;
}

/**
 * The intake app's own HTML, as the hotline package's intake build wrote it: it bundles its Vue
 * and loads nothing shared, so no import map is inlined.
 */
export async function intakePage(rootDir: string): Promise<IntakePage> {
  try {
    const body = await readFile(join(rootDir, 'plugins', 'hotline', 'dist', 'intake', 'index.html'), 'utf8');
    return { status: 200, contentType: 'text/html; charset=utf-8', body };
  } catch {
    return {
      status: 503,
      contentType: 'text/plain; charset=utf-8',
      body: 'The hotline intake page is not built yet: run `pnpm build`.',
    };
  }
}
