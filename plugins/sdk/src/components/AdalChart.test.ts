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

/** Mounts the chart as ECharts drew it, then lays its box out at `box` and lets the observer report it. */
function drawnThenLaidOut(chartSize: [number, number], box: [number, number]) {
  const wrapper = mount(AdalChart, { props: { option: {}, label: 'Өткендер үлесі' } });
  Object.assign(drawn, { width: chartSize[0], height: chartSize[1] });
  layOut(wrapper, box);
  return wrapper;
}

function layOut(wrapper: ReturnType<typeof mount>, [width, height]: [number, number]): void {
  const element = wrapper.get('[role="img"]').element;
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: height });
  report();
}

describe('AdalChart', () => {
  beforeEach(() => {
    Object.assign(drawn, { width: 0, height: 0, resizes: 0 });
    vi.stubGlobal('ResizeObserver', ReportingObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws a chart drawn before its box was laid out again, at the size of the box', () => {
    drawnThenLaidOut([300, 150], [412, 320]);
    expect(drawn.resizes).toBe(1);
  });

  it('does not draw a chart again when the box is reported at the size it was drawn', () => {
    const wrapper = drawnThenLaidOut([412, 320], [412, 320]);
    expect(drawn.resizes).toBe(0);
    // A phone turned sideways: the box is wider, and the chart follows it.
    layOut(wrapper, [823, 320]);
    expect(drawn.resizes).toBe(1);
  });
});
