import type { AppConfig } from '#service-config';

export interface WebhookSettings {
  url: string;
  /** Key of the HMAC-SHA256 signature; unsigned posts when unset. */
  secret?: string;
}

/** WEBHOOK_URL and WEBHOOK_SECRET from the service configuration; null when no webhook is set. */
export function webhookSettings(config: AppConfig): WebhookSettings | null {
  if (config.WEBHOOK_URL === undefined) return null;
  return {
    url: config.WEBHOOK_URL,
    ...(config.WEBHOOK_SECRET !== undefined && { secret: config.WEBHOOK_SECRET }),
  };
}
