import { AlarmClock } from '../../apps/service-desk/src/watchman/alarm-clock.js';

/** The watchman's clock under the test's hand: time moves only by advanceTo, and alarms due then ring. */
export class FakeAlarmClock extends AlarmClock {
  readonly alarms = new Set<{ atMs: number; wake: () => void }>();

  constructor(public nowMs: number) {
    super();
  }

  now(): Date {
    return new Date(this.nowMs);
  }

  setAlarm(atMs: number, wake: () => void): () => void {
    const alarm = { atMs, wake };
    this.alarms.add(alarm);
    if (atMs <= this.nowMs) setImmediate(() => this.ring());
    return () => this.alarms.delete(alarm);
  }

  advanceTo(iso: string): void {
    this.nowMs = Date.parse(iso);
    this.ring();
  }

  private ring(): void {
    for (const alarm of [...this.alarms]) {
      if (alarm.atMs > this.nowMs) continue;
      this.alarms.delete(alarm);
      alarm.wake();
    }
  }
}
