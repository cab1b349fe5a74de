import type { ServerResponse } from 'node:http';
import type { RecordedEvent, Subscription } from '#event-store';
import { NOTIFYING_EVENTS, type NotificationsDb } from '#projections';
import type { NotificationReader } from '../notifications/notification-reader.js';
import type { ReadModels } from '../projections/projection-host.provider.js';
import { formatSse, HEARTBEAT, type SseMessage } from './sse-message.js';
import type { StreamCaller } from './stream-caller.js';

export const HEARTBEAT_MS = 15_000;
/** How often an open stream checks its token again (expiry, logout, password or role change, deactivation). */
export const RECHECK_MS = 2000;
const OUTBOX_WAIT_MS = 5000;
const NOTIFYING: ReadonlySet<string> = new Set(NOTIFYING_EVENTS);
const TICKET_STREAM = 'ticket-';

export interface LiveConnectionDeps {
  reader: NotificationReader;
  readModels: ReadModels;
  /** Throws when the caller's token no longer holds: the stream then ends. */
  recheck: () => Promise<void>;
}

/**
 * One client of GET /api/events/stream. Follows the store's catch-up feed (so it sees writes of
 * every process) and sends, in log order:
 * - `event: ticket` for each event of a ticket stream: `{ type, ticketId, position }` only, never
 *   personal data; a customer contact only for its own organisation's tickets;
 * - `event: notification` for each notification addressed to the caller (staff only), as
 *   GET /api/notifications shows it.
 * The last message of each position carries `id: <position>`, so Last-Event-ID resumes after a
 * whole position; a comment every 15 s keeps proxies from closing the line. Every 2 s the caller's
 * token is checked again, and the stream ends once it no longer holds.
 */
export class LiveConnection {
  private closed = false;
  private heartbeat?: NodeJS.Timeout;
  private rechecks?: NodeJS.Timeout;
  private readonly customers = new Map<string, string>();
  private readonly recipients: string[];

  constructor(
    private readonly raw: ServerResponse,
    private readonly subscription: Subscription,
    private readonly caller: StreamCaller,
    private readonly deps: LiveConnectionDeps,
    private readonly onClosed: (connection: LiveConnection) => void,
  ) {
    this.recipients = [caller.id, ...caller.roles];
  }

  /** Starts following the feed; resolves when the connection has closed. */
  async run(): Promise<void> {
    this.raw.on('close', () => void this.close());
    this.heartbeat = setInterval(() => void this.write(HEARTBEAT), HEARTBEAT_MS);
    this.rechecks = setInterval(() => void this.recheck(), RECHECK_MS);
    this.rechecks.unref();
    try {
      for await (const message of this.subscription) {
        if (this.closed) break;
        if (message.kind !== 'event') continue;
        const messages = await this.messagesFor(message.event);
        if (messages.length === 0) continue;
        messages[messages.length - 1].id = message.event.position.toString();
        await this.write(messages.map(formatSse).join(''));
      }
    } catch {
      // the store closed under us, or the client went away: end the stream either way
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.rechecks) clearInterval(this.rechecks);
    this.onClosed(this);
    if (!this.raw.writableEnded) this.raw.end();
    await this.subscription.close();
  }

  /** The caller's id, for the per-user limit of open streams. */
  get userId(): string {
    return this.caller.id;
  }

  private async recheck(): Promise<void> {
    if (this.closed) return;
    try {
      await this.deps.recheck();
    } catch {
      await this.close();
    }
  }

  private async messagesFor(event: RecordedEvent): Promise<SseMessage[]> {
    const messages: SseMessage[] = [];
    const customer = this.caller.role === 'customer';
    if (event.stream.startsWith(TICKET_STREAM)) {
      const ticketId = event.stream.slice(TICKET_STREAM.length);
      if (!customer || (await this.customerOf(ticketId, event)) === this.caller.customerId) {
        messages.push({
          event: 'ticket',
          data: { type: event.type, ticketId, position: event.position.toString() },
        });
      }
    }
    if (!customer && NOTIFYING.has(event.type) && (await this.outboxReached(event.position))) {
      const notifications = await this.deps.reader.at(this.caller.id, this.recipients, event.position);
      messages.push(...notifications.map((data) => ({ event: 'notification', data })));
    }
    return messages;
  }

  /** The ticket's customer organisation: from its FaultReported, else from the notifications read model. */
  private async customerOf(ticketId: string, event: RecordedEvent): Promise<string | undefined> {
    if (event.type === 'FaultReported' && typeof event.data.customerId === 'string') {
      this.customers.set(ticketId, event.data.customerId);
    }
    const known = this.customers.get(ticketId);
    if (known !== undefined) return known;
    let found = await this.lookUpCustomer(ticketId);
    if (found === undefined && (await this.outboxReached(event.position))) {
      found = await this.lookUpCustomer(ticketId);
    }
    if (found !== undefined) this.customers.set(ticketId, found);
    return found;
  }

  private async lookUpCustomer(ticketId: string): Promise<string | undefined> {
    const row = await this.deps.readModels.host
      .db<NotificationsDb>('notifications')
      .selectFrom('notification_tickets')
      .select('customer_id')
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
    return row?.customer_id;
  }

  /** Waits (bounded) until the notifications read model has processed `position`. */
  private async outboxReached(position: bigint): Promise<boolean> {
    const deadline = Date.now() + OUTBOX_WAIT_MS;
    while (!this.closed && Date.now() < deadline) {
      const reached = this.deps.readModels.host.status('notifications').position;
      if (reached !== null && reached >= position) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  }

  /** Writes, waiting for the socket to drain when the client reads slowly. */
  private async write(text: string): Promise<void> {
    if (this.closed || this.raw.writableEnded) return;
    if (this.raw.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.raw.off('drain', done);
        this.raw.off('close', done);
        resolve();
      };
      this.raw.on('drain', done);
      this.raw.on('close', done);
    });
  }
}
