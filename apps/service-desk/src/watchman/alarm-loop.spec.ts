import { FakeAlarmClock } from '../../../../test/support/fake-alarm-clock.js';
import { AlarmLoop } from './alarm-loop.js';

const T0 = Date.parse('2026-11-30T10:00:00Z');

/** Lets every promise and immediate queued so far run. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** A round the test lets finish when it wants. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('AlarmLoop', () => {
  let clock: FakeAlarmClock;
  let loop: AlarmLoop | undefined;
  beforeEach(() => {
    clock = new FakeAlarmClock(T0);
  });
  afterEach(() => loop?.stop());

  function start(round: () => Promise<number | null>, failed: (e: unknown) => void = () => undefined) {
    loop = new AlarmLoop(clock, { round, follow: () => undefined, failed }, 60_000);
    loop.start();
    return loop;
  }

  it('sets its one alarm for the instant a round answered, and runs a round when it rings', async () => {
    const rounds: number[] = [];
    const l = start(async () => {
      rounds.push(clock.nowMs);
      return clock.nowMs < T0 + 5000 ? T0 + 5000 : null;
    });
    await settled();
    expect(rounds).toEqual([T0]);
    expect(l.nextAlarm()).toBe(T0 + 5000);
    clock.advanceTo('2026-11-30T10:00:04.999Z');
    await settled();
    expect(rounds).toEqual([T0]);
    clock.advanceTo('2026-11-30T10:00:05Z');
    await settled();
    expect(rounds).toEqual([T0, T0 + 5000]);
    expect(l.nextAlarm()).toBeUndefined(); // the round answered null: no alarm
    expect(clock.alarms.size).toBe(0);
  });

  it('never runs two rounds at once: wakes during a round run one more round after it', async () => {
    let inRound = 0;
    let most = 0;
    let rounds = 0;
    const gates = [gate(), gate()];
    const l = start(async () => {
      inRound++;
      most = Math.max(most, inRound);
      await gates[Math.min(rounds, 1)].opened;
      rounds++;
      inRound--;
      return null;
    });
    // start() began round 1; three wakes while it waits.
    const waits = [l.wake(), l.wake(), l.wake()];
    gates[0].open();
    gates[1].open();
    await Promise.all(waits);
    await l.wake();
    expect(most).toBe(1);
    // round 1, one more for the three wakes, and one for the last wake.
    expect(rounds).toBe(3);
  });

  it('stop waits for the round in progress, cancels the alarm and runs nothing more', async () => {
    const g = gate();
    let rounds = 0;
    const l = start(async () => {
      rounds++;
      await g.opened;
      return T0 + 1000;
    });
    const stopping = l.stop();
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await settled();
    expect(stopped).toBe(false); // the round is still running
    g.open();
    await stopping;
    expect(l.nextAlarm()).toBeUndefined();
    expect(clock.alarms.size).toBe(0);
    await l.wake();
    clock.advanceTo('2026-11-30T10:00:01Z');
    expect(rounds).toBe(1);
  });

  it('reports a failed round and runs again at the next wake', async () => {
    const failures: string[] = [];
    let rounds = 0;
    const l = start(
      async () => {
        rounds++;
        if (rounds === 1) throw new Error('store unreachable');
        return null;
      },
      (e) => failures.push(String(e)),
    );
    await l.wake();
    await l.wake();
    expect(failures).toEqual(['Error: store unreachable']);
    expect(rounds).toBeGreaterThanOrEqual(2);
  });
});
