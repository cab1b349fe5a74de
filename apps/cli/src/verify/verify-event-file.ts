import { SqliteEventStore, verifyStore, type StoreVerification } from '#event-store';
import { progressBar } from '../operator/progress-bar.js';

/**
 * Checks every stream's hash chain in a SQLite event file (the store's own file, a backup or a
 * restored copy) with the same verifyStore as `verify`; a progress bar on a terminal.
 */
export async function verifyEventFile(file: string): Promise<StoreVerification & { seconds: number }> {
  const store = new SqliteEventStore({ file });
  const bar = progressBar('verify');
  const started = process.hrtime.bigint();
  try {
    const head = await store.headPosition();
    const result = await verifyStore(store, (_events, position) =>
      bar.update(Number(position), Number(head ?? 0n)),
    );
    return { ...result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    bar.stop();
    await store.close();
  }
}
