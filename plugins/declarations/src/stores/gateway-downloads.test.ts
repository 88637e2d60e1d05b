import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { useForeignAccountsStore } from './foreign-accounts';
import { useGiftRegisterStore } from './gift-register';

// The stores' files come from the gateway's routes with the viewer's token, never from GraphQL.

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  downloads: [] as {
    path: string;
    query: Record<string, string | null> | undefined;
    token: string | null;
    fileName: string;
  }[],
  context: { graphqlUrl: 'https://adal.example/graphql', token: 'token-1', locale: 'kk' },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
  downloadFromGateway: async (request: (typeof fake.downloads)[number]) => {
    fake.downloads.push({
      path: request.path,
      query: request.query,
      token: request.token,
      fileName: request.fileName,
    });
    return request.fileName;
  },
}));

let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  fake.downloads.length = 0;
  graphql = new FakeGraphql();
  fake.current = graphql;
});

describe('useGiftRegisterStore', () => {
  it('exports the register under the filter shown, in the language asked for', async () => {
    const store = useGiftRegisterStore();
    Object.assign(store.filter, { search: '  Nauryz ', status: 'decided', kind: null, overdue: true });
    await store.exportXlsx('en');
    expect(fake.downloads).toEqual([
      {
        path: '/declarations/gifts/register.xlsx',
        query: { search: 'Nauryz', status: 'decided', kind: null, overdue: 'true', lang: 'en' },
        token: 'token-1',
        fileName: 'gift-register.xlsx',
      },
    ]);
  });
});

describe('useForeignAccountsStore', () => {
  const request = {
    id: 'req-2026',
    year: 2026,
    employeeCount: 3,
    preparedAt: '2026-03-02T04:00:00Z',
    answerReceivedOn: null,
    answerReference: null,
    fileName: 'tax-request-2026.csv',
  };

  beforeEach(() => {
    graphql.on('ListForeignAccountFindings', () => ({ foreignAccountFindings: [] }));
    graphql.on('ListTaxAuthorityRequests', () => ({ taxAuthorityRequests: [request] }));
  });

  it("prepares the year's request, lists it and saves its file at once", async () => {
    graphql.on('PrepareTaxAuthorityRequest', () => ({
      prepareTaxAuthorityRequest: {
        id: request.id,
        year: 2026,
        employeeCount: 3,
        fileName: request.fileName,
      },
    }));
    const store = useForeignAccountsStore();
    await store.prepare(2026);
    expect(graphql.sent('PrepareTaxAuthorityRequest')).toEqual([{ year: 2026 }]);
    expect(store.requests).toEqual([request]);
    expect(fake.downloads).toEqual([
      {
        path: '/declarations/foreign-accounts/tax-requests/req-2026.csv',
        query: { lang: 'kk' },
        token: 'token-1',
        fileName: 'tax-request-2026.csv',
      },
    ]);
  });

  it('downloads a listed request again', async () => {
    const store = useForeignAccountsStore();
    await store.load();
    await store.download(store.requests[0]!);
    expect(fake.downloads.map((d) => d.path)).toEqual([
      '/declarations/foreign-accounts/tax-requests/req-2026.csv',
    ]);
  });
});
