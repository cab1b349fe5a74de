import type { Transaction } from 'kysely';
import type { ContractEvent } from '#domain';
import type { ArchiveDb } from './archive.tables.js';

/** Contract events the archive reads: the contract's title and product as the forms print them. */
export const CONTRACT_EVENT_TYPES = ['ContractRegistered', 'ContractAmended'] as const;

/** Keeps the archive's copy of a contract's name and product. */
export async function applyContractEvent(trx: Transaction<ArchiveDb>, event: ContractEvent): Promise<void> {
  if (event.type === 'ContractRegistered') {
    const d = event.data;
    await trx
      .insertInto('archive_contracts')
      .values({
        contract_id: d.contractId,
        customer_id: d.customerId,
        name: d.name,
        product_name: d.product.name,
        product_version: d.product.version,
      })
      .onConflict((oc) => oc.column('contract_id').doNothing())
      .execute();
  } else if (event.type === 'ContractAmended') {
    const { contractId, changes } = event.data;
    const set = {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.product !== undefined && {
        product_name: changes.product.name,
        product_version: changes.product.version,
      }),
    };
    if (Object.keys(set).length === 0) return;
    await trx.updateTable('archive_contracts').set(set).where('contract_id', '=', contractId).execute();
  }
}
