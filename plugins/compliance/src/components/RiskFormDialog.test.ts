import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { CHOICES, risk } from '../testing/risk-fixture';
import { useRiskRegisterStore } from '../stores/risk-register';
import RiskFormDialog from './RiskFormDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({
    token: 't',
    graphqlUrl: '/graphql',
    viewer: { id: 'v', roles: ['compliance_officer'] },
  }),
}));

let graphql: FakeGraphql;
let pinia: Pinia;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  pinia = createPinia();
  setActivePinia(pinia);
  useRiskRegisterStore().choices = CHOICES;
  graphql.on('Risks', () => ({ risks: { total: 0, rows: [] } }));
  graphql.on('RiskChoices', () => CHOICES);
  graphql.on('UpsertRisk', ({ input }) => ({ upsertRisk: risk(input as never) }));
});

async function mountDialog(editing: ReturnType<typeof risk> | null) {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(RiskFormDialog, {
    props: { visible: true, risk: editing },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, pinia] },
  });
  await flushPromises();
  return wrapper;
}

const input = (id: string) => document.body.querySelector<HTMLInputElement>(`#${id}`)!;
async function type(id: string, value: string) {
  const field = input(id);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('blur'));
  await flushPromises();
}
const submit = async () => {
  document.body.querySelector<HTMLFormElement>('[role="dialog"] form')!.dispatchEvent(new Event('submit'));
  await flushPromises();
};

describe('the risk form (§9.2)', () => {
  it('asks for probability, frequency and impact before sending a new risk', async () => {
    const wrapper = await mountDialog(null);
    await type('risk-process', 'Cash desk');
    await type('risk-scheme', 'Taking cash');
    await submit();
    expect(graphql.sent('UpsertRisk')).toEqual([]);
    expect(document.body.textContent).toContain('Fill this in');
    wrapper.unmount();
  });

  it('asks for a reason when an edit re-scores the risk, and sends the version it was made on', async () => {
    const wrapper = await mountDialog(risk());
    expect(document.body.querySelector('[data-testid="level-preview"]')?.textContent).toBe(
      'Level: Critical (score 25 of 25)',
    );
    await type('risk-impact', '2');
    expect(document.body.querySelector('[data-testid="level-preview"]')?.textContent).toBe(
      'Level: High (score 10 of 25)',
    );
    await submit();
    expect(graphql.sent('UpsertRisk')).toEqual([]);
    await type('risk-reason', 'Controls introduced');
    await submit();
    expect(graphql.sent('UpsertRisk')[0]).toMatchObject({
      input: { id: 'r1', version: 3, impact: 2, reason: 'Controls introduced', positionIds: ['p1'] },
    });
    wrapper.unmount();
  });
});
