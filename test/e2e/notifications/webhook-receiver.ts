import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  at: Date;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status this receiver answered. */
  status: number;
}

/**
 * A real HTTP server standing in for a customer's webhook endpoint: it answers 503 to the first
 * `failFirst` posts of each Idempotency-Key and 200 afterwards, and keeps every post it got.
 */
export class WebhookReceiver {
  readonly posts: ReceivedPost[] = [];
  private readonly server: Server;
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(private readonly failFirst: number) {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const key = String(request.headers['idempotency-key']);
        const earlier = this.posts.filter((p) => p.headers['idempotency-key'] === key).length;
        const status = earlier < this.failFirst ? 503 : 200;
        this.posts.push({
          at: new Date(),
          headers: request.headers,
          body: Buffer.concat(chunks).toString(),
          status,
        });
        response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'busy');
        this.waiters = this.waiters.filter((w) =>
          this.posts.length >= w.count ? (w.resolve(), false) : true,
        );
      });
    });
  }

  static async start(failFirst: number): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(failFirst);
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/service-desk`;
  }

  /** Resolves once `count` posts have arrived in all; rejects after `timeoutMs`. */
  waitForPosts(count: number, timeoutMs = 45_000): Promise<void> {
    if (this.posts.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${this.posts.length} of ${count} posts arrived`)),
        timeoutMs,
      );
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
