import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { evolveStaff, initialStaffState, type StaffEvent, type StaffUser } from '#domain';
import type { EventStore, Subscription } from '#event-store';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { ProblemException } from '../problem-details/problem.exception.js';

const CATCH_UP_TIMEOUT_MS = 5000;

/**
 * Every user, in memory, for GET /api/staff: fed from the store's catch-up feed ($all, from the
 * start), so it holds every staff stream and follows new appends in order. A query waits until
 * the index has seen the store's head at the time of the query (read-your-writes), at most 5 s.
 * Rebuilt at each start; the password hash is dropped on the way in.
 */
@Injectable()
export class StaffIndex implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('StaffIndex');
  private readonly users = new Map<string, StaffUser>();
  private position: bigint | null = null;
  private waiters: { target: bigint; resolve: () => void }[] = [];
  private subscription?: Subscription;
  private failure?: Error;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onModuleInit(): void {
    this.subscription = this.store.subscribeToAll();
    void this.follow(this.subscription);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.close();
  }

  /** Every user, sorted by username, once the index has caught up with the store's current head. */
  async all(): Promise<StaffUser[]> {
    await this.caughtUpWith(await this.store.headPosition());
    return [...this.users.values()].sort((a, b) => a.username.localeCompare(b.username));
  }

  private async follow(subscription: Subscription): Promise<void> {
    try {
      for await (const message of subscription) {
        if (message.kind !== 'event') continue;
        const { event } = message;
        if (event.stream.startsWith('staff-'))
          this.apply(event.stream, { type: event.type, data: event.data } as StaffEvent);
        this.position = event.position;
        this.waiters = this.waiters.filter((w) => (w.target <= event.position ? (w.resolve(), false) : true));
      }
    } catch (error) {
      this.failure = error as Error;
      this.logger.error(`The staff index stopped: ${(error as Error).message}`);
    }
  }

  private apply(stream: string, event: StaffEvent): void {
    const id = stream.slice('staff-'.length);
    const state = evolveStaff(this.users.get(id) ?? initialStaffState(), event);
    if (state.status === 'not_registered') return;
    const { passwordHash: _hash, ...user } = state;
    this.users.set(id, user);
  }

  private caughtUpWith(head: bigint | null): Promise<void> {
    if (this.failure) return Promise.reject(unavailable('The staff index has stopped; see the log'));
    if (head === null || (this.position !== null && this.position >= head)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(unavailable('The staff index is still catching up; retry shortly')),
        CATCH_UP_TIMEOUT_MS,
      );
      this.waiters.push({ target: head, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }
}

function unavailable(detail: string): ProblemException {
  return new ProblemException({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail });
}
