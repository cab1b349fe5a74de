import { AppConfig } from '#service-config';
import { login } from './login.js';
import type { StartedApp } from './start-app.js';

/** The first admin's password in tests: start with `startApp({ env: { ...ADMIN_ENV } })`. */
export const TEST_ADMIN_PASSWORD = 'e2e first operator passphrase';
export const ADMIN_ENV = { ADMIN_PASSWORD: TEST_ADMIN_PASSWORD } as const;

/**
 * A token of the bootstrapped user `admin`, whose password is the app's ADMIN_PASSWORD (so start
 * the app with ADMIN_ENV, or any ADMIN_PASSWORD of your own).
 */
export async function adminToken(started: StartedApp): Promise<string> {
  const password = started.app.get(AppConfig).ADMIN_PASSWORD;
  if (password === undefined) {
    throw new Error('adminToken needs an app started with ADMIN_PASSWORD (startApp({ env: ADMIN_ENV }))');
  }
  return login(started.baseUrl, 'admin', password);
}
