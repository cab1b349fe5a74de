import type { CommandContext } from '../shared/command-context.js';
import type { SlaPolicyInput } from '../sla/sla-policy.js';
import type { Product } from '../shared/product.js';
import type { ContractAmendment } from './contract.events.js';

/** Commands of a contract; all are the admin's (plus the CommandContext: actor, now). */
export type ContractCommand =
  | ({ type: 'RegisterContract'; data: RegisterContractData } & CommandContext)
  | ({ type: 'SetSlaPolicy'; data: SetSlaPolicyData } & CommandContext)
  | ({
      type: 'ChangeInspectionExpert';
      data: { contractId: string; expertId: string; reason?: string };
    } & CommandContext)
  | ({
      type: 'AmendContract';
      data: { contractId: string; changes: ContractAmendment; reason: string };
    } & CommandContext);

export type ContractCommandType = ContractCommand['type'];

export interface RegisterContractData {
  contractId: string;
  customerId: string;
  name: string;
  product: Product;
  finalAcceptanceDate: string;
  /** Default 12. */
  warrantyMonths?: number;
  /** Default 'Asia/Shanghai'. */
  timeZone?: string;
  inspectionExpertId: string;
  /** Policy version 1, effective from `now`; defaults of DOMAIN.md for anything left out. */
  slaPolicy?: SlaPolicyInput;
}

export interface SetSlaPolicyData {
  contractId: string;
  policy: SlaPolicyInput;
  /** Default now; may lie in the future; never before the previous version's effectiveFrom. */
  effectiveFrom?: string;
}
