import type { Actor } from '../kernel/actor.js';
import { actorOf, buildOrganization, buildPerson, type TestDatabase } from '../testing/index.js';

/** `count` compliance officers of one new organisation: the callers a concurrency test fires at once. */
export async function complianceOfficers(db: TestDatabase, count: number): Promise<Actor[]> {
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const people = Array.from({ length: count }, () => buildPerson(em, org.organization, org.root));
  await em.flush();
  return people.map((p) => actorOf(p, ['employee', 'compliance_officer']));
}
