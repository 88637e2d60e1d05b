import { NonDisclosureUndertaking, UNDERTAKING_VERSION, type IPerson, type MikroORM } from '@adal/domain';
import { buildOrganization, buildPerson, grantRoles } from '@adal/domain/testing';

export interface HotlinePerson {
  id: string;
  email: string;
  fullName: string;
}

export interface HotlineOrganization {
  organizationId: string;
  name: string;
  /** compliance_head: runs the queue. */
  head: HotlinePerson;
  /** hotline_investigator, outside the named person's reporting line. */
  investigator: HotlinePerson;
  /** Another hotline_investigator, never assigned in the tests. */
  otherInvestigator: HotlinePerson;
  /** The person a report names: an investigator too, so that only the naming keeps them off the case. */
  named: HotlinePerson;
  /** A hotline_investigator who manages the named person: in their reporting line. */
  namedManager: HotlinePerson;
  /** An employee without hotline roles. */
  employee: HotlinePerson;
  /** first_head: names the alternate handler, the second pair of eyes on disclosures. */
  firstHead: HotlinePerson;
  /** board_member: the alternate handler once the first head names them (ADR 008). */
  board: HotlinePerson;
}

/**
 * An organisation staffed for the hotline: its compliance head, investigators and the people a report
 * names, each of whom has signed the non-disclosure undertaking in force.
 */
export async function buildHotlineOrganization(
  orm: MikroORM,
  name = 'Самұрық Тест АҚ',
): Promise<HotlineOrganization> {
  const em = orm.em.fork();
  const { organization, root } = await buildOrganization(em, { name });
  const built = new Map<string, IPerson>();
  const person = (fullName: string, roles: Parameters<typeof grantRoles>[2], manager?: HotlinePerson) => {
    const managerEntity = manager ? built.get(manager.id) : undefined;
    const entity = buildPerson(em, organization, root, {
      fullName,
      ...(managerEntity ? { manager: managerEntity } : {}),
    });
    grantRoles(em, entity, ['employee', ...roles]);
    // §40.6, §41.3: staff who may come to read an identity signed the undertaking long ago.
    em.create(NonDisclosureUndertaking, {
      organization,
      person: entity,
      version: UNDERTAKING_VERSION,
      signedAt: new Date('2026-01-05T04:00:00Z'),
    });
    built.set(entity.id, entity);
    return { id: entity.id, email: entity.email, fullName };
  };
  const head = person('Гүлнар Сейітова', ['compliance_head']);
  const investigator = person('Ержан Тоқтаров', ['hotline_investigator']);
  const otherInvestigator = person('Динара Әлиева', ['hotline_investigator']);
  const namedManager = person('Бақыт Нұрланов', ['hotline_investigator']);
  const named = person('Марат Қасымов', ['hotline_investigator'], namedManager);
  const employee = person('Айжан Бекова', []);
  const firstHead = person('Серік Ахметов', ['first_head']);
  const board = person('Дана Әлімжанова', ['board_member']);
  await em.flush();
  return {
    organizationId: organization.id,
    name,
    head,
    investigator,
    otherInvestigator,
    named,
    namedManager,
    employee,
    firstHead,
    board,
  };
}
