import { Typography } from 'antd';

/** To be built (issue 7). */
export function AuditPage() {
  return <Typography.Title level={2}>AuditPage</Typography.Title>;
}
