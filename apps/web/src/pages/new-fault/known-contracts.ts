import { api } from '../../api/client';
import type { ContractSummary } from './directory';

const RECENT_KEY = 'desk.recentContracts';

/** Contract ids this browser reported on before, newest first. */
function recentContractIds(): string[] {
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

/** A contract of GET /api/contracts: with its customer's name. */
export type ListedContract = ContractSummary & { customerName: string };

/**
 * The contracts the caller may report on (GET /api/contracts; a customer contact: its own
 * organisation's), those this browser reported on recently first.
 */
export async function knownContracts(): Promise<ListedContract[]> {
  const { items } = await api.get<{ items: ListedContract[] }>('/api/contracts');
  const recent = recentContractIds();
  const rank = (id: string) => (recent.includes(id) ? recent.indexOf(id) : recent.length);
  return [...items].sort((a, b) => rank(a.id) - rank(b.id));
}
