import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { HELLO_FIXTURE } from './paths';

const run = promisify(execFile);

/** Builds the hello plugin as version `version` into `outDir`, as a plugin's CI would publish it. */
export async function buildHelloPlugin(version: string, outDir: string): Promise<void> {
  await run('pnpm', ['exec', 'vite', 'build', '--logLevel', 'error'], {
    cwd: HELLO_FIXTURE,
    env: { ...process.env, FIXTURE_VERSION: version, FIXTURE_OUT_DIR: outDir },
  });
}

/** A fingerprint of every file under `dir`, to prove a folder was not rebuilt. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    hashes[relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return hashes;
}
