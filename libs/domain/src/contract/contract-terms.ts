import { NotFoundError } from '../shared/not-found.error.js';
import type { VersionedSlaPolicy } from '../sla/sla-policy.js';
import type { Product } from '../shared/product.js';
import type { ContractState } from './contract.state.js';

/** The facts of a contract that a ReportFault command needs (pass contractTerms(state)). */
export interface ContractTerms {
  contractId: string;
  customerId: string;
  product: Product;
  finalAcceptanceDate: string;
  warrantyMonths: number;
  timeZone: string;
  slaPolicies: VersionedSlaPolicy[];
}

export function contractTerms(state: ContractState): ContractTerms {
  if (state.status === 'not_registered') throw new NotFoundError('contract');
  const { contractId, customerId, product, finalAcceptanceDate, warrantyMonths, timeZone, slaPolicies } =
    state;
  return { contractId, customerId, product, finalAcceptanceDate, warrantyMonths, timeZone, slaPolicies };
}

/**
 * The business instant the contract was registered at: RegisterContract sets its SLA policy
 * version 1 to take effect then (undefined only for a history without that version).
 */
export function contractRegisteredAt(contract: {
  slaPolicies: readonly VersionedSlaPolicy[];
}): string | undefined {
  return contract.slaPolicies[0]?.effectiveFrom;
}
