import type { EntityManager } from '@mikro-orm/postgresql';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import { Person, type IPerson } from '../src/org/person.entity.js';
import { registerDeclarant } from '../src/declarations/financial/declarants.js';
import { HR_OFFICERS } from '../src/declarations/financial/financial-roles.js';
import { setDeclarationDeadline } from '../src/declarations/financial/notices.js';
import { recordFilingProof, recordTrustManagement } from '../src/declarations/financial/filing.js';
import { recordForeignAccountAccessOrder } from '../src/declarations/foreign-accounts/access.js';
import { recordTaxAuthorityAnswer } from '../src/declarations/foreign-accounts/findings.js';
import { prepareTaxAuthorityRequest } from '../src/declarations/foreign-accounts/tax-requests.js';
import { recordForeignAccountUndertaking } from '../src/declarations/foreign-accounts/undertakings.js';
import { DEMO_LOGINS } from './demo-logins.js';
import { demoActor } from './demo-actor.js';

// The financial-declaration demo (§21–§30): the employee (filed already) and the first head must declare, a
// staff member of finance must too and has an account in a foreign bank found by last year's
// check; HR has notices to send and a deadline ahead; a request two years back waits for its answer.

/** The first bytes of a PDF: what a proof's type is judged by. */
const DEMO_RECEIPT = new TextEncoder().encode('%PDF-1.7\n% 270.00 receipt\n');

async function staffOf(em: EntityManager, organization: IOrganization, unitCode: string): Promise<IPerson> {
  const unit = await em.findOneOrFail(OrgUnit, { organization: organization.id, code: unitCode });
  const logins = DEMO_LOGINS.map((l) => l.email);
  return em.findOneOrFail(
    Person,
    {
      organization: organization.id,
      orgUnit: unit.id,
      active: true,
      email: { $nin: logins },
      iin: { $ne: null },
    },
    { orderBy: { fullName: 'asc', id: 'asc' } },
  );
}

export async function seedFinancialDemo(
  em: EntityManager,
  organization: IOrganization,
  now: Date,
): Promise<void> {
  const today = kazakhstanDay(now);
  const year = Number(today.slice(0, 4));
  const hr = await demoActor(em, organization, HR_OFFICERS[0]!);
  const firstHead = await demoActor(em, organization, 'first_head');
  const employee = await demoActor(em, organization, 'employee');
  const accountant = await staffOf(em, organization, 'FIN');

  await registerDeclarant(em, hr, {
    personId: employee.personId,
    category: 'official',
    obligedFrom: `${year - 1}-02-02`,
  });
  await registerDeclarant(em, hr, {
    personId: firstHead.personId,
    category: 'responsible_state_position',
    publicationCategory: 'quasi_public_manager',
    obligedFrom: `${year - 3}-09-01`,
  });
  await registerDeclarant(em, hr, {
    personId: accountant.id,
    category: 'official',
    obligedFrom: `${year - 2}-04-01`,
  });

  // §13: the first head and the employee hold nothing to put into trust management.
  await recordTrustManagement(
    em,
    hr,
    { personId: firstHead.personId, settledOn: `${year - 3}-09-15`, nothingToTransfer: true },
    now,
  );
  await recordTrustManagement(
    em,
    hr,
    { personId: employee.personId, settledOn: `${year - 1}-02-20`, nothingToTransfer: true },
    now,
  );

  // The yearly form's deadline six weeks ahead (within the year): the §24.3 reminders are due now or soon.
  const ahead = addCalendarDays(today, 45);
  await setDeclarationDeadline(em, hr, {
    form: '270.00',
    year,
    dueOn: ahead.startsWith(String(year)) ? ahead : `${year}-12-31`,
  });
  // The employee has filed this year's form and uploaded the tax authority's receipt.
  await recordFilingProof(
    em,
    employee,
    {
      personId: employee.personId,
      form: '270.00',
      year,
      filedOn: today,
      file: { fileName: 'receipt.pdf', data: DEMO_RECEIPT },
    },
    now,
  );
  await em.flush();

  // §30.1: the first head names HR; §30.2: the employee signed the undertaking.
  const orderDate = `${year}-01-05` <= today ? `${year}-01-05` : today;
  await recordForeignAccountAccessOrder(
    em,
    firstHead,
    { orderNumber: '7-Ө', orderDate, memberIds: [hr.personId] },
    now,
  );
  await em.flush();
  await recordForeignAccountUndertaking(
    em,
    hr,
    { personId: employee.personId, signedOn: `${year - 1}-02-03` },
    now,
  );

  // Last year's check found the accountant's account; the one before waits for its answer.
  const lastYear = await prepareTaxAuthorityRequest(em, hr, { year: year - 1 });
  await em.flush();
  await recordTaxAuthorityAnswer(
    em,
    hr,
    {
      requestId: lastYear.id,
      receivedOn: addCalendarDays(today, -20),
      reference: '№ 12-3/4521',
      findings: [{ iin: accountant.iin!, bank: 'Emirates NBD', country: 'Біріккен Араб Әмірліктері' }],
    },
    now,
  );
  await prepareTaxAuthorityRequest(em, hr, { year: year - 2 });
  await em.flush();
}
