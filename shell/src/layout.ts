import { checkActivityFunctions } from 'single-spa';

const MAIN_ID = 'adal-main';

/** Each plugin renders into its own section of <main>, so a failure stays in its area. */
export function areaFor(appName: string, doc: Document = document): HTMLElement {
  const id = `adal-app-${appName.replace(/[^a-z0-9-]/gi, '-')}`;
  const existing = doc.getElementById(id);
  if (existing) return existing;
  const area = doc.createElement('section');
  area.id = id;
  area.className = 'adal-app-area';
  area.dataset.app = appName;
  area.hidden = true;
  doc.getElementById(MAIN_ID)?.append(area);
  return area;
}

/** Shows the areas of the applications active at the current location, hides the rest. */
export function syncAreas(doc: Document = document): void {
  const active = new Set(checkActivityFunctions(window.location));
  for (const area of doc.querySelectorAll<HTMLElement>('.adal-app-area')) {
    area.hidden = !active.has(area.dataset.app ?? '');
  }
}
