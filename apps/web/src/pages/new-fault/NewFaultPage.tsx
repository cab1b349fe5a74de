import { Typography } from 'antd';

/** To be built (issue 7). */
export function NewFaultPage() {
  return <Typography.Title level={2}>NewFaultPage</Typography.Title>;
}
