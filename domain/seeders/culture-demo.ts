import type { EntityManager } from '@mikro-orm/postgresql';
import type { IOrganization } from '../src/org/organization.entity.js';
import { seedCultureMaterialsDemo } from './culture-materials-demo.js';
import { seedCulturePlanDemo } from './culture-plan-demo.js';

/** The culture chapter's demo in the holding (§31–§35, §68): each part's own. */
export async function seedCultureDemo(tx: EntityManager, holding: IOrganization, today: Date): Promise<void> {
  await seedCulturePlanDemo(tx, holding, today);
  await seedCultureMaterialsDemo(tx, holding, today);
}
