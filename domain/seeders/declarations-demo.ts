import type { EntityManager } from '@mikro-orm/postgresql';
import { RelatedPerson } from '../src/declarations/relatives/related-person.entity.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { seedCampaignsDemo } from './campaigns-demo.js';
import { seedConflictsDemo } from './conflicts-demo.js';
import { seedFinancialDemo } from './financial-demo.js';
import { seedGiftsDemo } from './gifts-demo.js';
import { seedWatchlistsDemo } from './watchlists-demo.js';

/** Who the demo employee declared (§13, Annex 2): a spouse, a brother at a supplier and a former partner. */
const EMPLOYEE_RELATIVES = [
  { relation: 'spouse', fullName: 'Айнұр Серікқызы Жұмабаева', birthDate: '1990-04-12' },
  {
    relation: 'sibling_full',
    fullName: 'Нұржан Бекұлы Жұмабаев',
    birthDate: '1986-09-03',
    workplace: 'ТОО «Дала Сервис»',
    workplaceBin: '180340021791',
    jobTitle: 'Директор',
  },
  { relation: 'former_business_partner', fullName: 'Тимур Аскарович Оспанов' },
] as const;

/**
 * The declarations' demo in the holding: the demo employee's relatives and linked persons (so that
 * My declarations opens on a list and a notification can name one of them), then each part's own.
 */
export async function seedDeclarationsDemo(
  tx: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const employee = await tx.findOneOrFail(Person, { organization: holding, email: 'employee@demo.adal.kz' });
  for (const relative of EMPLOYEE_RELATIVES) {
    tx.create(RelatedPerson, { organization: holding, person: employee, ...relative });
  }
  await tx.flush();
  await seedFinancialDemo(tx, holding, today);
  await seedCampaignsDemo(tx, holding, today);
  await seedGiftsDemo(tx, holding, today);
  await seedConflictsDemo(tx, holding, today);
  await seedWatchlistsDemo(tx, holding, today);
}
