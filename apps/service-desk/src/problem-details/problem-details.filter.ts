import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem-details.js';
import { toProblemDetails } from './to-problem-details.js';

/** Answers every error of an HTTP request as RFC 9457 problem+json; logs server faults with their stack. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem: ProblemDetails = { ...toProblemDetails(error), instance: pathOf(request) };
    if (problem.status >= 500) this.logServerFault(error, request, problem.status);
    if (reply.sent || reply.raw.headersSent) return;
    // A problem that says when to come back (429, 503) says it in Retry-After too, in seconds.
    if (typeof problem.retryAfter === 'number') void reply.header('Retry-After', String(problem.retryAfter));
    void reply
      .status(problem.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problem));
  }

  private logServerFault(error: unknown, request: FastifyRequest, status: number): void {
    const where = `${request.method} ${pathOf(request)} answered ${status}`;
    if (error instanceof HttpException && status !== 500) this.logger.warn(`${where}: ${error.message}`);
    else
      this.logger.error(
        `${where}: ${error instanceof Error ? error.message : String(error)}`,
        (error as Error)?.stack,
      );
  }
}

/** The path only: a query string may hold things that should not be echoed or logged. */
function pathOf(request: FastifyRequest): string {
  return (request.url ?? '').split('?')[0];
}
