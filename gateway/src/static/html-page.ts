import type { ImportMap } from './import-map.js';

export const IMPORT_MAP_PLACEHOLDER = '<!-- adal:importmap -->';

/**
 * Browsers accept only inline import maps (an external `src` is not supported), so the map is
 * written into the page per request. `<` is escaped so a map value can never close the script.
 */
export function inlineImportMap(html: string, map: ImportMap): string {
  const json = JSON.stringify(map).replaceAll('<', '\\u003c');
  return html.replace(IMPORT_MAP_PLACEHOLDER, () => `<script type="importmap">${json}</script>`);
}
