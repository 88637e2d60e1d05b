import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';

// The chart as ECharts last drew it, and how many times it was drawn again.
const drawn = { width: 0, height: 0, resizes: 0 };
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    setup(_, { expose }) {
      expose({
        getWidth: () => drawn.width,
        getHeight: () => drawn.height,
        resize: () => (drawn.resizes += 1),
      });
      return () => h('div', { class: 'v-chart' });
    },
  }),
}));
vi.mock('echarts/core', () => ({ use: () => undefined }));
vi.mock('echarts/charts', () => ({ BarChart: {}, LineChart: {} }));
vi.mock('echarts/components', () => ({ GridComponent: {}, LegendComponent: {} }));
vi.mock('echarts/renderers', () => ({ CanvasRenderer: {} }));
const { default: AdalChart } = await import('./AdalChart.vue');

/** The browser's ResizeObserver, reporting when the test says the box was laid out. */
let report: () => void = () => undefined;
class ReportingObserver {
  constructor(callback: () => void) {
    report = callback;
  }
  observe(): void {}
  disconnect(): void {}
}

function boxOf(wrapper: ReturnType<typeof mount>, width: number, height: number): void {
  const box = wrapper.get('[role="img"]').element;
  Object.defineProperty(box, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(box, 'clientHeight', { configurable: true, value: height });
}

describe('AdalChart', () => {
  beforeEach(() => {
    Object.assign(drawn, { width: 0, height: 0, resizes: 0 });
    vi.stubGlobal('ResizeObserver', ReportingObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws a chart drawn before its box was laid out again, at the size of the box', () => {
    const wrapper = mount(AdalChart, { props: { option: {}, label: 'Өткендер үлесі' } });
    Object.assign(drawn, { width: 300, height: 150 });
    boxOf(wrapper, 412, 320);
    report();
    expect(drawn.resizes).toBe(1);
  });

  it('does not draw a chart again when the box is reported at the size it was drawn', () => {
    const wrapper = mount(AdalChart, { props: { option: {}, label: 'Өткендер үлесі' } });
    Object.assign(drawn, { width: 412, height: 320 });
    boxOf(wrapper, 412, 320);
    report();
    expect(drawn.resizes).toBe(0);
    // A phone turned sideways: the box is wider, and the chart follows it.
    boxOf(wrapper, 823, 320);
    report();
    expect(drawn.resizes).toBe(1);
  });
});
