import { Clock } from '../clock/clock.js';
import { SystemAlarmClock } from './alarm-clock.js';

/** A clock running at `rate` × real time: below 1, every setTimeout fires early against it. */
class SlowClock extends Clock {
  private readonly startMs = Date.now();
  constructor(private readonly rate: number) {
    super();
  }
  now(): Date {
    return new Date(this.startMs + (Date.now() - this.startMs) * this.rate);
  }
}

describe('the system alarm clock', () => {
  it('rings at the instant or after it, never before, even when the timer fires early against the clock', async () => {
    const clock = new SlowClock(0.5);
    const alarms = new SystemAlarmClock(clock);
    const atMs = clock.now().getTime() + 50;
    const rangAt = await new Promise<number>((resolve) =>
      alarms.setAlarm(atMs, () => resolve(clock.now().getTime())),
    );
    expect(rangAt).toBeGreaterThanOrEqual(atMs);
  });

  it('rings at once for an instant already past', async () => {
    const alarms = new SystemAlarmClock(new SlowClock(1));
    const started = Date.now();
    await new Promise<void>((resolve) => alarms.setAlarm(started - 1000, resolve));
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('does not ring once cancelled', async () => {
    const alarms = new SystemAlarmClock(new SlowClock(1));
    let rang = false;
    const cancel = alarms.setAlarm(Date.now() + 20, () => (rang = true));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(rang).toBe(false);
  });
});
