import type { AppConfig } from '#service-config';

export const DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/** How long a GET with ?after waits for the read models (READ_YOUR_WRITES_TIMEOUT_MS). */
export const readYourWritesTimeoutMs = (config: AppConfig): number =>
  config.READ_YOUR_WRITES_TIMEOUT_MS ?? DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS;
