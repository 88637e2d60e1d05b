const LINK_ID = 'adal-plugin-hotline-css';

/**
 * Vite's library build writes the plugin's CSS next to the bundle (plugin.css) without loading
 * it; the bundle links it on mount, from wherever it is hosted (gateway or CDN).
 */
export function linkStylesheet(moduleUrl: string, doc: Document = document): void {
  if (doc.getElementById(LINK_ID)) return;
  const link = doc.createElement('link');
  link.id = LINK_ID;
  link.rel = 'stylesheet';
  link.href = moduleUrl.replace(/[^/]*$/, 'plugin.css');
  doc.head.append(link);
}

export function unlinkStylesheet(doc: Document = document): void {
  doc.getElementById(LINK_ID)?.remove();
}
