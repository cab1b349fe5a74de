import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig, SECRET_VARIABLES } from './app-config.js';
import { ConfigValidationError } from './config-validation.error.js';

const VARIABLES = [
  'PORT',
  'DATA_DIR',
  'EVENTSTORE_CONNECTION_STRING',
  'ADMIN_PASSWORD',
  'LOG_LEVEL',
  'JWT_SECRET',
  'JWT_TTL_SECONDS',
  'READ_YOUR_WRITES_TIMEOUT_MS',
  'BACKDATED_TOLERANCE_SECONDS',
  'BACKDATED_MAX_HOURS',
  'SLA_WATCHMAN',
  'WEBHOOK_URL',
  'WEBHOOK_SECRET',
  'LOG_FORMAT',
  'TRUST_PROXY',
  'METRICS_TOKEN',
  'METRICS_PORT',
] as const;

/**
 * Reads the service's variables from an environment (an empty value counts as unset) and checks them.
 * Has the shape of @nestjs/config's `validate` option. Throws a ConfigValidationError naming each bad
 * variable and its rule, with the value given unless the variable is a secret.
 */
export function validateAppConfig(env: Record<string, unknown>): AppConfig {
  const given: Record<string, unknown> = {};
  for (const name of VARIABLES) {
    if (env[name] !== undefined && env[name] !== '') given[name] = env[name];
  }
  const config = plainToInstance(AppConfig, given);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(
      errors.map((error) => {
        const rule = Object.values(error.constraints ?? {})[0] ?? `${error.property} is invalid`;
        const shown = SECRET_VARIABLES.has(error.property)
          ? ''
          : ` (got ${JSON.stringify(given[error.property])})`;
        return `${rule}${shown}`;
      }),
    );
  }
  config.DATA_DIR = resolve(config.DATA_DIR);
  return config;
}
