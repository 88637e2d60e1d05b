import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { CHOICES, risk } from '../testing/risk-fixture';
import RisksPage from './RisksPage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null, roles: ['compliance_officer'] }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ token: 't', graphqlUrl: '/graphql', viewer: { id: 'v', roles: fake.roles } }),
}));

let graphql: FakeGraphql;
const ROWS = [
  risk(),
  risk({
    id: 'r2',
    number: 2,
    code: '№ 2',
    level: 'medium',
    procurement: false,
    confidentiality: 'personal',
  }),
];

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['compliance_officer'];
  graphql.on('Risks', () => ({ risks: { total: ROWS.length, rows: ROWS } }));
  graphql.on('RiskChoices', () => CHOICES);
});

async function mountPage(path = '/risks') {
  const options = withPlugin();
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/risks', component: { template: '<div />' } }],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(RisksPage, {
    attachTo: document.body,
    global: {
      plugins: [...options.global.plugins, createPinia(), router],
      stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } },
    },
  });
  await flushPromises();
  return wrapper;
}

describe('RisksPage (§11, Annex 1: the register)', () => {
  it('lists the ranked risks with their level and marks, asking for the first page', async () => {
    const wrapper = await mountPage();
    expect(graphql.sent('Risks')[0]).toEqual({
      filter: {
        register: null,
        level: null,
        source: null,
        status: null,
        procurement: null,
        search: null,
        limit: 25,
        offset: 0,
      },
    });
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((row) => row.find('.code').text())).toEqual(['№ 1', '№ 2']);
    expect(wrapper.findAll('[data-testid="risk-level"]').map((tag) => tag.text())).toEqual([
      'Critical',
      'Medium',
    ]);
    expect(rows[1]!.text()).toContain('Personal data · Not published');
    expect(rows[0]!.text()).toContain('Procurement');
    wrapper.unmount();
  });

  it('says what to do when the register is empty, and that nothing matches when filtered', async () => {
    graphql.on('Risks', () => ({ risks: { total: 0, rows: [] } }));
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain(
      'The register is empty. Add the first risk or import a register from Excel.',
    );
    await wrapper.find('#risk-search').setValue('cash');
    await wrapper.find('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(graphql.sent('Risks').at(-1)).toMatchObject({ filter: { search: 'cash', offset: 0 } });
    expect(wrapper.text()).toContain('No risks match. Change the search or the filters.');
    wrapper.unmount();
  });

  it('shows the open re-mapping after a change, and offers no writing to a reader', async () => {
    fake.roles = ['auditor'];
    const wrapper = await mountPage();
    expect(wrapper.find('[data-testid="open-trigger"]').text()).toContain('Procurement split in two');
    const labels = wrapper.findAll('button').map((b) => b.text());
    expect(labels).not.toContain('New risk');
    expect(labels).not.toContain('Map updated');
    expect(labels).not.toContain('Edit');
    wrapper.unmount();
  });

  it('opens the new risk drafted from a hotline case when asked to propose one, and saves it linked to the case', async () => {
    graphql.on('RiskProposal', () => ({
      riskProposal: {
        register: 'activity',
        processOrDocument: {
          kk: 'kk process',
          ru: 'ru process',
          en: 'The process hotline case HL-2026-0007 concerns (to be specified)',
        },
        scheme: {
          kk: 'kk scheme',
          ru: 'ru scheme',
          en: 'A substantiated report (category: corruption) showed this risk can be realised.',
        },
        positionIds: [],
        source: 'hotline',
        sourceKind: 'hotline_case',
        sourceId: 'case-7',
        sourceReference: 'HL-2026-0007',
      },
    }));
    graphql.on('UpsertRisk', () => ({ upsertRisk: risk({ id: 'r9', number: 9, code: '№ 9' }) }));
    const wrapper = await mountPage('/risks?proposeFrom=hotline_case%3Acase-7');
    expect(graphql.sent('RiskProposal')).toEqual([{ sourceKind: 'hotline_case', sourceId: 'case-7' }]);
    const notice = document.body.querySelector('[data-testid="proposed-from"]');
    expect(notice?.textContent).toContain('Proposed from: Hotline case HL-2026-0007.');
    const scheme = document.body.querySelector<HTMLTextAreaElement>('#risk-scheme');
    expect(scheme?.value).toBe(
      'A substantiated report (category: corruption) showed this risk can be realised.',
    );
    for (const id of ['risk-probability', 'risk-frequency', 'risk-impact']) {
      const input = document.body.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = '3';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await flushPromises();
    }
    document.body.querySelector<HTMLFormElement>('[role="dialog"] form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(graphql.sent('UpsertRisk')[0]).toMatchObject({
      input: { source: 'hotline', sourceKind: 'hotline_case', sourceId: 'case-7' },
    });
    wrapper.unmount();
  });

  it('shows a linked risk’s source by its reference, and says why a case cannot propose a risk', async () => {
    graphql.on('Risks', () => ({
      risks: {
        total: 2,
        rows: [
          risk({
            source: 'hotline',
            sourceKind: 'hotline_case',
            sourceReference: 'HL-2026-0007',
          }),
          risk({
            id: 'r3',
            number: 3,
            code: '№ 3',
            source: 'audit',
            sourceKind: 'audit_finding',
            sourceReference: '2026-Q3 · Payments',
          }),
        ],
      },
    }));
    graphql.on('RiskProposal', () => {
      throw new AdalGraphqlError('VALIDATION', 'not substantiated', {
        details: {
          messageKey: 'compliance.risk.proposal.caseNotSubstantiated',
          params: {},
          field: 'sourceId',
        },
      });
    });
    const wrapper = await mountPage('/risks?proposeFrom=hotline_case%3Acase-8');
    const rows = wrapper.findAll('tbody tr');
    expect(rows[0]!.text()).toContain('Hotline · Hotline case HL-2026-0007');
    expect(rows[1]!.text()).toContain('Audit · Self-assessment finding QIII 2026 · Payments');
    expect(wrapper.text()).toContain(
      'A risk is proposed from a hotline case closed as substantiated or partly substantiated',
    );
    expect(document.body.querySelector('[data-testid="proposed-from"]')).toBeNull();
    wrapper.unmount();
  });
});
