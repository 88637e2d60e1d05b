import { canSee } from '@adal/sdk';
import type { LoadedPlugin } from '../plugins';

export interface NavigationLink {
  key: string;
  /** A key of the chrome's i18n: the plugin's own label under `plugin.<id>`. */
  labelKey: string;
  path: string;
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
