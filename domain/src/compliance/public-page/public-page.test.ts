import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Position } from '../../org/position.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../../testing/index.js';
import { buildRisk } from '../mitigation/mitigation-fixtures.js';
import { addMitigationMeasure } from '../mitigation/measures.js';
import { createMitigationPlan, publishMitigationPlan } from '../mitigation/plans.js';
import { MitigationPlan } from '../mitigation/mitigation.entity.js';
import { Risk, type IRisk } from '../risks/risk.entity.js';
import { PublicProposal } from './public-page.entity.js';
import { PUBLIC_PAGE_WORK } from './work-items.js';
import { answerPublicProposal, publicProposals, submitPublicProposal } from './proposals.js';
import { publicCartogram } from './public-cartogram.js';
import { setCompliancePublicPage, setRiskPublished } from './public-settings.js';
import { publishQuarterlyReport } from './quarterly-reports.js';

const NOW = new Date('2026-06-15T06:00:00Z');
let db: TestDatabase;
let officer: Actor;
let otherOfficer: Actor;
let open: IRisk;
let low: IRisk;
let secret: IRisk;
let exposedPost: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em, { kind: 'state_body', name: 'Akimat' });
  const other = await buildOrganization(em, { kind: 'private' });
  const o = buildPerson(em, org.organization, org.root);
  const oo = buildPerson(em, other.organization, other.root);
  exposedPost = em.create(Position, {
    id: newId(),
    organization: org.organization,
    title: 'Procurement specialist',
    exposedToCorruptionRisk: true,
  }).title;
  open = buildRisk(em, org.organization, o, 1, { score: [5, 5, 5] });
  low = buildRisk(em, org.organization, o, 2, { score: [1, 2, 2] });
  secret = buildRisk(em, org.organization, o, 3, { confidentiality: 'commercial' });
  await em.flush();
  officer = actorOf(o, ['employee', 'compliance_officer']);
  otherOfficer = actorOf(oo, ['employee', 'compliance_head']);
});

afterAll(async () => {
  await db?.drop();
});

const tx = <T>(run: (em: typeof db.orm.em) => Promise<T>) => db.orm.em.fork().transactional(run);

describe('publication and the public page (§9.4–§11)', () => {
  it('never publishes a risk carrying protected information, and changes nothing when refused', async () => {
    await expect(tx((em) => setRiskPublished(em, officer, secret.id, true))).rejects.toMatchObject({
      messageKey: 'compliance.risk.confidentialNotPublishable',
    });
    const after = await db.orm.em.fork().findOneOrFail(Risk, secret.id);
    expect([after.published, after.version]).toEqual([false, 1]);
    await tx((em) => setRiskPublished(em, officer, open.id, true));
    await tx((em) => setRiskPublished(em, officer, low.id, true));
  });

  it('gives each organisation its own address: another one’s slug is a CONFLICT', async () => {
    await expect(
      tx((em) => setCompliancePublicPage(em, officer, { slug: 'Bad slug!', enabled: true }, NOW)),
    ).rejects.toThrow(ValidationError);
    await tx((em) => setCompliancePublicPage(em, officer, { slug: 'akimat', enabled: true }, NOW));
    await expect(
      tx((em) => setCompliancePublicPage(em, otherOfficer, { slug: 'akimat', enabled: true }, NOW)),
    ).rejects.toThrow(ConflictError);
  });

  it('shows the public the ranked published risks only, the exposed posts and the published measures', async () => {
    const plan = await tx((em) => createMitigationPlan(em, officer, 2026, NOW));
    for (const risk of [open, low]) {
      await tx((em) =>
        addMitigationMeasure(
          em,
          officer,
          plan.id,
          {
            riskId: risk.id,
            measure: `Measure № ${risk.number}`,
            executorId: officer.personId,
            deadline: '2026-09-01',
            completionForm: 'Order',
          },
          NOW,
        ),
      );
    }
    const before = await publicCartogram(db.orm.em.fork(), 'akimat', NOW);
    expect(before.risks.map((r) => r.number)).toEqual([1, 2]);
    expect(before.measures).toEqual([]);
    expect(before.exposedPositions.map((p) => p.en)).toEqual([exposedPost]);
    expect(before.organizationName.en).toBe('Akimat');
    await tx((em) => setRiskPublished(em, officer, low.id, false));
    // A state body's plan is public once approved; here it is published after a direct approval.
    await tx(async (em) => {
      await em.nativeUpdate(MitigationPlan, { id: plan.id }, { status: 'approved' });
    });
    await tx((em) => publishMitigationPlan(em, officer, plan.id, null, NOW));
    const after = await publicCartogram(db.orm.em.fork(), 'akimat', NOW);
    expect(after.risks.map((r) => r.number)).toEqual([1]);
    expect(after.measures.map((m) => [m.riskNumber, m.measure])).toEqual([[1, 'Measure № 1']]);
    await expect(publicCartogram(db.orm.em.fork(), 'nobody', NOW)).rejects.toThrow(NotFoundError);
  });

  it('takes one quarterly report a quarter, and reminds the keepers of the quarter passed without one', async () => {
    const due = await PUBLIC_PAGE_WORK.items(db.orm.em.fork(), officer, NOW);
    expect(due.map((i) => [i.kind, i.subject])).toEqual([
      ['compliance_quarterly_report_due', { kk: '2026 ж. I тоқсан', ru: 'I квартал 2026 г.', en: 'Q1 2026' }],
    ]);
    await tx((em) =>
      publishQuarterlyReport(em, officer, { year: 2026, quarter: 1, text: 'Two measures done.' }, NOW),
    );
    await expect(
      tx((em) => publishQuarterlyReport(em, officer, { year: 2026, quarter: 1, text: 'Again' }, NOW)),
    ).rejects.toThrow(ConflictError);
    await expect(
      tx((em) => publishQuarterlyReport(em, officer, { year: 2026, quarter: 4, text: 'Future' }, NOW)),
    ).rejects.toThrow(ValidationError);
    expect(await PUBLIC_PAGE_WORK.items(db.orm.em.fork(), officer, NOW)).toEqual([]);
  });

  it('takes proposals without an account and publishes the answer; another organisation’s is NOT_FOUND', async () => {
    await expect(tx((em) => submitPublicProposal(em, 'akimat', { text: 'short' }, NOW))).rejects.toThrow(
      ValidationError,
    );
    const { receipt } = await tx((em) =>
      submitPublicProposal(
        em,
        'akimat',
        { text: 'Publish the tender commission minutes', contact: 'a@b.kz' },
        NOW,
      ),
    );
    expect(receipt).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const [proposal] = await publicProposals(db.orm.em.fork(), officer);
    const answer = { id: proposal!.id, decision: 'accepted' as const, answer: 'From July on.' };
    await expect(tx((em) => answerPublicProposal(em, otherOfficer, answer, NOW))).rejects.toThrow(
      NotFoundError,
    );
    expect((await db.orm.em.fork().findOneOrFail(PublicProposal, proposal!.id)).status).toBe('new');
    await tx((em) => answerPublicProposal(em, officer, answer, NOW));
    await expect(tx((em) => answerPublicProposal(em, officer, answer, NOW))).rejects.toThrow(ConflictError);
    const page = await publicCartogram(db.orm.em.fork(), 'akimat', NOW);
    expect(page.proposals).toEqual([
      {
        text: 'Publish the tender commission minutes',
        status: 'accepted',
        answer: 'From July on.',
        answeredOn: '2026-06-15',
      },
    ]);
    expect(JSON.stringify(page)).not.toContain('a@b.kz');
  });
});
