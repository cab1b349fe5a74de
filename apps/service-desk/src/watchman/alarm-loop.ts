import type { AlarmClock } from './alarm-clock.js';

/** What a watchman does with its alarm loop. */
export interface AlarmLoopSteps {
  /** Acts on everything due now; answers when to ring next (epoch ms), or null for never. */
  round(): Promise<number | null>;
  /** Looks (every watchIntervalMs) whether its read model moved on, and calls wake() if so. */
  follow(): void;
  /** A round failed: say so (the next wake tries again). */
  failed(error: unknown): void;
}

/**
 * A watchman's loop: ONE alarm, re-armed after every round; rounds run one at a time, and a wake
 * during a round runs another one right after it (nothing is missed, nothing runs twice at once).
 * A poll calls `follow` so that the watchman notices its read model moving on.
 */
export class AlarmLoop {
  private alarm?: { atMs: number; cancel: () => void };
  private poll?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;
  private halted = true;

  constructor(
    private readonly clock: AlarmClock,
    private readonly steps: AlarmLoopSteps,
    private readonly watchIntervalMs: number,
  ) {}

  /** True before start and after stop: a round in progress ends early. */
  get stopped(): boolean {
    return this.halted;
  }

  start(): void {
    this.halted = false;
    this.poll = setInterval(() => this.steps.follow(), this.watchIntervalMs);
    this.poll.unref();
    void this.wake();
  }

  /** Stops the poll and the alarm, and waits for a round in progress to end. */
  async stop(): Promise<void> {
    this.halted = true;
    clearInterval(this.poll);
    this.alarm?.cancel();
    this.alarm = undefined;
    await this.running;
  }

  /** The instant the one alarm is set for (epoch ms), if any: for tests and /health. */
  nextAlarm(): number | undefined {
    return this.alarm?.atMs;
  }

  /** Runs a round, then sets the alarm for the instant it answered. Runs one at a time. */
  wake(): Promise<void> {
    if (this.halted) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async () => {
      do {
        this.again = false;
        this.arm(await this.steps.round());
      } while (this.again && !this.halted);
    };
    this.running = run()
      .catch((error: unknown) => {
        if (!this.halted) this.steps.failed(error);
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private arm(atMs: number | null): void {
    this.alarm?.cancel();
    this.alarm = undefined;
    if (this.halted || atMs === null) return;
    this.alarm = { atMs, cancel: this.clock.setAlarm(atMs, () => void this.wake()) };
  }
}
