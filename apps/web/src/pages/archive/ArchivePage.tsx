import { Typography } from 'antd';

/** To be built (issue 7). */
export function ArchivePage() {
  return <Typography.Title level={2}>ArchivePage</Typography.Title>;
}
