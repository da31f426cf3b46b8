// ECharts from 'echarts/core' with only what the charts use (bars, lines, grid, tooltip, legend, the
// canvas renderer): about a third of the full build, which would not leave room in a 2 MB subpackage.
// Imported by file from the pages that chart, so only their subpackage carries it.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
export type ECharts = echarts.ECharts;
