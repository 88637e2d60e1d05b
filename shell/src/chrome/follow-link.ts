import { navigateToUrl } from 'single-spa';

/** In-app navigation for plain links; modified clicks still open a new tab or window. */
export function followLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigateToUrl((event.currentTarget as HTMLAnchorElement).href);
}
