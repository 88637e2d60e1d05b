import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { Person } from '../../org/person.entity.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { actorOf, buildOrganization, buildPerson, grantRoles } from '../../testing/factories.js';
import { concurrently, outcomes } from '../../testing/index.js';
import { registerDeclarant } from '../financial/declarants.js';
import { FINANCIAL_DECLARATION_WORK } from '../financial/work-items.js';
import { createFinancialWorld, PDF_BYTES, type FinancialWorld } from '../financial/financial-fixtures.js';
import { foreignAccountAccessOrder, recordForeignAccountAccessOrder } from './access.js';
import { ForeignAccountFinding, ForeignAccountNotice } from './finding.entity.js';
import { findingStatus, recordForeignAccountClosure, recordTaxAuthorityAnswer } from './findings.js';
import { prepareTaxAuthorityRequest, taxAuthorityRequestEmployees } from './tax-requests.js';
import { TaxAuthorityRequest } from './tax-request.entity.js';
import { foreignAccountUndertakings, recordForeignAccountUndertaking } from './undertakings.js';

let w: FinancialWorld;
const NOW = new Date('2026-03-20T04:00:00Z');

beforeAll(async () => {
  w = await createFinancialWorld();
  // §30.1: the first head's order names HR as the person with access.
  await w.inTx((tx) =>
    recordForeignAccountAccessOrder(
      tx,
      w.firstHead,
      { orderNumber: '15-П', orderDate: '2026-01-15', memberIds: [w.hr.personId] },
      NOW,
    ),
  );
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

/** A check digit one off from the right one. */
function wrongCheckDigit(iin: string): string {
  return `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
}

describe('the no-foreign-account undertaking (§30.2)', () => {
  it('is asked of officials, not of maslikhat deputies nor of equated persons', async () => {
    const official = await w.person();
    const deputy = await w.person();
    const equated = await w.person();
    await w.inTx(async (tx) => {
      await registerDeclarant(tx, w.hr, {
        personId: official.person.id,
        category: 'official',
        obligedFrom: '2026-01-05',
      });
      await registerDeclarant(tx, w.hr, {
        personId: deputy.person.id,
        category: 'authorised_state_functions',
        maslikhatDeputy: true,
        obligedFrom: '2026-01-05',
      });
      await registerDeclarant(tx, w.hr, {
        personId: equated.person.id,
        category: 'equated',
        obligedFrom: '2026-01-05',
      });
    });
    await expect(
      w.inTx((tx) =>
        recordForeignAccountUndertaking(
          tx,
          w.hr,
          { personId: deputy.person.id, signedOn: '2026-01-06' },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await w.inTx((tx) =>
      recordForeignAccountUndertaking(
        tx,
        w.hr,
        { personId: official.person.id, signedOn: '2026-01-06' },
        NOW,
      ),
    );
    const list = await foreignAccountUndertakings(em(), w.hr, NOW);
    expect(list.map((row) => [row.personId, row.signedOn])).toEqual([[official.person.id, '2026-01-06']]);
  });
});

describe('the yearly check with the tax authority (§30.3–§30.5)', () => {
  it('is prepared only by those the order names, with every employee and their IIN', async () => {
    const { actor } = await w.person();
    await expect(
      w.inTx((tx) => prepareTaxAuthorityRequest(tx, actor, { year: 2025 })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const request = await w.inTx((tx) => prepareTaxAuthorityRequest(tx, w.hr, { year: 2025 }));
    const { year, employees } = await taxAuthorityRequestEmployees(em(), w.hr, request.id);
    expect(year).toBe(2025);
    expect(employees).toHaveLength(request.employeeCount);
    expect(employees.map((e) => e.personId)).toContain(actor.personId);
    expect(employees.every((e) => /^\d{12}$/.test(e.iin) && e.fullName.length > 0)).toBe(true);
    // The list is the data the order guards: someone it does not name never reads it.
    await expect(taxAuthorityRequestEmployees(em(), actor, request.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('refuses an answer naming an IIN whose check digit fails, and changes nothing', async () => {
    const request = await w.inTx((tx) => prepareTaxAuthorityRequest(tx, w.hr, { year: 2024 }));
    const { person } = await w.person();
    const events = await em().count(AuditEvent, {});
    await expect(
      w.inTx((tx) =>
        recordTaxAuthorityAnswer(
          tx,
          w.hr,
          {
            requestId: request.id,
            receivedOn: '2026-03-02',
            findings: [{ iin: wrongCheckDigit(person.iin!), bank: 'Bank', country: 'AE' }],
          },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'foreignAccount.iinInvalid',
      details: { field: 'findings.0.iin' },
    });
    expect((await em().findOneOrFail(TaxAuthorityRequest, { id: request.id })).answerReceivedOn).toBeNull();
    expect(await em().count(ForeignAccountFinding, { request: request.id })).toBe(0);
    expect(await em().count(AuditEvent, {})).toBe(events);
  });

  it('refuses an answer naming the same account of a person twice, at the second line, and changes nothing', async () => {
    const request = await w.inTx((tx) => prepareTaxAuthorityRequest(tx, w.hr, { year: 2022 }));
    const { person } = await w.person();
    await expect(
      w.inTx((tx) =>
        recordTaxAuthorityAnswer(
          tx,
          w.hr,
          {
            requestId: request.id,
            receivedOn: '2026-03-02',
            findings: [
              { iin: person.iin!, bank: 'Emirates NBD', country: 'AE' },
              { iin: person.iin!, bank: 'emirates nbd ', country: 'AE' },
            ],
          },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'foreignAccount.duplicateFinding',
      details: { field: 'findings.1.bank' },
    });
    expect((await em().findOneOrFail(TaxAuthorityRequest, { id: request.id })).answerReceivedOn).toBeNull();
  });

  it('notifies the first head, HR and the employee at once, and tracks the 6 months to the proof of closure', async () => {
    const request = await w.inTx((tx) => prepareTaxAuthorityRequest(tx, w.hr, { year: 2026 }));
    const { person, actor } = await w.person();
    const answer = await w.inTx((tx) =>
      recordTaxAuthorityAnswer(
        tx,
        w.hr,
        {
          requestId: request.id,
          receivedOn: '2026-03-13',
          reference: '№ 12-3/456',
          findings: [{ iin: person.iin!, bank: 'Emirates NBD', country: 'AE' }],
        },
        NOW,
      ),
    );
    const finding = answer.findings[0]!;
    // Friday 13 March: 2 working days are Monday 16 and Tuesday 17 March; 6 months is Sunday 13 September, so Monday 14.
    expect([finding.notifyBy, finding.closureDueOn]).toEqual(['2026-03-17', '2026-09-14']);
    const notices = await em().find(ForeignAccountNotice, { finding: finding.id });
    expect(notices.map((n) => n.recipient).sort()).toEqual(['employee', 'first_head', 'hr']);
    expect(new Set(notices.map((n) => n.sentAt.getTime())).size).toBe(1);
    const emailOf = async (id: string) => (await em().findOneOrFail(Person, { id })).email;
    expect(answer.mails.map((m) => m.to).sort()).toEqual(
      [person.email, await emailOf(w.firstHead.personId), await emailOf(w.hr.personId)].sort(),
    );
    expect(findingStatus(finding, '2026-09-15')).toBe('overdue');
    const headItems = await FINANCIAL_DECLARATION_WORK.items(em(), w.firstHead, NOW);
    expect(
      headItems.find((i) => i.kind === 'foreign_account_found' && i.id.endsWith(finding.id))?.dueOn,
    ).toBe('2026-09-14');
    const ownItems = await FINANCIAL_DECLARATION_WORK.items(em(), actor, NOW);
    expect(ownItems.map((i) => i.kind)).toContain('foreign_account_closure_due');
    await expect(
      w.inTx((tx) =>
        recordForeignAccountClosure(
          tx,
          actor,
          {
            findingId: finding.id,
            closedOn: '2026-03-19',
            file: { fileName: 'bank.txt', data: new TextEncoder().encode('closed') },
          },
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const closed = await w.inTx((tx) =>
      recordForeignAccountClosure(
        tx,
        actor,
        { findingId: finding.id, closedOn: '2026-03-19', file: { fileName: 'bank.pdf', data: PDF_BYTES } },
        NOW,
      ),
    );
    expect(findingStatus(closed, '2026-09-15')).toBe('closed');
  });

  it('records the answer once when it is sent twice at the same time', async () => {
    const request = await w.inTx((tx) => prepareTaxAuthorityRequest(tx, w.hr, { year: 2023 }));
    const { person } = await w.person();
    const settled = await concurrently(w.db.orm, 3, (tx) =>
      recordTaxAuthorityAnswer(
        tx,
        w.hr,
        {
          requestId: request.id,
          receivedOn: '2026-03-16',
          findings: [{ iin: person.iin!, bank: 'Bank of Georgia', country: 'GE' }],
        },
        NOW,
      ),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((reason) => reason instanceof ConflictError)).toBe(true);
    expect(await em().count(ForeignAccountFinding, { request: request.id })).toBe(1);
  });
});

describe('the access order in force (§30.1)', () => {
  it('is none until the first head records one', async () => {
    const setup = w.db.orm.em.fork();
    const other = await buildOrganization(setup);
    const head = buildPerson(setup, other.organization, other.root);
    grantRoles(setup, head, ['employee', 'first_head']);
    await setup.flush();
    expect(await foreignAccountAccessOrder(em(), actorOf(head, ['employee', 'first_head']))).toBeNull();
  });

  it('names its people for the first head, HR and those it names, whatever their role; refuses anyone else', async () => {
    const member = await w.person(['employee', 'ethics_commissioner']);
    const officer = await w.person(['employee', 'compliance_officer']);
    await w.inTx((tx) =>
      recordForeignAccountAccessOrder(
        tx,
        w.firstHead,
        { orderNumber: '21-П', orderDate: '2026-03-02', memberIds: [w.hr.personId, member.person.id] },
        NOW,
      ),
    );
    const hrName = (await em().findOneOrFail(Person, w.hr.personId)).fullName;
    const headName = (await em().findOneOrFail(Person, w.firstHead.personId)).fullName;
    for (const reader of [w.firstHead, w.hr, member.actor]) {
      expect(await foreignAccountAccessOrder(em(), reader)).toMatchObject({
        orderNumber: '21-П',
        orderDate: '2026-03-02',
        approvedBy: { id: w.firstHead.personId, fullName: headName },
        members: [
          { id: w.hr.personId, fullName: hrName },
          { id: member.person.id, fullName: member.person.fullName },
        ],
      });
    }
    for (const outsider of [officer.actor, (await w.person()).actor]) {
      await expect(foreignAccountAccessOrder(em(), outsider)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('keeps the order in force when a new one is refused', async () => {
    const before = await foreignAccountAccessOrder(em(), w.firstHead);
    await expect(
      w.inTx((tx) =>
        recordForeignAccountAccessOrder(
          tx,
          w.firstHead,
          { orderNumber: '22-П', orderDate: '2026-03-03', memberIds: [] },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await foreignAccountAccessOrder(em(), w.firstHead)).toEqual(before);
  });
});
