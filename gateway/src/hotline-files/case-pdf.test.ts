import { AuditEvent } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../testing/graphql-request.js';
import { caseIdByNumber, staff } from '../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import { fileReport } from '../testing/hotline-operations.js';
import { pdfText } from '../testing/pdf-text.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';

// A case as a PDF for the file or the commission (GET /hotline/cases/<id>.pdf): its handlers
// only, the reporter's identity only when asked for by a reader who may read it, in the reader's
// language, and the export on the audit trail.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let investigator: string;
let caseId: string;
let number: string;

const REPORTER = 'Әлия Серікқызы';

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  investigator = await devLoginToken(gateway.yoga, org.investigator.email);
  const filed = await fileReport(gateway.yoga, {
    organizationId: org.organizationId,
    anonymous: false,
    name: REPORTER,
    contact: '+7 701 111 2233',
  });
  number = filed.number;
  caseId = await caseIdByNumber(gateway.yoga, head, number);
  await staff(
    gateway.yoga,
    head,
    'mutation($id: ID!, $ids: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $ids) { id } }',
    { id: caseId, ids: [org.investigator.id] },
  );
  await staff(
    gateway.yoga,
    head,
    'mutation($id: ID!, $ids: [ID!]!) { linkHotlineInvolvedPersons(id: $id, personIds: $ids) { id } }',
    { id: caseId, ids: [org.named.id] },
  );
  await staff(
    gateway.yoga,
    head,
    'mutation($id: ID!) { setHotlineCasePriority(id: $id, priority: urgent) { priority } }',
    { id: caseId },
  );
});

afterAll(async () => {
  await gateway?.drop();
});

const download = (token: string | null, query = '') =>
  gateway.yoga.fetch(`http://gateway.test/hotline/cases/${caseId}.pdf${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

const trail = async () =>
  (await gateway.orm.em.fork().find(AuditEvent, { entityId: caseId }, { orderBy: { seq: 'asc' } })).map(
    (e) => [e.action, e.actorPersonId],
  );

describe('a case as a PDF', () => {
  it('prints the case for the compliance head without the reporter, in her language, and records the export', async () => {
    const response = await download(head, '?lang=ru');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`${number}.pdf`);
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(number);
    expect(text).toContain('Коррупционные проявления');
    expect(text).toContain('Срочный');
    expect(text).toContain('Кейс назначен');
    expect(text).toContain('данные заявителя в эту копию не включены');
    expect(text).not.toContain(REPORTER);
    expect(await trail()).toContainEqual(['hotline.case_exported', org.head.id]);
  });

  it('refuses the identity to the compliance head, who may not read it, and writes nothing', async () => {
    const before = await trail();
    const response = await download(head, '?identity=1');
    expect(response.status).toBe(403);
    expect(await trail()).toEqual(before);
  });

  it('prints the identity for the assigned investigator who asks, the read on the trail', async () => {
    const response = await download(investigator, '?identity=1&lang=kk');
    expect(response.status).toBe(200);
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(REPORTER);
    expect(text).toContain('Сыбайлас жемқорлық көріністері');
    expect(await trail()).toContainEqual(['hotline.identity_read', org.investigator.id]);
  });

  it('refuses a person the report names, even the compliance head, with nothing on the trail', async () => {
    const filed = await fileReport(gateway.yoga, { organizationId: org.organizationId });
    const aboutHead = await caseIdByNumber(gateway.yoga, head, filed.number);
    // She reads whom the report names and records herself: the case leaves her hands (ADR 008).
    await staff(
      gateway.yoga,
      head,
      'mutation($id: ID!, $ids: [ID!]!) { linkHotlineInvolvedPersons(id: $id, personIds: $ids) { id } }',
      { id: aboutHead, ids: [org.head.id] },
    );
    const events = () => gateway.orm.em.fork().count(AuditEvent, { entityId: aboutHead });
    const before = await events();
    const response = await gateway.yoga.fetch(`http://gateway.test/hotline/cases/${aboutHead}.pdf`, {
      headers: { authorization: `Bearer ${head}` },
    });
    expect(response.status).toBe(403);
    expect(await events()).toBe(before);
  });

  it('asks to sign in, and refuses an unknown language', async () => {
    expect((await download(null)).status).toBe(401);
    expect((await download(head, '?lang=de')).status).toBe(400);
  });
});
