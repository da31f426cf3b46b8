// The mini-program: a <canvas type="2d">; once rendered, its node is asked for (selector query) and
// ECharts draws on it through ./canvasAdapter. A finger moves the tooltip; a window resize (WeChat on
// PC) asks for the canvas's size again.
import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { regionProps } from '../a11y';
import { chartOnCanvas, touch, type CanvasNode } from './canvasAdapter';
import type { ECharts } from './echarts';
import type { SurfaceProps } from './surface';

interface Found {
  node?: CanvasNode;
  width: number;
  height: number;
}

function measure(id: string, then: (found: Found) => void) {
  Taro.createSelectorQuery()
    .select(`#${id}`)
    .fields({ node: true, size: true })
    .exec((res: Array<Found | null>) => {
      if (res[0]) then(res[0]);
    });
}

const pixelRatio = () => {
  try {
    return Taro.getWindowInfo().pixelRatio;
  } catch {
    return Taro.getSystemInfoSync().pixelRatio;
  }
};

export function WeappSurface({ id, option, label, height }: SurfaceProps) {
  const chart = useRef<ECharts | undefined>(undefined);
  const latest = useRef(option);
  latest.current = option;
  useEffect(() => {
    let gone = false;
    Taro.nextTick(() =>
      measure(id, ({ node, width, height: h }) => {
        if (gone || !node) return;
        chart.current = chartOnCanvas(node, { width, height: h, dpr: pixelRatio() });
        chart.current.setOption(latest.current, true);
      }),
    );
    const onResize = () => measure(id, ({ width, height: h }) => chart.current?.resize({ width, height: h }));
    Taro.onWindowResize(onResize);
    return () => {
      gone = true;
      Taro.offWindowResize(onResize);
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, [id]);
  useEffect(() => void chart.current?.setOption(option, true), [option]);
  // canvas touches carry x/y relative to the canvas; a touch's end has only changedTouches
  const at = (e: { touches?: unknown[]; changedTouches?: unknown[] }, end = false) =>
    (end ? e.changedTouches : e.touches)?.[0] as unknown as { x: number; y: number } | undefined;
  // WeChat's templates carry aria-* on a View only (config/weapp-aria.json): the name sits on a wrapper.
  return (
    <View {...regionProps({ role: 'img', label })}>
      <Canvas
        type='2d'
        id={id}
        canvasId={id}
        className='chart-surface'
        style={{ height: `${height}px` }}
        disableScroll={false}
        onTouchStart={(e) => touch(chart.current, 'start', at(e))}
        onTouchMove={(e) => touch(chart.current, 'move', at(e))}
        onTouchEnd={(e) => touch(chart.current, 'end', at(e, true))}
      />
    </View>
  );
}
