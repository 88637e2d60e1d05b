import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { periodBounds, useHotlineDashboardStore } from './hotline-dashboard';
import { HOTLINE_KPI_CODES, useHotlineKpisStore } from './hotline-kpis';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const cell = (key: string, count: number | null, display: string) => ({ key, count, display });
let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
});

describe('periodBounds', () => {
  it('names the first and the last day by their start in Kazakhstan, whatever the viewer’s time zone', () => {
    expect(periodBounds({ from: null, to: null })).toEqual({});
    expect(periodBounds({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
      periodFrom: '2025-12-31T19:00:00.000Z',
      periodTo: '2026-03-30T19:00:00.000Z',
    });
  });
});

describe('useHotlineDashboardStore', () => {
  it('shows the answer for the period last chosen, asked with its bounds in Kazakhstan', async () => {
    graphql.on('GetHotlineDashboard', (variables) => ({
      hotlineDashboard: {
        total: cell('total', variables['periodFrom'] ? 3 : 12, variables['periodFrom'] ? '< 5' : '12'),
        byStatus: [],
        byCategory: [],
        byAge: [],
        overdueAcknowledgements: cell('overdue', 0, '0'),
        awaitingAlternateHandler: cell('awaiting_alternate_handler', 0, '0'),
        acknowledgedInTimePercent: null,
        processedInTimePercent: null,
      },
    }));
    const store = useHotlineDashboardStore();
    await store.load();
    expect(store.dashboard?.total.display).toBe('12');
    await store.selectPeriod({ from: '2026-01-01', to: '2026-03-31' });
    expect(store.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(graphql.sent('GetHotlineDashboard')).toEqual([
      {},
      { periodFrom: '2025-12-31T19:00:00.000Z', periodTo: '2026-03-30T19:00:00.000Z' },
    ]);
    expect(store.dashboard?.total).toEqual({ key: 'total', count: 3, display: '< 5' });
  });

  it('shows a refusal as an error, for the auditor who may not see the figures', async () => {
    graphql.on('GetHotlineDashboard', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'Not for this role');
    });
    const store = useHotlineDashboardStore();
    await store.load();
    expect(store.status).toBe('error');
    expect(store.error?.code).toBe('FORBIDDEN');
  });
});

describe('useHotlineKpisStore', () => {
  it('asks the KPI registry for the four hotline KPIs, with the period as its filter', async () => {
    graphql.on('ListHotlineKpis', () => ({
      kpiValues: [
        {
          code: 'hotline.acknowledged_in_time',
          value: 91.7,
          target: 100,
          met: false,
          numerator: 11,
          denominator: 12,
          suppressed: false,
        },
        {
          code: 'hotline.reports_count',
          value: 12,
          target: null,
          met: null,
          numerator: null,
          denominator: null,
          suppressed: false,
        },
      ],
    }));
    const store = useHotlineKpisStore();
    await store.load({ from: null, to: null });
    await store.load({ from: '2026-01-01', to: '2026-12-31' });
    const [allTime, year] = graphql.sent('ListHotlineKpis');
    expect(allTime).toEqual({ codes: [...HOTLINE_KPI_CODES], filter: null });
    expect(Object.keys(year!['filter'] as object)).toEqual(['periodFrom', 'periodTo']);
    expect(store.valueOf('hotline.acknowledged_in_time')?.met).toBe(false);
    expect(store.valueOf('hotline.processed_in_time')).toBeUndefined();
  });
});
