// What a chart is made of: an ECharts option (only the parts ./echarts.ts registers), a sentence a
// screen reader says for the picture, and the same data as a table (read aloud, selected and copied).
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** One row of a chart's table: its key, its name (the first column) and its cells, as text. */
export interface TableRow {
  key: string;
  name: string;
  cells: string[];
}

export interface ChartSpec {
  /** The chart's element id; its table is `<id>-table`. */
  id: string;
  /** Shown above the chart; the table's caption. */
  title: string;
  /** The chart's accessible name: what it shows and its totals. */
  summary: string;
  /** Nothing to draw: the chart is left out, the table says so. */
  empty: boolean;
  /** CSS px; 260 unless given. */
  height?: number;
  option: ChartOption;
  table: { first: string; columns: readonly string[]; rows: readonly TableRow[] };
}
