import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { NotificationReader } from '../notifications/notification-reader.js';
import { ReadModels } from '../projections/projection-host.provider.js';
import { TokenHolders } from '../auth/token-holders.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { ProblemException } from '../problem-details/problem.exception.js';
import { LiveConnection } from './live-connection.js';
import type { StreamCaller } from './stream-caller.js';

/** Open event streams one user may hold in one process (429 beyond). */
export const MAX_STREAMS_PER_USER = 20;

/**
 * Every open event stream of this process; all are ended when the service shuts down. A user may
 * hold at most 20 at once here; each ends when its caller's token no longer holds.
 */
@Injectable()
export class LiveConnections implements OnModuleDestroy {
  private readonly open = new Set<LiveConnection>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reader: NotificationReader,
    private readonly readModels: ReadModels,
    private readonly holders: TokenHolders,
  ) {}

  /** Takes over the reply and streams from just after `after` (the store's head when undefined). */
  async serve(reply: FastifyReply, caller: StreamCaller, after: bigint | undefined): Promise<void> {
    const from = after ?? (await this.store.headPosition()) ?? undefined;
    // Counted after the last await before the connection joins `open`, so concurrent opens cannot pass it together.
    const mine = [...this.open].filter((c) => c.userId === caller.id).length;
    if (mine >= MAX_STREAMS_PER_USER) throw tooManyStreams();
    const subscription = this.store.subscribeToAll({ afterPosition: from });
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: 3000\n: stream after position ${from ?? 'none'}\n\n`);
    const connection = new LiveConnection(
      raw,
      subscription,
      caller,
      {
        reader: this.reader,
        readModels: this.readModels,
        recheck: async () => void (await this.holders.holderFor(caller.token)),
      },
      (c) => this.open.delete(c),
    );
    this.open.add(connection);
    const running = connection.run();
    this.running.add(running);
    void running.finally(() => this.running.delete(running));
  }

  get size(): number {
    return this.open.size;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.open].map((c) => c.close()));
    await Promise.all([...this.running]);
  }
}

function tooManyStreams(): ProblemException {
  return new ProblemException({
    type: ProblemType.tooManyAttempts,
    title: 'Too Many Requests',
    status: 429,
    detail: `At most ${MAX_STREAMS_PER_USER} open event streams per user; close one first`,
    retryAfter: 5,
  });
}
