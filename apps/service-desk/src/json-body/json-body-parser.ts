import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

/**
 * Parses application/json bodies as Fastify does (its own parser: empty bodies, `__proto__` and
 * `constructor` refused), after refusing any nesting deeper than MAX_JSON_DEPTH with a 400
 * problem naming `body`, before the body reaches a pipe. Bodies above the body limit are 413.
 */
export function parseJsonBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (exceedsJsonDepth(String(body))) {
      done(tooDeep(), undefined);
      return;
    }
    parseJson(request, body as string, done);
  });
}

function tooDeep(): ProblemException {
  const tooDeepFor = `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`;
  return new ProblemException({
    type: ProblemType.malformedBody,
    title: 'Bad Request',
    status: 400,
    detail: `The request body ${tooDeepFor}.`,
    errors: [{ field: 'body', message: `body ${tooDeepFor}` }],
  });
}
