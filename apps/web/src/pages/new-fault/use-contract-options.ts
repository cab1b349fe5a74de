import { useEffect, useState } from 'react';
import { customerById, type ContractSummary } from './directory';
import { knownContracts } from './known-contracts';

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
    knownContracts()
      .then((contracts) => Promise.all(contracts.map(labelled)))
      .then(
        (options) => current && setState({ options, loading: false }),
        (error: unknown) => current && setState({ options: [], loading: false, error }),
      );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

export async function labelled(contract: ContractSummary): Promise<ContractOption> {
  const customer = await customerById(contract.customerId).catch(() => undefined);
  const who = customer?.shortName ?? customer?.name;
  return { contract, label: who ? `${who} · ${contract.name}` : contract.name };
}
