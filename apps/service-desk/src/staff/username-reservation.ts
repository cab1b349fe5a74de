import { Inject, Injectable } from '@nestjs/common';
import { WrongExpectedRevisionError, type EventStore } from '#event-store';
import type { CommandContext } from '../command-handling/command-context.js';
import { eventIdFor } from '../command-handling/event-ids.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { usernameTaken } from './username-taken.js';
import { USERNAME_RESERVED, usernameStream, type UsernameReservedData } from './username-stream.js';

/**
 * Reserves a login name for a staff id by starting the name's stream ('no_stream'): of any
 * number of concurrent requests for one name, exactly one wins. The same command (a retry)
 * finds its own reservation and goes on; anyone else gets 409.
 */
@Injectable()
export class UsernameReservation {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async reserve(username: string, staffId: string, context: CommandContext): Promise<void> {
    const stream = usernameStream(username);
    const data: UsernameReservedData = { username, staffId };
    try {
      await this.store.append(
        stream,
        [
          {
            id: eventIdFor(context.commandId, stream, 0),
            type: USERNAME_RESERVED,
            data,
            metadata: {
              actor: context.actor,
              source: context.source,
              commandId: context.commandId,
              correlationId: context.correlationId,
            },
          },
        ],
        { expectedRevision: 'no_stream' },
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if ((await this.holderOf(stream)) !== staffId) throw usernameTaken(username);
    }
  }

  private async holderOf(stream: string): Promise<unknown> {
    for await (const event of this.store.readStream(stream, { maxCount: 1 })) return event.data.staffId;
    return undefined;
  }
}
