import { Typography } from 'antd';
import { contractById, customerById } from '../new-fault/directory';
import { useLookup } from './use-lookup';

/** The customer's name and the contract's product, read once per page load and shared by every row. */
export function CustomerCell({ customerId, contractId }: { customerId: string; contractId: string }) {
  const customer = useLookup(customerId, customerById);
  const contract = useLookup(contractId, contractById);
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text ellipsis={{ tooltip: true }} style={{ display: 'block', maxWidth: 220 }}>
        {customer?.shortName ?? customer?.name ?? '…'}
      </Typography.Text>
      {contract && (
        <Typography.Text
          type="secondary"
          ellipsis={{ tooltip: true }}
          style={{ display: 'block', maxWidth: 220 }}
        >
          {`${contract.product.name} ${contract.product.version}`}
        </Typography.Text>
      )}
    </div>
  );
}
