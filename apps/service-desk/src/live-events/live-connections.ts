import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { NotificationReader } from '../notifications/notification-reader.js';
import { ReadModels } from '../projections/projection-host.provider.js';
import { LiveConnection } from './live-connection.js';
import type { StreamCaller } from './stream-caller.js';

/** Every open event stream of this process; all are ended when the service shuts down. */
@Injectable()
export class LiveConnections implements OnModuleDestroy {
  private readonly open = new Set<LiveConnection>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reader: NotificationReader,
    private readonly readModels: ReadModels,
  ) {}

  /** Takes over the reply and streams from just after `after` (the store's head when undefined). */
  async serve(reply: FastifyReply, caller: StreamCaller, after: bigint | undefined): Promise<void> {
    const from = after ?? (await this.store.headPosition()) ?? undefined;
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
      { reader: this.reader, readModels: this.readModels },
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
