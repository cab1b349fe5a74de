import { type CommandContext, PreconditionFailedError, derivedId, handle } from '#command-handling';
import {
  SLA_WATCHMAN,
  dueSlaDeadlines,
  slaDeadlineCommand,
  slaDeadlineKey,
  slaDeadlines,
  ticketDecider,
  ticketStream,
} from '#domain';
import { aggregateStream, type EventStore } from '#event-store';
import { entryOf } from '#projections';
import type { AlarmClock } from './alarm-clock.js';
import { AlarmLoop } from './alarm-loop.js';
import type { SlaDeadlineTable } from './sla-deadline-table.js';

export interface SlaWatchmanOptions {
  /** How often to look whether the read model moved on (an in-memory number; the table is read only then). */
  watchIntervalMs?: number;
  /** Most tickets handled per wake-up before the next alarm. */
  batchSize?: number;
  /** How long to wait before trying again a ticket whose action failed. */
  retryMs?: number;
  log?: (message: string) => void;
}

/** What the watchman did with one ticket: the position its stream reached, and whether it failed. */
interface Handled {
  position: bigint | null;
  failed: boolean;
}

/**
 * The SLA watchman: a process manager over the sla-deadlines read model (itself fed by the store's
 * checkpointed catch-up feed). It keeps ONE alarm, for the earliest pending action, re-armed when
 * the read model moves on. When it rings, each ticket due is re-read from its stream, and what
 * slaDeadlines says is due now is issued through the ticket decider with a command id derived from
 * the ticket and the action (its level, reason, timer and due time): a retry, a restart, a replay or
 * a second instance on the same store finds the first one's events and appends nothing.
 */
export class SlaWatchman {
  private readonly log: (message: string) => void;
  private readonly loop: AlarmLoop;
  private seen: bigint | null | undefined;
  /** Tickets whose action failed, and when to try them again. */
  private readonly backoff = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly table: SlaDeadlineTable,
    private readonly clock: AlarmClock,
    private readonly options: SlaWatchmanOptions = {},
  ) {
    this.log = options.log ?? (() => undefined);
    this.loop = new AlarmLoop(
      clock,
      {
        round: async () => this.alarmAfter(await this.actOnDue()),
        follow: () => this.follow(),
        failed: (error) => this.log(`SLA watchman: ${String(error)}`),
      },
      options.watchIntervalMs ?? 50,
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

  /** Acts on everything due, then sets the alarm for the earliest action left. Runs one at a time. */
  wake(): Promise<void> {
    return this.loop.wake();
  }

  private follow(): void {
    let position: bigint | null;
    try {
      position = this.table.position();
    } catch (error) {
      this.log(`SLA watchman: cannot read the deadlines' position: ${String(error)}`);
      return;
    }
    if (position === this.seen) return;
    this.seen = position;
    void this.wake();
  }

  private async actOnDue(): Promise<Set<string>> {
    const nowMs = this.clock.now().getTime();
    const limit = this.options.batchSize ?? 100;
    const due = await this.table.dueTickets(nowMs, limit);
    const handled = new Set<string>();
    for (const ticketId of due) {
      if (this.loop.stopped) break;
      if ((this.backoff.get(ticketId) ?? 0) > nowMs) continue;
      handled.add(ticketId);
      const { position, failed } = await this.actOn(ticketId);
      if (failed) this.backoff.set(ticketId, nowMs + (this.options.retryMs ?? 5000));
      else this.backoff.delete(ticketId);
      // Let the read model catch up with what was just written, so the next alarm is not this one.
      if (position !== null) await this.table.reach(position, 5000);
    }
    return handled;
  }

  /** Issues, one after the other, every action due now on one ticket, each on a fresh read of its stream. */
  private async actOn(ticketId: string): Promise<Handled> {
    const stream = ticketStream(ticketId);
    let position: bigint | null = null;
    for (let attempt = 0; attempt < 20 && !this.loop.stopped; attempt++) {
      const loaded = await aggregateStream(
        this.store,
        stream,
        ticketDecider.evolve,
        ticketDecider.initialState,
      );
      position = loaded.events.at(-1)?.position ?? null;
      const nowMs = this.clock.now().getTime();
      const [next] = dueSlaDeadlines(slaDeadlines(loaded.events.map(entryOf)), nowMs);
      if (!next || loaded.revision === 'no_stream') return { position, failed: false };
      const commandId = derivedId('sla-watchman', ticketId, slaDeadlineKey(next));
      const context: CommandContext = {
        actor: SLA_WATCHMAN,
        now: new Date(nowMs).toISOString(),
        source: 'scheduler',
        commandId,
        correlationId: commandId,
        // The envelope's business time is the instant the decision was taken at (the event's own time).
        occurredAt: new Date(nowMs).toISOString(),
        // Decided on exactly the events read above: if the ticket moved meanwhile, read it again.
        ifMatch: loaded.revision,
      };
      try {
        const command = slaDeadlineCommand(next, ticketId, new Date(nowMs).toISOString());
        const outcome = await handle(this.store, stream, ticketDecider, command, context);
        if (outcome.events.length === 0) {
          this.log(`SLA watchman: ${slaDeadlineKey(next)} on ticket ${ticketId} was decided as done already`);
          return { position, failed: true };
        }
      } catch (error) {
        if (error instanceof PreconditionFailedError) continue;
        this.log(`SLA watchman: ${slaDeadlineKey(next)} on ticket ${ticketId} failed: ${String(error)}`);
        return { position, failed: true };
      }
    }
    return { position, failed: false };
  }

  /**
   * When to ring next: at the earliest pending action. An action still due right after acting on it
   * belongs to a ticket that failed (retried after retryMs) or whose read model lags (looked at again
   * a second later); a ticket not yet handled is acted on at once.
   */
  private async alarmAfter(handled: Set<string>): Promise<number | null> {
    if (this.loop.stopped) return null;
    const earliest = await this.table.earliest();
    if (earliest === null) return null;
    const nowMs = this.clock.now().getTime();
    if (earliest > nowMs) return earliest;
    const due = await this.table.dueTickets(nowMs, (this.options.batchSize ?? 100) + handled.size);
    const whenFor = (ticketId: string) =>
      Math.max(handled.has(ticketId) ? nowMs + 1000 : nowMs, this.backoff.get(ticketId) ?? nowMs);
    return due.length === 0 ? nowMs : Math.min(...due.map(whenFor));
  }
}
