import { AuditEvent } from '@adal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../testing/graphql-request.js';
import { caseIdByNumber, staff } from '../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../testing/hotline-organization.js';
import { fileReport, freshClient } from '../testing/hotline-operations.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let investigator: string;
let otherInvestigator: string;
let caseId: string;
let receipt: string;
let attachmentId: string;

const SCAN = '%PDF-1.4 шот-фактура № 17';

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  investigator = await devLoginToken(gateway.yoga, org.investigator.email);
  otherInvestigator = await devLoginToken(gateway.yoga, org.otherInvestigator.email);
  const filed = await fileReport(gateway.yoga, {
    organizationId: org.organizationId,
    files: [new File([new TextEncoder().encode(SCAN)], "шот-фактура (17)'.pdf", { type: 'application/pdf' })],
  });
  receipt = filed.receipt;
  caseId = await caseIdByNumber(gateway.yoga, head, filed.number);
  const assigned = await staff<{ assignHotlineCase: { attachments: { id: string }[] } }>(
    gateway.yoga,
    head,
    'mutation($id: ID!, $ids: [ID!]!) { assignHotlineCase(id: $id, investigatorIds: $ids) { attachments { id } } }',
    { id: caseId, ids: [org.investigator.id] },
  );
  attachmentId = assigned.data?.assignHotlineCase.attachments[0]?.id ?? '';
});

afterAll(async () => {
  await gateway?.drop();
});

const staffDownload = (id: string, token?: string) =>
  gateway.yoga.fetch(`http://gateway.test/hotline/attachments/${id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

const reporterDownload = (body: unknown, headers: Record<string, string> = {}) =>
  gateway.yoga.fetch('http://gateway.test/hotline/reporter-attachment', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...freshClient(), ...headers },
    body: JSON.stringify(body),
  });

async function attachmentReads(): Promise<(string | null | undefined)[]> {
  const events = await gateway.orm.em
    .fork()
    .find(AuditEvent, { entityId: caseId, action: 'hotline.attachment_read' }, { orderBy: { seq: 'asc' } });
  return events.map((event) => event.actorPersonId);
}

describe('a case file for its handlers (GET /hotline/attachments/<id>)', () => {
  it('is downloaded by the assigned investigator, never rendered inline, and the read is audited', async () => {
    const response = await staffDownload(attachmentId, investigator);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="_-_ (17)\'.pdf"; ' +
        "filename*=UTF-8''%D1%88%D0%BE%D1%82-%D1%84%D0%B0%D0%BA%D1%82%D1%83%D1%80%D0%B0%20%2817%29%27.pdf",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(SCAN);
    expect(await attachmentReads()).toEqual([org.investigator.id]);
  });

  it('is downloaded by the compliance head', async () => {
    expect((await staffDownload(attachmentId, head)).status).toBe(200);
  });

  it('is refused to an investigator the case is not assigned to (403), and nothing is recorded', async () => {
    const before = await attachmentReads();
    const response = await staffDownload(attachmentId, otherInvestigator);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('This case is not assigned to you');
    expect(await attachmentReads()).toEqual(before);
  });

  it('asks for a sign-in without a token (401) and finds no unknown file (404)', async () => {
    expect((await staffDownload(attachmentId)).status).toBe(401);
    expect((await staffDownload('00000000-0000-4000-8000-000000000000', head)).status).toBe(404);
  });
});

describe('a file is served as what its bytes are, under a name no program misreads', () => {
  const PDF = new TextEncoder().encode('%PDF-1.4 evidence');

  async function fileNamed(name: string): Promise<{ id: string; fileName: string; contentType: string }> {
    const filed = await fileReport(gateway.yoga, {
      organizationId: org.organizationId,
      files: [new File([PDF], name, { type: 'application/hta' })],
    });
    const id = await caseIdByNumber(gateway.yoga, head, filed.number);
    const found = await staff<{
      hotlineCase: { attachments: { id: string; fileName: string; contentType: string }[] };
    }>(
      gateway.yoga,
      head,
      'query($id: ID!) { hotlineCase(id: $id) { attachments { id fileName contentType } } }',
      { id },
    );
    const [attachment] = found.data?.hotlineCase.attachments ?? [];
    if (!attachment) throw new Error(`no attachment: ${JSON.stringify(found.error)}`);
    return attachment;
  }

  it('stores and serves PDF bytes named evidence.hta as evidence.pdf', async () => {
    const attachment = await fileNamed('evidence.hta');
    expect(attachment).toMatchObject({ fileName: 'evidence.pdf', contentType: 'application/pdf' });
    const response = await staffDownload(attachment.id, head);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=evidence.pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves a name without the right-to-left override it was sent with', async () => {
    // Shown as "акт_exe.pdf" where bidi applies; really "акт_" + "fdp.exe".
    const attachment = await fileNamed('акт_\u202Efdp.exe');
    expect(attachment.fileName).toBe('акт_fdp.pdf');
    const response = await staffDownload(attachment.id, head);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toBe("attachment; filename=__fdp.pdf; filename*=UTF-8''%D0%B0%D0%BA%D1%82_fdp.pdf");
    expect(decodeURIComponent(disposition)).not.toContain('\u202E');
  });
});

describe("the reporter's own file (POST /hotline/reporter-attachment)", () => {
  it('is downloaded with the receipt in the body, never in the URL', async () => {
    const response = await reporterDownload({ receipt, attachmentId });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(SCAN);
  });

  it('answers a wrong receipt as an unknown one (404), and a malformed request with 400 or 415', async () => {
    const wrong = await reporterDownload({
      receipt: '1111 2222 3333 4444 5555 6666 7777 8888',
      attachmentId,
    });
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toBe('No report matches this receipt');
    expect((await reporterDownload({ receipt })).status).toBe(400);
    const form = await gateway.yoga.fetch('http://gateway.test/hotline/reporter-attachment', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `receipt=${encodeURIComponent(receipt)}`,
    });
    expect(form.status).toBe(415);
  });

  it('reads no more than a receipt and an id (413 beyond 1 KB)', async () => {
    expect((await reporterDownload({ receipt, attachmentId, padding: 'x'.repeat(2000) })).status).toBe(413);
  });

  it('takes no GET', async () => {
    expect((await gateway.yoga.fetch('http://gateway.test/hotline/reporter-attachment')).status).toBe(405);
  });
});
