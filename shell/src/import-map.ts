/** Import-map keys of this shape name a plugin; the map itself is the deployment switch. */
export const PLUGIN_PREFIX = '@adal/plugin-';

/** The plugin specifiers named in the page's inline import map(s), in map order. */
export function pluginSpecifiers(doc: Document): string[] {
  const names = new Set<string>();
  for (const script of doc.querySelectorAll('script[type="importmap"]')) {
    try {
      const map = JSON.parse(script.textContent ?? '{}') as { imports?: Record<string, string> };
      for (const name of Object.keys(map.imports ?? {})) {
        if (name.startsWith(PLUGIN_PREFIX) && name.length > PLUGIN_PREFIX.length) names.add(name);
      }
    } catch {
      // A malformed map is the browser's to report; the shell still starts without plugins.
    }
  }
  return [...names];
}

export function pluginIdOf(specifier: string): string {
  return specifier.slice(PLUGIN_PREFIX.length);
}
