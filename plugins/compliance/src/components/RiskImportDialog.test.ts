import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import RiskImportDialog from './RiskImportDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  uploaderFor: () => ({
    request: (...args: Parameters<FakeGraphql['client']['request']>) => fake.current!.client.request(...args),
  }),
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
});

async function mountDialog() {
  const options = withPlugin('en', graphql.client);
  const wrapper = mount(RiskImportDialog, {
    props: { visible: false },
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, pinia] },
  });
  await wrapper.setProps({ visible: true });
  await flushPromises();
  return wrapper;
}

async function chooseAndSend() {
  const file = new File(['x'], 'risks.xlsx');
  const chooser = document.body.querySelector<HTMLInputElement>('[role="dialog"] input[type="file"]')!;
  Object.defineProperty(chooser, 'files', { value: [file], configurable: true });
  chooser.dispatchEvent(new Event('change'));
  await flushPromises();
  document.body.querySelector<HTMLFormElement>('[role="dialog"] form')!.dispatchEvent(new Event('submit'));
  await flushPromises();
}

describe('the risk import (Annex 1: all or nothing)', () => {
  it('lists every problem row by row, naming the column in the reader’s language', async () => {
    graphql.on('ImportRisks', () => ({
      importRisks: {
        imported: 0,
        errors: [
          {
            row: 3,
            column: 'probability',
            messageKey: 'compliance.risk.scoreOutOfScale',
            params: { max: 5 },
            message: 'Give a whole number from 1 to 5, the scale of your risk map',
          },
          {
            row: 4,
            column: 'scheme',
            messageKey: 'compliance.risk.import.required',
            params: null,
            message: 'Fill this in',
          },
        ],
      },
    }));
    const wrapper = await mountDialog();
    await chooseAndSend();
    expect(graphql.sent('ImportRisks')).toHaveLength(1);
    const rows = [...document.body.querySelectorAll('[role="dialog"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'Probability', 'Give a whole number from 1 to 5, the scale of your risk map'],
      ['4', 'Corruption scheme', 'Fill this in'],
    ]);
    wrapper.unmount();
  });

  it('says how many risks were added', async () => {
    graphql.on('ImportRisks', () => ({ importRisks: { imported: 4, errors: [] } }));
    graphql.on('Risks', () => ({ risks: { total: 4, rows: [] } }));
    graphql.on('RiskChoices', () => ({
      riskScale: { size: 5 },
      riskPositionChoices: [],
      riskRemapping: null,
    }));
    const wrapper = await mountDialog();
    await chooseAndSend();
    expect(document.body.querySelector('[data-testid="import-done"]')?.textContent?.trim()).toBe(
      'Risks added: 4',
    );
    wrapper.unmount();
  });
});
