import { derivedId } from '#command-handling';
import {
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
import type { SlaDeadlineTable } from './sla-deadline-table.js';
import { Watchman, type WatchmanOptions } from './watchman.js';
import type { WatchmanCommands } from './watchman-commands.js';

export interface SlaWatchmanOptions extends WatchmanOptions {
  /** Most tickets handled per wake-up before the next alarm. */
  batchSize?: number;
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
export class SlaWatchman extends Watchman {
  private readonly batchSize: number;
  private seen: bigint | null | undefined;
  /** Tickets whose action failed, and when to try them again. */
  private readonly backoff = new Map<string, number>();

  constructor(
    store: EventStore,
    commands: WatchmanCommands,
    private readonly table: SlaDeadlineTable,
    clock: AlarmClock,
    options: SlaWatchmanOptions = {},
  ) {
    super('SLA watchman', store, commands, clock, options, 50);
    this.batchSize = options.batchSize ?? 100;
  }

  /** Acts on everything due, then sets the alarm for the earliest action left. */
  protected async round(): Promise<number | null> {
    return this.alarmAfter(await this.actOnDue());
  }

  protected follow(): void {
    let position: bigint | null;
    try {
      position = this.table.position();
    } catch (error) {
      this.log(`cannot read the deadlines' position: ${String(error)}`);
      return;
    }
    if (position === this.seen) return;
    this.seen = position;
    void this.wake();
  }

  private async actOnDue(): Promise<Set<string>> {
    const nowMs = this.clock.now().getTime();
    const due = await this.table.dueTickets(nowMs, this.batchSize);
    const handled = new Set<string>();
    for (const ticketId of due) {
      if (this.loop.stopped) break;
      if ((this.backoff.get(ticketId) ?? 0) > nowMs) continue;
      handled.add(ticketId);
      const { position, failed } = await this.actOn(ticketId);
      if (failed) this.backoff.set(ticketId, nowMs + this.retryMs);
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
      const key = slaDeadlineKey(next);
      const command = slaDeadlineCommand(next, ticketId, new Date(nowMs).toISOString());
      const issued = await this.issue((context) => this.commands.onTicket(ticketId, command, context), {
        now: command.now,
        commandId: derivedId('sla-watchman', ticketId, key),
        revision: loaded.revision,
        what: `${key} on ticket ${ticketId}`,
        due: { action: next.action, atMs: next.atMs },
      });
      if (!issued) return { position, failed: true };
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
    const due = await this.table.dueTickets(nowMs, this.batchSize + handled.size);
    const whenFor = (ticketId: string) =>
      Math.max(handled.has(ticketId) ? nowMs + 1000 : nowMs, this.backoff.get(ticketId) ?? nowMs);
    return due.length === 0 ? nowMs : Math.min(...due.map(whenFor));
  }
}
