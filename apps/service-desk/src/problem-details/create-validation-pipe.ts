import { ValidationPipe } from '@nestjs/common';
import { fieldErrorsOf } from './validation-errors.js';
import { ValidationFailedException } from './validation-failed.exception.js';

/** The global pipe: DTOs only, no unknown properties, payloads turned into DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Values stay on the errors (never sent) so that fieldErrorsOf can tell array items from properties.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new ValidationFailedException(fieldErrorsOf(errors)),
  });
}
