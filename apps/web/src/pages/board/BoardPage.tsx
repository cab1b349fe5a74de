import { Typography } from 'antd';

/** To be built (issue 7). */
export function BoardPage() {
  return <Typography.Title level={2}>BoardPage</Typography.Title>;
}
