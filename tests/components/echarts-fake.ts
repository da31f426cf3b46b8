// A stand-in for src/components/chart/echarts.ts in component tests (jsdom has no 2d canvas): each
// init returns a chart recording what the page asked of it. The real echarts on a fake canvas node:
// tests/components/chart-canvas.test.tsx.
import type { ChartOption } from '@/components/chart/spec';

export interface FakeChart {
  dom: unknown;
  options: ChartOption[];
  resized: number;
  disposed: boolean;
}

export const charts: FakeChart[] = [];

export const echarts = {
  init(dom: unknown) {
    const chart: FakeChart = { dom, options: [], resized: 0, disposed: false };
    charts.push(chart);
    return {
      setOption: (option: ChartOption) => void chart.options.push(option),
      resize: () => void chart.resized++,
      dispose: () => void (chart.disposed = true),
    };
  },
};
