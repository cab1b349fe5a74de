import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/*
 * The part of ECharts the reports draw with (bar charts on a grid, with titles, legends,
 * tooltips and the aria description, on canvas), so the bundle carries only that.
 */
echarts.use([
  BarChart,
  GridComponent,
  TitleComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { echarts };
