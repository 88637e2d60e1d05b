import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ImportMap {
  imports: Record<string, string>;
}

export interface ImportMapSources {
  /** Repository root: shell/dist and plugins/<id>/dist live under it. */
  rootDir: string;
  /** The deployment switch: an { imports } file that replaces the plugin entries found on disk. */
  importMapFile?: string | undefined;
}

interface PluginManifest {
  id: string;
  entry: string;
}

/**
 * The import map as of now: the shell's shared libraries plus one entry per plugin. Read on
 * every request, so publishing a plugin version (a new dist or a new map file) takes effect
 * without restarting or rebuilding anything else.
 */
export async function readImportMap(sources: ImportMapSources): Promise<ImportMap> {
  const shared = (await readJson<ImportMap>(join(sources.rootDir, 'shell', 'dist', 'importmap.shared.json')))
    ?.imports;
  const plugins = sources.importMapFile
    ? await readDeploymentMap(sources.importMapFile)
    : await pluginEntriesOnDisk(sources.rootDir);
  return { imports: { ...shared, ...plugins } };
}

async function readDeploymentMap(file: string): Promise<Record<string, string>> {
  const map = await readJson<ImportMap>(file);
  // A configured switch that cannot be read is a deployment error, not "no plugins".
  if (!map || typeof map.imports !== 'object')
    throw new Error(`The import map ${file} has no "imports" object.`);
  return map.imports;
}

async function pluginEntriesOnDisk(rootDir: string): Promise<Record<string, string>> {
  const pluginsDir = join(rootDir, 'plugins');
  const folders = await readdir(pluginsDir, { withFileTypes: true }).catch(() => []);
  const entries: Record<string, string> = {};
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const manifest = await readJson<PluginManifest>(join(pluginsDir, folder.name, 'dist', 'manifest.json'));
    // Only built plugins have a manifest; the sdk and unbuilt plugins are skipped.
    if (manifest?.id && manifest.entry) {
      entries[`@adal/plugin-${manifest.id}`] = `/plugins/${manifest.id}/${manifest.entry}`;
    }
  }
  return entries;
}

async function readJson<T>(file: string): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return JSON.parse(text) as T;
}
