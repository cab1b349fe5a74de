import { type CommandContext, PreconditionFailedError, derivedId, handle } from '#command-handling';
import {
  SLA_WATCHMAN,
  contractDecider,
  contractStream,
  nextServicePlanCheck,
  servicePlanWarningsDue,
  type Contract,
  type ContractCommand,
} from '#domain';
import { aggregateStream, type EventStore } from '#event-store';
import type { AlarmClock } from './alarm-clock.js';
import { AlarmLoop } from './alarm-loop.js';
import type { ContractList } from './contract-list.js';

export interface ServicePlanWatchmanOptions {
  /** How often to look whether the contract list moved on (an in-memory number; the list is read only then). */
  watchIntervalMs?: number;
  /** How long to wait before trying again a contract whose warning failed. */
  retryMs?: number;
  log?: (message: string) => void;
}

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
export class ServicePlanWatchman {
  private readonly log: (message: string) => void;
  private readonly loop: AlarmLoop;
  private seenPosition: bigint | null | undefined;
  private known = '';

  constructor(
    private readonly store: EventStore,
    private readonly contracts: ContractList,
    private readonly clock: AlarmClock,
    private readonly options: ServicePlanWatchmanOptions = {},
  ) {
    this.log = options.log ?? (() => undefined);
    this.loop = new AlarmLoop(
      clock,
      {
        round: () => this.checkAll(),
        follow: () => void this.follow(),
        failed: (error) => this.log(`Service-plan watchman: ${String(error)}`),
      },
      options.watchIntervalMs ?? 1000,
    );
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** The instant the one alarm is set for (epoch ms), if any: for tests and /health. */
  nextAlarm(): number | undefined {
    return this.loop.nextAlarm();
  }

  /** Warns about every period due on every contract, then sets the alarm. Runs one at a time. */
  wake(): Promise<void> {
    return this.loop.wake();
  }

  /** Wakes when the list of contracts changed (a contract registered), not on every event. */
  private async follow(): Promise<void> {
    let position: bigint | null;
    try {
      position = this.contracts.position();
      if (position === this.seenPosition) return;
      this.seenPosition = position;
      const ids = (await this.contracts.contractIds()).join('\n');
      if (ids === this.known) return;
    } catch (error) {
      this.log(`Service-plan watchman: cannot read the contracts: ${String(error)}`);
      return;
    }
    void this.wake();
  }

  /** Checks every contract; answers the earliest instant one needs looking at again. */
  private async checkAll(): Promise<number | null> {
    const ids = await this.contracts.contractIds();
    this.known = ids.join('\n');
    let earliest: number | null = null;
    for (const contractId of ids) {
      if (this.loop.stopped) return null;
      const { nextMs, failed } = await this.check(contractId);
      const atMs = failed ? this.clock.now().getTime() + (this.options.retryMs ?? 5000) : nextMs;
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
      const commandId = derivedId('service-plan-watchman', contractId, next.kind, next.period);
      const context: CommandContext = {
        actor: SLA_WATCHMAN,
        now: new Date(nowMs).toISOString(),
        source: 'scheduler',
        commandId,
        correlationId: commandId,
        // The envelope's business time is the instant the decision was taken at (the event's own time).
        occurredAt: new Date(nowMs).toISOString(),
        // Decided on exactly the events read above: if the contract moved meanwhile, read it again.
        ifMatch: loaded.revision,
      };
      const command: ContractCommand = {
        type: 'WarnServicePlanMissed',
        data: { contractId, kind: next.kind, period: next.period },
        actor: SLA_WATCHMAN,
        now: new Date(nowMs).toISOString(),
      };
      try {
        const outcome = await handle(this.store, stream, contractDecider, command, context);
        if (outcome.events.length === 0) {
          this.log(
            `Service-plan watchman: ${next.kind} ${next.period} of ${contractId} was decided as done already`,
          );
          return { nextMs: null, failed: true };
        }
      } catch (error) {
        if (error instanceof PreconditionFailedError) continue;
        this.log(
          `Service-plan watchman: ${next.kind} ${next.period} of ${contractId} failed: ${String(error)}`,
        );
        return { nextMs: null, failed: true };
      }
    }
    return { nextMs: null, failed: !this.loop.stopped };
  }
}
