import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from './orm-config.js';

export interface OpenDatabaseOptions {
  databaseUrl: string;
  migrate?: boolean;
  poolMax?: number;
  silentMigrations?: boolean;
}

/** Connects and, unless told otherwise, applies the pending migrations. */
export async function openDatabase(o: OpenDatabaseOptions): Promise<MikroORM> {
  const config = createOrmConfig({
    databaseUrl: o.databaseUrl,
    ...(o.poolMax ? { poolMax: o.poolMax } : {}),
    silentMigrations: o.silentMigrations ?? false,
  });
  const orm = await MikroORM.init(config);
  if (o.migrate !== false) {
    try {
      await orm.migrator.up();
    } catch (error) {
      await orm.close(true);
      throw error;
    }
  }
  return orm;
}
