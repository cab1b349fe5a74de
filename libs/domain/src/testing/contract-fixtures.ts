import type { ContractEvent } from '../contract/contract.events.js';

/** A contract accepted on 2026-01-15 (Asia/Shanghai) whose fixed inspection expert is eng-5. */
export const CONTRACT_REGISTERED: ContractEvent = {
  type: 'ContractRegistered',
  data: {
    contractId: 'c-1',
    customerId: 'cu-1',
    name: 'HIS service contract (fictional)',
    product: { name: 'HIS', version: '5.1' },
    finalAcceptanceDate: '2026-01-15',
    warrantyMonths: 12,
    timeZone: 'Asia/Shanghai',
    inspectionExpertId: 'eng-5',
    registeredBy: 'admin-1',
  },
};
