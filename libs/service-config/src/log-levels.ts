/** pino's levels, from the most talkative to the most severe; `silent` prints nothing. */
export const LOG_LEVEL_NAMES = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export type LogLevelName = (typeof LOG_LEVEL_NAMES)[number];

/** The names Nest's own logger used before the logs went through pino, still accepted. */
export const LOG_LEVEL_ALIASES = { verbose: 'trace', log: 'info' } as const satisfies Record<
  string,
  LogLevelName
>;

/** Every value LOG_LEVEL accepts: pino's levels and the old Nest names. */
export const LOG_LEVEL_VALUES: readonly string[] = [...LOG_LEVEL_NAMES, ...Object.keys(LOG_LEVEL_ALIASES)];

/** The pino level a LOG_LEVEL value names (an old Nest name mapped to pino's). */
export function pinoLevelOf(value: string): LogLevelName {
  return (LOG_LEVEL_ALIASES as Record<string, LogLevelName>)[value] ?? (value as LogLevelName);
}

/** How log lines are written: one JSON object per line, or coloured text for a terminal (pino-pretty). */
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
