import { useEffect, useState } from 'react';
import type { ContractSummary } from './directory';
import { knownContracts, type ListedContract } from './known-contracts';

export interface ContractOption {
  contract: ContractSummary;
  /** "<customer> · <contract>": what the agent recognises on the phone. */
  label: string;
}

/** The contracts to choose from, labelled with their customer's name; loading and failure as state. */
export function useContractOptions() {
  const [state, setState] = useState<{ options: ContractOption[]; loading: boolean; error?: unknown }>({
    options: [],
    loading: true,
  });
  useEffect(() => {
    let current = true;
    knownContracts().then(
      (contracts) => current && setState({ options: contracts.map(labelled), loading: false }),
      (error: unknown) => current && setState({ options: [], loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

function labelled(contract: ListedContract): ContractOption {
  return { contract, label: `${contract.customerName} · ${contract.name}` };
}
