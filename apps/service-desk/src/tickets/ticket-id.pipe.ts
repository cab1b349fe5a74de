import { ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';

/** A path id must be a UUID: anything else is a 400 naming the parameter. */
export const uuidParam = (name: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      new ProblemException({
        type: ProblemType.validationFailed,
        title: 'Bad Request',
        status: 400,
        detail: `${name} must be a UUID`,
        errors: [{ field: name, message: `${name} must be a UUID` }],
      }),
  });
