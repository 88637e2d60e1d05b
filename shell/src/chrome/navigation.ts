import { canSee } from '@adal/sdk/host';
import type { LoadedPlugin } from '../plugins';

export interface NavigationLink {
  key: string;
  /** A key of the chrome's i18n: the plugin's own label under `plugin.<id>`. */
  labelKey: string;
  path: string;
}

/** One plugin's entries under its name: the header shows a menu per plugin instead of one long row. */
export interface NavigationGroup {
  key: string;
  /** A key of the chrome's i18n: the plugin's title, or its only entry's label when it has none. */
  titleKey: string;
  links: NavigationLink[];
}

/** The navigation a person sees: every loaded plugin's entries that their roles allow. */
export function buildNavigation(
  plugins: readonly Pick<LoadedPlugin, 'id' | 'manifest'>[],
  roles: readonly string[],
): NavigationLink[] {
  return plugins.flatMap((plugin) =>
    (plugin.manifest?.navigation ?? [])
      .filter((entry) => canSee(entry, roles))
      .map((entry) => ({
        key: `${plugin.id}:${entry.path}`,
        labelKey: `plugin.${plugin.id}.${entry.labelKey}`,
        path: entry.path,
      })),
  );
}

/** The same entries grouped by plugin, in the plugins' order; a plugin with none for the person is left out. */
export function groupNavigation(
  plugins: readonly Pick<LoadedPlugin, 'id' | 'manifest'>[],
  roles: readonly string[],
): NavigationGroup[] {
  return plugins.flatMap((plugin) => {
    const links = buildNavigation([plugin], roles);
    const [first] = links;
    if (!first) return [];
    const titleKey = plugin.manifest?.titleKey;
    return [
      {
        key: plugin.id,
        titleKey: titleKey ? `plugin.${plugin.id}.${titleKey}` : first.labelKey,
        links,
      },
    ];
  });
}

/**
 * The one link the current page belongs to: the longest path that is the page's or one of its
 * parents, so that /hotline/settings marks "Settings", not also "Cases" at /hotline.
 */
export function currentLinkPath(links: readonly Pick<NavigationLink, 'path'>[], path: string): string | null {
  const matching = links
    .map((link) => link.path)
    .filter((linkPath) => path === linkPath || path.startsWith(`${linkPath.replace(/\/$/, '')}/`));
  return matching.reduce<string | null>(
    (longest, linkPath) => (longest === null || linkPath.length > longest.length ? linkPath : longest),
    null,
  );
}
