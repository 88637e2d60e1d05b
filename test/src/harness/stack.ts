import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HotlineKeyring, MikroORM } from '@adal/domain';
import { createDemoDatabase, DEMO_HOTLINE_KEYRING } from '@adal/domain/testing/demo';
import { startGateway, type StartGatewayOptions } from '@adal/gateway';
import { REPOSITORY_ROOT, SHELL_DIST } from './paths';

export interface TestStack {
  /** The gateway's origin, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The gateway's database, for a test to arrange data through use cases and read what a person cannot see. */
  orm: MikroORM;
  /** The hotline's keys the gateway seals and opens cases with. */
  hotlineKeyring: HotlineKeyring;
  /** Replaces the deployment import map the gateway reads on every request. */
  publishImportMap(imports: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

// Only problems reach the test output.
const quietLogger: NonNullable<StartGatewayOptions['logger']> = {
  debug: () => undefined,
  info: () => undefined,
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};

export interface StackOptions {
  /** The demo organisation's hotline cases too, sealed with the stack's `hotlineKeyring`. */
  hotline?: boolean;
}

/**
 * A fresh database with the demo organisation, and a gateway on a free port serving the built
 * shell, whose plugin entries come from an import-map file in `workDir` (the deployment switch).
 */
export async function startStack(
  workDir: string,
  imports: Record<string, string>,
  options: StackOptions = {},
): Promise<TestStack> {
  if (!existsSync(join(SHELL_DIST, 'index.html'))) {
    throw new Error('shell/dist is missing: run `pnpm run build` at the repository root first');
  }
  const importMapFile = join(workDir, 'importmap.json');
  const publishImportMap = (next: Record<string, string>) =>
    writeFile(importMapFile, JSON.stringify({ imports: next }, null, 2));
  await publishImportMap(imports);
  // The demo comes seeded, with the keys it was sealed with.
  const database = await createDemoDatabase({ hotline: options.hotline === true });
  try {
    const gateway = await startGateway({
      port: 0,
      databaseUrl: database.databaseUrl,
      devLogin: true,
      hotlineKeyring: DEMO_HOTLINE_KEYRING,
      auditTrail: database.auditTrail,
      importMapFile,
      rootDir: REPOSITORY_ROOT,
      logger: quietLogger,
    });
    return {
      url: gateway.url,
      orm: gateway.orm,
      hotlineKeyring: DEMO_HOTLINE_KEYRING,
      publishImportMap,
      async close() {
        await gateway.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
