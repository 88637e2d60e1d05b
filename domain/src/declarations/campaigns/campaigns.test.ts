import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { actorOf, buildPerson } from '../../testing/index.js';
import { Person } from '../../org/person.entity.js';
import { Position } from '../../org/position.entity.js';
import { newId } from '../../kernel/ids.js';
import { CampaignDeclaration } from './campaign.entity.js';
import { createCampaignWorld, standardAnswers, validBin, type CampaignWorld } from './campaign-fixtures.js';
import { declarationCampaignDeclarants, declarationCampaignProgress } from './campaign-progress.js';
import { closeDeclarationCampaign } from './close-campaign.js';
import { launchDeclarationCampaign, type LaunchDeclarationCampaignInput } from './launch-campaign.js';
import { myCampaignDeclarations } from './my-campaign-declarations.js';
import { joinNewHires } from './new-hires.js';
import { ConflictRegisterEntry } from '../register/conflict-register-entry.entity.js';
import { claimCampaignReminders, dueCampaignReminders, remindOverdueDeclarants } from './reminders.js';
import {
  submitDeclaration,
  submitSupplierDeclaration,
  supplierDeclarationForm,
} from './submit-declaration.js';
import { CAMPAIGN_WORK } from './work-items.js';

// Launched on 1 June 2026 (Kazakhstan), due on 15 June.
const T0 = new Date('2026-06-01T04:00:00Z');
const AFTER_DEADLINE = new Date('2026-06-17T04:00:00Z');
const TITLE = {
  kk: 'Жылдық декларация 2026',
  ru: 'Ежегодная декларация 2026',
  en: 'Yearly declaration 2026',
};

let w: CampaignWorld;

beforeAll(async () => {
  w = await createCampaignWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

function input(overrides: Partial<LaunchDeclarationCampaignInput> = {}): LaunchDeclarationCampaignInput {
  return { title: TITLE, kind: 'yearly', group: 'all_employees', deadline: '2026-06-15', ...overrides };
}

async function launch(overrides: Partial<LaunchDeclarationCampaignInput> = {}, now = T0) {
  return w.em().transactional((em) => launchDeclarationCampaign(em, w.officer, input(overrides), now));
}

function employee(person: { id: string }): Actor {
  return { personId: person.id, organizationId: w.org.organization.id, roles: ['employee'] };
}

async function declarationsOf(campaignId: string) {
  return w.em().find(CampaignDeclaration, { campaign: campaignId });
}

describe('launching a campaign (§72.1)', () => {
  it('asks every active person of the unit subtree once, due on the deadline', async () => {
    const { campaign, declarants } = await launch({ orgUnitId: w.finance.id });
    // Head of finance, Aigerim (Finance), Bolat and Dana (Treasury).
    expect(declarants).toBe(4);
    const declarations = await declarationsOf(campaign.id);
    expect(declarations.map((d) => d.dueOn)).toEqual([
      '2026-06-15',
      '2026-06-15',
      '2026-06-15',
      '2026-06-15',
    ]);
    expect(
      await w.em().count(AuditEvent, { entityId: campaign.id, action: 'declarations.campaign.launched' }),
    ).toBe(1);
  });

  it('takes the questionnaire as edited for the campaign, in kk/ru/en', async () => {
    const { campaign } = await launch({
      orgUnitId: w.sales.id,
      kind: 'ad_hoc',
      questions: [{ code: 'side_business', text: { kk: 'Жеке кәсіп?', ru: 'Свой бизнес?' }, interest: true }],
    });
    expect(campaign.questions).toEqual([
      {
        code: 'side_business',
        text: { kk: 'Жеке кәсіп?', ru: 'Свой бизнес?', en: 'Свой бизнес?' },
        interest: true,
      },
    ]);
  });

  it('asks management: the heads of other people and the first head', async () => {
    const { campaign } = await launch({ group: 'management' });
    const declarations = await declarationsOf(campaign.id);
    expect(declarations.map((d) => d.person?.id)).toEqual([w.head.id]);
  });

  it('asks the holders of posts exposed to corruption risk, as training audiences name them (§4.14, §11)', async () => {
    const em = w.em();
    const cashier = em.create(Position, {
      id: newId(),
      organization: w.org.organization.id,
      title: 'Cashier (campaign test)',
      exposedToCorruptionRisk: true,
    });
    const clerk = em.create(Position, {
      id: newId(),
      organization: w.org.organization.id,
      title: 'Clerk (campaign test)',
      exposedToCorruptionRisk: false,
    });
    const [exposed, other] = await Promise.all([
      em.findOneOrFail(Person, w.staff[1]!.id),
      em.findOneOrFail(Person, w.staff[2]!.id),
    ]);
    exposed.position = cashier;
    other.position = clerk;
    await em.flush();
    const { campaign, declarants } = await launch({ group: 'risk_exposed_positions', kind: 'ad_hoc' });
    expect(declarants).toBe(1);
    const declarations = await declarationsOf(campaign.id);
    expect(declarations.map((d) => d.person?.id)).toEqual([exposed.id]);
    exposed.position = null;
    other.position = null;
    await em.flush();
  });

  it('asks a commission by name, with its procurement', async () => {
    const { campaign, declarants } = await launch({
      group: 'commission_members',
      procurementReference: 'Tender 2026-17',
      memberIds: [w.staff[0]!.id, w.staff[3]!.id],
    });
    expect(declarants).toBe(2);
    expect(campaign.procurementReference).toBe('Tender 2026-17');
  });

  it('refuses bad input with a typed error and launches nothing', async () => {
    const before = await w.em().count(CampaignDeclaration, {});
    const cases: Partial<LaunchDeclarationCampaignInput>[] = [
      { title: { kk: '', ru: 'x' } },
      { deadline: '2026-05-31' },
      { deadline: '2026-02-30' },
      { group: 'commission_members', memberIds: [w.staff[0]!.id] },
      { group: 'potential_suppliers', suppliers: [{ name: 'ТОО Альфа', bin: '080440001230' }] },
      { questions: [] },
    ];
    for (const bad of cases) {
      await expect(launch(bad)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await w.em().count(CampaignDeclaration, {})).toBe(before);
  });

  it('is for the compliance service only', async () => {
    await expect(
      w.em().transactional((em) => launchDeclarationCampaign(em, employee(w.staff[0]!), input(), T0)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('submitting a declaration (§72.1, §72.4)', () => {
  it('files the answers once; a "yes" to an interest question opens a register entry from the campaign', async () => {
    const { campaign } = await launch({ orgUnitId: w.treasury.id });
    const bolat = employee(w.staff[1]!);
    const declaration = await w.em().transactional((em) =>
      submitDeclaration(
        em,
        bolat,
        campaign.id,
        {
          answers: standardAnswers({ relatives_at_counterparties: 'My brother owns TOO Alpha, a supplier' }),
        },
        T0,
      ),
    );
    expect(declaration.declaredInterest).toBe(true);
    const entries = await w.em().find(ConflictRegisterEntry, { sourceId: declaration.id });
    expect(entries.map((e) => [e.person.id, e.source, e.identifiedOn, e.status])).toEqual([
      [bolat.personId, 'campaign', '2026-06-01', 'open'],
    ]);
    // In the declarant's language (Kazakh, the default), the question before what they wrote.
    expect(entries[0]?.description).toBe(
      'Сіздің туыстарыңыз немесе жеке байланысты адамдарыңыз ұйымның контрагенттерінде (жеткізушілерде, клиенттерде) жұмыс істей ме немесе оларға иелік ете ме?: My brother owns TOO Alpha, a supplier',
    );
    await expect(
      w
        .em()
        .transactional((em) => submitDeclaration(em, bolat, campaign.id, { answers: standardAnswers() }, T0)),
    ).rejects.toBeInstanceOf(ConflictError);
    const mine = await myCampaignDeclarations(w.em(), bolat, T0);
    expect(mine.find((d) => d.campaignId === campaign.id)).toMatchObject({
      status: 'submitted',
      open: false,
    });
  });

  it('refuses a "yes" without details, an unanswered question, and a person not asked', async () => {
    const { campaign } = await launch({ orgUnitId: w.treasury.id });
    const dana = employee(w.staff[2]!);
    await expect(
      w
        .em()
        .transactional((em) =>
          submitDeclaration(em, dana, campaign.id, { answers: standardAnswers({ outside_jobs: ' ' }) }, T0),
        ),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      w
        .em()
        .transactional((em) =>
          submitDeclaration(em, dana, campaign.id, { answers: standardAnswers().slice(1) }, T0),
        ),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      w
        .em()
        .transactional((em) =>
          submitDeclaration(em, employee(w.staff[3]!), campaign.id, { answers: standardAnswers() }, T0),
        ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const declaration = await w
      .em()
      .findOneOrFail(CampaignDeclaration, { campaign: campaign.id, person: dana.personId });
    expect(declaration.submittedAt).toBeNull();
  });

  it('takes a late declaration while the campaign is open, and refuses one after it closed, changing nothing', async () => {
    const { campaign } = await launch({ orgUnitId: w.treasury.id });
    const bolat = employee(w.staff[1]!);
    const dana = employee(w.staff[2]!);
    await w
      .em()
      .transactional((em) =>
        submitDeclaration(em, bolat, campaign.id, { answers: standardAnswers() }, AFTER_DEADLINE),
      );
    await w.em().transactional((em) => closeDeclarationCampaign(em, w.officer, campaign.id, AFTER_DEADLINE));
    await expect(
      w
        .em()
        .transactional((em) =>
          submitDeclaration(em, dana, campaign.id, { answers: standardAnswers() }, AFTER_DEADLINE),
        ),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'declarations.campaign.closed' });
    const declaration = await w
      .em()
      .findOneOrFail(CampaignDeclaration, { campaign: campaign.id, person: dana.personId });
    expect(declaration.submittedAt).toBeNull();
    expect(declaration.answers).toBeNull();
    const mine = await myCampaignDeclarations(w.em(), dana, AFTER_DEADLINE);
    expect(mine.find((d) => d.campaignId === campaign.id)?.status).toBe('missed');
  });
});

describe('new hires (§72.1, §67)', () => {
  it('joins people hired within the window at launch and by the daily job, and asks them to acknowledge the code of ethics', async () => {
    const em = w.em();
    const early = buildPerson(em, w.org.organization, w.sales, {
      fullName: 'New one',
      hiredAt: '2026-05-25',
    });
    await em.flush();
    const { campaign, declarants } = await launch({
      group: 'new_hires',
      hiredFrom: '2026-05-20',
      deadline: '2026-06-05',
    });
    expect(declarants).toBe(1);
    const em2 = w.em();
    const late = buildPerson(em2, w.org.organization, w.sales, {
      fullName: 'Newer one',
      hiredAt: '2026-06-03',
    });
    await em2.flush();
    expect(await w.em().transactional((tx) => joinNewHires(tx, w.org.organization.id))).toBe(1);
    expect(await w.em().transactional((tx) => joinNewHires(tx, w.org.organization.id))).toBe(0);
    const lateDeclaration = await w
      .em()
      .findOneOrFail(CampaignDeclaration, { campaign: campaign.id, person: late.id });
    // 10 calendar days from hiring, later than the campaign's deadline.
    expect(lateDeclaration.dueOn).toBe('2026-06-13');
    await expect(
      w
        .em()
        .transactional((tx) =>
          submitDeclaration(tx, employee(early), campaign.id, { answers: standardAnswers() }, T0),
        ),
    ).rejects.toMatchObject({ messageKey: 'declarations.campaign.ethicsCodeRequired' });
    const filed = await w
      .em()
      .transactional((tx) =>
        submitDeclaration(
          tx,
          employee(early),
          campaign.id,
          { answers: standardAnswers(), acknowledgeEthicsCode: true },
          T0,
        ),
      );
    expect(filed.ethicsCodeAcknowledgedAt).toEqual(T0);
    await w.em().nativeUpdate(Person, { id: { $in: [early.id, late.id] } }, { active: false });
  });
});

describe('potential suppliers (§72.1)', () => {
  it('declare through a one-time link with their BIN; the link used again is refused', async () => {
    const { campaign, supplierLinks } = await launch({
      group: 'potential_suppliers',
      suppliers: [{ name: 'ТОО Альфа', bin: validBin() }, { name: 'ТОО Бета' }],
    });
    expect(supplierLinks).toHaveLength(2);
    const [alpha, beta] = supplierLinks;
    const form = await supplierDeclarationForm(w.em(), alpha!.token);
    expect(form).toMatchObject({ supplierName: 'ТОО Альфа', submitted: false, open: true });

    // A BIN failing its check digit, and another BIN than the link's, change nothing.
    const wrongDigit = `${validBin().slice(0, 11)}${(Number(validBin()[11]) + 1) % 10}`;
    await expect(
      w
        .em()
        .transactional((em) =>
          submitSupplierDeclaration(em, alpha!.token, { bin: wrongDigit, answers: standardAnswers() }, T0),
        ),
    ).rejects.toMatchObject({ code: 'VALIDATION', messageKey: 'declarations.campaign.binInvalid' });
    await expect(
      w
        .em()
        .transactional((em) =>
          submitSupplierDeclaration(
            em,
            alpha!.token,
            { bin: validBin('08044000124'), answers: standardAnswers() },
            T0,
          ),
        ),
    ).rejects.toMatchObject({ messageKey: 'declarations.campaign.binMismatch' });

    await w
      .em()
      .transactional((em) =>
        submitSupplierDeclaration(em, alpha!.token, { bin: validBin(), answers: standardAnswers() }, T0),
      );
    await expect(
      w
        .em()
        .transactional((em) =>
          submitSupplierDeclaration(em, alpha!.token, { bin: validBin(), answers: standardAnswers() }, T0),
        ),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'declarations.campaign.linkUsed' });
    expect((await supplierDeclarationForm(w.em(), alpha!.token)).submitted).toBe(true);

    // Beta was invited without a BIN: it gives its own.
    const betaBin = validBin('10054000777');
    const filed = await w
      .em()
      .transactional((em) =>
        submitSupplierDeclaration(em, beta!.token, { bin: betaBin, answers: standardAnswers() }, T0),
      );
    expect(filed.supplierBin).toBe(betaBin);
    await expect(supplierDeclarationForm(w.em(), 'x'.repeat(43))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const events = await w
      .em()
      .find(AuditEvent, { entityId: filed.id, action: 'declarations.declaration.submitted' });
    expect(events.map((e) => e.actorPersonId ?? null)).toEqual([null]);
    void campaign;
  });
});

describe('progress, reminders and my work (§72.2)', () => {
  it('counts submitted, pending and overdue by unit with drill-down, and reminds the overdue once a day', async () => {
    const { campaign } = await launch({ orgUnitId: w.finance.id });
    const aigerim = employee(w.staff[0]!);
    await w
      .em()
      .transactional((em) => submitDeclaration(em, aigerim, campaign.id, { answers: standardAnswers() }, T0));

    const before = await declarationCampaignProgress(w.em(), w.officer, campaign.id, null, T0);
    expect(before.totals).toMatchObject({ total: 4, submitted: 1, pending: 3, overdue: 0 });
    const after = await declarationCampaignProgress(w.em(), w.officer, campaign.id, null, AFTER_DEADLINE);
    expect(after.totals).toMatchObject({ submitted: 1, overdue: 3 });
    expect(after.units.map((u) => [u.names.en, u.total, u.hasChildren])).toEqual([['Head office', 4, true]]);
    const root = after.units[0]!.orgUnitId;
    // A unit's id is no campaign's: not found, not some other failure.
    await expect(
      declarationCampaignProgress(w.em(), w.officer, root, null, AFTER_DEADLINE),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const underRoot = await declarationCampaignProgress(w.em(), w.officer, campaign.id, root, AFTER_DEADLINE);
    expect(underRoot.units.map((u) => [u.names.en, u.submitted, u.overdue])).toEqual([['Finance', 1, 3]]);
    const underFinance = await declarationCampaignProgress(
      w.em(),
      w.officer,
      campaign.id,
      w.finance.id,
      AFTER_DEADLINE,
    );
    expect(underFinance.units.map((u) => [u.names.en, u.overdue])).toEqual([['Treasury', 2]]);

    const overdueList = await declarationCampaignDeclarants(
      w.em(),
      w.officer,
      campaign.id,
      { status: 'overdue', orgUnitId: w.treasury.id },
      AFTER_DEADLINE,
    );
    expect(overdueList.rows.map((r) => r.fullName)).toEqual(['Bolat', 'Dana']);

    const work = await CAMPAIGN_WORK.items(w.em(), employee(w.staff[1]!), AFTER_DEADLINE);
    expect(work.filter((i) => i.path?.includes(campaign.id)).map((i) => [i.kind, i.urgency])).toEqual([
      ['declaration_overdue', 'overdue'],
    ]);
    const officerWork = await CAMPAIGN_WORK.items(w.em(), w.officer, AFTER_DEADLINE);
    expect(officerWork.find((i) => i.id.endsWith(campaign.id))).toMatchObject({
      kind: 'campaign_declarants_overdue',
      count: 3,
    });

    const reminded = await w
      .em()
      .transactional((em) => remindOverdueDeclarants(em, w.officer, campaign.id, AFTER_DEADLINE));
    expect(reminded.map((r) => r.fullName).sort()).toEqual(['Bolat', 'Dana', 'Head of finance']);
    const again = await w
      .em()
      .transactional((em) => remindOverdueDeclarants(em, w.officer, campaign.id, AFTER_DEADLINE));
    expect(again).toEqual([]);
    // The daily job the same day leaves them out too.
    const job = await w
      .em()
      .transactional(async (em) =>
        claimCampaignReminders(
          em,
          await dueCampaignReminders(em, w.org.organization.id, AFTER_DEADLINE),
          AFTER_DEADLINE,
        ),
      );
    expect(job.filter((r) => reminded.some((m) => m.declarationId === r.declarationId))).toEqual([]);
    const hrRefused = remindOverdueDeclarants(
      w.em(),
      actorOf(w.staff[0]!, ['employee']),
      campaign.id,
      AFTER_DEADLINE,
    );
    await expect(hrRefused).rejects.toBeInstanceOf(ForbiddenError);
  });
});
