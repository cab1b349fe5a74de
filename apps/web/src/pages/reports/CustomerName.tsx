import { useCustomerName } from './use-customer-name';

/** A customer organisation's name, looked up by its id. */
export function CustomerName({ id }: { id: string }) {
  return <>{useCustomerName(id)}</>;
}
