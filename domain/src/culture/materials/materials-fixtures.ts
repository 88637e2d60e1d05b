import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { RoleCode } from '../../kernel/roles.js';
import type { IOrgUnit } from '../../org/org-unit.entity.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  grantRoles,
  type BuiltOrganization,
  type TestDatabase,
} from '../../testing/index.js';
import type { MaterialInput } from './material-input.js';
import { publishCultureMaterial, saveCultureMaterial } from './materials.js';
import type { MaterialView } from './material-view.js';

/**
 * An organisation for the library's tests: a planner at the head office; a finance unit of 6
 * with a treasury subunit of 2 under it; a sales unit of 3 whose first member is an auditor.
 */
export interface MaterialsWorld {
  db: TestDatabase;
  org: BuiltOrganization;
  planner: Actor;
  finance: IOrgUnit;
  treasury: IOrgUnit;
  sales: IOrgUnit;
  /** Finance's six, then treasury's two. */
  financeStaff: Actor[];
  treasuryStaff: Actor[];
  salesStaff: Actor[];
  inTx<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
}

function staff(
  em: EntityManager,
  org: BuiltOrganization,
  unit: IOrgUnit,
  n: number,
  roles: RoleCode[] = [],
): IPerson[] {
  return Array.from({ length: n }, (_, i) => {
    const person = buildPerson(em, org.organization, unit, { fullName: `${unit.name} ${i + 1}` });
    grantRoles(em, person, ['employee', ...(i === 0 ? roles : [])]);
    return person;
  });
}

export async function createMaterialsWorld(): Promise<MaterialsWorld> {
  const db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const plannerPerson = buildPerson(em, org.organization, org.root, { fullName: 'Planner' });
  grantRoles(em, plannerPerson, ['employee', 'compliance_officer']);
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  const treasury = buildOrgUnit(em, org.organization, finance, 'Treasury');
  const sales = buildOrgUnit(em, org.organization, org.root, 'Sales');
  const financePeople = staff(em, org, finance, 6);
  const treasuryPeople = staff(em, org, treasury, 2);
  const salesPeople = staff(em, org, sales, 3, ['auditor']);
  await em.flush();
  return {
    db,
    org,
    planner: actorOf(plannerPerson, ['employee', 'compliance_officer']),
    finance,
    treasury,
    sales,
    financeStaff: financePeople.map((p) => actorOf(p, ['employee'])),
    treasuryStaff: treasuryPeople.map((p) => actorOf(p, ['employee'])),
    salesStaff: salesPeople.map((p, i) => actorOf(p, i === 0 ? ['employee', 'auditor'] : ['employee'])),
    inTx: (work) => db.orm.em.fork().transactional(work),
  };
}

/** A memo on conflicts of interest for everyone, asking for acknowledgement within 10 days. */
export function memoInput(overrides: Partial<MaterialInput> = {}): MaterialInput {
  return {
    kind: 'memo',
    subject: 'conflict_of_interest',
    title: { kk: 'Мүдделер қақтығысы туралы жадынама', ru: 'Памятка о конфликте интересов' },
    body: { kk: '<p>Басшыңызға хабарлаңыз.</p>', ru: '<p>Сообщите руководителю.</p>' },
    audienceAll: true,
    requiresAcknowledgement: true,
    ...overrides,
  };
}

/** Saves and publishes a material at `now`. */
export async function publishedMaterial(
  world: MaterialsWorld,
  input: MaterialInput = memoInput(),
  now: Date = new Date(),
): Promise<MaterialView> {
  const draft = await world.inTx((em) => saveCultureMaterial(em, world.planner, input, now));
  return world.inTx((em) => publishCultureMaterial(em, world.planner, draft.id, now));
}
