import type { ChartOption } from './spec';

/** What draws a chart: a div on H5, a 2d canvas in the mini-program. */
export interface SurfaceProps {
  id: string;
  option: ChartOption;
  /** The accessible name (the chart's summary). */
  label: string;
  /** CSS px. */
  height: number;
}
