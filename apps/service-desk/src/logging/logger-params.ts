import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { destination, stdTimeFunctions, type Level } from 'pino';
import type { Options } from 'pino-http';
import pretty from 'pino-pretty';
import { pinoLevelOf, type AppConfig } from '#service-config';
import { requestIdOf } from './request-id.js';
import { requestOf, routeOf } from './request-of.js';

/** Routes asked every few seconds by machines: their lines are debug, not info. */
const QUIET_ROUTES = new Set(['/health', '/metrics']);

/**
 * Keys whose values never reach a log line, wherever an object logged carries them (top level or
 * one level down): credentials, tokens, hashes and a person's contact data. Request bodies and
 * headers are not logged at all (see the serializers); this is the second fence.
 */
const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'accessToken',
  'access_token',
  'authorization',
  'cookie',
  'phone',
  'email',
  'fax',
  'body',
];
export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`]);

/** What a request line says: how it was asked, what answered it and who asked. */
function requestFields(req: IncomingMessage, res: ServerResponse) {
  const request = requestOf(req);
  const actorId = request?.user?.id;
  return {
    method: req.method,
    route: routeOf(request),
    // The path only: a query string may carry a token (?access_token=) or search words.
    path: (req.url ?? '').split('?')[0],
    status: res.statusCode,
    ...(actorId !== undefined && { actorId }),
  };
}

/**
 * nestjs-pino's configuration: one JSON line per request (request id, method, route pattern, path,
 * status, duration, actor id) and every Nest Logger call through the same pino logger, at
 * LOG_LEVEL, as JSON or, with LOG_FORMAT=pretty, through pino-pretty.
 */
export function loggerParams(config: AppConfig): Params {
  // Nest mounts the middleware twice on paths outside the /api prefix (/health, /metrics): log a request once.
  const logged = new WeakSet<IncomingMessage>();
  const options: Options = {
    autoLogging: {
      ignore: (req: IncomingMessage) => logged.has(req) || (logged.add(req), false),
    },
    level: pinoLevelOf(config.LOG_LEVEL),
    timestamp: stdTimeFunctions.isoTime,
    // "level":"info" rather than 30 in JSON; pino-pretty wants pino's numbers.
    ...(config.LOG_FORMAT === 'json' && { formatters: { level: (label: string) => ({ level: label }) } }),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Fastify's request id is found on the raw request; this is for a request Fastify did not number.
    genReqId: requestIdOf,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    // Lines of a request carry its id only, not the whole request (whose headers hold the token).
    quietReqLogger: true,
    quietResLogger: true,
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
    },
    customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error): Level => {
      if (error || res.statusCode >= 500) return 'error';
      return QUIET_ROUTES.has(routeOf(requestOf(req))) ? 'debug' : 'info';
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req: IncomingMessage, res: ServerResponse, value: { durationMs?: number }) => ({
      ...requestFields(req, res),
      durationMs: value.durationMs,
    }),
    customErrorObject: (
      req: IncomingMessage,
      res: ServerResponse,
      _error: Error,
      value: { durationMs?: number },
    ) => ({ ...requestFields(req, res), durationMs: value.durationMs }),
  };
  // Written at once (not buffered, no worker thread): a line logged just before a SIGTERM's re-raise or a crash is kept.
  const stream =
    config.LOG_FORMAT === 'pretty'
      ? pretty({ colorize: true, translateTime: 'SYS:standard', ignore: 'pid,hostname', sync: true })
      : destination({ dest: 1, sync: true });
  return { pinoHttp: [options, stream] };
}
