// ECharts on a mini-program 2d canvas (src/components/chart/canvasAdapter.ts, WeappSurface.tsx) against a
// fake canvas node whose context records every call: the real echarts draws the dashboard's bars on it
// (texts measured on the node's context, not a DOM canvas), a finger shows the tooltip, and unmounting
// disposes the chart. `wx` is defined first, so zrender takes itself for a mini-program (env.wxa).
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { filedServedChart, ratesChart } from '@/admin/components/insight/charts';
import type { Month } from '@/admin/components/insight/tables';

(globalThis as Record<string, unknown>).wx = { getSystemInfoSync: () => ({ pixelRatio: 2 }) };

let adapter: typeof import('@/components/chart/canvasAdapter');
let WeappSurface: typeof import('@/components/chart/WeappSurface').WeappSurface;
beforeAll(async () => {
  adapter = await import('@/components/chart/canvasAdapter');
  ({ WeappSurface } = await import('@/components/chart/WeappSurface'));
});

const METHODS = [
  'save', 'restore', 'scale', 'rotate', 'translate', 'transform', 'setTransform', 'resetTransform',
  'beginPath', 'closePath', 'moveTo', 'lineTo', 'bezierCurveTo', 'quadraticCurveTo', 'arc', 'arcTo',
  'ellipse', 'rect', 'roundRect', 'fill', 'stroke', 'clip', 'fillRect', 'strokeRect', 'clearRect',
  'fillText', 'strokeText', 'drawImage', 'setLineDash', 'createLinearGradient', 'createRadialGradient',
  'createPattern',
]; // prettier-ignore

/** A canvas node like WeChat's (type 2d) whose context records its calls. */
function fakeNode() {
  const calls: Array<{ name: string; args: unknown[] }> = [];
  const ctx: Record<string, unknown> = {
    font: '10px sans-serif',
    getLineDash: () => [],
    measureText: (text: string) => {
      calls.push({ name: 'measureText', args: [text, ctx.font] });
      return { width: text.length * 8 };
    },
  };
  for (const name of METHODS)
    ctx[name] = (...args: unknown[]) => {
      calls.push({ name, args });
      return name.startsWith('create') ? { addColorStop: () => undefined } : undefined;
    };
  const node = { width: 300, height: 150, getContext: () => ctx as never };
  const count = (name: string) => calls.filter((c) => c.name === name).length;
  const texts = () => calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
  return { node, calls, count, texts };
}

const month = (m: string, filed: number, served: number): Month => ({
  month: m,
  filed,
  byStatus: {},
  byCategory: {},
  byCommunity: {},
  byStairwell: {},
  byTeam: {},
  rates: { response: { num: served, den: filed }, resolution: { num: served, den: filed }, satisfaction: { num: 0, den: 0 } },
  medians: { toDispatch: null, toClaim: null, toComplete: null },
  minutesServed: 0,
});
const MONTHS = [month('2026-10', 5, 4), month('2026-11', 8, 6), month('2026-12', 3, 1)];

describe('the canvas adapter', () => {
  test('echarts draws the bars on the node at the device pixel ratio', () => {
    const fake = fakeNode();
    const chart = adapter.chartOnCanvas(fake.node, { width: 320, height: 240, dpr: 2 });
    chart.setOption(filedServedChart(MONTHS).option);
    chart.getZr().refreshImmediately();
    expect([fake.node.width, fake.node.height]).toEqual([640, 480]);
    expect(fake.calls.length).toBeGreaterThan(50);
    expect(fake.count('fill') + fake.count('fillRect')).toBeGreaterThan(6); // 6 bars at least
    expect(fake.texts()).toEqual(expect.arrayContaining(['10月', '11月', '12月', '提交', '完成']));
    expect(fake.count('measureText')).toBeGreaterThan(0); // on the node's context
    chart.dispose();
    expect(chart.isDisposed()).toBe(true);
  });

  test('lines with a gap and % labels draw too', () => {
    const fake = fakeNode();
    const chart = adapter.chartOnCanvas(fake.node, { width: 320, height: 240, dpr: 1 });
    chart.setOption(ratesChart(MONTHS).option);
    chart.getZr().refreshImmediately();
    expect(fake.count('lineTo')).toBeGreaterThan(3);
    expect(fake.texts()).toEqual(expect.arrayContaining(['100%', '响应率']));
    chart.dispose();
  });

  test('a finger on a bar shows the tooltip (drawn on the canvas: no DOM in a mini-program)', () => {
    const fake = fakeNode();
    const chart = adapter.chartOnCanvas(fake.node, { width: 320, height: 240, dpr: 1 });
    chart.setOption(filedServedChart(MONTHS).option);
    chart.getZr().refreshImmediately();
    const shown = jest.fn<() => void>();
    chart.on('showTip', shown);
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [1, 4]) as number[];
    adapter.touch(chart, 'start', { x: x!, y: y! });
    adapter.touch(chart, 'move', { x: x! + 1, y: y! });
    chart.getZr().refreshImmediately();
    expect(shown).toHaveBeenCalled();
    expect(() => adapter.touch(chart, 'end', { x: x!, y: y! })).not.toThrow();
    adapter.touch(undefined, 'start', { x, y } as { x: number; y: number }); // before the canvas is ready: nothing
    chart.dispose();
  });
});

describe('WeappSurface', () => {
  test('finds its canvas node after rendering, draws, and disposes on unmount', async () => {
    const fake = fakeNode();
    const queried: string[] = [];
    const T = Taro as unknown as Record<string, unknown>;
    T.nextTick = (fn: () => void) => void Promise.resolve().then(fn);
    T.getWindowInfo = () => ({ windowWidth: 390, windowHeight: 844, pixelRatio: 3 });
    T.createSelectorQuery = () => ({
      select: (selector: string) => ({
        fields: () => ({
          exec: (cb: (res: unknown[]) => void) => {
            queried.push(selector);
            cb([{ node: fake.node, width: 350, height: 260 }]);
          },
        }),
      }),
    });
    const option = filedServedChart(MONTHS).option;
    const view = render(<WeappSurface id='chart-test' option={option} label='柱状图' height={260} />);
    await act(async () => undefined);
    expect(queried).toEqual(['#chart-test']);
    expect([fake.node.width, fake.node.height]).toEqual([1050, 780]);
    await act(async () => new Promise((r) => setTimeout(r, 50))); // zrender's next frame
    expect(fake.count('fillText')).toBeGreaterThan(0);
    const before = fake.calls.length;
    view.unmount();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.calls.slice(before).map((c) => c.name)).toEqual(['clearRect']); // disposed: cleared, nothing more drawn
    expect(Taro.offWindowResize).toHaveBeenCalled();
  });
});
