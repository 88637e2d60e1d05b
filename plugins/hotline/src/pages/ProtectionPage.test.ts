import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { ANNA, BOLAT } from '../testing/samples';
import { button } from '../testing/ui';
import ProtectionPage from './ProtectionPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: {
    viewer: { id: 'p-x', fullName: 'X', roles: [] as string[] },
    graphqlUrl: '/graphql',
    token: 't',
  },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const flaggedDismissal = {
  id: 'hr-1',
  person: ANNA,
  kind: 'dismissal',
  decidedOn: '2026-04-01',
  description: 'Dismissal for absence',
  status: 'draft',
  flagged: true,
  flaggedAt: '2026-04-01T09:00:00Z',
  createdAt: '2026-04-01T09:00:00Z',
  commissionRecommendation: null,
  commissionRecommendationOn: null,
  finalizedAt: null,
};
let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql
    .on('ListProtectionRecords', () => ({
      protectionRecords: [
        {
          id: 'pr-1',
          person: ANNA,
          basis: 'open_reporter',
          caseId: 'case-1',
          reportNumber: 'HL-2026-0001',
          startsOn: '2026-03-02',
          endsOn: '2029-03-01',
          active: true,
        },
      ],
    }))
    .on('ListHrActions', () => ({ hrActions: [flaggedDismissal] }))
    .on('ListLabourDisputes', () => ({
      labourDisputes: [
        {
          id: 'ld-1',
          person: BOLAT,
          appliedOn: '2026-03-01',
          decisionDueOn: '2026-03-31',
          decidedOn: null,
          decision: null,
          protocolDueOn: null,
          protocolForwardedOn: null,
          decisionOverdue: true,
          protocolOverdue: false,
        },
      ],
    }));
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountAs(roles: string[]) {
  fake.context.viewer.roles = roles;
  const options = withPlugin();
  const wrapper = mount(ProtectionPage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

describe('ProtectionPage', () => {
  it('shows the compliance head the protected people, the flagged actions and overdue disputes', async () => {
    const wrapper = await mountAs(['compliance_head']);
    const text = wrapper.text();
    const records = wrapper.get('[role="region"][aria-label="Protected people"]');
    expect(records.findAll('th').map((th) => th.text())).toEqual([
      'Person',
      'Status',
      'Basis',
      'Case',
      'Protected from',
      'Protected until',
    ]);
    expect(records.findAll('tbody td').map((td) => td.text())).toEqual([
      ANNA.fullName,
      'Protected',
      'The open reporter',
      'HL-2026-0001',
      '03/02/2026',
      '03/01/2029',
    ]);
    expect(wrapper.find('article.flagged').text()).toContain(
      'Needs the disciplinary commission’s recommendation',
    );
    expect(text).toContain('waiting for a commission’s recommendation: 1');
    expect(wrapper.find('article.dispute.overdue').text()).toContain('Overdue');
    expect(wrapper.findAll('button').map((b) => b.text())).toContain(
      'Attach the commission’s recommendation',
    );
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Make final');
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Enter an HR action');
    wrapper.unmount();
  });

  it('keeps who is protected from HR, and shows why a flagged action cannot be made final', async () => {
    graphql.on('FinalizeHrAction', () => {
      throw new AdalGraphqlError('CONFLICT', 'A commission recommendation is required');
    });
    const wrapper = await mountAs(['org_admin']);
    expect(graphql.sent('ListProtectionRecords')).toEqual([]);
    expect(wrapper.text()).not.toContain('Protected people');
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(
      expect.arrayContaining(['Enter an HR action', 'Import from a file', 'Register a labour dispute']),
    );
    await button(wrapper, 'Make final').trigger('click');
    await flushPromises();
    expect(graphql.sent('FinalizeHrAction')).toEqual([{ id: 'hr-1' }]);
    expect(wrapper.find('article.flagged [role="alert"]').text()).toContain(
      'attach the disciplinary commission’s recommendation first',
    );
    wrapper.unmount();
  });

  it('lets an auditor read the labour disputes, not who is protected, without any button that changes something', async () => {
    const wrapper = await mountAs(['auditor']);
    expect(wrapper.text()).not.toContain('Protected people');
    expect(wrapper.text()).toContain('Labour disputes');
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual([]);
    wrapper.unmount();
  });
});
