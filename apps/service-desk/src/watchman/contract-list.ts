import type { Kysely } from 'kysely';
import type { ArchiveDb } from '#projections';

/** What the service-plan watchman reads to know which contracts exist. */
export interface ContractList {
  /** Every registered contract's id, in a stable order. */
  contractIds(): Promise<string[]>;
  /** The store position the list has reached (null before the first event): polled to notice new contracts. */
  position(): bigint | null;
}

/**
 * The contracts of the archive read model (archive_contracts, from ContractRegistered). `db` and
 * `position` are asked each time, so a rebuild that swaps the read model's file is followed.
 */
export function archiveContractList(
  db: () => Kysely<ArchiveDb>,
  position: () => bigint | null,
): ContractList {
  return {
    async contractIds() {
      const rows = await db()
        .selectFrom('archive_contracts')
        .select('contract_id')
        .orderBy('contract_id')
        .execute();
      return rows.map((r) => r.contract_id);
    },
    position,
  };
}
