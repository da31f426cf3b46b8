// H5: the chart in a block element (echarts adds its canvas inside), resized with the element.
import { View } from '@tarojs/components';
import { useEffect, useRef } from 'react';
import { regionProps } from '../a11y';
import { echarts, type ECharts } from './echarts';
import type { SurfaceProps } from './surface';

export function H5Surface({ id, option, label, height }: SurfaceProps) {
  const chart = useRef<ECharts | undefined>(undefined);
  useEffect(() => {
    const el = document.getElementById(id);
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => c.resize()) : undefined;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      c.dispose();
      chart.current = undefined;
    };
  }, [id]);
  useEffect(() => void chart.current?.setOption(option, true), [option]);
  return <View id={id} className='chart-surface' style={{ height: `${height}px` }} {...regionProps({ role: 'img', label })} />;
}
