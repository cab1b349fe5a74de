import { api } from './api-client.js';
import { createStaff } from './create-staff.js';
import { HISTORY_REASON } from './history.js';

export interface ContractInput {
  customerId: string;
  /** An active engineer's staff id; by default a new engineer is registered for it. */
  inspectionExpertId?: string;
  product?: { name: string; version: string };
  /** YYYY-MM-DD; default 2026-01-15. */
  acceptanceDate?: string;
  warrantyMonths?: number;
  timeZone?: string;
  /** When it was registered in the business (history entered later; HISTORY_REASON given); default now. */
  registeredAt?: string;
}

/** Registers a contract through POST /api/contracts (as the admin), with the default SLA policy; its id. */
export async function createContract(
  baseUrl: string,
  adminToken: string,
  input: ContractInput,
): Promise<string> {
  const inspectionExpertId =
    input.inspectionExpertId ?? (await createStaff(baseUrl, adminToken, { role: 'engineer' })).id;
  const response = await api(baseUrl, adminToken).post('/api/contracts', {
    customerId: input.customerId,
    product: input.product ?? { name: 'DIP grouping platform', version: '3.2' },
    acceptanceDate: input.acceptanceDate ?? '2026-01-15',
    warrantyMonths: input.warrantyMonths ?? 12,
    timeZone: input.timeZone ?? 'Asia/Shanghai',
    inspectionExpertId,
    ...(input.registeredAt !== undefined && {
      occurredAt: input.registeredAt,
      occurredAtReason: HISTORY_REASON,
    }),
  });
  if (response.status !== 201) {
    throw new Error(`POST /api/contracts answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return (response.body as { id: string }).id;
}
