import { ApiError } from '../../api/api-error';
import { api } from '../../api/client';

/** A contract as GET /api/contracts/:id answers it (the fields the screens use). */
export interface ContractSummary {
  id: string;
  customerId: string;
  name: string;
  product: { name: string; version: string };
}

/** A customer organisation as GET /api/customers/:id answers it (the fields the screens use). */
export interface CustomerSummary {
  id: string;
  name: string;
  shortName?: string;
  contacts: { id: string; name: string; phone?: string; email?: string; fax?: string }[];
}

const contracts = new Map<string, Promise<ContractSummary | undefined>>();
const customers = new Map<string, Promise<CustomerSummary | undefined>>();

/** Reads once per page load, shares the answer; a failed read is forgotten so the next asks again. */
function cached<T>(cache: Map<string, Promise<T | undefined>>, id: string, path: string) {
  let hit = cache.get(id);
  if (!hit) {
    hit = api.get<T>(path).catch((e: unknown) => {
      cache.delete(id);
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return undefined;
      throw e;
    });
    cache.set(id, hit);
  }
  return hit;
}

export const contractById = (id: string) =>
  cached<ContractSummary>(contracts, id, `/api/contracts/${encodeURIComponent(id)}`);

export const customerById = (id: string) =>
  cached<CustomerSummary>(customers, id, `/api/customers/${encodeURIComponent(id)}`);
