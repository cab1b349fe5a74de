import { Command, CommandRunner } from 'nest-commander';
import { verifyStore } from '#event-store';
import { ExitCode } from '../operator/exit-code.js';
import { OperatorStore } from '../operator/operator-store.js';
import { progressBar } from '../operator/progress-bar.js';
import { runCommand } from '../operator/run-command.js';
import { formatStoreVerification } from './format-store-verification.js';

/** Checks the hash chain of every stream in the store; exit 0 when all hold, 1 when one is broken. */
@Command({
  name: 'verify',
  description: "check every stream's hash chain in the event store (DATA_DIR / EVENTSTORE_CONNECTION_STRING)",
})
export class VerifyStoreCommand extends CommandRunner {
  constructor(private readonly operator: OperatorStore) {
    super();
  }

  async run(): Promise<void> {
    await runCommand(async () => {
      const { store, location } = this.operator.open();
      const head = await store.headPosition();
      const bar = progressBar('verify');
      const started = process.hrtime.bigint();
      let result;
      try {
        result = await verifyStore(store, (_events, position) =>
          bar.update(Number(position), Number(head ?? 0n)),
        );
      } finally {
        bar.stop();
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stdout.write(`${formatStoreVerification(result, location, seconds).join('\n')}\n`);
      return result.ok ? ExitCode.ok : ExitCode.broken;
    });
  }
}
