import { derivedId } from '#command-handling';
import {
  contractDecider,
  contractStream,
  nextServicePlanCheck,
  servicePlanWarningsDue,
  type Contract,
} from '#domain';
import { aggregateStream, type EventStore } from '#event-store';
import type { AlarmClock } from './alarm-clock.js';
import type { ContractList } from './contract-list.js';
import type { ContractAction } from '../contracts/act-on-contract.command.js';
import { Watchman, type WatchmanOptions } from './watchman.js';
import type { WatchmanCommands } from './watchman-commands.js';

/** The watchman's options; its read model is the contract list (read only when its position moved). */
export type ServicePlanWatchmanOptions = WatchmanOptions;

/** What the watchman found on one contract: when to look at it again (epoch ms), or never. */
interface Checked {
  nextMs: number | null;
  failed: boolean;
}

/**
 * The service-plan watchman: when a month ends without the contract's inspection, or a quarter
 * without its revisit, it issues WarnServicePlanMissed (actor SLA_WATCHMAN, source 'scheduler') so
 * that ServicePlanPeriodMissed lands on the contract stream, once. It keeps ONE alarm, for the
 * earliest end of a current month over all contracts, and wakes too when a contract is registered.
 * Each contract is re-read from its stream; the command id is derived from the contract, the kind
 * and the period, and the decider appends nothing for a period already warned about, so a retry, a
 * restart or a second instance on the same store adds nothing.
 *
 * Periods that were already over when the contract was registered (the recordedAt of its first
 * event) are not warned about: they show as missed in the service-plan report.
 */
export class ServicePlanWatchman extends Watchman {
  private seenPosition: bigint | null | undefined;
  private known = '';

  constructor(
    store: EventStore,
    commands: WatchmanCommands,
    private readonly contracts: ContractList,
    clock: AlarmClock,
    options: ServicePlanWatchmanOptions = {},
  ) {
    super('Service-plan watchman', store, commands, clock, options, 1000);
  }

  protected follow(): void {
    void this.followContracts();
  }

  /** Wakes when the list of contracts changed (a contract registered), not on every event. */
  private async followContracts(): Promise<void> {
    let position: bigint | null;
    try {
      position = this.contracts.position();
      if (position === this.seenPosition) return;
      this.seenPosition = position;
      const ids = (await this.contracts.contractIds()).join('\n');
      if (ids === this.known) return;
    } catch (error) {
      this.log(`cannot read the contracts: ${String(error)}`);
      return;
    }
    void this.wake();
  }

  /** Warns about every period due on every contract; answers the earliest instant one needs looking at again. */
  protected async round(): Promise<number | null> {
    const ids = await this.contracts.contractIds();
    this.known = ids.join('\n');
    let earliest: number | null = null;
    for (const contractId of ids) {
      if (this.loop.stopped) return null;
      const { nextMs, failed } = await this.check(contractId);
      const atMs = failed ? this.clock.now().getTime() + this.retryMs : nextMs;
      if (atMs !== null && (earliest === null || atMs < earliest)) earliest = atMs;
    }
    return earliest;
  }

  /** Issues, one after the other, every warning due now on one contract, each on a fresh read of its stream. */
  private async check(contractId: string): Promise<Checked> {
    const stream = contractStream(contractId);
    for (let attempt = 0; attempt < 50 && !this.loop.stopped; attempt++) {
      const loaded = await aggregateStream(
        this.store,
        stream,
        contractDecider.evolve,
        contractDecider.initialState,
      );
      const first = loaded.events[0];
      if (loaded.revision === 'no_stream' || !first) return { nextMs: null, failed: false };
      if (loaded.state.status !== 'active') return { nextMs: null, failed: false };
      const contract: Contract = loaded.state;
      const nowMs = this.clock.now().getTime();
      const registeredAtMs = Date.parse(first.metadata.recordedAt);
      const [next] = servicePlanWarningsDue(contract, registeredAtMs, nowMs);
      if (!next) return { nextMs: nextServicePlanCheck(contract, nowMs), failed: false };
      const action: ContractAction = {
        type: 'WarnServicePlanMissed',
        data: { contractId, kind: next.kind, period: next.period },
      };
      const issued = await this.issue((context) => this.commands.onContract(contractId, action, context), {
        now: new Date(nowMs).toISOString(),
        commandId: derivedId('service-plan-watchman', contractId, next.kind, next.period),
        revision: loaded.revision,
        what: `${next.kind} ${next.period} of ${contractId}`,
      });
      if (!issued) return { nextMs: null, failed: true };
    }
    return { nextMs: null, failed: !this.loop.stopped };
  }
}
