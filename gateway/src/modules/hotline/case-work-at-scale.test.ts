import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken } from '../../testing/graphql-request.js';
import { caseIdByNumber, staff } from '../../testing/hotline-case-operations.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { fileReport } from '../../testing/hotline-operations.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// The queue's case work through GraphQL: bulk assignment case by case with the refusal of each,
// labels and priority on the queue's rows and filters, saved filters, and a case's history.

let gateway: TestGateway;
let org: HotlineOrganization;
let head: string;
let investigator: string;
let plain: string;
let naming: string;

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  head = await devLoginToken(gateway.yoga, org.head.email);
  investigator = await devLoginToken(gateway.yoga, org.investigator.email);
  plain = await caseIdByNumber(
    gateway.yoga,
    head,
    (await fileReport(gateway.yoga, { organizationId: org.organizationId })).number,
  );
  naming = await caseIdByNumber(
    gateway.yoga,
    head,
    (await fileReport(gateway.yoga, { organizationId: org.organizationId })).number,
  );
  await staff(
    gateway.yoga,
    head,
    'mutation($id: ID!, $ids: [ID!]!) { linkHotlineInvolvedPersons(id: $id, personIds: $ids) { id } }',
    { id: naming, ids: [org.investigator.id] },
  );
});

afterAll(async () => {
  await gateway?.drop();
});

const BULK_ASSIGN = `mutation($c: [ID!]!, $i: [ID!]!) {
  bulkAssignHotlineCases(caseIds: $c, investigatorIds: $i) { caseId number done errorCode messageKey params }
}`;

describe('case work at scale', () => {
  it('assigns each case it may and says, per case, why not the others', async () => {
    const { data } = await staff<{
      bulkAssignHotlineCases: {
        caseId: string;
        done: boolean;
        errorCode: string | null;
        messageKey: string | null;
      }[];
    }>(gateway.yoga, head, BULK_ASSIGN, { c: [plain, naming], i: [org.investigator.id] });
    const results = Object.fromEntries((data?.bulkAssignHotlineCases ?? []).map((r) => [r.caseId, r]));
    expect(results[plain]).toMatchObject({ done: true, errorCode: null, messageKey: null });
    expect(results[naming]).toMatchObject({
      done: false,
      errorCode: 'VALIDATION',
      messageKey: 'hotline.assignment.named',
    });
  });

  it('refuses bulk actions to an investigator', async () => {
    const { error } = await staff(gateway.yoga, investigator, BULK_ASSIGN, {
      c: [plain],
      i: [org.investigator.id],
    });
    expect(error?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('labels and prioritises a case, filters the queue by them, and lists the steps in its history', async () => {
    await staff(
      gateway.yoga,
      investigator,
      'mutation($id: ID!) { setHotlineCaseLabels(id: $id, labels: ["Куәгер"]) { id } }',
      {
        id: plain,
      },
    );
    await staff(
      gateway.yoga,
      head,
      'mutation($id: ID!) { setHotlineCasePriority(id: $id, priority: high) { id } }',
      {
        id: plain,
      },
    );
    const { data } = await staff<{
      hotlineCases: { items: { id: string; priority: string; labels: string[] }[] };
    }>(
      gateway.yoga,
      head,
      'query($f: HotlineCaseFilter) { hotlineCases(filter: $f) { items { id priority labels } } }',
      { f: { labels: ['куәгер'], priority: 'high', limit: 10 } },
    );
    expect(data?.hotlineCases.items).toEqual([{ id: plain, priority: 'high', labels: ['куәгер'] }]);
    const history = await staff<{
      hotlineCase: { timeline: { action: string; actor: { id: string } | null }[] };
    }>(gateway.yoga, head, 'query($id: ID!) { hotlineCase(id: $id) { timeline { action actor { id } } } }', {
      id: plain,
    });
    expect(history.data?.hotlineCase.timeline.slice(-2)).toEqual([
      { action: 'hotline.labels_changed', actor: { id: org.investigator.id } },
      { action: 'hotline.priority_changed', actor: { id: org.head.id } },
    ]);
  });

  it('keeps saved filters to their owner', async () => {
    const saved = await staff<{ saveHotlineFilter: { id: string } }>(
      gateway.yoga,
      head,
      'mutation { saveHotlineFilter(name: "Куәгерлер", filter: { labels: ["куәгер"] }) { id } }',
    );
    const id = saved.data?.saveHotlineFilter.id ?? '';
    const mine = await staff<{ mySavedHotlineFilters: { name: string; filter: { labels: string[] } }[] }>(
      gateway.yoga,
      head,
      '{ mySavedHotlineFilters { name filter { labels } } }',
    );
    expect(mine.data?.mySavedHotlineFilters).toEqual([{ name: 'Куәгерлер', filter: { labels: ['куәгер'] } }]);
    const theirs = await staff(
      gateway.yoga,
      investigator,
      'mutation($id: ID!) { deleteHotlineFilter(id: $id) }',
      { id },
    );
    expect(theirs.error?.extensions?.['code']).toBe('NOT_FOUND');
    const deleted = await staff(gateway.yoga, head, 'mutation($id: ID!) { deleteHotlineFilter(id: $id) }', {
      id,
    });
    expect(deleted.data).toEqual({ deleteHotlineFilter: true });
  });
});
