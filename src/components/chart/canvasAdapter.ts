// ECharts on a mini-program <canvas type="2d">. The node WeChat gives (selectorQuery … fields({node})) has
// getContext, width and height but no DOM: zrender takes an object without `nodeName` as a single canvas
// and draws on it, so the adapter only forwards those and swallows event listeners (touches are fed in
// by the component, see `touch`). zrender measures text on a canvas it would create with `document`,
// which a mini-program lacks: it measures on this node's context instead.
import { echarts, type ECharts } from './echarts';

/** The parts of a 2d context the adapter itself uses (zrender uses the rest). */
export interface Context2D {
  font: string;
  measureText(text: string): { width: number };
}

/** A mini-program canvas node (type 2d), or a fake of one. */
export interface CanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): Context2D;
}

const noop = () => undefined;

/** What echarts.init is given: the node's canvas parts, no `nodeName`, no `style`. */
export function canvasAdapter(node: CanvasNode) {
  return {
    getContext: (type: '2d') => node.getContext(type),
    get width() {
      return node.width;
    },
    set width(v: number) {
      node.width = v;
    },
    get height() {
      return node.height;
    },
    set height(v: number) {
      node.height = v;
    },
    addEventListener: noop,
    removeEventListener: noop,
    attachEvent: noop,
    detachEvent: noop,
  };
}

export interface Size {
  width: number;
  height: number;
  /** Device pixels per CSS px (Taro.getWindowInfo().pixelRatio). */
  dpr: number;
}

/** A chart drawing on the node at `size` (CSS px); text measured on the node's context. */
export function chartOnCanvas(node: CanvasNode, { width, height, dpr }: Size): ECharts {
  const ctx = node.getContext('2d');
  echarts.setPlatformAPI({
    measureText: (text?: string, font?: string) => {
      if (font) ctx.font = font;
      return ctx.measureText(text ?? '');
    },
  });
  const dom = canvasAdapter(node) as unknown as HTMLElement;
  return echarts.init(dom, undefined, { width, height, devicePixelRatio: dpr });
}

const ZR_EVENT = { start: 'mousedown', move: 'mousemove', end: 'mouseup' } as const;

/**
 * A finger on the canvas as zrender's mouse events (the tooltip follows it). Canvas touches carry x/y
 * relative to the canvas; a touch's end has only changedTouches.
 */
export function touch(chart: ECharts | undefined, phase: keyof typeof ZR_EVENT, point: { x: number; y: number } | undefined) {
  if (!chart || !point) return;
  const handler = chart.getZr().handler;
  const event = { zrX: point.x, zrY: point.y, preventDefault: noop, stopImmediatePropagation: noop, stopPropagation: noop };
  handler.dispatch(ZR_EVENT[phase], event);
  if (phase === 'end') handler.dispatch('click', event);
}
