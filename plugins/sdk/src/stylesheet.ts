function linkId(pluginId: string): string {
  return `adal-plugin-${pluginId}-css`;
}

/**
 * Vite's library build writes a plugin's CSS next to its bundle (plugin.css, see
 * `adalPluginViteConfig`) without loading it; the bundle links it on mount, from wherever it is
 * hosted (gateway or CDN).
 */
export function linkPluginStylesheet(pluginId: string, moduleUrl: string, doc: Document = document): void {
  if (doc.getElementById(linkId(pluginId))) return;
  const link = doc.createElement('link');
  link.id = linkId(pluginId);
  link.rel = 'stylesheet';
  link.href = moduleUrl.replace(/[^/]*$/, 'plugin.css');
  doc.head.append(link);
}

export function unlinkPluginStylesheet(pluginId: string, doc: Document = document): void {
  doc.getElementById(linkId(pluginId))?.remove();
}
