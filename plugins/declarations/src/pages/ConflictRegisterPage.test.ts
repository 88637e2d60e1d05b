import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import ConflictRegisterPage from './ConflictRegisterPage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  context: {} as { viewer?: { id: string; roles: string[] } },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => fake.context,
}));

const TOTAL = 30;

function row(n: number) {
  return {
    id: `r${n}`,
    person: { id: 'p1', fullName: `Person ${n}` },
    source: 'notification',
    sourceId: `c${n}`,
    relatedPersonName: null,
    counterparty: null,
    description: '',
    identifiedOn: '2026-11-02',
    // The third entry is settled.
    status: n === 3 ? 'settled' : 'open',
    // The first entry was decided: its measures as codes, with the decision's note.
    measures: n === 1 ? 'Бұйрық № 45-ж' : null,
    measureCodes: n === 1 ? ['remove_from_matter', 'transfer_to_equivalent_post'] : [],
    settledOn: null,
    caseNumber: `CI-2026-${String(n).padStart(4, '0')}`,
    notifiedOn: '2026-11-02',
    forwardedOn: null,
    concludedOn: null,
    decidedOn: null,
    transferredOn: null,
    settledInTime: null,
  };
}

let graphql: FakeGraphql;

beforeEach(() => {
  fake.context = {};
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('ConflictRegister', (variables) => {
    const offset = Number(variables.offset ?? 0);
    const limit = Number(variables.limit ?? 25);
    const count = Math.max(0, Math.min(limit, TOTAL - offset));
    return {
      conflictOfInterestRegister: {
        total: TOTAL,
        rows: Array.from({ length: count }, (_, i) => row(offset + i + 1)),
      },
    };
  });
});

describe('ConflictRegisterPage (§14–§15: the register, a page at a time)', () => {
  it('counts its pages from the first and asks the server for the next one', async () => {
    const options = withPlugin();
    const wrapper = mount(ConflictRegisterPage, {
      attachTo: document.body,
      global: {
        plugins: [...options.global.plugins, createPinia()],
        stubs: { RouterLink: { template: '<a><slot /></a>' } },
      },
    });
    await flushPromises();
    const position = () => wrapper.find('.adal-pager-position').text();
    const next = () => wrapper.findAll('.adal-pager button').find((b) => b.text() === 'Next page')!;
    expect(position()).toBe('Page 1 of 2');
    expect(wrapper.findAll('tbody tr')).toHaveLength(25);
    // The measures are worded in the reader's language, never as the stored codes.
    const firstRow = wrapper.find('tbody tr').text();
    expect(firstRow).toContain(
      'Hand the matter to another person; Transfer to an equivalent post; Бұйрық № 45-ж',
    );
    expect(firstRow).not.toContain('remove_from_matter');

    await next().trigger('click');
    await flushPromises();
    expect(graphql.sent('ConflictRegister').map((v) => v.offset)).toEqual([0, 25]);
    expect(position()).toBe('Page 2 of 2');
    expect(wrapper.findAll('tbody tr')).toHaveLength(5);
    expect(next().attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('offers the risk register’s keepers to propose a risk from a settled conflict only', async () => {
    const mountPage = async () => {
      const options = withPlugin();
      const wrapper = mount(ConflictRegisterPage, {
        attachTo: document.body,
        global: {
          plugins: [...options.global.plugins, createPinia()],
          stubs: { RouterLink: { template: '<a><slot /></a>' } },
        },
      });
      await flushPromises();
      return wrapper;
    };
    const hr = await mountPage();
    expect(hr.find('[data-testid="propose-risk"]').exists()).toBe(false);
    hr.unmount();
    fake.context = { viewer: { id: 'p-officer', roles: ['compliance_officer'] } };
    const officer = await mountPage();
    const links = officer.findAll('[data-testid="propose-risk"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.text()).toBe('Propose a risk');
    expect(links[0]!.attributes('href')).toBe('/compliance/risks?proposeFrom=conflict_case%3Ar3');
    officer.unmount();
  });
});
