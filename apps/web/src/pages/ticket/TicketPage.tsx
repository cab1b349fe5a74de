import { Typography } from 'antd';

/** To be built (issue 7). */
export function TicketPage() {
  return <Typography.Title level={2}>TicketPage</Typography.Title>;
}
