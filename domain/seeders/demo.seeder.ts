import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { seedDemoWith } from './seed-demo.js';

/** The demo holding for `orm.seeder.seed(DemoSeeder)`; the same data and idempotence as `seedDemo`. */
export class DemoSeeder extends Seeder {
  override async run(em: CoreEntityManager): Promise<void> {
    await seedDemoWith(em as EntityManager);
  }
}
