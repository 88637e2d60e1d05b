import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { definitions, figure } from '../testing/kpi-view-fixture';
import type { KpiDefinition, KpiFigure } from '../stores/kpi-view';
import KpiDrillDownPanel from './KpiDrillDownPanel.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;
const unit = (id: string, en: string, hasChildren: boolean, extra: Record<string, unknown> = {}) => ({
  hasChildren,
  name: { kk: en, ru: en, en },
  orgUnit: { id, name: en },
  value: figure('training.completion', extra),
});

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('KpiDrillDown', (v) =>
    (v['filter'] as { orgUnitId: string | null }).orgUnitId === null
      ? {
          kpiDrillDown: {
            code: 'training.completion',
            whole: figure('training.completion', { value: 64 }),
            units: [
              unit('u-branch', 'Almaty branch', true, { value: 58 }),
              unit('u-hq', 'Head office', false),
            ],
          },
        }
      : {
          kpiDrillDown: {
            code: 'training.completion',
            whole: figure('training.completion', { value: 58 }),
            units: [unit('u-sales', 'Sales', false, { value: null, suppressed: true, met: null })],
          },
        },
  );
});

describe('the drill-down of a figure (§69)', () => {
  it('shows the units below the filter, opens a unit with units of its own, and leads back up', async () => {
    const wrapper = mount(KpiDrillDownPanel, {
      attachTo: document.body,
      props: {
        figure: figure('training.completion') as unknown as KpiFigure,
        definition: definitions[0] as unknown as KpiDefinition,
        organization: null,
        orgUnit: null,
        from: '2026-07-01',
        to: '2026-09-30',
      },
      ...withPlugin('en', graphql.client),
    });
    await flushPromises();
    expect(graphql.sent('KpiDrillDown')[0]).toEqual({
      code: 'training.completion',
      filter: {
        organizationId: null,
        orgUnitId: null,
        periodFrom: '2026-06-30T19:00:00.000Z',
        periodTo: '2026-09-29T19:00:00.000Z',
      },
    });
    const rows = () =>
      [...document.body.querySelectorAll('[data-testid="kpi-drill-unit"]')].map((r) => r.textContent);
    expect(rows()).toEqual([
      expect.stringContaining('Almaty branch'),
      expect.stringContaining('Head office'),
    ]);
    expect(document.body.querySelector('[data-testid="kpi-drill-whole"]')!.textContent).toContain('64 %');
    (document.body.querySelector('[aria-label="Almaty branch: its units"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(graphql.sent('KpiDrillDown')[1]!['filter']).toMatchObject({ orgUnitId: 'u-branch' });
    expect(rows()).toEqual([expect.stringContaining('< 5')]);
    expect(document.body.textContent).not.toContain('u-sales');
    [...document.body.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Up: Organisation'))!
      .click();
    await flushPromises();
    expect(graphql.sent('KpiDrillDown')[2]!['filter']).toMatchObject({ orgUnitId: null });
    wrapper.unmount();
  });

  it('names the records behind the figure only for those who run what it counts', async () => {
    graphql.on('KpiRecords', () => ({
      kpiRecords: {
        code: 'training.completion',
        total: 1,
        columns: [{ key: 'completedOn', kind: 'day', title: { kk: 'Күні', ru: 'Дата', en: 'Completed on' } }],
        rows: [
          {
            id: 'p-1',
            label: 'Aliya Sarsen',
            cells: [{ key: 'completedOn', value: '2026-08-03', text: null }],
          },
        ],
      },
    }));
    const mountFor = (recordsReadable: boolean, organization: { id: string; name: string } | null = null) =>
      mount(KpiDrillDownPanel, {
        attachTo: document.body,
        props: {
          figure: figure('training.completion') as unknown as KpiFigure,
          definition: { ...definitions[0], recordsReadable } as unknown as KpiDefinition,
          organization,
          orgUnit: null,
          from: '2026-07-01',
          to: '2026-09-30',
        },
        ...withPlugin('en', graphql.client),
      });
    const reader = mountFor(false);
    await flushPromises();
    expect(graphql.sent('KpiRecords')).toHaveLength(0);
    expect(document.body.querySelector('[data-testid="kpi-record"]')).toBeNull();
    reader.unmount();
    const runner = mountFor(true);
    await flushPromises();
    expect(graphql.sent('KpiRecords')[0]).toMatchObject({
      code: 'training.completion',
      page: { limit: 25, offset: 0 },
    });
    const record = document.body.querySelector('[data-testid="kpi-record"]')!.textContent;
    expect(record).toContain('Aliya Sarsen');
    expect(record).not.toContain('p-1');
    runner.unmount();
  });

  it('splits a subsidiary into its units by count, under its name, and names none of its people', async () => {
    graphql.on('KpiRecords', () => {
      throw new Error('a subsidiary’s records are not asked for');
    });
    const wrapper = mount(KpiDrillDownPanel, {
      attachTo: document.body,
      props: {
        figure: figure('training.completion') as unknown as KpiFigure,
        definition: { ...definitions[0], recordsReadable: true } as unknown as KpiDefinition,
        organization: { id: 'org-energy', name: 'Adal Energy' },
        orgUnit: null,
        from: '2026-07-01',
        to: '2026-09-30',
      },
      ...withPlugin('en', graphql.client),
    });
    await flushPromises();
    expect(graphql.sent('KpiDrillDown')[0]!['filter']).toMatchObject({
      organizationId: 'org-energy',
      orgUnitId: null,
    });
    expect(document.body.querySelector('[data-testid="kpi-drill-whole"]')!.textContent).toContain(
      'Adal Energy',
    );
    expect(document.body.querySelectorAll('[data-testid="kpi-drill-unit"]')).toHaveLength(2);
    expect(graphql.sent('KpiRecords')).toHaveLength(0);
    wrapper.unmount();
  });
});
