import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { buildOrganization, concurrently, outcomes } from '../../testing/index.js';
import { RelatedPerson } from '../relatives/related-person.entity.js';
import { saveRelatedPerson } from '../relatives/related-persons.js';
import { Declarant } from './declarant.entity.js';
import { recordDeclarantDeparture, registerDeclarant } from './declarants.js';
import { formDue, recordFilingProof, recordTrustManagement, referenceDate } from './filing.js';
import { FilingProof } from './filing-proof.entity.js';
import { FinancialNotice } from './financial-notice.entity.js';
import { createFinancialWorld, PDF_BYTES, PNG_BYTES, type FinancialWorld } from './financial-fixtures.js';
import {
  financialNoticesOf,
  pendingFinancialNotices,
  sendFinancialNotices,
  setDeclarationDeadline,
  signFinancialNotice,
} from './notices.js';
import { recordDeclarationRuleChange } from './rule-changes.js';
import { DeclarationProofFile } from './proof-file.entity.js';
import { MAX_PROOF_BYTES } from './proof-files.js';
import { financialDeclarationStatus, myFinancialDeclaration } from './status.js';
import { FINANCIAL_DECLARATION_WORK } from './work-items.js';
import { computeKpiValues } from '../../kpi/compute-kpi-values.js';
import './kpis.js';

let w: FinancialWorld;
const NOW = new Date('2026-06-10T04:00:00Z');

beforeAll(async () => {
  w = await createFinancialWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

async function declarant(
  obligedFrom = '2026-02-02',
  category: 'official' | 'candidate' | 'equated' = 'official',
) {
  const { person, actor } = await w.person();
  await w.inTx((tx) => registerDeclarant(tx, w.hr, { personId: person.id, category, obligedFrom }));
  return { person, actor };
}

describe('who must declare (§24.1(c), §26)', () => {
  it('lists a person with the notice of the duty and liability waiting (§24.1(b)) and the §13 trust-management term', async () => {
    // 30 calendar days from Friday 6 March 2026 is Sunday 5 April: the term ends on Monday 6 April.
    const { person } = await declarant('2026-03-06');
    const listed = await em().findOneOrFail(Declarant, { person: person.id });
    expect(listed.trustManagementDueOn).toBe('2026-04-06');
    const notices = await financialNoticesOf(em(), w.hr, person.id);
    expect(notices.map((n) => [n.kind, n.recipient, n.sentAt])).toEqual([
      ['duty_and_liability', 'employee', null],
    ]);
    // The HR file names whose it is (the GraphQL notice's personName).
    expect(notices[0]!.person.fullName).toBe(person.fullName);
  });

  it('§24.1(b): notifies each spouse the person declared, and not a removed one', async () => {
    const { person } = await w.person();
    const fork = em();
    fork.create(RelatedPerson, {
      organization: w.org.organization.id,
      person: person.id,
      relation: 'spouse',
      fullName: 'Айнұр Серікқызы',
    });
    fork.create(RelatedPerson, {
      organization: w.org.organization.id,
      person: person.id,
      relation: 'spouse',
      fullName: 'Бұрынғы жұбайы',
      removedAt: new Date('2025-01-01T00:00:00Z'),
    });
    fork.create(RelatedPerson, {
      organization: w.org.organization.id,
      person: person.id,
      relation: 'sibling_full',
      fullName: 'Інісі',
    });
    await fork.flush();
    await w.inTx((tx) =>
      registerDeclarant(tx, w.hr, { personId: person.id, category: 'official', obligedFrom: '2026-03-02' }),
    );
    const notices = await financialNoticesOf(em(), w.hr, person.id);
    const byRecipient = notices.map((n) => [n.recipient, n.spouseName ?? null]).sort();
    expect(byRecipient).toEqual([
      ['employee', null],
      ['spouse', 'Айнұр Серікқызы'],
    ]);
  });

  it('§24.1(b): notifies a spouse declared after the listing, once however often the entry is corrected', async () => {
    const { person, actor } = await declarant('2026-03-02');
    const spouse = await w.inTx((tx) =>
      saveRelatedPerson(tx, actor, { relation: 'spouse', fullName: 'Гүлнар Асқарқызы' }),
    );
    await w.inTx((tx) =>
      saveRelatedPerson(tx, actor, { id: spouse.id, relation: 'spouse', fullName: 'Гүлнар Асқарова' }),
    );
    const toSpouse = (await financialNoticesOf(em(), w.hr, person.id)).filter(
      (n) => n.recipient === 'spouse',
    );
    expect(toSpouse.map((n) => [n.kind, n.spouseName, n.spouseRelativeId])).toEqual([
      ['duty_and_liability', 'Гүлнар Асқарқызы', spouse.id],
    ]);
  });

  it('refuses listing the same person twice, and anyone but HR', async () => {
    const { person } = await declarant();
    await expect(
      w.inTx((tx) =>
        registerDeclarant(tx, w.hr, { personId: person.id, category: 'official', obligedFrom: '2026-01-05' }),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    const { actor } = await w.person();
    await expect(
      w.inTx((tx) =>
        registerDeclarant(tx, actor, {
          personId: person.id,
          category: 'official',
          obligedFrom: '2026-01-05',
        }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('forms and reference dates (§25, §27, §28)', () => {
  const official = { category: 'official' as const, obligedFrom: '2025-09-01', obligedUntil: null };
  it('files form 250.00 once in the year of entering and 270.00 every year after', () => {
    expect(formDue(official, 2024)).toBeNull();
    expect(formDue(official, 2025)).toBe('250.00');
    expect(formDue(official, 2026)).toBe('270.00');
    expect(formDue({ ...official, obligedUntil: '2026-05-31' }, 2027)).toBeNull();
  });

  it('speaks as of 31 December of the year before; a candidate as of the 1st of the month of submission', () => {
    expect(referenceDate('official', '250.00', 2026, '2026-03-14')).toBe('2025-12-31');
    expect(referenceDate('candidate', '250.00', 2026, '2026-03-14')).toBe('2026-03-01');
  });
});

describe('notices', () => {
  it('§24.3: setting the deadline makes a reminder due one month before it, sent once by mail', async () => {
    const { person } = await declarant('2025-03-03');
    await w.inTx((tx) =>
      setDeclarationDeadline(tx, w.hr, { form: '270.00', year: 2026, dueOn: '2026-09-15' }),
    );
    const reminder = await em().findOneOrFail(FinancialNotice, {
      person: person.id,
      kind: 'deadline_reminder',
    });
    expect([reminder.form, reminder.year, reminder.dueOn]).toEqual(['270.00', 2026, '2026-08-15']);
    const first = await w.inTx((tx) => sendFinancialNotices(tx, w.hr, [reminder.id], NOW));
    expect(first.mails).toHaveLength(1);
    expect(first.mails[0]!.text).toContain('15.09.2026');
    const again = await w.inTx((tx) => sendFinancialNotices(tx, w.hr, [reminder.id], NOW));
    expect(again.mails).toHaveLength(0);
    const status = await financialDeclarationStatus(
      em(),
      w.hr,
      { year: 2026, orgUnitId: w.org.root.id },
      NOW,
    );
    expect(status.find((row) => row.personId === person.id)).toMatchObject({
      form: '270.00',
      deadline: '2026-09-15',
      filing: 'pending',
      reminder: 'sent',
    });
  });

  it('§24.3: reminds of the 250.00 deadline whoever enters in its year, listed before it is set or after', async () => {
    const reminders = (personId: string) =>
      em().find(FinancialNotice, { person: personId, kind: 'deadline_reminder', form: '250.00', year: 2027 });
    const early = await declarant('2027-03-01');
    await w.inTx((tx) =>
      setDeclarationDeadline(tx, w.hr, { form: '250.00', year: 2027, dueOn: '2027-07-30' }),
    );
    const late = await declarant('2027-05-04');
    const afterIt = await declarant('2027-08-02');
    expect((await reminders(early.person.id)).map((r) => r.dueOn)).toEqual(['2027-06-30']);
    expect((await reminders(late.person.id)).map((r) => r.dueOn)).toEqual(['2027-06-30']);
    expect(await reminders(afterIt.person.id)).toEqual([]);
  });

  it('§24.3: moving a deadline reminds no one who has filed already', async () => {
    const { person, actor } = await declarant('2027-02-01');
    await w.inTx((tx) =>
      setDeclarationDeadline(tx, w.hr, { form: '250.00', year: 2027, dueOn: '2027-07-30' }),
    );
    await w.inTx((tx) =>
      recordFilingProof(
        tx,
        actor,
        {
          personId: person.id,
          form: '250.00',
          year: 2027,
          filedOn: '2026-06-01',
          file: { fileName: 'receipt.pdf', data: PDF_BYTES },
        },
        NOW,
      ),
    );
    await w.inTx((tx) =>
      setDeclarationDeadline(tx, w.hr, { form: '250.00', year: 2027, dueOn: '2027-09-30' }),
    );
    expect(await em().count(FinancialNotice, { person: person.id, kind: 'deadline_reminder' })).toBe(0);
  });

  it('§24.1(d): a change in the law is noticed to every declarant within 30 working days', async () => {
    const { person } = await declarant('2026-01-12');
    const change = await w.inTx((tx) =>
      recordDeclarationRuleChange(tx, w.hr, {
        kind: 'law',
        title: 'Law No. 245-VIII',
        inForceOn: '2026-07-01',
      }),
    );
    // 30 working days from Wednesday 1 July 2026, Capital Day on Monday 6 July not counted: 13 August.
    expect(change.noticesDueOn).toBe('2026-08-13');
    const notices = await em().find(FinancialNotice, { ruleChange: change.id });
    expect(notices.map((n) => n.person.id)).toContain(person.id);
  });

  it('§26: a change in who must declare is noticed to those it concerns within one month', async () => {
    const { person } = await w.person();
    const change = await w.inTx((tx) =>
      recordDeclarationRuleChange(tx, w.hr, {
        kind: 'declarant_list',
        title: 'Order No. 12',
        inForceOn: '2026-04-10',
        personIds: [person.id],
      }),
    );
    // One month from 10 April is Sunday 10 May, and Monday 11 May is Victory Day's day off: the term ends on 12 May.
    expect(change.noticesDueOn).toBe('2026-05-12');
    expect(await em().count(FinancialNotice, { ruleChange: change.id })).toBe(1);
  });

  it('§16: leaving makes the post-service warning for 1 year, which the person signs', async () => {
    const { person, actor } = await declarant('2024-05-06');
    const warning = await w.inTx((tx) =>
      recordDeclarantDeparture(tx, w.hr, { personId: person.id, leftOn: '2026-06-01' }),
    );
    expect([warning.kind, warning.dueOn, warning.banUntil]).toEqual([
      'post_service_warning',
      '2026-06-01',
      '2027-06-01',
    ]);
    expect((await pendingFinancialNotices(em(), w.hr)).map((n) => n.id)).toContain(warning.id);
    await w.inTx((tx) =>
      signFinancialNotice(tx, actor, { noticeId: warning.id, signedOn: '2026-06-01' }, NOW),
    );
    expect((await pendingFinancialNotices(em(), w.hr)).map((n) => n.id)).not.toContain(warning.id);
  });
});

describe('the proof of filing (§24.1(a), §24.2)', () => {
  it('is uploaded by the declarant and counts as filed by the deadline', async () => {
    const { person, actor } = await declarant('2026-01-12');
    await w.inTx((tx) =>
      setDeclarationDeadline(tx, w.hr, { form: '250.00', year: 2026, dueOn: '2026-07-31' }),
    );
    await w.inTx((tx) =>
      recordFilingProof(
        tx,
        actor,
        {
          personId: person.id,
          form: '250.00',
          year: 2026,
          filedOn: '2026-06-01',
          file: { fileName: 'receipt.pdf', data: PDF_BYTES },
        },
        NOW,
      ),
    );
    const proof = await em().findOneOrFail(FilingProof, { person: person.id });
    expect(proof.referenceDate).toBe('2025-12-31');
    const mine = await myFinancialDeclaration(em(), actor, NOW);
    expect(mine?.status).toMatchObject({ form: '250.00', filing: 'filed', filedOn: '2026-06-01' });
  });

  it('is recorded by HR for a declarant who brings a paper copy; a colleague may not, nor HR of another organisation', async () => {
    const { person } = await declarant('2026-01-12');
    const colleague = await w.person();
    const upload = (actor: Actor) =>
      w.inTx((tx) =>
        recordFilingProof(
          tx,
          actor,
          {
            personId: person.id,
            form: '250.00',
            year: 2026,
            filedOn: '2026-06-01',
            file: { fileName: 'receipt.pdf', data: PDF_BYTES },
          },
          NOW,
        ),
      );
    await expect(upload(colleague.actor)).rejects.toBeInstanceOf(ForbiddenError);
    const other = await buildOrganization(em());
    await expect(upload({ ...other.admin, roles: ['employee', 'hr_officer'] })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await upload(w.hr);
    const proof = await em().findOneOrFail(FilingProof, { person: person.id });
    expect([proof.filedOn, proof.recordedBy.id]).toEqual(['2026-06-01', w.hr.personId]);
  });

  it('§24.3: drops the reminder not sent yet once the proof is in: it is for those who have not filed', async () => {
    const { person, actor } = await declarant('2025-03-01');
    await w.inTx((tx) =>
      setDeclarationDeadline(tx, w.hr, { form: '270.00', year: 2026, dueOn: '2026-09-30' }),
    );
    const reminders = () =>
      em().count(FinancialNotice, {
        person: person.id,
        kind: 'deadline_reminder',
        form: '270.00',
        year: 2026,
      });
    expect(await reminders()).toBe(1);
    await w.inTx((tx) =>
      recordFilingProof(
        tx,
        actor,
        {
          personId: person.id,
          form: '270.00',
          year: 2026,
          filedOn: '2026-06-01',
          file: { fileName: 'receipt.pdf', data: PDF_BYTES },
        },
        NOW,
      ),
    );
    expect(await reminders()).toBe(0);
  });

  it('refuses a disallowed type or size, and the wrong form, and keeps nothing', async () => {
    const { person, actor } = await declarant('2026-01-12');
    const files = await em().count(DeclarationProofFile, {});
    const events = await em().count(AuditEvent, {});
    const attempt = (form: string, data: Uint8Array) =>
      w.inTx((tx) =>
        recordFilingProof(
          tx,
          actor,
          { personId: person.id, form, year: 2026, filedOn: '2026-06-01', file: { fileName: 'x.pdf', data } },
          NOW,
        ),
      );
    await expect(
      attempt('250.00', new TextEncoder().encode('<html>not a receipt</html>')),
    ).rejects.toMatchObject({ code: 'VALIDATION', messageKey: 'financial.proof.type' });
    const tooLarge = new Uint8Array(MAX_PROOF_BYTES + 1);
    tooLarge.set(PDF_BYTES);
    await expect(attempt('250.00', tooLarge)).rejects.toMatchObject({
      code: 'VALIDATION',
      messageKey: 'financial.proof.size',
    });
    await expect(attempt('270.00', PNG_BYTES)).rejects.toMatchObject({
      messageKey: 'financial.filingProof.formNotDue',
    });
    expect(await em().count(DeclarationProofFile, {})).toBe(files);
    expect(await em().count(AuditEvent, {})).toBe(events);
  });

  it('is recorded once when sent twice at the same time', async () => {
    const { person, actor } = await declarant('2026-01-12');
    const settled = await concurrently(w.db.orm, 4, (tx) =>
      recordFilingProof(
        tx,
        actor,
        {
          personId: person.id,
          form: '250.00',
          year: 2026,
          filedOn: '2026-06-02',
          file: { fileName: 'receipt.png', data: PNG_BYTES },
        },
        NOW,
      ),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((reason) => reason instanceof ConflictError)).toBe(true);
    expect(await em().count(FilingProof, { person: person.id })).toBe(1);
    expect(await em().count(DeclarationProofFile, { person: person.id })).toBe(1);
  });

  it("lists an overdue filing in HR's status once the deadline has passed", async () => {
    const { person } = await declarant('2025-02-03');
    await w.inTx((tx) =>
      setDeclarationDeadline(tx, w.hr, { form: '270.00', year: 2026, dueOn: '2026-05-29' }),
    );
    const status = await financialDeclarationStatus(
      em(),
      w.hr,
      { year: 2026, orgUnitId: w.org.root.id },
      NOW,
    );
    expect(status.find((row) => row.personId === person.id)).toMatchObject({
      filing: 'overdue',
      proofId: null,
    });
    const { actor } = await w.person();
    await expect(
      financialDeclarationStatus(em(), actor, { year: 2026, orgUnitId: w.org.root.id }, NOW),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('trust management (§13)', () => {
  it('needs the contract unless there is nothing to transfer', async () => {
    const { person, actor } = await declarant('2026-05-04');
    await expect(
      w.inTx((tx) =>
        recordTrustManagement(
          tx,
          actor,
          { personId: person.id, settledOn: '2026-06-01', nothingToTransfer: false },
          NOW,
        ),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await w.inTx((tx) =>
      recordTrustManagement(
        tx,
        actor,
        {
          personId: person.id,
          settledOn: '2026-06-01',
          nothingToTransfer: false,
          file: { fileName: 'contract.pdf', data: PDF_BYTES },
        },
        NOW,
      ),
    );
    const listed = await em().findOneOrFail(Declarant, { person: person.id });
    expect([listed.trustManagementDueOn, listed.trustManagementSettledOn]).toEqual([
      '2026-06-03',
      '2026-06-01',
    ]);
  });
  it('is recorded by HR for the declarant, and refused to a colleague', async () => {
    const { person } = await declarant('2026-05-04');
    const colleague = await w.person();
    const settle = (actor: Actor) =>
      w.inTx((tx) =>
        recordTrustManagement(
          tx,
          actor,
          {
            personId: person.id,
            settledOn: '2026-06-02',
            nothingToTransfer: false,
            file: { fileName: 'contract.png', data: PNG_BYTES },
          },
          NOW,
        ),
      );
    await expect(settle(colleague.actor)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await em().findOneOrFail(Declarant, { person: person.id })).trustManagementSettledOn).toBeNull();
    await settle(w.hr);
    expect((await em().findOneOrFail(Declarant, { person: person.id })).trustManagementSettledOn).toBe(
      '2026-06-02',
    );
  });
});

describe('My work', () => {
  it('gives HR the notices to send and the declarant their proof to upload and trust management to prove', async () => {
    const { actor } = await declarant('2025-01-13');
    await w.inTx((tx) =>
      setDeclarationDeadline(tx, w.hr, { form: '270.00', year: 2026, dueOn: '2026-09-15' }),
    );
    const hrItems = await FINANCIAL_DECLARATION_WORK.items(em(), w.hr, NOW);
    expect(hrItems.find((i) => i.kind === 'financial_notices_to_send')?.count).toBeGreaterThan(0);
    const own = await FINANCIAL_DECLARATION_WORK.items(em(), actor, NOW);
    expect(own.map((i) => [i.kind, i.dueOn])).toEqual(
      expect.arrayContaining([
        ['financial_proof_due', '2026-09-15'],
        ['trust_management_due', '2025-02-12'],
      ]),
    );
    expect(own.find((i) => i.kind === 'trust_management_due')?.urgency).toBe('overdue');
  });

  it('§16: asks a person who left to sign the warning once HR has sent it, as My declarations shows it then', async () => {
    const { person, actor } = await declarant('2024-05-06');
    const warning = await w.inTx((tx) =>
      recordDeclarantDeparture(tx, w.hr, { personId: person.id, leftOn: '2026-06-01' }),
    );
    const toSign = async () =>
      (await FINANCIAL_DECLARATION_WORK.items(em(), actor, NOW)).filter(
        (i) => i.kind === 'post_service_warning_to_sign',
      );
    expect(await toSign()).toEqual([]);
    await w.inTx((tx) => sendFinancialNotices(tx, w.hr, [warning.id], NOW));
    expect((await toSign()).map((i) => i.dueOn)).toEqual(['2026-06-01']);
  });
});

describe('KPIs', () => {
  it('count the filings proved by their deadline and the notices sent by their term', async () => {
    const values = await computeKpiValues(
      em(),
      w.hr,
      ['declarations.financial_filed_on_time', 'declarations.financial_notices_on_time'],
      {},
    );
    const [filed, notices] = values;
    // Shares of what the tests above set up, or null where nothing is counted yet.
    for (const value of [filed, notices]) {
      expect(value?.value === null || (value!.value >= 0 && value!.value <= 100)).toBe(true);
    }
    expect(notices?.denominator).toBeGreaterThan(0);
  });
});
