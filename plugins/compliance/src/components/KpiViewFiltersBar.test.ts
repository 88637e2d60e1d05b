import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import type { KpiOrgUnit } from '../stores/kpi-view';
import KpiViewFiltersBar, { type FiltersChoice } from './KpiViewFiltersBar.vue';

const OWN = '00000000-0000-4000-8000-000000000001';
const ENERGY = '00000000-0000-4000-8000-000000000002';
const UNIT = '00000000-0000-4000-8000-0000000000a1';
const units = [
  {
    id: UNIT,
    name: 'Finance',
    names: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' },
    parent: null,
    path: '/a1',
  },
] as unknown as KpiOrgUnit[];
const holding = [
  { id: OWN, name: 'Holding JSC', own: true },
  { id: ENERGY, name: 'Energy LLP', own: false },
];

function mountWith(organizations: typeof holding, start: Partial<FiltersChoice> = {}) {
  const state: { filters: FiltersChoice } = {
    filters: {
      organizationId: null,
      orgUnitId: UNIT,
      period: { kind: 'year', year: 2026, part: 1, from: null, to: null },
      ...start,
    },
  };
  const wrapper = mount(KpiViewFiltersBar, {
    props: {
      orgUnits: units,
      organizations,
      modelValue: state.filters,
      'onUpdate:modelValue': (next: FiltersChoice) => {
        state.filters = next;
        void wrapper.setProps({ modelValue: next });
      },
    },
    ...withPlugin('en'),
  });
  return { wrapper, state };
}
const select = (wrapper: ReturnType<typeof mountWith>['wrapper'], id: string) =>
  wrapper.findAllComponents({ name: 'SelectField' }).find((s) => s.props('id') === id);

describe('the organisation filter of a KPI view (§69: a holding reads its subsidiaries)', () => {
  it('is hidden when the viewer has no subsidiary', () => {
    const { wrapper } = mountWith([holding[0]!]);
    expect(select(wrapper, 'kpi-filter-organization')).toBeUndefined();
    expect(select(wrapper, 'kpi-filter-unit')).toBeDefined();
  });

  it('lists the own organisation first (sent as none) then the subsidiaries, by name', () => {
    const { wrapper } = mountWith(holding);
    const organizations = select(wrapper, 'kpi-filter-organization')!;
    expect(organizations.props('options')).toEqual([
      { id: 'own', label: 'Holding JSC' },
      { id: ENERGY, label: 'Energy LLP' },
    ]);
    expect(organizations.props('modelValue')).toBe('own');
    expect(wrapper.text()).not.toContain(OWN);
  });

  it("choosing a subsidiary sets it, drops the own organisation's unit and hides the unit picker", async () => {
    const { wrapper, state } = mountWith(holding);
    select(wrapper, 'kpi-filter-organization')!.vm.$emit('update:modelValue', ENERGY);
    await flushPromises();
    expect(state.filters.organizationId).toBe(ENERGY);
    expect(state.filters.orgUnitId).toBeNull();
    expect(select(wrapper, 'kpi-filter-unit')).toBeUndefined();

    select(wrapper, 'kpi-filter-organization')!.vm.$emit('update:modelValue', 'own');
    await flushPromises();
    expect(state.filters.organizationId).toBeNull();
    expect(select(wrapper, 'kpi-filter-unit')).toBeDefined();
  });
});
