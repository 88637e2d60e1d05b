import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SHELL_DIST = resolve(REPOSITORY_ROOT, 'shell', 'dist');
export const HELLO_FIXTURE = resolve(REPOSITORY_ROOT, 'test', 'fixtures', 'plugin-hello');
