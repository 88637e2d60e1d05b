import type { AdalMessageTree } from '@adal/sdk';

type Tree = Record<string, unknown>;

/**
 * The plugin's messages are kept per part (relatives, conflicts, campaigns, gifts, financial); each
 * part has its own top-level keys, and adds its work items and navigation labels to the shared
 * `work` and `nav`, which are merged one level down.
 */
export function mergeMessages(...parts: readonly Tree[]): AdalMessageTree {
  const merged: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const before = merged[key];
      merged[key] =
        before && typeof before === 'object' && value && typeof value === 'object'
          ? { ...(before as Tree), ...(value as Tree) }
          : value;
    }
  }
  return merged as AdalMessageTree;
}
