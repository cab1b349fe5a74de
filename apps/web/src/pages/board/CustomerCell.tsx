import { Typography } from 'antd';
import { customerById } from '../new-fault/directory';
import type { BoardTicket } from './board-ticket';
import { useLookup } from './use-lookup';

/** The customer's name (read once per page load, shared by every row), the product and what the fault is. */
export function CustomerCell({ ticket }: { ticket: BoardTicket }) {
  const customer = useLookup(ticket.customerId, customerById);
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text ellipsis={{ tooltip: true }} style={{ display: 'block', maxWidth: 220 }}>
        {customer?.shortName ?? customer?.name ?? '…'}
      </Typography.Text>
      <Typography.Text
        type="secondary"
        ellipsis={{ tooltip: true }}
        style={{ display: 'block', maxWidth: 260 }}
      >
        {`${ticket.product.name} ${ticket.product.version} · ${ticket.description}`}
      </Typography.Text>
    </div>
  );
}
