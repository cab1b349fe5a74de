import { createHmac } from 'node:crypto';
import type { DeliveryAttempt, NotificationChannel, OutgoingNotification } from '../notification-channel.js';
import type { WebhookSettings } from './webhook-config.js';

const TIMEOUT_MS = 10_000;
export const SIGNATURE_HEADER = 'X-Webhook-Signature';

/**
 * The webhook adapter: POSTs the notification as JSON to WEBHOOK_URL with
 * `Idempotency-Key: <notification id>` and, when WEBHOOK_SECRET is set,
 * `X-Webhook-Signature: sha256=<hex HMAC-SHA256 of the body>`. A 2xx delivers; 408, 429, 5xx, a
 * network error or a timeout (10 s) are retried; any other status is a refusal and not retried.
 */
export class WebhookChannel implements NotificationChannel {
  readonly kind = 'webhook';
  readonly endpoint: string;

  constructor(private readonly settings: WebhookSettings) {
    const url = new URL(settings.url);
    this.endpoint = `${url.origin}${url.pathname}`;
  }

  async deliver(notification: OutgoingNotification): Promise<DeliveryAttempt> {
    const body = JSON.stringify(notification);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'idempotency-key': notification.id,
      'user-agent': 'service-ledger-webhook/1',
    };
    if (this.settings.secret) {
      headers[SIGNATURE_HEADER.toLowerCase()] =
        `sha256=${createHmac('sha256', this.settings.secret).update(body).digest('hex')}`;
    }
    try {
      const response = await fetch(this.settings.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.body?.cancel();
      const status = response.status;
      if (status >= 200 && status < 300) return { outcome: 'delivered', statusCode: status };
      const retry = status === 408 || status === 429 || status >= 500;
      return { outcome: retry ? 'retry' : 'rejected', statusCode: status };
    } catch (error) {
      return { outcome: 'retry', error: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
