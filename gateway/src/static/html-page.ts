import type { ImportMap } from './import-map.js';

export const IMPORT_MAP_PLACEHOLDER = '<!-- adal:importmap -->';

/**
 * The text of the inline import map script. `<` is escaped so a map value can never close the
 * script. The page's Content-Security-Policy allows exactly this text by its hash.
 */
export function importMapScript(map: ImportMap): string {
  return JSON.stringify(map).replaceAll('<', '\\u003c');
}

/**
 * Browsers accept only inline import maps (an external `src` is not supported), so the map is
 * written into the page per request.
 */
export function inlineImportMap(html: string, map: ImportMap): string {
  return html.replace(
    IMPORT_MAP_PLACEHOLDER,
    () => `<script type="importmap">${importMapScript(map)}</script>`,
  );
}
