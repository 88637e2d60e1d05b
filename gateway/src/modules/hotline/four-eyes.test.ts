import { HotlineCaseAssignment, HotlineInvolvedPerson, IdentityDisclosure } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { caseIdByNumber, staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { fileReport, pdfFile } from '../../testing/hotline-operations.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// The attacks of the hardening review, replayed through the GraphQL endpoint: the compliance
// head approving her own access, the accused reading the case, and concurrent changes that
// each pass a rule the other breaks (ADR 008).

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let investigator: string;
let first: string;
let board: string;

const IDENTITY = { anonymous: false, name: 'Әлия Нұрова', contact: '+7 701 111 22 33' };
const REVEAL = 'mutation($id: ID!) { revealHotlineReporterIdentity(id: $id) { name contact } }';
const DECIDE = 'mutation($id: ID!) { decideIdentityDisclosure(id: $id, approved: true) { approved } }';
const REQUEST =
  'mutation($id: ID!, $for: ID!) { requestIdentityDisclosure(id: $id, input: { forPersonId: $for, reason: "Тексеру" }) { disclosures { id requestedFor { id } } } }';
const ASSIGN =
  'mutation($id: ID!, $ids: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $ids) { id } }';
const LINK =
  'mutation($id: ID!, $ids: [ID!]!) { linkHotlineInvolvedPersons(id: $id, personIds: $ids) { id handledBy } }';

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  investigator = await devLoginToken(gateway.yoga, org.investigator.email);
  first = await devLoginToken(gateway.yoga, org.firstHead.email);
  board = await devLoginToken(gateway.yoga, org.board.email);
});

afterAll(async () => {
  await gateway?.drop();
});

async function openCase(o: { anonymous?: boolean; files?: File[] } = {}): Promise<string> {
  const { number } = await fileReport(gateway.yoga, {
    organizationId: org.organizationId,
    ...(o.anonymous === false ? IDENTITY : {}),
    ...(o.files ? { files: o.files } : {}),
  });
  return caseIdByNumber(gateway.yoga, head, number);
}

const code = (result: { error: { extensions?: { code?: string } } | null }) => result.error?.extensions?.code;

describe('the self-disclosure attack', () => {
  it('is refused at every step: she asks for herself, approves for herself, approves her own request, reads', async () => {
    const id = await openCase({ anonymous: false });
    await staff(gateway.yoga, head, ASSIGN, { id, ids: [org.investigator.id] });

    expect(code(await staff(gateway.yoga, head, REQUEST, { id, for: org.head.id }))).toBe('FORBIDDEN');
    const forHer = await staff<{ requestIdentityDisclosure: { disclosures: { id: string }[] } }>(
      gateway.yoga,
      investigator,
      REQUEST,
      { id, for: org.head.id },
    );
    const forHerId = forHer.data?.requestIdentityDisclosure.disclosures[0]?.id;
    expect(code(await staff(gateway.yoga, head, DECIDE, { id: forHerId }))).toBe('FORBIDDEN');
    const hers = await staff<{ requestIdentityDisclosure: { disclosures: { id: string }[] } }>(
      gateway.yoga,
      head,
      REQUEST,
      { id, for: org.employee.id },
    );
    const hersId = hers.data?.requestIdentityDisclosure.disclosures.at(-1)?.id;
    expect(code(await staff(gateway.yoga, head, DECIDE, { id: hersId }))).toBe('FORBIDDEN');
    const read = await staff(gateway.yoga, head, REVEAL, { id });
    expect(code(read)).toBe('FORBIDDEN');
    expect(JSON.stringify(read)).not.toContain('Әлия');

    const stored = await gateway.orm.em.fork().find(IdentityDisclosure, { report: id });
    expect(stored.map((d) => d.approved ?? null)).toEqual([null, null]);
  });
});

describe('a compliance head named by the report', () => {
  let id: string;
  let fileId: string;

  beforeAll(async () => {
    id = await openCase({ anonymous: false, files: [pdfFile('шот.pdf')] });
    const assigned = await staff<{ assignHotlineCase: { id: string; attachments: { id: string }[] } }>(
      gateway.yoga,
      head,
      'mutation($id: ID!, $ids: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $ids) { id attachments { id } } }',
      { id, ids: [org.investigator.id] },
    );
    fileId = assigned.data?.assignHotlineCase.attachments[0]?.id ?? '';
  });

  it('declares her conflict: the case leaves her hands (null answer, the naming kept)', async () => {
    const linked = await staff<{ linkHotlineInvolvedPersons: null }>(gateway.yoga, head, LINK, {
      id,
      ids: [org.head.id],
    });
    expect(linked).toEqual({ data: { linkHotlineInvolvedPersons: null }, error: null });
    expect(
      await gateway.orm.em.fork().count(HotlineInvolvedPerson, { report: id, person: org.head.id }),
    ).toBe(1);
  });

  it('gets FORBIDDEN on the case, the identity, the notes and the files', async () => {
    const attempts = [
      staff(gateway.yoga, head, 'query($id: ID!) { hotlineCase(id: $id) { content { what } } }', { id }),
      staff(gateway.yoga, head, REVEAL, { id }),
      staff(
        gateway.yoga,
        head,
        'mutation($id: ID!) { addHotlineNote(id: $id, body: "Менің нұсқам") { id } }',
        {
          id,
        },
      ),
      staff(gateway.yoga, head, LINK, { id, ids: [] }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(code(result)).toBe('FORBIDDEN');
      expect(Object.values(result.data ?? {})).toEqual(Object.values(result.data ?? {}).map(() => null));
    }
    const download = await gateway.yoga.fetch(`http://gateway.test/hotline/attachments/${fileId}`, {
      headers: { authorization: `Bearer ${head}` },
    });
    expect(download.status).toBe(403);
  });

  it('sees in the queue a row without content, and the dashboard flags it for the first head', async () => {
    const { data } = await staff<{
      hotlineCases: {
        items: { id: string; withheld: boolean; handledBy: string; category: string | null }[];
      };
    }>(
      gateway.yoga,
      head,
      '{ hotlineCases(filter: { limit: 100 }) { items { id withheld handledBy category assignees { id } } } }',
    );
    expect(data?.hotlineCases.items.find((item) => item.id === id)).toEqual({
      id,
      withheld: true,
      handledBy: 'awaiting_alternate',
      category: null,
      assignees: null,
    });
    const dashboard = await staff<{ hotlineDashboard: { awaitingAlternateHandler: { display: string } } }>(
      gateway.yoga,
      first,
      '{ hotlineDashboard { awaitingAlternateHandler { display } } }',
    );
    expect(dashboard.data?.hotlineDashboard.awaitingAlternateHandler.display).toBe('< 5');
  });

  it('goes to the alternate handler the first head names, who runs it while the head still reads nothing', async () => {
    const SET =
      'mutation($p: ID) { setHotlineAlternateHandler(personId: $p) { alternateHandler { id fullName } } }';
    expect(code(await staff(gateway.yoga, head, SET, { p: org.employee.id }))).toBe('FORBIDDEN');
    expect(code(await staff(gateway.yoga, first, SET, { p: org.investigator.id }))).toBe('VALIDATION');
    const set = await staff<{ setHotlineAlternateHandler: { alternateHandler: { id: string } } }>(
      gateway.yoga,
      first,
      SET,
      { p: org.board.id },
    );
    expect(set.data?.setHotlineAlternateHandler.alternateHandler.id).toBe(org.board.id);

    const view = await staff<{ hotlineCase: { handledBy: string; viewerCan: { assign: boolean } } }>(
      gateway.yoga,
      board,
      'query($id: ID!) { hotlineCase(id: $id) { handledBy viewerCan { assign } content { what } } }',
      { id },
    );
    expect(view.data?.hotlineCase).toMatchObject({ handledBy: 'alternate', viewerCan: { assign: true } });
    const triaged = await staff(
      gateway.yoga,
      board,
      'mutation($id: ID!) { triageHotlineCase(id: $id, input: { scope: in_scope }) { status } }',
      { id },
    );
    expect(triaged).toEqual({ data: { triageHotlineCase: { status: 'in_progress' } }, error: null });
    expect(
      code(await staff(gateway.yoga, head, 'query($id: ID!) { hotlineCase(id: $id) { id } }', { id })),
    ).toBe('FORBIDDEN');
  });
});

describe('concurrent changes through the endpoint', () => {
  it('leaves one current assignment after 8 concurrent assignHotlineCase calls', async () => {
    const id = await openCase();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => staff(gateway.yoga, head, ASSIGN, { id, ids: [org.investigator.id] })),
    );
    expect(results.map((r) => r.error)).toEqual(Array(8).fill(null));
    expect(await gateway.orm.em.fork().count(HotlineCaseAssignment, { report: id, unassignedAt: null })).toBe(
      1,
    );
  });

  it('never leaves an investigator both named and assigned when the two race', async () => {
    for (let round = 0; round < 3; round += 1) {
      const id = await openCase();
      const results = await Promise.all([
        staff(gateway.yoga, head, LINK, { id, ids: [org.otherInvestigator.id] }),
        staff(gateway.yoga, head, ASSIGN, { id, ids: [org.otherInvestigator.id] }),
      ]);
      expect(results.filter((r) => r.error === null)).toHaveLength(1);
      expect(results.map(code).filter(Boolean)).toEqual([expect.stringMatching(/^(CONFLICT|VALIDATION)$/)]);
      const em = gateway.orm.em.fork();
      const named = await em.count(HotlineInvolvedPerson, { report: id, person: org.otherInvestigator.id });
      const assigned = await em.count(HotlineCaseAssignment, {
        report: id,
        investigator: org.otherInvestigator.id,
        unassignedAt: null,
      });
      expect(named + assigned).toBe(1);
    }
  });
});
