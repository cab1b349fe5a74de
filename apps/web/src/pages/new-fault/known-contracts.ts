import { ApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { contractById, type ContractSummary } from './directory';

const RECENT_KEY = 'desk.recentContracts';

/** Contract ids this browser reported on before, newest first. */
export function recentContractIds(): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(saved) ? saved.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberContract(id: string): void {
  const next = [id, ...recentContractIds().filter((c) => c !== id)].slice(0, 20);
  localStorage.setItem(RECENT_KEY, JSON.stringify(next));
}

/**
 * The contracts the caller may report on. The service's contract list (GET /api/contracts) when it
 * has one; until then the contracts of the tickets the caller can see (a customer contact: its own
 * organisation's) and those this browser reported on before, each read with GET /api/contracts/:id.
 */
export async function knownContracts(): Promise<ContractSummary[]> {
  const listed = await contractList();
  if (listed) return listed;
  const page = await api.get<{ items: { contractId: string }[] }>('/api/tickets?limit=200');
  const ids = [...new Set([...recentContractIds(), ...page.items.map((t) => t.contractId)])];
  const found = await Promise.all(ids.map((id) => contractById(id).catch(() => undefined)));
  return found.filter((c): c is ContractSummary => c !== undefined);
}

async function contractList(): Promise<ContractSummary[] | undefined> {
  try {
    const answer = await api.get<ContractSummary[] | { items: ContractSummary[] }>('/api/contracts');
    return Array.isArray(answer) ? answer : answer.items;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405 || e.status === 403)) return undefined;
    throw e;
  }
}
