/** Where the kit's style sheet is drawn: no plugin may take this prefix (it is not a plugin id). */
export const KIT_PATH = '/_kit';

/**
 * The development tools (the kit's style sheet) are offered by the Vite dev server and by a
 * gateway running the development login (ADAL_DEV_LOGIN=1), which marks its page with a meta tag.
 * A production gateway never does, so production shows no such page and no link to it.
 */
export function devToolsOffered(doc: Document = document, viteDevServer = import.meta.env.DEV): boolean {
  return viteDevServer || doc.querySelector('meta[name="adal-dev-tools"]')?.getAttribute('content') === 'on';
}
