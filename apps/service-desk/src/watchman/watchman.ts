import { type CommandContext, PreconditionFailedError } from '#command-handling';
import { SLA_WATCHMAN } from '#domain';
import type { EventStore } from '#event-store';
import type { AlarmClock } from './alarm-clock.js';
import { AlarmLoop } from './alarm-loop.js';
import type { Issued, WatchmanCommands } from './watchman-commands.js';

/** What every watchman takes. */
export interface WatchmanOptions {
  /** How often to look whether its read model moved on (an in-memory number; the read model is read only then). */
  watchIntervalMs?: number;
  /** How long to wait before trying again a stream whose command failed. */
  retryMs?: number;
  log?: (message: string) => void;
  /** Told, for each action recorded, how long after its due instant it was recorded (seconds). */
  lateness?: (action: string, seconds: number) => void;
}

/**
 * What the watchmen share: ONE alarm loop (its round and its follow are the watchman's own), a log
 * whose lines begin with the watchman's name, and the way a command that is due is issued.
 */
export abstract class Watchman {
  protected readonly loop: AlarmLoop;
  /** How long to wait before trying again a stream whose command failed (epoch ms). */
  protected readonly retryMs: number;
  private readonly logLine: (message: string) => void;
  private readonly lateness: (action: string, seconds: number) => void;

  protected constructor(
    private readonly name: string,
    /** Where it reads the streams it decides on. */
    protected readonly store: EventStore,
    /** How its commands are issued: through the CommandBus, as every write. */
    protected readonly commands: WatchmanCommands,
    protected readonly clock: AlarmClock,
    options: WatchmanOptions,
    defaultWatchIntervalMs: number,
  ) {
    this.logLine = options.log ?? (() => undefined);
    this.lateness = options.lateness ?? (() => undefined);
    this.retryMs = options.retryMs ?? 5000;
    this.loop = new AlarmLoop(
      clock,
      {
        round: () => this.round(),
        follow: () => this.follow(),
        failed: (error) => this.log(String(error)),
      },
      options.watchIntervalMs ?? defaultWatchIntervalMs,
    );
  }

  /** Acts on everything due now; answers when to ring next (epoch ms), or null for never. */
  protected abstract round(): Promise<number | null>;

  /** Looks whether the read model moved on, and wakes if so. */
  protected abstract follow(): void;

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

  /** Runs a round (everything due now), then sets the alarm for what it answered. Runs one at a time. */
  wake(): Promise<void> {
    return this.loop.wake();
  }

  protected log(message: string): void {
    this.logLine(`${this.name}: ${message}`);
  }

  /**
   * Issues one command that is due (`send` hands it to `commands`; `what` names it in the log) as
   * SLA_WATCHMAN from the scheduler, decided at `now` on exactly the stream at `revision`. Its `commandId` is derived from what it acts on, so
   * that a retry, a restart or a second instance appends nothing. True when the stream should be read
   * again: the command was taken, or the stream moved since it was read. False (and logged) when
   * it failed, or was decided as done already. `due` (the action and the instant it was due at,
   * epoch ms) is told to the lateness metric when the command is recorded.
   */
  protected async issue(
    send: (context: CommandContext) => Promise<Issued>,
    {
      now,
      commandId,
      revision,
      what,
      due,
    }: {
      now: string;
      commandId: string;
      revision: number;
      what: string;
      due?: { action: string; atMs: number };
    },
  ): Promise<boolean> {
    const context: CommandContext = {
      actor: SLA_WATCHMAN,
      now,
      source: 'scheduler',
      commandId,
      correlationId: commandId,
      // The envelope's business time is the instant the decision was taken at (the event's own time).
      occurredAt: now,
      // Decided on exactly the events read: if the stream moved meanwhile, it is read again.
      ifMatch: revision,
    };
    try {
      const outcome = await send(context);
      if (outcome.events.length > 0) {
        if (due) this.lateness(due.action, (Date.parse(now) - due.atMs) / 1000);
        return true;
      }
      this.log(`${what} was decided as done already`);
      return false;
    } catch (error) {
      if (error instanceof PreconditionFailedError) return true;
      this.log(`${what} failed: ${String(error)}`);
      return false;
    }
  }
}
