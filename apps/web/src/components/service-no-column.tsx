import type { TableColumnType } from 'antd';
import { Link } from 'react-router-dom';

/** A tickets table's first column: the service number, a link to the ticket's page. */
export function serviceNoColumn<T extends { id: string }>(title: string): TableColumnType<T> {
  return {
    title,
    dataIndex: 'serviceNo',
    width: 150,
    render: (no: string, ticket: T) => <Link to={`/tickets/${ticket.id}`}>{no}</Link>,
  };
}
