import type { SlaPolicy } from '../sla/sla-policy.js';
import type { Product } from '../shared/product.js';

/** Events of a contract stream (`contract-<contractId>`). */
export type ContractEvent =
  | { type: 'ContractRegistered'; data: ContractRegisteredData }
  | { type: 'SlaPolicySet'; data: SlaPolicySetData }
  | { type: 'InspectionExpertChanged'; data: InspectionExpertChangedData }
  | { type: 'ContractAmended'; data: ContractAmendedData };

export type ContractEventType = ContractEvent['type'];

export interface ContractRegisteredData {
  contractId: string;
  customerId: string;
  /** The contract's title or number as printed on the forms. */
  name: string;
  product: Product;
  /** Date of final acceptance (终验), YYYY-MM-DD: the warranty starts here. */
  finalAcceptanceDate: string;
  warrantyMonths: number;
  /** IANA zone of the customer: SLA calendars and local dates are read in it. */
  timeZone: string;
  /** The contract's fixed inspection expert (a staff id). */
  inspectionExpertId: string;
  registeredBy: string;
}

/** Version 1, 2, 3...; takes effect at effectiveFrom (ISO instant in the contract's zone). */
export interface SlaPolicySetData {
  contractId: string;
  version: number;
  effectiveFrom: string;
  policy: SlaPolicy;
  setBy: string;
}

export interface InspectionExpertChangedData {
  contractId: string;
  from: string;
  to: string;
  reason?: string;
  changedBy: string;
}

/** Only the terms that changed are present in `changes`. */
export interface ContractAmendedData {
  contractId: string;
  changes: ContractAmendment;
  reason: string;
  amendedBy: string;
}

export interface ContractAmendment {
  name?: string;
  product?: Product;
  finalAcceptanceDate?: string;
  warrantyMonths?: number;
  timeZone?: string;
}
