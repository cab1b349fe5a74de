import { Inject, Injectable } from '@nestjs/common';
import { staffDecider, staffStream, type StaffState } from '#domain';
import type { EventStore } from '#event-store';
import { StreamCommandRunner } from '../command-handling/stream-command-runner.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { USERNAME_RESERVED, usernameStream } from './username-stream.js';

/** Reads users straight from their streams (never from a read model): login and the guard rely on it. */
@Injectable()
export class StaffAccounts {
  private readonly runner: StreamCommandRunner;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.runner = new StreamCommandRunner(store);
  }

  async byId(staffId: string): Promise<{ state: StaffState; revision: number | 'no_stream' }> {
    const { state, revision } = await this.runner.load(staffStream(staffId), staffDecider);
    return { state, revision };
  }

  /** The staff id a username was reserved for (case-insensitive), if any. */
  async idOf(username: string): Promise<string | undefined> {
    for await (const event of this.store.readStream(usernameStream(username), { maxCount: 1 })) {
      if (event.type === USERNAME_RESERVED && typeof event.data.staffId === 'string')
        return event.data.staffId;
    }
    return undefined;
  }

  async byUsername(username: string): Promise<StaffState> {
    const id = await this.idOf(username);
    return id === undefined ? { status: 'not_registered' } : (await this.byId(id)).state;
  }
}
