import { Typography } from 'antd';

/** To be built (issue 7). */
export function ReportsPage() {
  return <Typography.Title level={2}>ReportsPage</Typography.Title>;
}
