import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { IOrgUnit } from '../../org/org-unit.entity.js';
import type { IPerson } from '../../org/person.entity.js';
import { iinCheckDigit } from '../../org/iin.js';
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
import type { DeclarationAnswerInput } from './submit-declaration.js';
import { STANDARD_QUESTIONS } from './questionnaire.js';

/** A BIN with its check digit, from its first 11 digits. */
export function validBin(first11 = '08044000123'): string {
  return `${first11}${iinCheckDigit(first11)}`;
}

/** "No" to every standard question, or "yes" to those named. */
export function standardAnswers(yes: Record<string, string> = {}): DeclarationAnswerInput[] {
  return STANDARD_QUESTIONS.map((q) => ({ code: q.code, yes: q.code in yes, details: yes[q.code] ?? null }));
}

export interface CampaignWorld {
  db: TestDatabase;
  org: BuiltOrganization;
  /** Finance (with Treasury under it) and Sales, under the root. */
  finance: IOrgUnit;
  treasury: IOrgUnit;
  sales: IOrgUnit;
  officer: Actor;
  hr: Actor;
  head: IPerson;
  staff: IPerson[];
  em(): EntityManager;
}

/** An organisation with two units, a compliance officer and a few people in each. */
export async function createCampaignWorld(): Promise<CampaignWorld> {
  const db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  const treasury = buildOrgUnit(em, org.organization, finance, 'Treasury');
  const sales = buildOrgUnit(em, org.organization, org.root, 'Sales');
  const officerPerson = buildPerson(em, org.organization, org.root, { fullName: 'Officer' });
  grantRoles(em, officerPerson, ['employee', 'compliance_officer']);
  const head = buildPerson(em, org.organization, finance, {
    fullName: 'Head of finance',
    hiredAt: '2020-01-01',
  });
  const staff = [
    buildPerson(em, org.organization, finance, { fullName: 'Aigerim', manager: head, hiredAt: '2021-01-01' }),
    buildPerson(em, org.organization, treasury, { fullName: 'Bolat', manager: head, hiredAt: '2021-01-01' }),
    buildPerson(em, org.organization, treasury, { fullName: 'Dana', manager: head, hiredAt: '2021-01-01' }),
    buildPerson(em, org.organization, sales, { fullName: 'Erlan', hiredAt: '2021-01-01' }),
  ];
  await em.flush();
  return {
    db,
    org,
    finance,
    treasury,
    sales,
    officer: actorOf(officerPerson, ['employee', 'compliance_officer']),
    hr: org.admin,
    head,
    staff,
    em: () => db.orm.em.fork(),
  };
}
