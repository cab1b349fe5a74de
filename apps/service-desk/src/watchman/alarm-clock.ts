import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.js';

/** The watchman's view of time: the clock, and one way to be woken at an instant. A port: tests drive a fake. */
export abstract class AlarmClock {
  abstract now(): Date;
  /** Calls `wake` once, at `atMs` or after it, never before; returns a function that cancels it. */
  abstract setAlarm(atMs: number, wake: () => void): () => void;
}

/** setTimeout can fire a little early and cannot wait longer than about 24.8 days: both are checked. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Real time: the service's Clock and setTimeout, re-checked against the clock when it fires. */
@Injectable()
export class SystemAlarmClock extends AlarmClock {
  constructor(private readonly clock: Clock) {
    super();
  }

  now(): Date {
    return this.clock.now();
  }

  setAlarm(atMs: number, wake: () => void): () => void {
    let cancelled = false;
    let timer: NodeJS.Timeout | undefined;
    const check = () => {
      if (cancelled) return;
      const left = atMs - this.clock.now().getTime();
      if (left <= 0) wake();
      else timer = setTimeout(check, Math.min(left, MAX_DELAY_MS)).unref();
    };
    const delay = Math.max(0, Math.min(atMs - this.clock.now().getTime(), MAX_DELAY_MS));
    // The alarm alone does not keep the process alive: the service's server does.
    timer = setTimeout(check, delay).unref();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }
}
