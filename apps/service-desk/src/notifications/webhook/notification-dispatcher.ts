import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { EventStore, Subscription } from '#event-store';
import { NOTIFYING_EVENTS, type NotificationsDb } from '#projections';
import { AppConfig } from '#service-config';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { ReadModels } from '../../projections/projection-host.provider.js';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '../notification-channel.js';
import { outgoingNotification } from '../notification-from-row.js';
import { DeliveryLedger, deliveryLedgerFile } from './delivery-ledger.js';
import type { DeliveryQueueRow } from './delivery-ledger.tables.js';

/** Attempts per notification and endpoint: 1 s, 2 s, 4 s, 8 s, 16 s apart. */
export const MAX_ATTEMPTS = 6;
export const FIRST_RETRY_MS = 1000;
const CHECKPOINT_EVERY = 500;
const NOTIFYING: ReadonlySet<string> = new Set(NOTIFYING_EVENTS);

/**
 * Gives every notification of the outbox to every configured channel endpoint, once. One loop per
 * channel follows the store's feed from its checkpoint; at each event that notifies, it waits for the
 * notifications read model to hold it, then owes that event's rows to the endpoint (queue and
 * checkpoint in one transaction). A worker posts what is owed, logs every attempt and retries with
 * exponential backoff up to MAX_ATTEMPTS. A new endpoint starts at the store's head (no flood of
 * history). Queue rows are leased, so two instances on one DATA_DIR never post one at the same time.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationDispatcher');
  private ledger?: DeliveryLedger;
  private readonly subscriptions = new Set<Subscription>();
  private stop: () => void = () => undefined;
  private readonly stopping = new Promise<void>((resolve) => (this.stop = resolve));
  private readonly loops: Promise<void>[] = [];
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private working?: Promise<void>;
  private again = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
    private readonly config: AppConfig,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.channels.length === 0) return;
    this.ledger = await DeliveryLedger.open(deliveryLedgerFile(this.config.DATA_DIR));
    for (const channel of this.channels) {
      this.loops.push(this.keepFollowing(channel, `${channel.kind}:${channel.endpoint}`));
    }
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.stop();
    if (this.timer) clearTimeout(this.timer);
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await Promise.all(this.loops);
    await this.working;
    await this.ledger?.close();
  }

  private async startAtHead(name: string): Promise<bigint | undefined> {
    const head = await this.store.headPosition();
    if (head !== null) await this.ledger!.enqueue(name, head, []);
    return head ?? undefined;
  }

  /** Follows the feed for one channel; after an error, resumes from its checkpoint a second later. */
  private async keepFollowing(channel: NotificationChannel, name: string): Promise<void> {
    while (!this.stopped) {
      const checkpoint = (await this.ledger!.checkpoint(name)) ?? (await this.startAtHead(name));
      const subscription = this.store.subscribeToAll({ afterPosition: checkpoint });
      this.subscriptions.add(subscription);
      try {
        await this.follow(channel, name, subscription);
      } catch (error) {
        if (!this.stopped) this.logger.error(`dispatch to ${name} failed, resuming in 1 s: ${String(error)}`);
      } finally {
        this.subscriptions.delete(subscription);
        await subscription.close().catch(() => undefined);
      }
      if (this.stopped) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([new Promise((r) => (timer = setTimeout(r, 1000))), this.stopping]);
      clearTimeout(timer);
    }
  }

  private async follow(channel: NotificationChannel, name: string, subscription: Subscription) {
    let unsaved: bigint | undefined;
    let skipped = 0;
    for await (const message of subscription) {
      if (this.stopped) return;
      if (message.kind === 'caught-up') {
        if (unsaved !== undefined) await this.ledger!.enqueue(name, unsaved, []);
        unsaved = undefined;
        continue;
      }
      const { event } = message;
      if (!NOTIFYING.has(event.type)) {
        unsaved = event.position;
        if (++skipped % CHECKPOINT_EVERY === 0) await this.ledger!.enqueue(name, unsaved, []);
        continue;
      }
      if (!(await this.outboxReached(event.position))) return;
      const rows = await this.readModels.host
        .db<NotificationsDb>('notifications')
        .selectFrom('notifications')
        .selectAll()
        .where('position', '=', Number(event.position))
        .orderBy('id')
        .execute();
      const now = Date.now();
      await this.ledger!.enqueue(
        name,
        event.position,
        rows.map((row) => ({
          endpoint: channel.endpoint,
          notification_id: row.id,
          channel: channel.kind,
          position: row.position,
          payload: JSON.stringify(outgoingNotification(row)),
          status: 'pending' as const,
          attempts: 0,
          next_attempt_ms: now,
          lease_until_ms: 0,
          finished_at: null,
        })),
      );
      unsaved = undefined;
      if (rows.length > 0) this.wake();
    }
  }

  /** Waits until the notifications read model has processed `position`; false once stopping. */
  private async outboxReached(position: bigint): Promise<boolean> {
    while (!this.stopped) {
      const reached = this.readModels.host.status('notifications').position;
      if (reached !== null && reached >= position) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  }

  /** Runs the worker now (or right after the current run). */
  private wake(): void {
    if (this.stopped) return;
    if (this.working) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.working = this.work()
      .catch((error: unknown) => {
        if (!this.stopped) this.logger.error(`webhook delivery failed: ${String(error)}`);
      })
      .finally(() => {
        this.working = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        } else void this.scheduleNext();
      });
  }

  private async work(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const due = await this.ledger!.claimDue(Date.now(), 20);
      if (due.length === 0) return;
      for (const [index, row] of due.entries()) {
        if (this.stopped) return this.ledger!.release(due.slice(index));
        await this.attempt(row);
      }
    }
  }

  private async attempt(row: DeliveryQueueRow): Promise<void> {
    const channel = this.channels.find((c) => c.endpoint === row.endpoint && c.kind === row.channel);
    if (!channel) return;
    const attempt = row.attempts + 1;
    const startedAt = new Date();
    const result = await channel.deliver(JSON.parse(row.payload));
    const durationMs = Date.now() - startedAt.getTime();
    const giveUp = result.outcome === 'rejected' || (result.outcome === 'retry' && attempt >= MAX_ATTEMPTS);
    const outcome = result.outcome === 'delivered' ? 'delivered' : giveUp ? 'failed' : 'retry';
    const next = outcome === 'retry' ? Date.now() + FIRST_RETRY_MS * 2 ** (attempt - 1) : null;
    await this.ledger!.record(
      row,
      {
        attempt,
        attempted_at: startedAt.toISOString(),
        status_code: result.statusCode ?? null,
        error: result.error ?? null,
        duration_ms: durationMs,
        outcome,
      },
      next,
    );
    if (outcome === 'failed') {
      this.logger.warn(`gave up ${row.notification_id} to ${row.endpoint} after attempt ${attempt}`);
    }
  }

  private async scheduleNext(): Promise<void> {
    if (this.stopped || !this.ledger) return;
    const next = await this.ledger.nextDueMs();
    if (next === undefined || this.stopped || this.working) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), Math.max(0, next - Date.now()));
  }
}
