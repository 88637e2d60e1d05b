import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import { heatMap } from '../testing/risk-fixture';
import HeatMapGrid from './HeatMapGrid.vue';

function mountGrid(compareWith: string | null) {
  return mount(HeatMapGrid, { props: { map: heatMap(compareWith), selected: null }, ...withPlugin() });
}

describe('the heat map grid (§8, Annex 1)', () => {
  it('draws likelihood from the top down and impact across, each cell coloured by level with its count', () => {
    const wrapper = mountGrid(null);
    const cells = wrapper.findAll('[data-testid="heat-cell"]');
    expect(cells).toHaveLength(25);
    // The first cell is likelihood 5, impact 1; the last of the first row likelihood 5, impact 5.
    expect(cells[4]!.get('[data-testid="cell-name"]').text()).toBe(
      '1 risks: likelihood 5, impact 5, Critical',
    );
    expect(cells[4]!.classes()).toContain('level-critical');
    expect(cells[4]!.get('.count').text()).toBe('1');
    expect(cells[3 * 5 + 2]!.get('[data-testid="cell-name"]').text()).toBe(
      '1 risks: likelihood 2, impact 3, Medium',
    );
    expect(wrapper.find('[data-testid="cell-arrows"]').exists()).toBe(false);
  });

  it('marks the cells risks rose into when compared with another day, and lists a cell’s risks on click', async () => {
    const wrapper = mountGrid('2026-09-01');
    expect(wrapper.findAll('[data-testid="cell-arrows"]').map((a) => a.text())).toEqual(['↑1']);
    // The arrows are drawn for the eye; the cell's name says the same in words.
    const arrows = wrapper.get('[data-testid="cell-arrows"]');
    expect(arrows.attributes('aria-hidden')).toBe('true');
    expect(arrows.element.parentElement!.querySelector('[data-testid="cell-name"]')!.textContent).toMatch(
      /; moved here since then: 1 up, 0 down$/,
    );
    await wrapper.findAll('[data-testid="heat-cell"]')[4]!.trigger('click');
    expect(wrapper.emitted('select')?.[0]?.[0]).toMatchObject({ likelihood: 5, impact: 5 });
  });
});
