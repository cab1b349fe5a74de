import { Card } from 'antd';
import type { ReactNode } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';
import { echarts } from './echarts';

/** One chart in a card: its title shown, its description read out (aria) for screen readers. */
export function ReportChart({
  title,
  description,
  option,
  height = 280,
  extra,
}: {
  title: string;
  description: string;
  option: EChartsOption;
  height?: number;
  /** Controls in the card's header (a switch between what the chart shows). */
  extra?: ReactNode;
}) {
  return (
    <Card size="small" title={title} extra={extra} className="report-chart">
      <div role="img" aria-label={description}>
        <ReactEChartsCore
          echarts={echarts}
          option={{ animation: false, aria: { enabled: true, label: { description } }, ...option }}
          style={{ height, width: '100%' }}
          opts={{ renderer: 'canvas' }}
          notMerge
        />
      </div>
    </Card>
  );
}
