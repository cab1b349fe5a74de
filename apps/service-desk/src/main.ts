import { Logger } from '@nestjs/common';
import { ConfigValidationError, EventStoreUnavailableError } from '#service-config';
import { bootstrap } from './bootstrap.js';

/** A failure of the environment (bad variable, port in use, no access): its message says it all. */
function isOperational(error: unknown): error is Error {
  return (
    error instanceof ConfigValidationError ||
    error instanceof EventStoreUnavailableError ||
    (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string')
  );
}

try {
  await bootstrap();
} catch (error) {
  if (isOperational(error)) {
    process.stderr.write(`The service desk cannot start. ${error.message}\n`);
  } else {
    new Logger('ServiceDesk').error(
      `The service desk cannot start: ${String(error)}`,
      (error as Error)?.stack,
    );
  }
  process.exitCode = 1;
}
