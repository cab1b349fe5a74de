import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ModuleImport } from '../../apps/service-desk/src/app.module.js';
import { bootstrap } from '../../apps/service-desk/src/bootstrap.js';

export interface StartAppOptions {
  /** Variables besides PORT=0, DATA_DIR and LOG_LEVEL=silent (jest output stays clean); process.env is not read. */
  env?: Record<string, string>;
  /** Reuse a data folder (e.g. to restart on the same events); it is then left in place on close. */
  dataDir?: string;
  /** Extra modules, e.g. a test's fixture controllers. */
  imports?: ModuleImport[];
}

export interface StartedApp {
  /** http://127.0.0.1:<ephemeral port> */
  baseUrl: string;
  dataDir: string;
  /** The Nest application, to reach providers (app.get(...)) when a test must. */
  app: NestFastifyApplication;
  /** Shuts the app down (HTTP server, then the event store) and removes a temp data folder. */
  close(): Promise<void>;
}

/**
 * Boots the real service in this process: real Fastify on an ephemeral port, a real SQLite store
 * in a fresh folder under the OS temp dir. Talk to it with fetch(`${baseUrl}/...`).
 */
export async function startApp(options: StartAppOptions = {}): Promise<StartedApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'service-desk-e2e-'));
  const ownsDataDir = options.dataDir === undefined;
  try {
    const service = await bootstrap({
      env: { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...options.env },
      imports: options.imports,
    });
    return {
      baseUrl: service.url,
      dataDir,
      app: service.app,
      close: async () => {
        await service.close();
        if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
