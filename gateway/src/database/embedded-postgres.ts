import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** Connection string of the loopback socket; connect with a pool of one. */
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * A gateway's settings on the embedded database, which is one connection that the ORM holds: no
 * pool, rate limits counted in memory, and no cache of KPI values, as no second connection can
 * LISTEN for the changes that would empty it.
 */
export const EMBEDDED_GATEWAY_OPTIONS = { poolMax: 1, rateLimits: 'memory', kpiCache: false } as const;

/**
 * PostgreSQL compiled to WebAssembly (PGlite), kept in `dataDir` and served over the wire
 * protocol on a free loopback port, so the ORM, its migrations and the queries are exactly
 * those used against a real server. PGlite is a single session: one connection at a time.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 1 });
  await server.start();
  return {
    // The socket server reports the port the OS picked for port 0.
    databaseUrl: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
