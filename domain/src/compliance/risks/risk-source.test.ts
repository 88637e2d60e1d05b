import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { Position } from '../../org/position.entity.js';
import type { IPerson } from '../../org/person.entity.js';
import {
  HotlineReport,
  type HotlineOutcome,
  type HotlineStatus,
} from '../../hotline/cases/hotline-report.entity.js';
import { ConflictRegisterEntry } from '../../declarations/register/conflict-register-entry.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  outcomes,
  type TestDatabase,
} from '../../testing/index.js';
import { drawSelfAssessment } from '../self-assessment/draw.js';
import { recordSelfAssessmentFinding } from '../self-assessment/findings.js';
import { saveComplianceProcess } from '../self-assessment/processes.js';
import { findRisk, upsertRisk } from './risks.js';
import { riskProposal } from './risk-source.js';
import { riskInput } from './risks-fixtures.js';

// §9.1, §11 — the closed loop: a risk proposed from a substantiated hotline case, a settled conflict
// of interest or a self-assessment finding, linked back to it, with none of its content.

const NOW = new Date('2026-12-06T06:00:00Z');
/** Words of the reporter, the findings and the declaration: none may reach a proposed risk. */
const SECRET = 'Ivanov took 5 million from Romashka LLP';
let db: TestDatabase;
let officer: Actor;
let employee: Actor;
let other: Actor;
let declarant: IPerson;
let cashier: string;
let organizationId: string;
let elsewhereId: string;
let caseNumber = 0;

async function hotlineCase(
  status: HotlineStatus,
  outcome: HotlineOutcome | null,
  organization = organizationId,
): Promise<string> {
  const em = db.orm.em.fork();
  caseNumber += 1;
  const report = em.create(HotlineReport, {
    id: newId(),
    organization,
    number: caseNumber,
    receiptHash: newId().replace(/-/g, '').padEnd(64, '0'),
    channel: 'web',
    category: 'corruption',
    anonymous: false,
    // Not sealed here, so that a proposal reading it would be caught copying it.
    contentSealed: Buffer.from(JSON.stringify({ what: SECRET, when: null, where: null, who: SECRET })),
    identitySealed: Buffer.from(SECRET),
    findingsSealed: Buffer.from(SECRET),
    status,
    scope: 'in_scope',
    receivedAt: new Date('2026-03-02T04:00:00Z'),
    acknowledgeBy: new Date('2026-03-03T04:00:00Z'),
    processBy: new Date('2026-04-02T04:00:00Z'),
    reporterLastSeenAt: new Date('2026-03-02T04:00:00Z'),
    outcome,
    closedAt: status === 'closed' ? new Date('2026-04-01T04:00:00Z') : null,
    labels: [SECRET],
  });
  await em.flush();
  return report.id;
}

async function conflictEntry(status: 'open' | 'settled' | 'no_conflict'): Promise<string> {
  const em = db.orm.em.fork();
  const entry = em.create(ConflictRegisterEntry, {
    id: newId(),
    organization: organizationId,
    person: declarant.id,
    source: 'campaign',
    sourceId: newId(),
    counterparty: SECRET,
    description: SECRET,
    identifiedOn: '2026-05-04',
    status,
    measures: status === 'settled' ? SECRET : null,
    settledOn: status === 'settled' ? '2026-05-20' : null,
  });
  await em.flush();
  return entry.id;
}

const tx = <T>(work: (em: ReturnType<typeof db.orm.em.fork>) => Promise<T>) =>
  db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  const elsewhere = await buildOrganization(em);
  organizationId = org.organization.id;
  elsewhereId = elsewhere.organization.id;
  cashier = newId();
  em.create(Position, {
    id: cashier,
    organization: org.organization,
    title: 'Cashier',
    exposedToCorruptionRisk: true,
  });
  const people = [0, 1].map(() => buildPerson(em, org.organization, org.root));
  declarant = buildPerson(em, org.organization, org.root);
  declarant.position = em.getReference(Position, cashier);
  const stranger = buildPerson(em, elsewhere.organization, elsewhere.root);
  await em.flush();
  officer = actorOf(people[0]!, ['employee', 'compliance_officer']);
  employee = actorOf(people[1]!, ['employee', 'hotline_investigator']);
  other = actorOf(stranger, ['employee', 'compliance_officer']);
});

afterAll(async () => {
  await db?.drop();
});

describe('proposing a risk from a hotline case (§69, §9.1)', () => {
  it('drafts a risk of the activity register linked to the case, with its number and none of its text', async () => {
    const id = await hotlineCase('closed', 'substantiated');
    const draft = await tx((em) => riskProposal(em, officer, { sourceKind: 'hotline_case', sourceId: id }));
    expect(draft).toMatchObject({
      register: 'activity',
      source: 'hotline',
      sourceKind: 'hotline_case',
      sourceId: id,
      sourceReference: `HL-2026-${String(caseNumber).padStart(4, '0')}`,
    });
    expect(draft.scheme.en).toContain('corruption');
    const text = JSON.stringify(draft);
    for (const word of ['Ivanov', 'Romashka', '5 million']) expect(text).not.toContain(word);
  });

  it('takes a partly substantiated closed case, and refuses one still open or not substantiated', async () => {
    const partly = await hotlineCase('closed', 'partly_substantiated');
    const draft = await tx((em) =>
      riskProposal(em, officer, { sourceKind: 'hotline_case', sourceId: partly }),
    );
    expect(draft.scheme.en).toMatch(/^A partly substantiated/);
    for (const [status, outcome] of [
      ['in_progress', null],
      ['closed', 'not_substantiated'],
      ['closed', 'out_of_scope'],
      ['in_progress', 'substantiated'],
    ] as const) {
      const id = await hotlineCase(status, outcome);
      await expect(
        tx((em) => riskProposal(em, officer, { sourceKind: 'hotline_case', sourceId: id })),
      ).rejects.toMatchObject({ messageKey: 'compliance.risk.proposal.caseNotSubstantiated' });
    }
  });

  it('does not find a case of another organisation, and lets only the compliance service ask', async () => {
    const theirs = await hotlineCase('closed', 'substantiated', elsewhereId);
    await expect(
      tx((em) => riskProposal(em, officer, { sourceKind: 'hotline_case', sourceId: theirs })),
    ).rejects.toBeInstanceOf(NotFoundError);
    const ours = await hotlineCase('closed', 'substantiated');
    await expect(
      tx((em) => riskProposal(em, employee, { sourceKind: 'hotline_case', sourceId: ours })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      tx((em) => riskProposal(em, other, { sourceKind: 'hotline_case', sourceId: ours })),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      tx((em) => riskProposal(em, officer, { sourceKind: 'hotline_report', sourceId: ours })),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('saves the risk with its link; the risk shows the case number; a second risk from the case is a CONFLICT', async () => {
    const id = await hotlineCase('closed', 'substantiated');
    const saved = await tx((em) =>
      upsertRisk(
        em,
        officer,
        riskInput({ source: 'hotline', sourceKind: 'hotline_case', sourceId: id }),
        NOW,
      ),
    );
    expect(saved.sourceReference).toMatch(/^HL-2026-\d{4}$/);
    expect(JSON.stringify(saved)).not.toContain('Ivanov');
    await expect(
      tx((em) =>
        upsertRisk(
          em,
          officer,
          riskInput({ source: 'hotline', sourceKind: 'hotline_case', sourceId: id }),
          NOW,
        ),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', params: { code: saved.code } });
    await expect(
      tx((em) => riskProposal(em, officer, { sourceKind: 'hotline_case', sourceId: id })),
    ).rejects.toBeInstanceOf(ConflictError);
    // An edit that leaves the link out keeps it.
    const edited = await tx((em) =>
      upsertRisk(
        em,
        officer,
        { ...riskInput({ scheme: 'Reworded' }), id: saved.id, version: saved.version },
        NOW,
      ),
    );
    expect(edited).toMatchObject({
      sourceKind: 'hotline_case',
      sourceId: id,
      sourceReference: saved.sourceReference,
    });
  });

  it('refuses to save a risk linked to an open case or to a case of another organisation', async () => {
    const open = await hotlineCase('in_progress', null);
    await expect(
      tx((em) => upsertRisk(em, officer, riskInput({ sourceKind: 'hotline_case', sourceId: open }), NOW)),
    ).rejects.toBeInstanceOf(ValidationError);
    const theirs = await hotlineCase('closed', 'substantiated', elsewhereId);
    await expect(
      tx((em) => upsertRisk(em, officer, riskInput({ sourceKind: 'hotline_case', sourceId: theirs }), NOW)),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('of two risks proposed from one case at once, one is saved and the other is a CONFLICT', async () => {
    const id = await hotlineCase('closed', 'substantiated');
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, 2, (em) =>
        upsertRisk(
          em,
          officer,
          riskInput({ source: 'hotline', sourceKind: 'hotline_case', sourceId: id }),
          NOW,
        ),
      ),
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toBeInstanceOf(ConflictError);
  });
});

describe('proposing a risk from a conflict of interest (§14–§15)', () => {
  it('drafts a risk naming the post the conflict arose in, not the person or what was declared', async () => {
    const id = await conflictEntry('settled');
    const draft = await tx((em) => riskProposal(em, officer, { sourceKind: 'conflict_case', sourceId: id }));
    expect(draft).toMatchObject({
      source: 'conflict_of_interest',
      sourceKind: 'conflict_case',
      positionIds: [cashier],
      processOrDocument: { en: 'Cashier' },
      sourceReference: '20.05.2026',
    });
    const text = JSON.stringify(draft);
    for (const word of ['Ivanov', 'Romashka', declarant.fullName]) expect(text).not.toContain(word);
    const saved = await tx((em) =>
      upsertRisk(
        em,
        officer,
        riskInput({ source: 'conflict_of_interest', sourceKind: 'conflict_case', sourceId: id }),
        NOW,
      ),
    );
    expect((await findRisk(db.orm.em.fork(), officer, saved.id)).sourceReference).toBe('20.05.2026');
  });

  it('refuses a conflict not yet settled', async () => {
    for (const status of ['open', 'no_conflict'] as const) {
      const id = await conflictEntry(status);
      await expect(
        tx((em) => riskProposal(em, officer, { sourceKind: 'conflict_case', sourceId: id })),
      ).rejects.toMatchObject({ messageKey: 'compliance.risk.proposal.conflictNotSettled' });
    }
  });
});

describe('proposing a risk from a self-assessment finding (§73)', () => {
  it('drafts a risk of the finding’s process, without the finding’s text', async () => {
    const view = await tx(async (em) => {
      await saveComplianceProcess(
        em,
        officer,
        { name: 'Acceptance of goods', activeFrom: '2026-01-01' },
        NOW,
      );
      const drawn = await drawSelfAssessment(em, officer, '2026-Q4', NOW);
      return recordSelfAssessmentFinding(
        em,
        officer,
        { drawnProcessId: drawn.processes[0]!.id, text: SECRET, severity: 'high' },
        NOW,
      );
    });
    const finding = view.processes.flatMap((p) => p.findings)[0]!;
    const draft = await tx((em) =>
      riskProposal(em, officer, { sourceKind: 'audit_finding', sourceId: finding.id }),
    );
    expect(draft).toMatchObject({
      source: 'audit',
      processOrDocument: { en: 'Acceptance of goods' },
      sourceReference: '2026-Q4 · Acceptance of goods',
    });
    expect(JSON.stringify(draft)).not.toContain('Ivanov');
    await expect(
      tx((em) => riskProposal(em, other, { sourceKind: 'audit_finding', sourceId: finding.id })),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
