import { HttpException } from '@nestjs/common';
import type { ProblemDetails } from './problem-details.js';

/**
 * Throw this to answer with a problem document of your own (its type, title, detail and extension
 * members); the filter adds `instance`. Other errors are mapped by toProblemDetails.
 */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title, problem.status);
  }
}
