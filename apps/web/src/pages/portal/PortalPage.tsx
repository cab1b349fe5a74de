import { Typography } from 'antd';

/** To be built (issue 7). */
export function PortalPage() {
  return <Typography.Title level={2}>PortalPage</Typography.Title>;
}
