/** The intake's screens that have an address: the server answers every /report/* with the page. */
export type IntakeScreen = 'start' | 'new' | 'follow-up';

export const ROUTE_PREFIX = '/report';

const PATHS: Readonly<Record<IntakeScreen, string>> = {
  start: ROUTE_PREFIX,
  new: `${ROUTE_PREFIX}/new`,
  'follow-up': `${ROUTE_PREFIX}/follow-up`,
};

export function screenFromPath(pathname: string): IntakeScreen {
  const path = pathname.replace(/\/+$/, '');
  if (path === PATHS.new) return 'new';
  if (path === PATHS['follow-up']) return 'follow-up';
  return 'start';
}

export function pathOf(screen: IntakeScreen): string {
  return PATHS[screen];
}

/** Only a page served under /report keeps its screen in the address; elsewhere it stays in memory. */
export function servedUnderPrefix(pathname: string): boolean {
  return pathname === ROUTE_PREFIX || pathname.startsWith(`${ROUTE_PREFIX}/`);
}
