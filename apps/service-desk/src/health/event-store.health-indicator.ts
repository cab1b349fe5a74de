import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../event-store/event-store.token.js';

/** Up when the store answers a real read (its head position) within the timeout. */
@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs = 3000) {
    const indicator = this.health.check(key);
    const kind = this.store.kind;
    try {
      const head = await withTimeout(this.store.headPosition(), timeoutMs);
      return indicator.up({ kind, headPosition: head === null ? null : head.toString() });
    } catch (error) {
      return indicator.down({ kind, message: error instanceof Error ? error.message : String(error) });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
