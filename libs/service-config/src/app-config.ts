import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MinLength, Min } from 'class-validator';
import { toInteger } from './to-integer.js';
import { IsTrustProxy } from './trust-proxy.js';
import { LOG_FORMATS, LOG_LEVEL_NAMES, LOG_LEVEL_VALUES, type LogFormat } from './log-levels.js';

/**
 * The service's configuration, read from environment variables and checked at start.
 * Inject it anywhere (`constructor(private readonly config: AppConfig)`); it never changes at run time.
 */
export class AppConfig {
  @Transform(toInteger)
  @IsInt({ message: 'PORT must be an integer from 0 to 65535' })
  @Min(0, { message: 'PORT must be an integer from 0 to 65535' })
  @Max(65535, { message: 'PORT must be an integer from 0 to 65535' })
  PORT: number = 3000;

  /** Absolute path of the folder holding the SQLite files; created at start if missing. */
  @IsString()
  @MinLength(1, { message: 'DATA_DIR must be a path' })
  DATA_DIR: string = './data';

  /** When set, events go to EventStoreDB/KurrentDB instead of the embedded SQLite store. Holds credentials: never log it. */
  @IsOptional()
  @Matches(/^esdb(\+discover)?:\/\/\S+$/, {
    message: 'EVENTSTORE_CONNECTION_STRING must be an esdb:// or esdb+discover:// connection string',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  /** Password of the first admin account, if the service should create one. A secret: never log it. */
  @IsOptional()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters long' })
  ADMIN_PASSWORD?: string;

  /**
   * Key that signs the bearer tokens (HS256). A secret: never log it. When unset, one is generated
   * at first start and kept in DATA_DIR/jwt-secret (mode 0600), so tokens survive restarts.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET?: string;

  /** How long a bearer token stays valid, in seconds; 8 hours (28800) when unset. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'JWT_TTL_SECONDS must be an integer from 1 to 2592000 (30 days)' })
  @Min(1, { message: 'JWT_TTL_SECONDS must be an integer from 1 to 2592000 (30 days)' })
  @Max(2_592_000, { message: 'JWT_TTL_SECONDS must be an integer from 1 to 2592000 (30 days)' })
  JWT_TTL_SECONDS?: number;

  /** How long a GET with ?after=<position> waits for the read models to reach it before a 503; 5000 when unset. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'READ_YOUR_WRITES_TIMEOUT_MS must be an integer from 0 to 60000' })
  @Min(0, { message: 'READ_YOUR_WRITES_TIMEOUT_MS must be an integer from 0 to 60000' })
  @Max(60_000, { message: 'READ_YOUR_WRITES_TIMEOUT_MS must be an integer from 0 to 60000' })
  READ_YOUR_WRITES_TIMEOUT_MS?: number;

  /** An event whose occurredAt lies more than this before its recordedAt shows as back-dated; 300 when unset. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'BACKDATED_TOLERANCE_SECONDS must be an integer from 0 to 604800 (7 days)' })
  @Min(0, { message: 'BACKDATED_TOLERANCE_SECONDS must be an integer from 0 to 604800 (7 days)' })
  @Max(604_800, { message: 'BACKDATED_TOLERANCE_SECONDS must be an integer from 0 to 604800 (7 days)' })
  BACKDATED_TOLERANCE_SECONDS?: number;

  /**
   * How far back staff may date a report or an action entered after the fact, in hours; 72 when
   * unset. Never before the contract was registered; customers get 15 minutes whatever this says.
   */
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'BACKDATED_MAX_HOURS must be an integer from 1 to 876000 (100 years)' })
  @Min(1, { message: 'BACKDATED_MAX_HOURS must be an integer from 1 to 876000 (100 years)' })
  @Max(876_000, { message: 'BACKDATED_MAX_HOURS must be an integer from 1 to 876000 (100 years)' })
  BACKDATED_MAX_HOURS?: number;

  /** `off` runs the service without the SLA watchman (no automatic warnings or escalations); `on` when unset. */
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'SLA_WATCHMAN must be on or off' })
  SLA_WATCHMAN?: 'on' | 'off';

  /** Where the webhook channel POSTs every notification (http or https); no webhook when unset. */
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'WEBHOOK_URL must be an http:// or https:// URL' },
  )
  WEBHOOK_URL?: string;

  /** Key of the HMAC-SHA256 signature header (X-Webhook-Signature) of webhook posts. A secret: never log it. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'WEBHOOK_SECRET must be at least 16 characters long' })
  WEBHOOK_SECRET?: string;

  /** The least severe pino level still logged (see pinoLevelOf); `log` and `verbose` are old names for info and trace. */
  @IsIn(LOG_LEVEL_VALUES, { message: `LOG_LEVEL must be one of ${LOG_LEVEL_NAMES.join(', ')}` })
  LOG_LEVEL: string = 'info';

  /** `json` (one JSON object per line, the default) or `pretty` (pino-pretty, for a terminal). */
  @IsIn(LOG_FORMATS, { message: `LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}` })
  LOG_FORMAT: LogFormat = 'json';

  /**
   * Whether a reverse proxy's X-Forwarded-For/-Proto/-Host are believed (see trustProxyOf):
   * `true` (any peer: only when nothing but the proxy can reach the service), `false` (the default),
   * or the proxies' addresses or CIDR ranges, comma-separated. HTTPS as the proxy reports it turns on HSTS.
   */
  @IsOptional()
  @IsTrustProxy({
    message: 'TRUST_PROXY must be true, false, or IP addresses or CIDR ranges separated by commas',
  })
  TRUST_PROXY?: string;

  /** Bearer token that GET /metrics asks for; without it (and without METRICS_PORT) /metrics answers 404. A secret. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters long' })
  @Matches(/^[A-Za-z0-9\-._~+/]+=*$/, {
    message: 'METRICS_TOKEN must be a bearer token: letters, digits and -._~+/ only (no spaces)',
  })
  METRICS_TOKEN?: string;

  /** When set, /metrics is also served on this port, on 127.0.0.1 only (no token unless METRICS_TOKEN is set). */
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'METRICS_PORT must be an integer from 1 to 65535' })
  @Min(1, { message: 'METRICS_PORT must be an integer from 1 to 65535' })
  @Max(65535, { message: 'METRICS_PORT must be an integer from 1 to 65535' })
  METRICS_PORT?: number;
}

/** Variables whose values must never appear in a message or a log line. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'EVENTSTORE_CONNECTION_STRING',
  'ADMIN_PASSWORD',
  'JWT_SECRET',
  'WEBHOOK_SECRET',
  'METRICS_TOKEN',
]);
