import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import type { AdalLocale } from '@adal/sdk';
import { withPlugin } from '../testing/mount-options';
import type { CompletionFigures, CompletionRow } from '../stores/completion';
import CompletionTable from './CompletionTable.vue';

function figures(assigned: number, passed: number): CompletionFigures {
  const share = assigned === 0 ? 0 : (passed / assigned) * 100;
  return {
    assigned,
    notStarted: assigned - passed,
    started: 0,
    passed,
    failed: 0,
    overdue: 0,
    notStartedPercent: 100 - share,
    startedPercent: 0,
    passedPercent: share,
    failedPercent: 0,
    overduePercent: 0,
  } as CompletionFigures;
}

const named = (en: string, kk: string, ru: string) => ({ kk, ru, en });
const FINANCE = { id: 'u3', names: named('Finance', 'Қаржы', 'Финансы') };
const ROWS: CompletionRow[] = [
  { orgUnit: { id: 'u2', names: named('Procurement', 'Сатып алу', 'Закупки') }, figures: figures(10, 2) },
  { orgUnit: FINANCE, figures: figures(4, 4) },
  { orgUnit: { id: 'u4', names: named('Audit', 'Аудит', 'Аудит') }, figures: figures(6, 3) },
] as CompletionRow[];

function mountTable(locale: AdalLocale = 'en') {
  return mount(CompletionTable, {
    props: {
      unit: { id: 'u1', names: named('Holding', 'Холдинг', 'Холдинг') },
      total: figures(20, 9),
      rows: ROWS,
    },
    ...withPlugin(locale),
  });
}

const firstCells = (wrapper: ReturnType<typeof mountTable>) =>
  wrapper.findAll('tbody tr').map((tr) => tr.find('td').text());

describe('CompletionTable', () => {
  it('names the units in the interface language, in the order of those names', () => {
    expect(firstCells(mountTable('kk'))).toEqual(['Холдинг, барлығы', 'Аудит', 'Қаржы', 'Сатып алу']);
    expect(firstCells(mountTable('ru'))).toEqual(['Холдинг, всего', 'Аудит', 'Закупки', 'Финансы']);
  });

  it('sorts the units by a figure or by name, keeping the total of the unit shown first', async () => {
    const wrapper = mountTable();
    expect(firstCells(wrapper)).toEqual(['Holding, total', 'Audit', 'Finance', 'Procurement']);
    expect(wrapper.findAll('th')[0]!.attributes('aria-sort')).toBe('ascending');
    const passed = wrapper.findAll('th').find((th) => th.text() === 'Passed')!;
    await passed.trigger('click');
    expect(firstCells(wrapper)).toEqual(['Holding, total', 'Procurement', 'Audit', 'Finance']);
    expect(passed.attributes('aria-sort')).toBe('ascending');
    await passed.trigger('click');
    expect(firstCells(wrapper)).toEqual(['Holding, total', 'Finance', 'Audit', 'Procurement']);
    await wrapper.findAll('th')[0]!.trigger('click');
    expect(firstCells(wrapper)).toEqual(['Holding, total', 'Audit', 'Finance', 'Procurement']);
    await wrapper.findAll('th')[0]!.trigger('click');
    expect(firstCells(wrapper)).toEqual(['Holding, total', 'Procurement', 'Finance', 'Audit']);
    expect(wrapper.findAll('th')[0]!.attributes('aria-sort')).toBe('descending');
  });

  it('puts each person in exactly one column after "assigned": not started, started, passed or overdue', () => {
    const wrapper = mountTable();
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual([
      'Org unit',
      'Assigned',
      'Not started',
      'Started',
      'Passed',
      'Overdue',
    ]);
    const holding = wrapper
      .findAll('tbody tr')[0]!
      .findAll('td')
      .map((td) => td.text());
    // 20 assigned: 11 not started, none started without passing, 9 passed, none overdue.
    expect(holding.slice(1).map((cell) => Number.parseInt(cell, 10))).toEqual([20, 11, 0, 9, 0]);
  });

  it('opens a unit and the people behind a figure', async () => {
    const wrapper = mountTable();
    await wrapper.get('button[aria-label="Open Finance"]').trigger('click');
    await wrapper.get('[data-testid="figure-u3-passed"]').trigger('click');
    expect(wrapper.emitted('drill')).toEqual([[FINANCE]]);
    expect(wrapper.emitted('people')).toEqual([[{ unit: FINANCE, figure: 'passed' }]]);
  });
});
