import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { ensurePrivateDir } from '#event-store';
import {
  ConfigValidationError,
  openEventStore,
  trustProxyOf,
  validateAppConfig,
  type AppConfig,
} from '#service-config';
import { AppModule, type ModuleImport } from './app.module.js';
import { configureHttp } from './configure-http.js';
import { requestIdOf } from './logging/request-id.js';

/** Largest request body accepted (413 above it). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface BootstrapOptions {
  /** Where the configuration is read from; process.env by default. */
  env?: Record<string, string | undefined>;
  /** More modules to load beside the service's own, e.g. fixtures of a test. */
  imports?: ModuleImport[];
}

export interface RunningService {
  app: NestFastifyApplication;
  config: AppConfig;
  /** http://127.0.0.1:<port>, the port really bound (PORT=0 picks a free one). */
  url: string;
  /** Stops taking requests, then closes the event store. */
  close(): Promise<void>;
}

/**
 * Starts the service: checks the configuration, opens the event store, creates the Nest app on
 * Fastify and listens on 0.0.0.0:PORT. Throws ConfigValidationError or EventStoreUnavailableError
 * (plain messages, for the operator) before anything listens.
 */
export async function bootstrap(options: BootstrapOptions = {}): Promise<RunningService> {
  const config = validateAppConfig(options.env ?? process.env);
  createDataDir(config.DATA_DIR);
  const store = await openEventStore(config);
  let app: NestFastifyApplication;
  try {
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot(config, store, options.imports),
      new FastifyAdapter({
        bodyLimit: BODY_LIMIT_BYTES,
        genReqId: requestIdOf,
        // Behind a reverse proxy named by TRUST_PROXY: client address and protocol from X-Forwarded-*.
        trustProxy: trustProxyOf(config.TRUST_PROXY),
      }),
      // Logs wait for pino (nestjs-pino's Logger, at LOG_LEVEL), which every Nest Logger then writes through.
      { bufferLogs: true, abortOnError: false, bodyParser: false },
    );
    app.useLogger(app.get(PinoNestLogger));
  } catch (error) {
    await store.close();
    throw error;
  }
  try {
    await configureHttp(app);
    await app.listen({ port: config.PORT, host: '0.0.0.0' });
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  new Logger('ServiceDesk').log(`Listening on http://0.0.0.0:${port}`);
  return { app, config, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** DATA_DIR, created if missing, and 0700 whatever the umask: only the service's user may enter it. */
function createDataDir(dir: string): void {
  try {
    ensurePrivateDir(dir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigValidationError([
      `DATA_DIR must be a folder the service can create and write (${dir}: ${reason})`,
    ]);
  }
}
