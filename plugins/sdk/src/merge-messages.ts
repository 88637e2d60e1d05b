import type { AdalMessageTree } from './locale';

type Tree = Record<string, unknown>;

/**
 * A plugin's messages may be kept per part (declarations: relatives, conflicts, gifts …); each
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
