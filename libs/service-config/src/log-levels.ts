import type { LogLevel } from '@nestjs/common';

/** From the most talkative to the most severe; LOG_LEVEL names the least severe level still printed. */
export const LOG_LEVEL_NAMES = [
  'verbose',
  'debug',
  'log',
  'warn',
  'error',
  'fatal',
] as const satisfies LogLevel[];

export type LogLevelName = (typeof LOG_LEVEL_NAMES)[number];

/** The levels Nest's logger prints for a LOG_LEVEL: that level and every more severe one. */
export function logLevelsFrom(level: LogLevelName): LogLevel[] {
  return LOG_LEVEL_NAMES.slice(LOG_LEVEL_NAMES.indexOf(level));
}
